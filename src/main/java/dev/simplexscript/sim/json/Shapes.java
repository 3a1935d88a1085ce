package dev.simplexscript.sim.json;

/** The builders for one API version, wired together. */
public record Shapes(Wire wire, UserShapes users, ContactShapes contacts, GroupShapes groups, ItemShapes items) {
    public static Shapes of(ApiVersion version) {
        Wire wire = new Wire(version);
        ContactShapes contacts = new ContactShapes(wire);
        GroupShapes groups = new GroupShapes(wire, contacts);
        return new Shapes(wire, new UserShapes(wire), contacts, groups, new ItemShapes(wire, contacts, groups));
    }
}

package dev.simplexscript.sim.json;

/** The builders for one API version, wired together. */
public record Shapes(Encoding wire, UserShapes users, ContactShapes contacts, GroupShapes groups, ItemShapes items) {
    public static Shapes of(ApiVersion version) {
        Encoding wire = new Encoding(version);
        ContactShapes contacts = new ContactShapes(wire);
        GroupShapes groups = new GroupShapes(wire, contacts);
        return new Shapes(wire, new UserShapes(wire), contacts, groups, new ItemShapes(wire, contacts, groups));
    }
}

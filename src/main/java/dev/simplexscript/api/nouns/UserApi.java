package dev.simplexscript.api.nouns;

import static dev.simplexscript.api.session.CoreSession.expect;

import dev.simplexscript.api.objects.User;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The global {@code user}: the core's user profiles. Creating or activating a user makes later
 * calls run as that user.
 */
public final class UserApi {
    private final CoreSession session;

    public UserApi(CoreSession session) {
        this.session = session;
    }

    /** The active User. */
    @Export
    public CompletableFuture<Object> active() {
        return Futures.script(session.activeUser(), user -> new User(user, null));
    }

    /** All users, each with {@code unreadCount}. */
    @Export
    public CompletableFuture<Object> list() {
        return Futures.script(session.run("ListUsers", Args.params()), resp -> {
            List<User> users = new ArrayList<>();
            for (JsonNode info : expect(resp, "ListUsers", "usersList").path("users")) {
                users.add(new User(info.path("user"), Plain.number(info.path("unreadCount"))));
            }
            return users;
        });
    }

    /** Creates a user from a display name or a Profile; it becomes the active user. */
    @Export
    public CompletableFuture<Object> create(Object nameOrProfile) {
        ObjectNode newUser = Args.params();
        newUser.set("profile", Profiles.named("user.create: profile", nameOrProfile));
        newUser.put("pastTimestamp", false);
        ObjectNode params = Args.params();
        params.set("newUser", newUser);
        return activeUser("CreateActiveUser", params);
    }

    /** Makes a user (a User or its id) the active one. */
    @Export
    public CompletableFuture<Object> activate(Object user) {
        return activate(user, null);
    }

    /** Activates a hidden user with its password. */
    @Export
    public CompletableFuture<Object> activate(Object user, Object password) {
        ObjectNode params = Args.params().put("userId", Args.id("user.activate: user", user, Kind.USER));
        if (password != null) params.put("viewPwd", Args.text("user.activate: password", password));
        return activeUser("APISetActiveUser", params);
    }

    /** Deletes a user (not the active one), also deleting its queues on the servers. */
    @Export
    public CompletableFuture<Object> delete(Object user) {
        return delete(user, null);
    }

    /** Options: {@code deleteQueues} (default true: delete the user's queues on the SMP servers), {@code password}. */
    @Export
    public CompletableFuture<Object> delete(Object user, Object options) {
        Map<String, Object> o = Args.options("user.delete options", options, "deleteQueues", "password");
        ObjectNode params = Args.params().put("userId", Args.id("user.delete: user", user, Kind.USER))
                .put("delSMPQueues", Args.bool("user.delete option deleteQueues", o.get("deleteQueues"), true));
        if (o.get("password") != null) params.put("viewPwd", Args.text("user.delete option password", o.get("password")));
        return Futures.script(session.run("APIDeleteUser", params), resp -> Plain.map(expect(resp, "APIDeleteUser", "cmdOk")));
    }

    private CompletableFuture<Object> activeUser(String command, ObjectNode params) {
        return Futures.script(session.run(command, params), resp -> new User(expect(resp, command, "activeUser").path("user"), null));
    }
}

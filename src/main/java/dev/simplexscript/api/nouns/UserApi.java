package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.User;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref.Kind;
import dev.simplexscript.protocol.command.APIDeleteUser;
import dev.simplexscript.protocol.command.APISetActiveUser;
import dev.simplexscript.protocol.command.ChatCommand;
import dev.simplexscript.protocol.command.CreateActiveUser;
import dev.simplexscript.protocol.command.ListUsers;
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
        return Futures.script(session.run(new ListUsers(), "usersList"), resp -> {
            List<User> users = new ArrayList<>();
            for (JsonNode info : resp.path("users")) {
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
        return activeUser(new CreateActiveUser(newUser));
    }

    /** Makes a user (a User or its id) the active one. */
    @Export
    public CompletableFuture<Object> activate(Object user) {
        return activate(user, null);
    }

    /** Activates a hidden user with its password. */
    @Export
    public CompletableFuture<Object> activate(Object user, Object password) {
        String viewPwd = password == null ? null : Args.text("user.activate: password", password);
        return activeUser(new APISetActiveUser(Args.id("user.activate: user", user, Kind.USER), viewPwd));
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
        String viewPwd = o.get("password") == null ? null : Args.text("user.delete option password", o.get("password"));
        var command = new APIDeleteUser(Args.id("user.delete: user", user, Kind.USER),
                Args.bool("user.delete option deleteQueues", o.get("deleteQueues"), true), viewPwd);
        return Futures.script(session.run(command, "cmdOk"), Plain::map);
    }

    private CompletableFuture<Object> activeUser(ChatCommand command) {
        return Futures.script(session.run(command, "activeUser"), resp -> new User(resp.path("user"), null));
    }
}

package dev.simplexscript.api.nouns;

import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.protocol.command.APIUpdateProfile;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Plain;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The global {@code profile}: the active user's profile (name, description, image, preferences, ...). */
public final class ProfileApi {
    private final CoreSession session;

    public ProfileApi(CoreSession session) {
        this.session = session;
    }

    /** The active user's Profile. */
    @Export
    public CompletableFuture<Object> get() {
        return Futures.script(session.activeUser(), user -> Plain.map(Profiles.fromLocal(user.path("profile"))));
    }

    /**
     * Changes the given Profile fields and keeps the others (a null value removes one;
     * {@code preferences} are merged key by key). Resolves to the response
     * ({@code userProfileUpdated} or {@code userProfileNoChange}).
     */
    @Export
    public CompletableFuture<Object> update(Object changes) {
        ObjectNode given = Args.object("profile.update: changes", changes);
        return Futures.script(modify(current -> Profiles.merge(current, given)), Plain::map);
    }

    /** Reads the active user's profile, changes it and saves it with APIUpdateProfile. */
    public CompletableFuture<JsonNode> modify(UnaryOperator<ObjectNode> change) {
        return session.activeUser().thenCompose(user -> session.run(
                new APIUpdateProfile(user.path("userId").asLong(), change.apply(Profiles.fromLocal(user.path("profile")))),
                "userProfileUpdated", "userProfileNoChange"));
    }
}

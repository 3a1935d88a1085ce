package dev.simplexscript.sim.world;

import dev.simplexscript.protocol.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * All state of the simulated core. Only the core thread touches it, so nothing here locks.
 */
public final class World {
    public final Ids ids = new Ids();
    public final Clock clock;
    public final Path filesFolder;
    public final Map<Long, User> users = new LinkedHashMap<>();
    public final List<Link> links = new ArrayList<>();

    public World(Clock clock, Path filesFolder) {
        this.clock = clock;
        this.filesFolder = filesFolder;
    }

    public Instant now() {
        return clock.instant();
    }

    public Optional<User> activeUser() {
        return users.values().stream().filter(u -> u.active).findFirst();
    }

    public User requireActiveUser() {
        return activeUser().orElseThrow(() -> SimError.chat("noActiveUser"));
    }

    public User user(long userId) {
        User u = users.get(userId);
        if (u == null) throw SimError.store("userNotFound", "userId", userId);
        return u;
    }

    public Profile newProfile(ObjectNode json) {
        return new Profile(ids.next(Ids.Kind.PROFILE), json.deepCopy());
    }

    /** Creates a user and makes it the active one, as {@code /_create user} does. */
    public User createUser(ObjectNode profileJson) {
        String name = profileJson.path("displayName").asString("");
        if (users.values().stream().anyMatch(u -> u.name().equals(name))) {
            throw SimError.chat("userExists", Json.object().put("contactName", name));
        }
        long id = ids.next(Ids.Kind.USER);
        User user = new User(id, ids.next(Ids.Kind.CONTACT), newProfile(profileJson));
        users.put(id, user);
        activate(user);
        return user;
    }

    public void activate(User user) {
        long order = users.values().stream().mapToLong(u -> u.activeOrder).max().orElse(0) + 1;
        users.values().forEach(u -> u.active = false);
        user.active = true;
        user.activeOrder = order;
    }

    public Link newLink(Link.Kind kind, long ownerUserId, long targetId, Peer peerOwner) {
        return newLink(kind, ownerUserId, targetId, peerOwner, null);
    }

    public Link newLink(Link.Kind kind, long ownerUserId, long targetId, Peer peerOwner, String label) {
        Link link = Link.create(kind, ownerUserId, targetId, peerOwner, label, kind + ":" + ownerUserId + ":" + targetId + ":" + links.size()
                + ":" + (peerOwner == null ? "" : peerOwner.name()));
        links.add(link);
        return link;
    }

    public Optional<Link> findLink(String text) {
        return links.stream().filter(l -> l.matches(text)).findFirst();
    }

    public void forgetLink(Link link) {
        links.remove(link);
    }
}

package dev.simplexscript.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The webhook routes of all scripts: which script answers {@code POST /ci}. A script's routes are
 * replaced in one step when a new version of it activates and removed when it stops, so a request
 * is always answered by exactly one version; a route another script holds is refused.
 */
public final class Routes {
    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=@-]+|:[A-Za-z_][A-Za-z0-9_]*");

    /** Answers one request; runs the script's handler on the script's own dispatcher. */
    @FunctionalInterface
    public interface Handler {
        CompletableFuture<Object> handle(WebhookRequest request);
    }

    /**
     * A method and a path pattern: literal segments and {@code :name} segments that match any one
     * segment and reach the handler as {@code req.params.name}.
     */
    public record Route(String method, String path) {
        public Route {
            method = method.toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) throw new IllegalArgumentException("http: unsupported method " + method + " (get, post, put, delete)");
            if (path == null || !path.startsWith("/")) throw new IllegalArgumentException("http: a route path starts with '/': " + path);
            for (String segment : segments(path)) {
                if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                    throw new IllegalArgumentException("http: bad path segment '" + segment + "' in " + path);
                }
            }
        }

        /** The shape two routes clash on: the same method and the same path with parameters unnamed. */
        String shape() {
            return method + " " + String.join("/", segments(path).stream().map(s -> s.startsWith(":") ? ":" : s).toList());
        }

        /** The parameters when {@code requestPath} matches, else empty. */
        Optional<Map<String, String>> match(List<String> requestSegments) {
            List<String> mine = segments(path);
            if (mine.size() != requestSegments.size()) return Optional.empty();
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < mine.size(); i++) {
                String want = mine.get(i);
                if (want.startsWith(":")) params.put(want.substring(1), requestSegments.get(i));
                else if (!want.equals(requestSegments.get(i))) return Optional.empty();
            }
            return Optional.of(params);
        }

        int literalSegments() {
            return (int) segments(path).stream().filter(s -> !s.startsWith(":")).count();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A route of a script. */
    public record Entry(String owner, Route route, Handler handler) {}

    /** The route that answers a request, with its parameters. */
    public record Match(Entry entry, Map<String, String> params) {}

    /** Thrown when a script claims a route another script holds. */
    public static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message, null, false, false);
        }
    }

    private volatile List<Entry> entries = List.of();

    /**
     * Gives {@code owner} exactly {@code routes}, replacing what it had, in one step.
     *
     * @throws Conflict when another owner holds one of them (nothing changes then)
     */
    public synchronized void replace(String owner, Map<Route, Handler> routes) {
        Map<String, Entry> byShape = new HashMap<>();
        for (Entry e : entries) {
            if (!e.owner.equals(owner)) byShape.put(e.route.shape(), e);
        }
        List<Entry> next = new ArrayList<>(byShape.values());
        Map<String, Route> mine = new HashMap<>();
        for (Map.Entry<Route, Handler> r : routes.entrySet()) {
            Entry held = byShape.get(r.getKey().shape());
            if (held != null) throw new Conflict("route " + r.getKey() + " is already served by " + held.owner + " (" + held.route + ")");
            Route twin = mine.put(r.getKey().shape(), r.getKey());
            if (twin != null) throw new Conflict("routes " + twin + " and " + r.getKey() + " of " + owner + " clash");
            next.add(new Entry(owner, r.getKey(), r.getValue()));
        }
        entries = List.copyOf(next);
    }

    /** Removes every route of {@code owner}. */
    public synchronized void remove(String owner) {
        entries = entries.stream().filter(e -> !e.owner.equals(owner)).toList();
    }

    /** The routes of {@code owner}, for its load line. */
    public List<Route> of(String owner) {
        return entries.stream().filter(e -> e.owner.equals(owner)).map(Entry::route).toList();
    }

    /** The route for a request: the one with the most literal segments among those that match. */
    public Optional<Match> find(String method, String path) {
        List<String> segments = segments(path);
        Match best = null;
        for (Entry e : entries) {
            if (!e.route.method.equals(method)) continue;
            Optional<Map<String, String>> params = e.route.match(segments);
            if (params.isPresent() && (best == null || e.route.literalSegments() > best.entry.route.literalSegments())) {
                best = new Match(e, params.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The methods some route answers for {@code path} (for a 405's {@code Allow}). */
    public List<String> methodsFor(String path) {
        List<String> segments = segments(path);
        return entries.stream().filter(e -> e.route.match(segments).isPresent()).map(e -> e.route.method).distinct().sorted().toList();
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }
}

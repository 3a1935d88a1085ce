package dev.simplexscript.client;

import dev.simplexscript.protocol.ChatException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Where shipped cores' parsers differ from COMMANDS.md (docs/core-quirks.md): the documented form
 * is always sent first; when the core answers it with a parse error ({@code commandError}), the
 * known alternative is tried once, and if the core reads that, this connection sends the
 * alternative from then on. A new connection (perhaps to an upgraded core) starts over.
 */
final class CoreQuirks {
    private static final System.Logger LOG = System.getLogger(CoreQuirks.class.getName());

    /**
     * One known difference: commands matching {@code documented} are rewritten with
     * {@code alternative} (a {@link Matcher#replaceFirst} replacement).
     */
    record Quirk(String name, Pattern documented, String alternative) {
        String rewrite(String command) {
            return documented.matcher(command).replaceFirst(alternative);
        }

        boolean matches(String command) {
            return documented.matcher(command).lookingAt();
        }
    }

    /** Every known quirk; docs/core-quirks.md describes each. */
    static final List<Quirk> KNOWN = List.of(
            // Commands.hs: "/_groups" *> (APIListGroups <$> A.decimal ...): no space before the user id.
            new Quirk("/_groups without a space", Pattern.compile("^/_groups (\\d)"), "/_groups$1"));

    private final List<Quirk> known;
    private final Set<Quirk> adopted = ConcurrentHashMap.newKeySet();

    CoreQuirks() {
        this(KNOWN);
    }

    CoreQuirks(List<Quirk> known) {
        this.known = known;
    }

    /**
     * Sends {@code command} through {@code sender} in the form this core takes, trying the known
     * alternative once when the documented form is a parse error. When the alternative is a parse
     * error too, the documented form's error is what the caller gets.
     */
    CompletableFuture<JsonNode> send(String command, Function<String, CompletableFuture<JsonNode>> sender) {
        Quirk quirk = null;
        for (Quirk q : known) {
            if (q.matches(command)) {
                quirk = q;
                break;
            }
        }
        if (quirk == null) return sender.apply(command);
        if (adopted.contains(quirk)) return sender.apply(quirk.rewrite(command));
        Quirk candidate = quirk;
        return sender.apply(command).exceptionallyCompose(failure -> {
            if (!isParseError(failure)) return CompletableFuture.failedFuture(failure);
            String alternative = candidate.rewrite(command);
            return sender.apply(alternative).handle((resp, again) -> {
                if (again != null && isParseError(again)) return CompletableFuture.<JsonNode>failedFuture(failure);
                if (adopted.add(candidate)) {
                    LOG.log(System.Logger.Level.INFO, "the chat core does not parse the documented {0} but takes {1}; this connection sends that form ({2}, docs/core-quirks.md)",
                            command, alternative, candidate.name());
                }
                return again == null ? CompletableFuture.completedFuture(resp) : CompletableFuture.<JsonNode>failedFuture(again);
            }).thenCompose(Function.identity());
        });
    }

    private static boolean isParseError(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ChatException e && e.is("commandError");
    }
}

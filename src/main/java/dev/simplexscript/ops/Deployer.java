package dev.simplexscript.ops;

import dev.simplexscript.host.LoadResult;
import dev.simplexscript.protocol.command.ReceiveFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Deploy from the phone: a script file the operator sent with the caption {@code /admin deploy} is
 * received into the data folder, checked as {@code simplex-script check} does, then renamed into
 * the first watched folder in one step (the watcher never sees half a file) and loaded. A script
 * that does not check out never reaches the watched folder, so whatever ran before keeps running.
 */
final class Deployer {
    static final long MAX_BYTES = 1024 * 1024;
    static final Duration RECEIVE_TIMEOUT = Duration.ofMinutes(2);
    /** A plain file name: no folders, not hidden, nothing a shell or the watcher would read differently. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final OperatedBot bot;
    private final Path incoming;
    private final Map<Long, CompletableFuture<JsonNode>> receiving = new ConcurrentHashMap<>();

    Deployer(OperatedBot bot, Path dataDir) {
        this.bot = bot;
        this.incoming = dataDir.resolve("ops-incoming").toAbsolutePath();
    }

    /** True for the file of a deploy in progress: its events are the deploy's, not the scripts'. */
    boolean receiving(long fileId) {
        return !receiving.isEmpty() && receiving.containsKey(fileId);
    }

    /** True while a deploy waits for its file. */
    boolean busy() {
        return !receiving.isEmpty();
    }

    /** An {@code rcvFile*} event of a deploy in progress. */
    void fileEvent(JsonNode resp) {
        CompletableFuture<JsonNode> waiting = receiving.get(AdminFilter.fileId(resp));
        if (waiting == null) return;
        switch (resp.path("type").asString("")) {
            case "rcvFileComplete" -> waiting.complete(resp);
            case "rcvFileError", "rcvFileCancelled", "rcvFileSndCancelled" ->
                    waiting.completeExceptionally(new IOException("the transfer ended with " + resp.path("type").asString()));
            default -> { } // descr ready, start, progress: keep waiting
        }
    }

    /** Receives, checks, places and loads the offered file; completes with the answer for the operator. */
    CompletableFuture<String> deploy(AdminMessage.FileOffer offer) {
        String name = offer.fileName();
        List<Path> folders = bot.folders();
        if (folders.isEmpty()) {
            return done("not deployed: the bot watches no folder (it was started with files only); run it with a folder to deploy into");
        }
        Path target = folders.getFirst().resolve(name);
        if (!NAME.matcher(name).matches() || !bot.isScript(target)) {
            return done("not deployed: " + name + " is not a bot script name (letters, digits, . _ -, ending in .js or .groovy)");
        }
        if (offer.fileSize() > MAX_BYTES) {
            return done("not deployed: " + name + " has " + offer.fileSize() + " bytes; a script may have at most " + MAX_BYTES);
        }
        if (bot.isTrusted(target)) {
            return done("not deployed: " + name + " runs trusted (--trusted); a deploy never replaces a trusted script");
        }
        Path received = incoming.resolve(offer.fileId() + "-" + name);
        CompletableFuture<JsonNode> complete = new CompletableFuture<>();
        receiving.put(offer.fileId(), complete);
        try {
            Files.createDirectories(incoming);
            Files.deleteIfExists(received);
        } catch (IOException e) {
            receiving.remove(offer.fileId());
            return done("not deployed: cannot prepare " + incoming + ": " + e.getMessage());
        }
        return bot.send(new ReceiveFile(offer.fileId(), true, null, null, received.toString()))
                .thenCompose(accepted -> complete.orTimeout(RECEIVE_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .thenCompose(done -> install(name, received, target))
                .exceptionally(e -> "not deployed: " + name + " could not be received: " + cause(e))
                .whenComplete((answer, e) -> {
                    receiving.remove(offer.fileId());
                    try {
                        Files.deleteIfExists(received);
                    } catch (IOException ignored) {
                        // Left in the data folder; the next deploy of this file id replaces it.
                    }
                });
    }

    private CompletableFuture<String> install(String name, Path received, Path target) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(received);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return done("not deployed: " + name + " is not UTF-8 text");
        } catch (IOException e) {
            return done("not deployed: cannot read the received " + name + ": " + e.getMessage());
        }
        Path checked = incoming.resolve("check").resolve(name);
        try {
            Files.createDirectories(checked.getParent());
            Files.writeString(checked, text);
            LoadResult check = bot.check(checked);
            if (check.error() != null) {
                return done("not deployed: " + check.error().getMessage() + "\n" + keeps(target));
            }
            place(text, target);
        } catch (IOException e) {
            return done("not deployed: cannot write " + target + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(checked);
            } catch (IOException ignored) {
                // A leftover copy in the data folder harms nothing.
            }
        }
        return bot.enable(target).thenApply(result -> result.loaded()
                ? "deployed " + name + ": v" + result.version() + " running" + AdminChat.changes(result)
                : "deployed " + name + " into " + target.getParent() + " but it did not load: " + result.error().getMessage());
    }

    /** Writes beside the target under a hidden name, then renames over it: readers see the old file or the new one. */
    private static void place(String text, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".deploy");
        Files.writeString(temp, text);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String keeps(Path target) {
        return bot.scripts().stream().filter(s -> s.file().equals(target.toAbsolutePath().normalize())).findFirst()
                .map(s -> "nothing changed: " + s.name() + " v" + s.version() + " is " + s.state().name().toLowerCase(java.util.Locale.ROOT))
                .orElse("nothing changed");
    }

    private static CompletableFuture<String> done(String answer) {
        return CompletableFuture.completedFuture(answer);
    }

    private static String cause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && (c instanceof java.util.concurrent.CompletionException)) c = c.getCause();
        if (c instanceof java.util.concurrent.TimeoutException) return "no transfer within " + RECEIVE_TIMEOUT.toMinutes() + " minutes";
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}

package dev.simplexscript.host;

import dev.simplexscript.protocol.command.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a script may make the chat core read and write files: inside one files folder the host
 * owns, and nowhere else. Every command a script sends passes {@link #confine} on its way to the
 * core (API calls and raw {@code core.command} alike), which rewrites each path it carries to the
 * real path it checked, so what was checked is what the core opens:
 *
 * <ul>
 *   <li>a file to send ({@code /_send ... "fileSource":{"filePath":...}}, or the older top-level
 *       {@code "filePath"}) must be an existing
 *       regular file inside the folder, after resolving {@code ..} and every symlink (one planted
 *       inside the folder that points out is refused);</li>
 *   <li>a place to receive ({@code /freceive <id> [path]}) must be a folder inside the files folder
 *       (the core picks a fresh name in it) or a new file there: an existing name, symlink or not,
 *       is refused, so nothing is ever overwritten; without a path the file goes to the files folder;</li>
 *   <li>names are taken relative to the files folder; neither the watched script folders nor the
 *       host's own data may lie inside it ({@link #checkWatched}, {@link #confined}).</li>
 * </ul>
 *
 * A {@link #trusted} policy (scripts the operator marked with {@code --trusted}) only resolves
 * relative names against the files folder and checks nothing.
 */
public final class PathPolicy {
    /** Every refusal starts with this, so scripts and tests can tell it from any other failure. */
    public static final String REFUSED = "file access refused: ";

    private final Path folder;
    private final Path data;
    private final boolean confined;

    private PathPolicy(Path folder, Path data, boolean confined) {
        this.folder = folder;
        this.data = data;
        this.confined = confined;
    }

    /**
     * The policy for untrusted scripts over the files folder {@code folder} (created if missing);
     * {@code data} is the host's own data folder (store, operator state), which may hold the files
     * folder but never lie inside it.
     */
    public static PathPolicy confined(Path folder, Path data) {
        Path real;
        try {
            Files.createDirectories(folder);
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + folder + " as the files folder: " + e.getMessage(), e);
        }
        PathPolicy policy = new PathPolicy(real, real(data), true);
        policy.mustNotHold(policy.data, "the host's data folder");
        return policy;
    }

    /** No files folder: every command that names a file is refused (a host run without a data folder). */
    public static PathPolicy closed() {
        return new PathPolicy(null, null, true);
    }

    /** The same folders without confinement, for trusted scripts. */
    public PathPolicy trusted() {
        return new PathPolicy(folder, data, false);
    }

    public Path folder() {
        return folder;
    }

    public boolean isConfined() {
        return confined;
    }

    /**
     * Checks that a folder the host watches for scripts lies outside the files folder (it may hold
     * the files folder: only its direct children are scripts); otherwise received files could
     * become scripts. Throws naming both folders.
     */
    public void checkWatched(Path watched) {
        if (folder == null) return;
        mustNotHold(real(watched), "the watched script folder");
    }

    private void mustNotHold(Path real, String what) {
        if (real.startsWith(folder)) {
            throw new IllegalArgumentException("the files folder " + folder + " must not be or contain " + what + " " + real
                    + " (scripts could write files there); choose another folder with --files");
        }
    }

    /** True for the host's own files (the data folder, apart from the files folder in it): never handed to a script. */
    public boolean isHostData(Path path) {
        if (data == null) return false;
        Path real = real(path);
        return real.startsWith(data) && !real.startsWith(folder);
    }

    /**
     * The command to send in place of {@code command}: the same command with each path it carries
     * replaced by the real path checked here. Commands that carry no path come back as they are.
     *
     * @throws Refused when a path is outside the files folder or missing
     */
    public String confine(String command) {
        if (command.startsWith("/freceive ")) {
            Commands.Parsed parsed = Commands.parse(command);
            ObjectNode params = parsed.params();
            JsonNode given = params.get("filePath");
            Path target = receiving(given == null || given.isNull() ? null : given.asString());
            if (target == null) return command;
            params.put("filePath", target.toString());
            return Commands.encode(parsed.name(), params);
        }
        // A path can only hide in a send's JSON as "filePath", or spelled with \\u escapes.
        if (command.startsWith("/_send ") && (command.contains("filePath") || command.contains("\\u"))) {
            Commands.Parsed parsed = Commands.parse(command);
            ObjectNode params = parsed.params();
            boolean any = false;
            for (JsonNode message : params.path("composedMessages")) {
                // Cores read "fileSource":{"filePath"}, and the older top-level "filePath" when there is no fileSource.
                for (JsonNode holder : List.of(message.path("fileSource"), message)) {
                    if (!holder.isObject() || !holder.has("filePath") || holder.get("filePath").isNull()) continue;
                    ((ObjectNode) holder).put("filePath", sending(holder.get("filePath").asString()).toString());
                    any = true;
                }
            }
            return any ? Commands.encode(parsed.name(), params) : command;
        }
        return command;
    }

    /** A file a script sends: its real path, an existing regular file inside the files folder. */
    Path sending(String given) {
        Path path = resolve(given);
        if (!confined) return path;
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("'" + given + "' does not exist in the files folder " + folder);
        } catch (IOException e) {
            throw new Refused("'" + given + "' cannot be read: " + e.getMessage());
        }
        inside(given, real);
        if (!Files.isRegularFile(real)) throw new Refused("'" + given + "' is not a regular file");
        return real;
    }

    /** Where a received file goes: the files folder or a folder in it, or a new file in one. Null: as the core decides (trusted). */
    Path receiving(String given) {
        if (given == null) {
            if (!confined) return null;
            if (folder == null) resolve(null);
            return folder;
        }
        Path path = resolve(given);
        if (!confined) return path;
        try {
            if (Files.isDirectory(path)) {
                Path real = path.toRealPath();
                inside(given, real);
                return real;
            }
            Path parent = path.getParent().toRealPath();
            Path target = parent.resolve(path.getFileName().toString());
            inside(given, target);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("'" + given + "' already exists; a received file never overwrites one");
            }
            return target;
        } catch (NoSuchFileException e) {
            throw new Refused("the folder of '" + given + "' does not exist in the files folder " + folder);
        } catch (IOException e) {
            throw new Refused("'" + given + "' cannot be used: " + e.getMessage());
        }
    }

    private void inside(String given, Path real) {
        if (!real.startsWith(folder)) {
            throw new Refused("'" + given + "' is outside the bot's files folder " + folder
                    + (real.toString().equals(given) ? "" : " (it is " + real + ")"));
        }
    }

    private Path resolve(String given) {
        if (folder == null && confined) throw new Refused("this host has no files folder, so scripts cannot send or receive files");
        if (given == null || given.isBlank() || given.indexOf('\0') >= 0) throw new Refused("a file path must be a non-empty name");
        try {
            return (folder == null ? Path.of(given) : folder.resolve(given)).normalize();
        } catch (InvalidPathException e) {
            throw new Refused("'" + given + "' is not a valid path: " + e.getReason());
        }
    }

    /** The real path of what exists of {@code path}, with the rest appended (a store may not exist yet). */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** A script asked for a path the policy does not allow. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(REFUSED + message);
        }
    }
}

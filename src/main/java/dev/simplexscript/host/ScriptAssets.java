package dev.simplexscript.host;

import dev.simplexscript.lang.ScriptFiles;
import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * {@code asset('faq.json')}: a data file from the script's own folder, read-only. JSON files come
 * back parsed, anything else as text. Only data files can be read ({@link ScriptFiles}): never a
 * bot, a test, a hidden or backup file, nothing outside the folder (a symlink may lead into a
 * subfolder, as a Kubernetes ConfigMap's do, but not out of the folder or to a script), and
 * nothing of the host's own data. The host remembers what each script read and what it held, so
 * saving such a file with new content reloads the scripts that use it.
 */
public final class ScriptAssets {
    static final long MAX_BYTES = 1 << 20;
    /** Every refusal starts with this. */
    static final String REFUSED = "asset refused: ";

    private final Path folder;
    private final PathPolicy files;
    private final Map<Path, String> read = new ConcurrentHashMap<>();

    ScriptAssets(Path folder, PathPolicy files) {
        this.folder = folder.toAbsolutePath().normalize();
        this.files = files;
    }

    @Export
    public Object call(Object name) {
        if (!(name instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("asset(name): name must be a file name like 'faq.json', got " + name);
        }
        Path file = folder.resolve(s).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException(REFUSED + "'" + s + "': only files directly beside the script can be read");
        }
        ScriptFiles.Kind kind = ScriptFiles.kind(file);
        if (kind != ScriptFiles.Kind.DATA) {
            throw new IllegalArgumentException(REFUSED + "'" + s + "' is " + switch (kind) {
                case BOT -> "a bot script";
                case TEST -> "a test script";
                default -> "a hidden or backup file";
            } + "; asset() reads data files only (" + ScriptFiles.describe() + ")");
        }
        try {
            Path real = file.toRealPath();
            // A link may lead into a subfolder (a ConfigMap's ..data), never out of the folder or to a script.
            if (!real.startsWith(folder.toRealPath()) || ScriptFiles.kind(real) != ScriptFiles.Kind.DATA) {
                throw new IllegalArgumentException(REFUSED + "'" + s + "' links to " + real + ", which is not a data file in the script's folder");
            }
            if (files.isHostData(real)) throw new IllegalArgumentException(REFUSED + "'" + s + "' is the host's own data");
            long size = Files.size(real);
            if (size > MAX_BYTES) throw new IllegalArgumentException("asset('" + s + "') is " + size + " bytes; the limit is " + MAX_BYTES);
            String text = Files.readString(real);
            read.put(file, text);
            if (!s.endsWith(".json")) return text;
            try {
                return Json.MAPPER.readValue(text, Object.class);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("asset('" + s + "') is not valid JSON: " + e.getMessage());
            }
        } catch (IOException e) {
            read.putIfAbsent(file, "");
            throw new IllegalArgumentException("asset('" + s + "') cannot be read: " + e);
        }
    }

    boolean uses(Path file) {
        return read.containsKey(file.toAbsolutePath().normalize());
    }

    boolean changedAny() {
        return read.keySet().stream().anyMatch(this::changed);
    }

    /** True when the script read {@code file} and it now holds something else (or is gone). */
    boolean changed(Path file) {
        String held = read.get(file.toAbsolutePath().normalize());
        if (held == null) return false;
        try {
            return !held.equals(Files.readString(file));
        } catch (IOException e) {
            return true;
        }
    }
}

package dev.simplexscript.host;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * {@code asset('faq.json')}: a data file from the script's own folder, read-only. JSON files come
 * back parsed, anything else as text. The host remembers what each script read, so saving such a
 * file reloads the scripts that use it. Nothing outside the folder can be named.
 */
public final class ScriptAssets {
    static final long MAX_BYTES = 1 << 20;

    private final Path folder;
    private final Set<Path> read = ConcurrentHashMap.newKeySet();

    ScriptAssets(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Export
    public Object call(Object name) {
        if (!(name instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("asset(name): name must be a file name like 'faq.json', got " + name);
        }
        Path file = folder.resolve(s).normalize();
        if (!file.getParent().equals(folder) || file.getFileName().toString().startsWith(".")) {
            throw new IllegalArgumentException("asset('" + s + "'): only files directly beside the script can be read");
        }
        read.add(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new IllegalArgumentException("asset('" + s + "') is " + size + " bytes; the limit is " + MAX_BYTES);
            String text = Files.readString(file);
            if (!s.endsWith(".json")) return text;
            try {
                return Json.MAPPER.readValue(text, Object.class);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("asset('" + s + "') is not valid JSON: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("asset('" + s + "') cannot be read: " + e);
        }
    }

    boolean uses(Path file) {
        return read.contains(file.toAbsolutePath().normalize());
    }
}

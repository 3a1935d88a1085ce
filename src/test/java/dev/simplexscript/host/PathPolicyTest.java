package dev.simplexscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one check every path a script names passes, on its own; the battery runs it through scripts. */
class PathPolicyTest {
    private static final String CONTENT = "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}";

    @Test
    void commandsAreRewrittenToTheRealPathThatWasChecked(@TempDir Path dir) throws Exception {
        PathPolicy policy = PathPolicy.confined(dir.resolve("files"), dir.resolve("data"));
        Path real = Files.writeString(policy.folder().resolve("report.pdf"), "pdf");
        String sent = policy.confine("/_send @2 json [{\"fileSource\":{\"filePath\":\"report.pdf\"}," + CONTENT + "}]");
        assertTrue(sent.contains("\"filePath\":\"" + real + "\""), sent);
        String old = policy.confine("/_send @2 json [{\"filePath\":\"./sub/../report.pdf\"," + CONTENT + "}]");
        assertTrue(old.contains("\"filePath\":\"" + real + "\""), old);
        assertEquals("/freceive 7 " + policy.folder(), policy.confine("/freceive 7"), "without a path: the files folder");
        assertEquals("/_send @2 text hi", policy.confine("/_send @2 text hi"), "no path, no change");
        assertEquals("/_address 1", policy.confine("/_address 1"));
    }

    @Test
    void everySpellingOfAPathOutsideIsRefused(@TempDir Path dir) throws Exception {
        PathPolicy policy = PathPolicy.confined(dir.resolve("files"), dir.resolve("data"));
        Files.createSymbolicLink(policy.folder().resolve("out"), Path.of("/etc"));
        for (String command : List.of(
                "/_send @2 json [{\"fileSource\":{\"filePath\":\"/etc/passwd\"}," + CONTENT + "}]",
                "/_send @2 json [{\"fileSource\":{\"file\\u0050ath\":\"/etc/passwd\"}," + CONTENT + "}]",
                "/_send @2 json [{\"fileSource\":{\"filePath\":\"out/passwd\"}," + CONTENT + "}]",
                "/_send @2 json [{\"filePath\":\"../../../../etc/passwd\"," + CONTENT + "}]",
                // shipped cores' forms (Commands.SHIPPED) are read as the same commands
                "/_send @2 ttl=default json [{\"fileSource\":{\"filePath\":\"/etc/passwd\"}," + CONTENT + "}]",
                "/_send @2 live=on ttl=default json [{\"filePath\":\"/etc/passwd\"," + CONTENT + "}]",
                "/freceive 1 /tmp/x.js", "/freceive 1 out/x", "/freceive 1 out",
                "/fr 1 /tmp/x.js", "/FILE @2 /etc/passwd", "  /f @2 /etc/passwd", "/img @2 /etc/passwd",
                "/_files_folder /", "/_db export {\"archivePath\":\"/tmp/db.zip\"}")) {
            PathPolicy.Refused refused = assertThrows(PathPolicy.Refused.class, () -> policy.confine(command), command);
            assertTrue(refused.getMessage().startsWith(PathPolicy.REFUSED), refused.getMessage());
        }
    }

    @Test
    void trustedScriptsAreNotConfinedAndAHostWithoutFilesRefusesAll(@TempDir Path dir) {
        PathPolicy trusted = PathPolicy.confined(dir.resolve("files"), dir.resolve("data")).trusted();
        assertEquals("/freceive 1 /tmp/x.js", trusted.confine("/freceive 1 /tmp/x.js"));
        assertEquals("/freceive 1", trusted.confine("/freceive 1"), "the core decides where");
        PathPolicy.Refused none = assertThrows(PathPolicy.Refused.class, () -> PathPolicy.closed().confine("/freceive 1"));
        assertTrue(none.getMessage().contains("no files folder"), none.getMessage());
    }
}

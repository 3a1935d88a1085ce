package dev.simplexscript.testkit;

import dev.simplexscript.http.FetchResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simplexscript.lang.ExportedMembers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** stdlib/simplex-script-test.d.ts declares exactly the members test files can use. */
class TestKitDeclarationsTest {
    private static final Pattern MEMBER = Pattern.compile("(?m)^  (?:readonly )?(\\w+)\\??\\s*[(:<]");

    @ParameterizedTest
    @ValueSource(classes = {Sim.class, Sim.SimHttp.class, FetchResponse.class, Person.class, BotMessage.class, GroupChat.class, Expectation.class})
    void interfaceDeclaresExactlyTheExportedMembers(Class<?> type) throws IOException {
        String dts = Files.readString(Path.of("stdlib/simplex-script-test.d.ts"));
        Matcher block = Pattern.compile("(?ms)^interface " + type.getSimpleName() + " \\{\\n(.*?)^}").matcher(dts);
        if (!block.find()) throw new AssertionError("no interface " + type.getSimpleName());
        Set<String> declared = new TreeSet<>();
        Matcher m = MEMBER.matcher(block.group(1));
        while (m.find()) declared.add(m.group(1));
        Set<String> exported = new TreeSet<>(ExportedMembers.of(type).names());
        // A getter is callable too (getName()), but its property (name) is the way to read it.
        exported.removeIf(n -> n.matches("get[A-Z]\\w*") && exported.contains(Character.toLowerCase(n.charAt(3)) + n.substring(4)));
        assertEquals(exported, declared);
    }
}

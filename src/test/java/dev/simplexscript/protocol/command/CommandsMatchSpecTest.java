package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simplexscript.protocol.syntax.CommandSpec;
import dev.simplexscript.protocol.syntax.Param;
import dev.simplexscript.testutil.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog is a copy of COMMANDS.md: same commands, same order, same syntax lines and parameters. */
class CommandsMatchSpecTest {
    private static final Pattern SECTION = Pattern.compile("(?m)^### (\\w+)\\s*$");
    private static final Pattern SYNTAX = Pattern.compile("\\*\\*Syntax\\*\\*:\\n\\n```\\n(.*)\\n```");
    private static final Pattern PARAMS = Pattern.compile("\\*\\*Parameters\\*\\*:\\n((?:- .*\\n)+)");

    record SpecCommand(String syntax, List<String> params) {}

    static Map<String, SpecCommand> fromSpec() {
        String md = Spec.read(Spec.file("COMMANDS.md"));
        Map<String, SpecCommand> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(md);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
            bounds.add(new int[] {m.end()});
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? md.lastIndexOf("### ", bounds.get(i + 1)[0]) : md.length();
            String body = md.substring(bounds.get(i)[0], end);
            Matcher syntax = SYNTAX.matcher(body);
            if (!syntax.find()) continue;
            List<String> params = new ArrayList<>();
            Matcher p = PARAMS.matcher(body);
            if (p.find()) {
                for (String line : p.group(1).strip().split("\n")) {
                    params.add(line.substring(2)
                            .replaceAll("\\[\\[(\\w+)]\\([^)]*\\)]", "[$1]")
                            .replaceAll("\\[(\\w+)]\\([^)]*\\)", "$1"));
                }
            }
            out.put(names.get(i), new SpecCommand(syntax.group(1), params));
        }
        return out;
    }

    @Test
    void catalogHasExactlyTheSpecCommandsInSpecOrder() {
        assertEquals(List.copyOf(fromSpec().keySet()), Commands.ALL.stream().map(CommandSpec::name).toList());
        assertEquals(42, Commands.ALL.size());
    }

    @Test
    void everySyntaxLineAndParameterListIsCopiedVerbatim() {
        Map<String, SpecCommand> spec = fromSpec();
        for (CommandSpec command : Commands.ALL) {
            SpecCommand expected = spec.get(command.name());
            assertEquals(expected.syntax(), command.template(), command.name());
            assertEquals(expected.params(), command.params().stream().map(Param::toString).toList(), command.name());
        }
    }
}

package dev.simplexscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.testutil.CommandCases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EncodeCommandTest {

    private record Run(int exitCode, List<String> lines) {}

    private static Run encode(String input) {
        InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            var cli = RootCommand.commandLine();
            cli.setOut(new PrintWriter(out));
            int code = cli.execute("encode");
            return new Run(code, out.toString().lines().toList());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void printsOneCommandLinePerInputLineForAllSpecCases() {
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (JsonNode c : CommandCases.all()) {
            input.append("{\"command\":").append(c.get("command")).append(",\"params\":").append(c.get("params")).append("}\n");
            expected.add(c.get("expect").stringValue());
        }
        Run run = encode(input.toString());
        assertEquals(0, run.exitCode());
        assertEquals(expected, run.lines());
    }

    @Test
    void badLinesPrintAnErrorLineAndTheRestGoOn() {
        Run run = encode("""
                not json
                {"command":"Nope","params":{}}
                {"params":{}}
                {"command":"APIShowMyAddress","params":{"userId":1}}
                {"command":"ReceiveFile","params":{"fileId":1,"filePath":"a\\nb"}}
                """);
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertEquals(5, run.lines().size());
        assertTrue(run.lines().get(0).startsWith("error: not valid JSON"), run.lines().get(0));
        assertTrue(run.lines().get(1).startsWith("error: unknown command Nope"), run.lines().get(1));
        assertTrue(run.lines().get(2).startsWith("error: expected {\"command\""), run.lines().get(2));
        assertEquals("/_show_address 1", run.lines().get(3));
        assertTrue(run.lines().get(4).contains("control character"), run.lines().get(4));
    }
}

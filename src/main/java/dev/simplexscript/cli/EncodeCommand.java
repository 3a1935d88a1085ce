package dev.simplexscript.cli;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.protocol.syntax.CommandException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code simplex-script encode}: JSON lines in, exact command strings out. For people writing bots
 * in other languages, and for anyone checking our encoder against COMMANDS.md.
 */
@Command(name = "encode",
        description = {
            "Read JSON lines {\"command\":\"APISendMessages\",\"params\":{...}} from standard input and print"
                    + " each command string exactly as the chat core expects it, one per line.",
            "A line that cannot be encoded prints 'error: <reason>' instead; the exit code is 1 if any did.",
            "Parameter names are those of COMMANDS.md; record types use the JSON shapes of PROTOCOL.md,"
                    + " e.g. \"sendRef\":{\"chatType\":\"direct\",\"chatId\":2}."},
        mixinStandardHelpOptions = true)
public final class EncodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                String result = encodeLine(line);
                failed |= result.startsWith("error:");
                out.println(result);
                out.flush();
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** One input line to one output line: the command string, or {@code error: <reason>}. */
    public static String encodeLine(String line) {
        JsonNode request;
        try {
            request = Json.parse(line);
        } catch (JacksonException e) {
            return "error: not valid JSON: " + e.getOriginalMessage();
        }
        if (!request.isObject() || !request.path("command").isString()) {
            return "error: expected {\"command\":\"<COMMANDS.md name>\",\"params\":{...}}";
        }
        try {
            return Commands.encode(request.get("command").stringValue(), request.get("params"));
        } catch (CommandException e) {
            return "error: " + e.getMessage();
        }
    }
}

package dev.simplexscript.testutil;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Command encoding cases ({@code protocol/command-cases.jsonl}): {@code {"command", "params",
 * "expect"}}, one per line. The parameters were chosen by hand from COMMANDS.md's parameter lists
 * and PROTOCOL.md's examples (11 expected strings appear there verbatim); every expected string is
 * what COMMANDS.md's own JavaScript and Python expressions make of the parameters, checked by
 * {@code SpecExpressionsTest}, so the cases are a reference independent of our encoder and parser.
 */
public final class CommandCases {
    private CommandCases() {}

    public static List<JsonNode> all() {
        try (InputStream in = CommandCases.class.getResourceAsStream("/protocol/command-cases.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).map(Json::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

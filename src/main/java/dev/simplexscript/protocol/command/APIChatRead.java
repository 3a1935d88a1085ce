package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * Marks a chat read ({@code /_read chat @2}); answer {@code cmdOk}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record APIChatRead(JsonNode chatRef) implements ChatCommand {}

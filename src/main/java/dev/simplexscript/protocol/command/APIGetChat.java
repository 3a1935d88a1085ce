package dev.simplexscript.protocol.command;

import tools.jackson.databind.JsonNode;

/**
 * One chat with its last {@code count} items, or those before or after an item ({@code /_get chat @2 count=100}); answer {@code apiChat}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record APIGetChat(JsonNode chatRef, Long before, Long after, int count, String search) implements ChatCommand {}

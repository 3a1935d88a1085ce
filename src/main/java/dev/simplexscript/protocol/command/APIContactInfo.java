package dev.simplexscript.protocol.command;

/**
 * A contact's connection details ({@code /_info @2}); answer {@code contactInfo}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record APIContactInfo(long contactId) implements ChatCommand {}

package dev.simplexscript.protocol.command;

/**
 * The active user's contacts ({@code /contacts}); answer {@code contactsList}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record ListContacts() implements ChatCommand {}

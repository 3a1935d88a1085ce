package dev.simplexscript.protocol.command;

/**
 * Sets a contact's local alias (none: removes it) ({@code /_set alias @2 friend}); answer {@code contactAliasUpdated}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record APISetContactAlias(long contactId, String localAlias) implements ChatCommand {}

package dev.simplexscript.protocol.command;

/**
 * Turns auto-accept of the active user's address on or off ({@code /auto_accept on}); answer {@code userContactLinkUpdated}. Not in COMMANDS.md; shipped cores parse it ({@link Commands#SHIPPED}).
 */
public record SetAddressSettings(boolean enable, boolean incognito) implements ChatCommand {}

package dev.simplexscript.protocol.command;

/**
 * The core's version ({@code /version}, {@code /v}). Not one of the 42, but every core answers it
 * and the client asks it right after connecting.
 *
 * <p>Responses: versionInfo.
 */
public record ShowVersion() implements ChatCommand {}

package dev.simplexscript.protocol.command;

/**
 * Receive file. Network: no.
 *
 * <p>{@code /freceive <fileId>[ approved_relays=on][ encrypt=on|off][ inline=on|off][ <filePath>]}
 *
 * <p>Responses: rcvFileAccepted, rcvFileAcceptedSndCancelled, chatCmdError.
 */
public record ReceiveFile(
        long fileId,
        boolean userApprovedRelays,
        Boolean storeEncrypted,
        Boolean fileInline,
        String filePath) implements ChatCommand {}

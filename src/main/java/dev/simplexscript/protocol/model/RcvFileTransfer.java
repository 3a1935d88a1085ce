package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): xftpRcvFile, rcvFileInline, grpMemberId, cryptoArgs. */
@Wire
public record RcvFileTransfer(
        long fileId, XFTPRcvFile xftpRcvFile, FileInvitation fileInvitation, RcvFileStatus fileStatus,
        InlineFileMode rcvFileInline, String senderDisplayName, long chunkSize, boolean cancelled, Long grpMemberId,
        CryptoFileArgs cryptoArgs, @Extra Map<String, JsonNode> extra) {}

package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): xftpSndFile, xftpRedirectFor, fileInline. */
@Wire
public record FileTransferMeta(
        long fileId, XFTPSndFile xftpSndFile, Long xftpRedirectFor, String fileName, String filePath, long fileSize,
        InlineFileMode fileInline, long chunkSize, boolean cancelled, @Extra Map<String, JsonNode> extra) {}

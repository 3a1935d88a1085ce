package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): groupMemberId, fileDescrId, fileInline. */
@Wire
public record SndFileTransfer(
        long fileId, String fileName, String filePath, long fileSize, long chunkSize, String recipientDisplayName,
        long connId, String agentConnId, Long groupMemberId, FileStatus fileStatus, Long fileDescrId,
        InlineFileMode fileInline, @Extra Map<String, JsonNode> extra) {}

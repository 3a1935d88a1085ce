package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): fileDigest, fileConnReq, fileInline, fileDescr. */
@Wire
public record FileInvitation(
        String fileName, long fileSize, String fileDigest, String fileConnReq, InlineFileMode fileInline,
        FileDescr fileDescr, @Extra Map<String, JsonNode> extra) {}

package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record NoteFolder(
        long noteFolderId, long userId, String createdAt, String updatedAt, String chatTs, boolean favorite,
        boolean unread, @Extra Map<String, JsonNode> extra) {}

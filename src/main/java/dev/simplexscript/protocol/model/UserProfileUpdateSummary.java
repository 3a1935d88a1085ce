package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record UserProfileUpdateSummary(
        int updateSuccesses, int updateFailures, List<Contact> changedContacts, @Extra Map<String, JsonNode> extra) {}

package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface MsgChatLink {
    @JsonTypeName("contact")
    record Contact(String connLink, Profile profile, boolean business, @Extra Map<String, JsonNode> extra)
            implements MsgChatLink {
        public Contact(String connLink, Profile profile, boolean business) {
            this(connLink, profile, business, Map.of());
        }
    }

    @JsonTypeName("invitation")
    record Invitation(String invLink, Profile profile, @Extra Map<String, JsonNode> extra) implements MsgChatLink {
        public Invitation(String invLink, Profile profile) {
            this(invLink, profile, Map.of());
        }
    }

    @JsonTypeName("group")
    record Group(String connLink, GroupProfile groupProfile, @Extra Map<String, JsonNode> extra)
            implements MsgChatLink {
        public Group(String connLink, GroupProfile groupProfile) {
            this(connLink, groupProfile, Map.of());
        }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements MsgChatLink, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}

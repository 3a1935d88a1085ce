package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a chat item is: a message sent or received, or one of the service items (events, features,
 * calls...).
 */
@Union
public sealed interface CIContent {
    @JsonTypeName("sndMsgContent")
    record SndMsgContent(MsgContent msgContent, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvMsgContent")
    record RcvMsgContent(MsgContent msgContent, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("sndDeleted")
    record SndDeleted(CIDeleteMode deleteMode, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvDeleted")
    record RcvDeleted(CIDeleteMode deleteMode, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("sndCall")
    record SndCall(CICallStatus status, int duration, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvCall")
    record RcvCall(CICallStatus status, int duration, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvIntegrityError")
    record RcvIntegrityError(MsgErrorType msgError, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvDecryptionError")
    record RcvDecryptionError(MsgDecryptError msgDecryptError, long msgCount, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("rcvGroupInvitation")
    record RcvGroupInvitation(
            CIGroupInvitation groupInvitation, GroupMemberRole memberRole, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("sndGroupInvitation")
    record SndGroupInvitation(
            CIGroupInvitation groupInvitation, GroupMemberRole memberRole, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("rcvDirectEvent")
    record RcvDirectEvent(
            dev.simplexscript.protocol.model.RcvDirectEvent rcvDirectEvent, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("rcvGroupEvent")
    record RcvGroupEvent(
            dev.simplexscript.protocol.model.RcvGroupEvent rcvGroupEvent, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("sndGroupEvent")
    record SndGroupEvent(
            dev.simplexscript.protocol.model.SndGroupEvent sndGroupEvent, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("rcvConnEvent")
    record RcvConnEvent(dev.simplexscript.protocol.model.RcvConnEvent rcvConnEvent, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("sndConnEvent")
    record SndConnEvent(dev.simplexscript.protocol.model.SndConnEvent sndConnEvent, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    /** Optional (null when absent): param. */
    @JsonTypeName("rcvChatFeature")
    record RcvChatFeature(ChatFeature feature, PrefEnabled enabled, Integer param, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    /** Optional (null when absent): param. */
    @JsonTypeName("sndChatFeature")
    record SndChatFeature(ChatFeature feature, PrefEnabled enabled, Integer param, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    /** Optional (null when absent): param. */
    @JsonTypeName("rcvChatPreference")
    record RcvChatPreference(
            ChatFeature feature, FeatureAllowed allowed, Integer param, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    /** Optional (null when absent): param. */
    @JsonTypeName("sndChatPreference")
    record SndChatPreference(
            ChatFeature feature, FeatureAllowed allowed, Integer param, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    /** Optional (null when absent): param, memberRole_. */
    @JsonTypeName("rcvGroupFeature")
    record RcvGroupFeature(
            GroupFeature groupFeature, GroupPreference preference, Integer param, GroupMemberRole memberRole_,
            @Extra Map<String, JsonNode> extra) implements CIContent {}

    /** Optional (null when absent): param, memberRole_. */
    @JsonTypeName("sndGroupFeature")
    record SndGroupFeature(
            GroupFeature groupFeature, GroupPreference preference, Integer param, GroupMemberRole memberRole_,
            @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvChatFeatureRejected")
    record RcvChatFeatureRejected(ChatFeature feature, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvGroupFeatureRejected")
    record RcvGroupFeatureRejected(GroupFeature groupFeature, @Extra Map<String, JsonNode> extra)
            implements CIContent {}

    @JsonTypeName("sndModerated")
    record SndModerated(@Extra Map<String, JsonNode> extra) implements CIContent {
        public SndModerated() { this(Map.of()); }
    }

    @JsonTypeName("rcvModerated")
    record RcvModerated(@Extra Map<String, JsonNode> extra) implements CIContent {
        public RcvModerated() { this(Map.of()); }
    }

    @JsonTypeName("rcvBlocked")
    record RcvBlocked(@Extra Map<String, JsonNode> extra) implements CIContent {
        public RcvBlocked() { this(Map.of()); }
    }

    @JsonTypeName("sndDirectE2EEInfo")
    record SndDirectE2EEInfo(E2EInfo e2eeInfo, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvDirectE2EEInfo")
    record RcvDirectE2EEInfo(E2EInfo e2eeInfo, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("sndGroupE2EEInfo")
    record SndGroupE2EEInfo(E2EInfo e2eeInfo, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("rcvGroupE2EEInfo")
    record RcvGroupE2EEInfo(E2EInfo e2eeInfo, @Extra Map<String, JsonNode> extra) implements CIContent {}

    @JsonTypeName("chatBanner")
    record ChatBanner(@Extra Map<String, JsonNode> extra) implements CIContent {
        public ChatBanner() { this(Map.of()); }
    }

    /** Optional (null when absent): direction, json. */
    @JsonTypeName("invalidJSON")
    record InvalidJSON(MsgDirection direction, String json, @Extra Map<String, JsonNode> extra) implements CIContent {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements CIContent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}

package dev.simplexscript.api.objects;

import dev.simplexscript.api.CommandCall;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.ChatRefs;
import dev.simplexscript.api.values.Composer;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.api.values.Ref;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A chat item with its chat (PROTOCOL.md §7.7 AChatItem): a received message, or one the bot sent. */
public final class Message implements Ref {
    /** The chat item id ({@code meta.itemId}) that update, delete and react take. */
    @Export public final long id;
    /** The message text ({@code msgContent.text}, or the core's text rendering of other items). */
    @Export public final String text;
    /** The MsgContent ({@code {type:'text', text}}, {@code {type:'file', ...}}, ...); null for service items. */
    @Export public final Map<String, Object> content;
    /** The chat: a Contact or a Group (null for chat kinds scripts cannot use). */
    @Export public final Object chat;
    /** The chat reference to answer in, e.g. {@code @2} or {@code #1(_support:3)}. */
    @Export public final String chatRef;
    /** Who sent it: the Contact, the group Member, or null when the bot sent it. */
    @Export public final Object sender;
    /** True when the bot sent this message. */
    @Export public final boolean own;
    /** The attached file, or null. */
    @Export public final ChatFile file;
    /** The quoted item ({@code CIQuote}) or null. */
    @Export public final Map<String, Object> quote;
    /** The ChatItem: {@code chatDir}, {@code meta}, {@code content}, {@code mentions}, ... */
    @Export public final Map<String, Object> item;
    /** The whole AChatItem: {@code {chatInfo, chatItem}}. */
    @Export public final Map<String, Object> raw;
    private final ObjectNode ref;
    private final ChatActions actions;
    /** Parsed on first use; a race only parses twice (both results are equal and immutable). */
    private Optional<CommandCall> command;

    Message(JsonNode aChatItem, ChatActions actions) {
        JsonNode chatInfo = aChatItem.path("chatInfo");
        JsonNode chatItem = aChatItem.path("chatItem");
        JsonNode msgContent = chatItem.path("content").path("msgContent");
        this.id = chatItem.path("meta").path("itemId").asLong();
        this.content = Plain.map(msgContent);
        String contentText = Plain.text(msgContent.path("text"));
        this.text = contentText != null ? contentText : Plain.text(chatItem.path("meta").path("itemText"));
        this.chat = actions.chat(chatInfo);
        this.ref = ChatRefs.fromChatInfo(chatInfo);
        this.chatRef = ref == null ? null : ChatRefs.text(ref);
        JsonNode dir = chatItem.path("chatDir");
        String direction = dir.path("type").asString("");
        this.own = direction.endsWith("Snd");
        this.sender = ChatActions.sender(dir, chat);
        this.file = chatItem.path("file").isObject() ? new ChatFile(chatItem.path("file"), actions) : null;
        this.quote = Plain.map(chatItem.path("quotedItem"));
        this.item = Plain.map(chatItem);
        this.raw = Plain.map(aChatItem);
        this.actions = actions;
    }

    /** The bot command a received message carries ({@code /price btc}), if it is one; the host routes it. */
    public Optional<CommandCall> command() {
        Optional<CommandCall> parsed = command;
        if (parsed == null) command = parsed = own ? Optional.empty() : CommandCall.parse(text);
        return parsed;
    }

    /** Answers in the same chat, quoting this message. */
    @Export
    public CompletableFuture<Object> reply(Object textOrContent) {
        return reply(textOrContent, null);
    }

    /** Answers with send options ({@code mentions}, {@code ttl}, {@code live}, {@code file}). */
    @Export
    public CompletableFuture<Object> reply(Object textOrContent, Object options) {
        Map<String, Object> withQuote = new LinkedHashMap<>(Args.options("msg.reply options", options, Composer.SEND_OPTIONS));
        withQuote.put("quote", id);
        return actions.send("msg.reply", chatRef("msg.reply"), textOrContent, withQuote);
    }

    /** Adds a reaction (one of 👍 👎 😀 😂 😢 ❤ 🚀 ✅). */
    @Export
    public CompletableFuture<Object> react(Object emoji) {
        return react(emoji, true);
    }

    /** Adds ({@code true}) or removes ({@code false}) a reaction. */
    @Export
    public CompletableFuture<Object> react(Object emoji, Object add) {
        return actions.react(chatRef("msg.react"), id, Args.bool("msg.react: add", add, true), Composer.reaction("msg.react: emoji", emoji));
    }

    /** Edits the text or content; only the bot's own messages can be edited. */
    @Export
    public CompletableFuture<Object> edit(Object textOrContent) {
        if (!own) {
            throw new ApiArgumentException("msg.edit: message " + id + " was received, not sent by the bot; only the bot's own messages can be edited");
        }
        return actions.update(chatRef("msg.edit"), id, Composer.updated("msg.edit", textOrContent, null), false);
    }

    /** Deletes the message: the bot's own for everyone ({@code broadcast}), a received one only locally ({@code internal}). */
    @Export
    public CompletableFuture<Object> delete() {
        return delete(own ? "broadcast" : "internal");
    }

    /** Deletes with a mode: {@code broadcast}, {@code internal} or {@code internalMark}. */
    @Export
    public CompletableFuture<Object> delete(Object mode) {
        String deleteMode = Args.text("msg.delete: mode", mode);
        if (!own && deleteMode.equals("broadcast")) {
            throw new ApiArgumentException("msg.delete: message " + id + " was received; only the bot's own messages can be deleted for everyone"
                    + " (to moderate a group message use messages.deleteMember(msg))");
        }
        return actions.deleteItems(chatRef("msg.delete"), List.of(id), deleteMode);
    }

    /** The chat as a ChatRef, for commands that take one. */
    ObjectNode chatRef(String what) {
        if (ref == null) throw new ApiArgumentException(what + ": message " + id + " is not in a contact or group chat");
        return ref.deepCopy();
    }

    @Override
    public Long refId(Kind kind) {
        // A message also names its chat's contact or group, as send(msg, ...) names its chat.
        return switch (kind) {
            case ITEM -> id;
            case FILE -> file == null ? null : file.id;
            case CONTACT -> chat instanceof Contact c ? c.id : null;
            case GROUP -> chat instanceof Group g ? g.id : null;
            default -> null;
        };
    }

    @Override
    public ObjectNode refChat() {
        return ref == null ? null : ref.deepCopy();
    }

    @Override
    public String toString() {
        return "message " + id + " in " + chatRef + ": " + text;
    }
}

package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Composer;
import dev.simplexscript.api.values.Ref.Kind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.node.ObjectNode;

/**
 * The global {@code messages}: edit, delete, moderate and react. Each call takes either a Message
 * (which knows its chat) or a chat and item id(s): {@code update(msg, text)} or
 * {@code update('@2', 13, text)}.
 */
public final class MessagesApi {
    private static final String DEFAULT_DELETE_MODE = "broadcast";
    private final ChatActions actions;

    public MessagesApi(ChatActions actions) {
        this.actions = actions;
    }

    /** Edits a message the bot sent. */
    @Export
    public CompletableFuture<Object> update(Object message, Object textOrContent) {
        return updateItem(message, null, textOrContent, null);
    }

    /** {@code update(msg, textOrContent, options)} or {@code update(chat, itemId, textOrContent)}. */
    @Export
    public CompletableFuture<Object> update(Object a, Object b, Object c) {
        return a instanceof Message ? updateItem(a, null, b, c) : updateItem(a, b, c, null);
    }

    /** Options: {@code live}, {@code mentions}. */
    @Export
    public CompletableFuture<Object> update(Object chat, Object item, Object textOrContent, Object options) {
        return updateItem(chat, item, textOrContent, options);
    }

    /** Deletes a message or a list of messages of one chat (own ones for everyone, received ones locally). */
    @Export
    public CompletableFuture<Object> delete(Object messages) {
        List<Message> list = messageList("messages.delete", messages);
        boolean allOwn = list.stream().allMatch(m -> m.own);
        return deleteItems(messages, null, allOwn ? DEFAULT_DELETE_MODE : "internal");
    }

    /** {@code delete(messages, mode)} or {@code delete(chat, itemIds)} (mode {@code broadcast}). */
    @Export
    public CompletableFuture<Object> delete(Object a, Object b) {
        return isMessages(a) ? deleteItems(a, null, b) : deleteItems(a, b, DEFAULT_DELETE_MODE);
    }

    /** Mode: {@code broadcast} (for everyone), {@code internal} (only here) or {@code internalMark} (mark deleted here). */
    @Export
    public CompletableFuture<Object> delete(Object chat, Object items, Object mode) {
        return deleteItems(chat, items, mode);
    }

    /** Moderates group messages (deleted for everyone; needs a higher role than the author's). */
    @Export
    public CompletableFuture<Object> deleteMember(Object messages) {
        List<Message> list = messageList("messages.deleteMember", messages);
        ObjectNode ref = sameChat("messages.deleteMember", list);
        if (!ref.path("chatType").asString("").equals("group")) {
            throw new ApiArgumentException("messages.deleteMember: only group messages can be moderated, " + list.getFirst() + " is not in a group");
        }
        return moderate(ref.path("chatId").longValue(), messages);
    }

    @Export
    public CompletableFuture<Object> deleteMember(Object group, Object items) {
        return moderate(GroupApi.groupId("messages.deleteMember", group), items);
    }

    /** Adds a reaction to a message. */
    @Export
    public CompletableFuture<Object> react(Object message, Object emoji) {
        return reactTo(message, null, emoji, true);
    }

    /** {@code react(msg, emoji, add)} or {@code react(chat, itemId, emoji)}. */
    @Export
    public CompletableFuture<Object> react(Object a, Object b, Object c) {
        return a instanceof Message ? reactTo(a, null, b, c) : reactTo(a, b, c, true);
    }

    /** Adds ({@code true}) or removes ({@code false}) a reaction. */
    @Export
    public CompletableFuture<Object> react(Object chat, Object item, Object emoji, Object add) {
        return reactTo(chat, item, emoji, add);
    }

    private CompletableFuture<Object> updateItem(Object chat, Object item, Object textOrContent, Object options) {
        Map<String, Object> o = Args.options("messages.update options", options, "live", "mentions");
        ObjectNode updated = Composer.updated("messages.update", textOrContent, o.get("mentions"));
        return actions.update(Args.chat("messages.update: chat", chat), Args.id("messages.update: item", item == null ? chat : item, Kind.ITEM),
                updated, Args.bool("messages.update option live", o.get("live"), false));
    }

    private CompletableFuture<Object> deleteItems(Object chat, Object items, Object mode) {
        String deleteMode = Args.text("messages.delete: mode", mode);
        if (items == null) {
            List<Message> list = messageList("messages.delete", chat);
            return actions.deleteItems(sameChat("messages.delete", list), Args.ids("messages.delete: messages", chat, Kind.ITEM), deleteMode);
        }
        return actions.deleteItems(Args.chat("messages.delete: chat", chat), Args.ids("messages.delete: items", items, Kind.ITEM), deleteMode);
    }

    private CompletableFuture<Object> moderate(long groupId, Object items) {
        if (messagesOf(items) instanceof List<Message> list) {
            ObjectNode ref = sameChat("messages.deleteMember", list);
            if (ref.path("chatId").longValue() != groupId || !ref.path("chatType").asString("").equals("group")) {
                throw new ApiArgumentException("messages.deleteMember: " + list.getFirst() + " is not in group #" + groupId);
            }
        }
        return actions.deleteMemberItems(groupId, Args.ids("messages.deleteMember: items", items, Kind.ITEM));
    }

    private CompletableFuture<Object> reactTo(Object chat, Object item, Object emoji, Object add) {
        return actions.react(Args.chat("messages.react: chat", chat), Args.id("messages.react: item", item == null ? chat : item, Kind.ITEM),
                Args.bool("messages.react: add", add, true), Composer.reaction("messages.react: emoji", emoji));
    }

    private static boolean isMessages(Object value) {
        return messagesOf(value) != null;
    }

    /** The value as Messages when it is one or a non-empty list of only Messages, else null. */
    private static List<Message> messagesOf(Object value) {
        if (value instanceof Message m) return List.of(m);
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Message.class::isInstance)) {
            return list.stream().map(Message.class::cast).toList();
        }
        return null;
    }

    private static List<Message> messageList(String call, Object value) {
        List<Message> list = messagesOf(value);
        if (list == null) {
            throw new ApiArgumentException(call + ": expected a message or a list of messages (or a chat and item ids), got " + Args.describe(value));
        }
        return list;
    }

    private static ObjectNode sameChat(String call, List<Message> messages) {
        ObjectNode ref = Args.chat(call + ": message", messages.getFirst());
        for (Message m : messages) {
            if (!ref.equals(Args.chat(call + ": message", m))) {
                throw new ApiArgumentException(call + ": all messages must be in one chat, got " + messages.getFirst().chatRef + " and " + m.chatRef);
            }
        }
        return ref;
    }
}

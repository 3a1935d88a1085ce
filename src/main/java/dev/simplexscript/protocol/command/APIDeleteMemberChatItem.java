package dev.simplexscript.protocol.command;

import java.util.List;

/**
 * Moderate message. Requires Moderator role (and higher than message author's). Network:
 * background.
 *
 * <p>{@code /_delete member item #<groupId> <chatItemIds[0]>[,<chatItemIds[1]>...]}
 *
 * <p>Responses: chatItemsDeleted, chatCmdError.
 */
public record APIDeleteMemberChatItem(long groupId, List<Long> chatItemIds) implements ChatCommand {}

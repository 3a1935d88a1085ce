package dev.simplexscript.sim.world;

import tools.jackson.databind.JsonNode;

/**
 * One thing a virtual person saw the bot do.
 *
 * @param kind    {@code message}, {@code edited}, {@code deleted}, {@code reaction}, {@code connected},
 *                {@code contactDeleted}, {@code groupInvitation}, {@code joined}, {@code memberRole},
 *                {@code memberBlocked}, {@code removed} (this person), {@code memberRemoved} (someone else),
 *                {@code memberLeft}, {@code groupUpdated}, {@code groupDeleted}
 * @param chat    where: {@code @<contactId>} or {@code #<groupId>} in the bot's numbering
 * @param itemId  the bot-side chat item id, or 0 when the thing is not an item
 * @param text    the message text or a short description
 * @param details the raw JSON of what happened (msgContent, file, quote, role...)
 */
public record Seen(String kind, String chat, long itemId, String text, JsonNode details) {}

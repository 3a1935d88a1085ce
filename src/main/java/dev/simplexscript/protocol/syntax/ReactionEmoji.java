package dev.simplexscript.protocol.syntax;

import java.util.List;

/** The emoji of an {@code emoji} MsgReaction, written once for the script API and the simulator. */
public final class ReactionEmoji {
    /**
     * The emoji the core accepts, each a single code point, from {@code mrEmojiChar} in its
     * Protocol.hs (PROTOCOL.md §7.2); any other makes the whole command fail to parse.
     */
    public static final List<String> ALLOWED = List.of("👍", "👎", "😀", "😂", "😢", "❤", "🚀", "✅");

    private ReactionEmoji() {}
}

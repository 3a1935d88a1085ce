package dev.simplexscript.bench;

/**
 * The bench's bot scripts in each language our host runs, written by the bench itself so that a
 * version tag or a number of scripts can vary. The shape is DESIGN.md's script API.
 */
public enum BenchScript {
    JAVASCRIPT("js") {
        // Awaits each send inside the handler on purpose: flat out, every message must still be
        // answered (the old TypeScript client stalls when written this way).
        @Override
        String echo(String tag) {
            return "on.message(async msg => {\n  await msg.reply(msg.text" + suffix(tag) + ")\n})\n";
        }

        @Override
        String listener() {
            return "let seen = 0\non.message(msg => { seen++ })\n";
        }
    },
    GROOVY("groovy") {
        @Override
        String echo(String tag) {
            return "on.message { msg -> msg.reply(msg.text" + suffix(tag) + ") }\n";
        }

        @Override
        String listener() {
            return "def seen = 0\non.message { msg -> seen++ }\n";
        }
    };

    private final String extension;

    BenchScript(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /**
     * A bot answering each message with its own text (the load core matches answers to messages by
     * it), followed by {@code |tag} when a tag is given, so the core can tell which version answered.
     */
    abstract String echo(String tag);

    /** A bot that handles every message and answers none: the other scripts of a scale test. */
    abstract String listener();

    private static String suffix(String tag) {
        return tag.isEmpty() ? "" : " + '|" + tag + "'";
    }
}

package dev.simplexscript;

import dev.simplexscript.cli.RootCommand;

/** Entry point: builds the picocli command line, runs it, exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(RootCommand.commandLine().execute(args));
    }
}

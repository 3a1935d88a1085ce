package dev.simplexscript.cli;

import dev.simplexscript.lang.ScriptFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simplex-script new bot.js}: writes a commented starting script. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a commented starting script (bot.js or bot.groovy) to edit.")
public final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The script to create: a .js or .groovy file.")
    Path file;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!ScriptFiles.isBot(file)) {
            err.println("error: " + file + " is not a bot script name (" + ScriptFiles.describe() + ")");
            return ExitCodes.USAGE;
        }
        String template = switch (ScriptFiles.language(file).orElseThrow()) {
            case JAVASCRIPT -> "new-bot.js";
            case GROOVY -> "new-bot.groovy";
        };
        if (Files.exists(file) && !force) {
            err.println("error: " + file + " exists; --force overwrites it");
            return ExitCodes.USAGE;
        }
        try (InputStream in = NewCommand.class.getResourceAsStream("/templates/" + template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        }
        spec.commandLine().getOut().println("wrote " + file + "; run it with: simplex-script " + file);
        return ExitCodes.OK;
    }
}

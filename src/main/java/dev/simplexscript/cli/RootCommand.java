package dev.simplexscript.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code simplex-script}: the root command; subcommands do the work. */
@Command(name = "simplex-script",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run SimpleX Chat bots written as hot-reloaded JavaScript or Groovy scripts.",
        subcommands = {EncodeCommand.class, SimCommand.class, BenchCommand.class})
public final class RootCommand implements Callable<Integer> {

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }
}

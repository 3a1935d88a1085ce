package dev.simplexscript.cli;

import dev.simplexscript.host.CommandInfo;
import dev.simplexscript.run.ScriptCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simplex-script check bot.js}: loads scripts without a core and reports what it finds. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile and load scripts against a dry-run API, without connecting to anything: report syntax"
                + " and top-level errors with file and line, and the commands each script registers. Exit code 1 on any error.")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCRIPT", arity = "1..*", description = "Scripts or folders of scripts.")
    List<Path> paths;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> scripts = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".groovy"))
                            .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(scripts::add);
                }
            } else if (Files.isRegularFile(p)) {
                scripts.add(p);
            } else {
                err.println("error: " + p + " does not exist");
                return ExitCodes.USAGE;
            }
        }
        boolean failed = false;
        for (ScriptCheck.Checked checked : ScriptCheck.check(scripts, run.hostConfig(null, RunOptions.printer(err)))) {
            if (checked.result().error() != null) {
                failed = true;
                out.println(checked.result().script() + ": " + checked.result().error().getMessage());
            } else {
                List<String> names = checked.commands().stream().map(CommandInfo::name).map(n -> "/" + n).toList();
                out.println(checked.result().script() + ": ok" + (names.isEmpty() ? "" : ", commands " + String.join(" ", names)));
            }
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}

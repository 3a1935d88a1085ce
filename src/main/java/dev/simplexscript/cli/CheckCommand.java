package dev.simplexscript.cli;

import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.lang.ScriptFiles;
import dev.simplexscript.run.ScriptCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    @Parameters(paramLabel = "SCRIPT", arity = "1..*", description = "Bot scripts or folders of them (a folder's bots only: tests and data files are skipped).")
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
                scripts.addAll(ScriptFiles.list(p, ScriptFiles.Kind.BOT));
            } else if (Files.isRegularFile(p) && ScriptFiles.isBot(p)) {
                scripts.add(p);
            } else if (Files.isRegularFile(p)) {
                err.println("error: " + p + " is not a bot script (" + ScriptFiles.describe()
                        + (ScriptFiles.isTest(p) ? "; run tests with: simplex-script test " + p : "") + ")");
                return ExitCodes.USAGE;
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

package dev.simplexscript.lang.groovy;

import dev.simplexscript.lang.ScriptError;
import dev.simplexscript.lang.groovy.sandbox.SandboxRefusal;
import dev.simplexscript.lang.groovy.sandbox.ScriptInterrupted;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/** Turns Groovy failures into {@link ScriptError}s naming the script file and line. */
final class GroovyErrors {
    private GroovyErrors() {}

    static ScriptError compile(MultipleCompilationErrorsException e, String script) {
        Message first = e.getErrorCollector().getErrors().isEmpty() ? null : e.getErrorCollector().getErrors().get(0);
        if (first instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            String text = cause.getOriginalMessage();
            ScriptError.Kind kind = text.startsWith(SandboxRefusal.COMPILE_PREFIX) ? ScriptError.Kind.REFUSED : ScriptError.Kind.SYNTAX;
            return new ScriptError(kind, script, cause.getLine(), text);
        }
        return new ScriptError(ScriptError.Kind.SYNTAX, script, 0, e.getMessage());
    }

    static ScriptError runtime(Throwable e, String script) {
        int line = lineIn(e, script);
        if (e instanceof ScriptInterrupted) return new ScriptError(ScriptError.Kind.TIMEOUT, script, line, e.getMessage());
        if (e instanceof SandboxRefusal) return new ScriptError(ScriptError.Kind.REFUSED, script, line, e.getMessage());
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new ScriptError(ScriptError.Kind.ERROR, script, line, message);
    }

    private static int lineIn(Throwable e, String script) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (script.equals(frame.getFileName()) && frame.getLineNumber() > 0) return frame.getLineNumber();
            }
        }
        return 0;
    }
}

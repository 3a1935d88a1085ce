package dev.simplexscript.lang.js;

import dev.simplexscript.lang.ScriptError;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** Turns GraalJS failures into {@link ScriptError}s naming the script file and line. */
final class JsErrors {
    private JsErrors() {}

    static ScriptError from(PolyglotException e, String scriptName) {
        if (e.isInterrupted() || e.isCancelled() || e.isResourceExhausted()) {
            SourceSection at = firstGuestFrame(e);
            return new ScriptError(ScriptError.Kind.TIMEOUT, scriptName, at == null ? 0 : at.getStartLine(),
                    "stopped: ran past its time budget");
        }
        if (e.isSyntaxError()) {
            SourceSection at = e.getSourceLocation();
            return new ScriptError(ScriptError.Kind.SYNTAX, scriptName, at == null ? 0 : at.getStartLine(), e.getMessage());
        }
        SourceSection at = e.getSourceLocation() != null && !e.getSourceLocation().getSource().isInternal()
                ? e.getSourceLocation() : firstGuestFrame(e);
        String file = at != null ? at.getSource().getName() : scriptName;
        return new ScriptError(ScriptError.Kind.ERROR, file, at == null ? 0 : at.getStartLine(), e.getMessage());
    }

    private static SourceSection firstGuestFrame(PolyglotException e) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            if (frame.isGuestFrame() && at != null && !at.getSource().isInternal()) return at;
        }
        return null;
    }
}

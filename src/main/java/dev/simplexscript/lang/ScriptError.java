package dev.simplexscript.lang;

/**
 * A script failed: it threw, did not compile, or ran past its budget. The message names file and
 * line ({@code echo.js:12: TypeError: ...}) because that is what a user acts on.
 */
public class ScriptError extends RuntimeException {

    /** Why the script failed. */
    public enum Kind { ERROR, SYNTAX, TIMEOUT, REFUSED }

    private final Kind kind;
    private final String file;
    private final int line;

    public ScriptError(Kind kind, String file, int line, String message) {
        super(format(file, line, message));
        this.kind = kind;
        this.file = file;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    /** The script file name the error points into, or null when unknown. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    private static String format(String file, int line, String message) {
        if (file == null) return message;
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}

package dev.simplexscript.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.HostAccess;

/**
 * {@code expect}, as a test file calls it. It remembers the last failure and where in the test
 * file it happened, because a JavaScript failure surfaces through the kit's own wrapper code.
 */
public final class Expect {
    private static final Pattern FRAME = Pattern.compile("([^\\s()]+):(\\d+):\\d+\\)?\\s*$");

    private final String fileName;
    private final int userLines;
    private TestFailure lastFailure;
    private String lastWhere;
    private boolean finished = true;

    /** For a test file called {@code fileName}; lines past {@code userLines} are the kit's own code. */
    Expect(String fileName, int userLines) {
        this.fileName = fileName;
        this.userLines = userLines;
    }

    /** {@code expect(actual)} in Groovy: failures carry the script's line themselves. */
    @HostAccess.Export
    public Expectation call(Object actual) {
        return new Expectation(actual, false, this, null);
    }

    /** {@code expect(actual)} in JavaScript: {@code stack} is where it was called from. */
    @HostAccess.Export
    public Expectation at(Object actual, String stack) {
        return new Expectation(actual, false, this, locate(stack));
    }

    /** A JavaScript test function starts. */
    @HostAccess.Export
    public void started() {
        finished = false;
    }

    /** A JavaScript test function returned, or the promise it returned resolved. */
    @HostAccess.Export
    public void finished() {
        finished = true;
    }

    /** False when a JavaScript test still awaits something after its function returned. */
    boolean hasFinished() {
        return finished;
    }

    void failed(TestFailure failure, String where) {
        lastFailure = failure;
        lastWhere = where;
    }

    /** Where the last failure happened ({@code file:line}), if it is the given one; clears it. */
    String takeLocation(String message) {
        String where = lastFailure != null && message.contains(lastFailure.getMessage()) ? lastWhere : null;
        lastFailure = null;
        lastWhere = null;
        return where;
    }

    /** The first frame of the stack that lies in the user's part of the test file. */
    private String locate(String stack) {
        if (stack == null) return null;
        for (String line : stack.split("\n")) {
            Matcher m = FRAME.matcher(line.strip());
            if (!m.find() || !m.group(1).endsWith(fileName)) continue;
            int n = Integer.parseInt(m.group(2));
            if (n <= userLines) return fileName + ":" + n;
        }
        return null;
    }
}

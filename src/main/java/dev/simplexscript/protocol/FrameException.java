package dev.simplexscript.protocol;

import tools.jackson.core.JacksonException;

/**
 * A frame from the core that cannot be read: not JSON, no {@code resp} object, or a known tag whose
 * fields do not have the documented types. The message names the cause. Carries no stack trace
 * unless it wraps a cause: bad frames are routine input, counted and logged by the client.
 */
public class FrameException extends RuntimeException {
    private final boolean notJson;

    public FrameException(String message) {
        super(message, null, false, false);
        this.notJson = false;
    }

    public FrameException(String message, Throwable cause) {
        super(message, cause);
        this.notJson = false;
    }

    private FrameException(JacksonException cause) {
        super("not valid JSON (" + cause.getOriginalMessage() + ")", null, false, false);
        this.notJson = true;
    }

    static FrameException notJson(JacksonException cause) {
        return new FrameException(cause);
    }

    /** True for text that is not JSON at all (or truncated), false for JSON of the wrong shape. */
    public boolean notJson() {
        return notJson;
    }
}

package dev.simplexscript.protocol;

/**
 * A frame from the core that cannot be read: not JSON, no {@code resp} object, or a known tag whose
 * fields do not have the documented types. The message names the cause and quotes the frame's start.
 */
public class FrameException extends RuntimeException {
    public FrameException(String message) {
        super(message);
    }

    public FrameException(String message, Throwable cause) {
        super(message, cause);
    }
}

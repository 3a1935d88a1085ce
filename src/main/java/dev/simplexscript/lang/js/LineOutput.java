package dev.simplexscript.lang.js;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Turns a context's console bytes into whole lines for the script's log. */
final class LineOutput extends OutputStream {
    private final Consumer<String> lines;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    LineOutput(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            lines.accept(buffer.toString(StandardCharsets.UTF_8));
            buffer.reset();
        } else {
            buffer.write(b);
        }
    }
}

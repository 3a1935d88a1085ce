package dev.simplexscript.console;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where a console reads lines and prints. On a real terminal: line editing, history kept across
 * runs, and lines printed while the user types appear above the prompt instead of inside it. When
 * input is piped: plain lines in, plain lines out, no prompt, so scripts and tests see exactly
 * what the bot said.
 */
public final class ConsoleTerminal implements AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;
    private final BufferedReader plainIn;
    private final PrintWriter plainOut;
    private final PrintStream lines = new PrintStream(new LineSplitter(), true, StandardCharsets.UTF_8);
    private PrintStream systemOut;
    private PrintStream systemErr;

    private ConsoleTerminal(Terminal terminal, LineReader reader, BufferedReader plainIn, PrintWriter plainOut) {
        this.terminal = terminal;
        this.reader = reader;
        this.plainIn = plainIn;
        this.plainOut = plainOut;
    }

    /** True when standard input and output are a terminal a person types into. */
    public static boolean isInteractive() {
        return System.console() != null && System.console().isTerminal();
    }

    /** A line-editing terminal whose history lives in {@code history}. */
    public static ConsoleTerminal interactive(Path history) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("simplex-script")
                    .variable(LineReader.HISTORY_FILE, history)
                    .build();
            return new ConsoleTerminal(terminal, reader, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /** Plain lines from {@code in} and to {@code out}: piped input, no prompt. */
    public static ConsoleTerminal plain(BufferedReader in, PrintWriter out) {
        return new ConsoleTerminal(null, null, in, out);
    }

    public boolean interactive() {
        return reader != null;
    }

    /** The next line typed, or null at the end of input (Ctrl-D, or Ctrl-C on a terminal). */
    public String readLine(String prompt) throws IOException {
        if (reader == null) return plainIn.readLine();
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException | UserInterruptException end) {
            return null;
        }
    }

    /** Prints one or more lines; on a terminal, above the line being typed. */
    public void println(String text) {
        if (reader == null) {
            synchronized (plainOut) {
                plainOut.println(text);
                plainOut.flush();
            }
        } else {
            reader.printAbove(text);
        }
    }

    /** A writer whose lines go through {@link #println}, for code that prints on its own (status lines, logs). */
    public PrintWriter writer() {
        return new PrintWriter(lines, true, StandardCharsets.UTF_8);
    }

    /**
     * On a terminal, sends {@code System.out} and {@code System.err} through {@link #println} until
     * {@link #close}, so log lines from anywhere in the process never break the prompt.
     */
    public void captureSystemStreams() {
        if (reader == null || systemOut != null) return;
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(lines);
        System.setErr(lines);
    }

    @Override
    public void close() {
        if (systemOut != null) {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        if (terminal != null) {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // The process is ending; the terminal's settings are restored by the shell anyway.
            }
        }
    }

    /** Collects bytes up to each newline and prints the line whole. */
    private final class LineSplitter extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                println(line.toString(StandardCharsets.UTF_8).stripTrailing());
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}

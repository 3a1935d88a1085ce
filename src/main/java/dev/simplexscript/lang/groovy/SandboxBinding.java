package dev.simplexscript.lang.groovy;

import groovy.lang.Binding;
import java.util.function.Consumer;

/** The script's variables, plus where its {@code println} goes (not itself a variable). */
final class SandboxBinding extends Binding {
    private final Consumer<String> printer;

    SandboxBinding(Consumer<String> printer) {
        this.printer = printer;
    }

    void print(String line) {
        printer.accept(line);
    }
}

package dev.simplexscript.host;

/** Makes the API for one script (or, named {@code host}, for the host's own replies). */
@FunctionalInterface
public interface ScriptApiFactory {
    ScriptApi create(String owner);
}

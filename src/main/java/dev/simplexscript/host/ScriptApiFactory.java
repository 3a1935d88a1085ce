package dev.simplexscript.host;

import dev.simplexscript.api.CoreGateway;

/** Makes the API for one script (or, named {@code host}, for the host's own replies). */
@FunctionalInterface
public interface ScriptApiFactory {
    /**
     * The API of script {@code owner}, whose commands must all go through {@code core}: the host
     * bounds and checks them there (each script gets its own API objects; none is shared).
     */
    ScriptApi create(String owner, CoreGateway core);
}

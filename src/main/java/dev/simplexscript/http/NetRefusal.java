package dev.simplexscript.http;

import java.net.URI;

/** A fetch the script's grants do not allow; nothing was sent. */
public final class NetRefusal extends RuntimeException {
    public NetRefusal(URI uri, String why) {
        super("fetch " + uri + " refused: " + why, null, false, false);
    }
}

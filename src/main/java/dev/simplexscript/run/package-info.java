/** Wires a running bot together: a core (real or simulated), the client, the script host and the API. */
package dev.simplexscript.run;

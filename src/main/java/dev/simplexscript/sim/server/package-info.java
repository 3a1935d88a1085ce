/** The WebSocket face of the simulated core, as {@code simplex-chat -p <port>} offers it. */
package dev.simplexscript.sim.server;

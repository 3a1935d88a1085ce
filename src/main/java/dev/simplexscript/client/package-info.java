/**
 * The chat-core client: one connection to a core (WebSocket or in-process) with corrId-correlated
 * commands, per-command timeouts, an ordered event stream and reconnection with backoff.
 */
package dev.simplexscript.client;

/** A simulated SimpleX chat core: in-process or over WebSocket, with virtual people on the other side. */
package dev.simplexscript.sim;

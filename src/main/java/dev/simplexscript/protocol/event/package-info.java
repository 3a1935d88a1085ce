/** What the core reports on its own (PROTOCOL.md §6), one sealed union with a member per tag. */
package dev.simplexscript.protocol.event;

/**
 * The command grammar of COMMANDS.md, read both ways: one template per command encodes typed
 * parameters into the exact command string and parses a command string back into parameters.
 */
package dev.simplexscript.protocol.syntax;

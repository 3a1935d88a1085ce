/**
 * The consoles in which a person plays the bot's contacts: one command language
 * ({@link dev.simplexscript.console.PeopleConsole}) for a bot on the embedded simulator and for
 * {@code simplex-script sim}, on a line-editing terminal or piped lines.
 */
package dev.simplexscript.console;

/** The language-neutral script API: the objects a bot script uses, the events it receives, and bot commands. */
package dev.simplexscript.api;

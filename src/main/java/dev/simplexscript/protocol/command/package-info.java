/** The bot API commands: their syntax catalog and typed command records. */
package dev.simplexscript.protocol.command;

/** The core's answers to commands (PROTOCOL.md §5), one sealed union with a member per tag. */
package dev.simplexscript.protocol.response;

/** Per-script persistent key/value data with JSON values, kept in one crash-safe H2 MVStore file. */
package dev.simplexscript.store;

/** Per-script persistent key/value data: JSON data values, one SQLite file (WAL mode) for all scripts, each keyed by its path. */
package dev.simplexscript.store;

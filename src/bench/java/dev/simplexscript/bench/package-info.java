/** The benchmark: a load-generating chat core on loopback, echo clients as child processes, and the report. */
package dev.simplexscript.bench;

/** The JavaScript adapter: one GraalJS context per script on a shared, sandboxed engine. */
package dev.simplexscript.lang.js;

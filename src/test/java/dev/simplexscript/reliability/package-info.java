/** Repeatable reliability and security batteries (issue 8), sized by the {@code battery.size} system property. */
package dev.simplexscript.reliability;

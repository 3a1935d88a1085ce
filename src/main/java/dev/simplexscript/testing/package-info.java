/** A JUnit-friendly harness that runs bot scripts against the simulated core, for our tests and bot authors'. */
package dev.simplexscript.testing;

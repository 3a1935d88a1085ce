/** The test kit for bot authors: runs {@code *.test.js} and {@code *Test.groovy} files against a bot on the simulated core. */
package dev.simplexscript.testkit;

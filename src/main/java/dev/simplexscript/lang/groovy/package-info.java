/**
 * The Groovy adapter: one class loader per script version, host objects that show scripts only
 * the API, and for untrusted scripts (and the stdlib) compilation under the sandbox in
 * {@link dev.simplexscript.lang.groovy.sandbox}.
 */
package dev.simplexscript.lang.groovy;

/**
 * The Groovy adapter: one class loader per script version, and for untrusted scripts a
 * compile-time rewrite that sends every call, property access and constructor through a
 * default-deny runtime check (see docs/security.md for what that does and does not stop).
 */
package dev.simplexscript.lang.groovy;

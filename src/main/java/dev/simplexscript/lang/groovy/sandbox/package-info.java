/**
 * The sandbox for untrusted Groovy scripts: compile-time refusals ({@code CompileRules}), a rewrite
 * of every operation into a call to {@link dev.simplexscript.lang.groovy.sandbox.Sandbox}
 * ({@code SandboxTransformer}), and at run time one default-deny check of the member each
 * operation resolves to against {@code allowlist.txt} ({@code Members}, {@code Coercion},
 * {@code AllowList}). See docs/security.md for what it stops and what it does not.
 */
package dev.simplexscript.lang.groovy.sandbox;

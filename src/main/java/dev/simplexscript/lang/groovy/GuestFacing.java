package dev.simplexscript.lang.groovy;

import groovy.lang.GroovyObjectSupport;

/**
 * Host objects built for Groovy scripts (API proxies, {@code on}, {@code command}, timers): they
 * decide themselves which calls they take, so the sandbox hands calls on them straight through.
 */
abstract class GuestFacing extends GroovyObjectSupport {
}

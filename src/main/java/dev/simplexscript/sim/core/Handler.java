package dev.simplexscript.sim.core;

import tools.jackson.databind.node.ObjectNode;

/** Executes one parsed command and returns its response record ({@code resp}). */
@FunctionalInterface
interface Handler {
    ObjectNode handle(ObjectNode params);
}

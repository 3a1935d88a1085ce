/** How the simulated core executes commands and people's actions against the world and what it answers. */
package dev.simplexscript.sim.core;

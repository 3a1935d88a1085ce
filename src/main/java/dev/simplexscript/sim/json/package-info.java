/** Builders of the JSON the simulated core sends, with the keys and nesting of the spec's fixtures. */
package dev.simplexscript.sim.json;

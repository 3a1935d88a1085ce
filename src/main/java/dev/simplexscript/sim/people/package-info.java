/** Virtual people: scripted peers that connect to the simulated bot, talk to it and watch what it does. */
package dev.simplexscript.sim.people;

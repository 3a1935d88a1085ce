/** The simulated core's state: users, contacts, groups, chat items and files, owned by the core thread. */
package dev.simplexscript.sim.world;

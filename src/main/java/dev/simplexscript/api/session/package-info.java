/** Runs typed bot API commands on the core for the script API: encoding, the active user id and error mapping. */
package dev.simplexscript.api.session;

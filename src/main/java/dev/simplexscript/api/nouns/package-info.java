/** The global objects a script calls (send, address, contacts, group, link, messages, files, user, profile, core), covering the 42 commands. */
package dev.simplexscript.api.nouns;

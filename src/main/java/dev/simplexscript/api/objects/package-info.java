/** The objects scripts receive (contacts, groups, members, messages, files, users, links, ...), each with its data, its raw JSON and its actions. */
package dev.simplexscript.api.objects;

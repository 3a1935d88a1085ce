/**
 * Bots that talk to the world: webhook routes served to scripts ({@code --http}, {@code http.post})
 * and {@code fetch} to the hosts a script was granted ({@code --allow-net}, {@code // @allow-net}).
 */
package dev.simplexscript.http;

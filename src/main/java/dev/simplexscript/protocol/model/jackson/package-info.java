/** How the protocol model maps to the core's JSON: tagged unions, omitted nulls, kept extra fields. */
package dev.simplexscript.protocol.model.jackson;

/** The types of the SimpleX Chat bot API (PROTOCOL.md §7) as records, tagged unions and enums. */
package dev.simplexscript.protocol.model;

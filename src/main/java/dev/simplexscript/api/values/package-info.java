/** Converts what scripts pass (ids, chat reference strings, API objects, maps) into command parameters, and JSON back into plain values. */
package dev.simplexscript.api.values;

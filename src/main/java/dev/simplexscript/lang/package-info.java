/** The language-neutral contract between the script host and one scripting language adapter. */
package dev.simplexscript.lang;

package dev.simplexscript.lang;

import java.nio.file.Path;

/**
 * One version of a script file as read from disk.
 *
 * @param file    where it came from (errors name it)
 * @param name    the script's name, its file name (e.g. {@code echo.js})
 * @param text    the source text
 * @param trusted true when the user lifted the sandbox for this script (Groovy only)
 */
public record ScriptSource(Path file, String name, String text, boolean trusted) {}

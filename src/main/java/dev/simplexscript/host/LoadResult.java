package dev.simplexscript.host;

import dev.simplexscript.lang.ScriptError;
import java.time.Duration;
import java.util.Set;

/**
 * The outcome of one load or reload.
 *
 * @param script  the script name
 * @param version the version now running (0 when none is)
 * @param loaded  true when the new text replaced the old version (or was unchanged and running)
 * @param took    time spent compiling, running the top level and swapping
 * @param added   commands the new version has that the old one had not
 * @param removed commands the old version had that the new one has not
 * @param error   why loading failed, or null
 */
public record LoadResult(String script, int version, boolean loaded, Duration took,
                         Set<String> added, Set<String> removed, ScriptError error) {}

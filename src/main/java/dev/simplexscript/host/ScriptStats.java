package dev.simplexscript.host;

/**
 * One script's use of its bounds right now, and what was refused so far.
 *
 * @param script           the script name
 * @param queuedEvents     events waiting for its handlers
 * @param droppedEvents    events dropped because its queue was full
 * @param unanswered       commands sent or held back and not yet answered
 * @param refusedCommands  calls refused because too many were unanswered
 * @param timers           live timers of the running version
 */
public record ScriptStats(String script, int queuedEvents, long droppedEvents, int unanswered, long refusedCommands, int timers) {}

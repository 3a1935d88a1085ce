/**
 * Running a bot for months unattended: the operator chat ({@code /admin …} from a SimpleX contact
 * who claimed the bot with a one-time code), notifications to that operator, {@code /healthz} and
 * Prometheus {@code /metrics}, and JSON log lines. It reaches the host only through
 * {@link dev.simplexscript.ops.OperatedBot} and {@link dev.simplexscript.host.ScriptObserver}.
 */
package dev.simplexscript.ops;

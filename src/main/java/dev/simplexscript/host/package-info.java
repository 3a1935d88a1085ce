/** Runs many scripts against one chat core: loading, hot reload, per-script dispatch, timers and budgets. */
package dev.simplexscript.host;

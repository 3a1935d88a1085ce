package dev.simplexscript.host;

import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.store.ScriptStores;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/** What every script shares with the host. */
record HostServices(HostConfig config, Watchdog watchdog, ScheduledExecutorService timers,
                    Function<Path, ScriptLanguage> languages, ScriptStores stores, Runnable commandsChanged) {}

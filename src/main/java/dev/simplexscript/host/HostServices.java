package dev.simplexscript.host;

import dev.simplexscript.api.CoreGateway;
import dev.simplexscript.lang.ScriptLanguage;
import dev.simplexscript.store.ScriptStores;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What every script slot shares with the host.
 *
 * @param core        the chat core, shared; each slot reaches it through its own {@link ScriptGateway}
 * @param files       the files policy for untrusted scripts
 * @param connection  the number of the core connection that is up (counted from 1), or 0 while none is
 */
record HostServices(HostConfig config, Watchdog watchdog, ScheduledExecutorService timers,
                    Function<Path, ScriptLanguage> languages, ScriptStores stores, Runnable commandsChanged,
                    CoreGateway core, PathPolicy files, LongSupplier connection) {}

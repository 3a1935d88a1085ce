package dev.simplexscript.host;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches one folder (not its subfolders) and reports each script file that changed, after it
 * has been quiet for the debounce time: an editor's save (truncate, write, rename, touch) is one
 * change. A rename is the old name deleted and the new one created.
 */
final class FolderWatcher implements AutoCloseable {
    private final Path folder;
    private final Predicate<Path> wanted;
    private final Duration debounce;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Path> changed;
    private final Consumer<Path> deleted;
    private final WatchService service;
    private final Thread thread;
    private final Map<Path, ScheduledFuture<?>> pending = new HashMap<>();

    FolderWatcher(Path folder, Predicate<Path> wanted, Duration debounce, ScheduledExecutorService scheduler,
                  Consumer<Path> changed, Consumer<Path> deleted) throws IOException {
        this.folder = folder;
        this.wanted = wanted;
        this.debounce = debounce;
        this.scheduler = scheduler;
        this.changed = changed;
        this.deleted = deleted;
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        this.thread = Thread.ofPlatform().daemon().name("script-watcher-" + folder.getFileName()).start(this::loop);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        rescan();
                    } else {
                        touched(folder.resolve((Path) event.context()));
                    }
                }
                if (!key.reset()) return;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the watcher is done.
        }
    }

    /** Events were dropped: treat every script file as touched, the host skips unchanged ones. */
    private void rescan() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            all.forEach(this::touched);
        } catch (IOException e) {
            System.getLogger(FolderWatcher.class.getName()).log(System.Logger.Level.WARNING, "cannot list " + folder + ": " + e);
        }
    }

    private void touched(Path file) {
        if (!wanted.test(file)) return;
        synchronized (pending) {
            ScheduledFuture<?> earlier = pending.remove(file);
            if (earlier != null) earlier.cancel(false);
            pending.put(file, scheduler.schedule(() -> settle(file), debounce.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private void settle(Path file) {
        synchronized (pending) {
            pending.remove(file);
        }
        if (Files.isRegularFile(file)) changed.accept(file);
        else deleted.accept(file);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
        thread.interrupt();
        synchronized (pending) {
            pending.values().forEach(f -> f.cancel(false));
            pending.clear();
        }
    }
}

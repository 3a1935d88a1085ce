package dev.simplexscript.host;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches one folder (not its subfolders) and reports the files that changed in batches, each
 * once the folder has been quiet for the debounce time, so an editor's save is one change and a
 * {@code git checkout} of many files is one batch (one reload per script). It copes with the ways
 * files really change:
 *
 * <ul>
 *   <li>saves that write in place, or write a temporary file and rename it over the old one (a file
 *       that appears already complete, written before the quiet time, is reported at once: an
 *       atomic rename needs no debounce);</li>
 *   <li>editors that move the old file away first: a file that vanishes is reported only if it is
 *       still gone after {@link #DELETE_GRACE}, so a save is never seen as delete-then-create;</li>
 *   <li>Kubernetes ConfigMap volumes, where the visible files are symlinks through {@code ..data}
 *       and an update swaps that symlink: any change to a folder or symlink in the watched folder
 *       marks the batch for a {@linkplain Batch#rescan() rescan} of every file.</li>
 * </ul>
 */
final class FolderWatcher implements AutoCloseable {
    /** How long a vanished file may take to come back before it counts as deleted. */
    static final Duration DELETE_GRACE = Duration.ofMillis(300);
    /** A batch is reported after at most this long, however busy the folder stays. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    /** Files that changed (or vanished for good), and whether everything must be looked at again. */
    record Batch(Set<Path> files, boolean rescan) {}

    private final Path folder;
    private final Predicate<Path> wanted;
    private final long quietNanos;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Batch> changed;
    private final WatchService service;
    private final Thread thread;
    /** File → when it was first seen in this batch. */
    private final Map<Path, Long> pending = new HashMap<>();
    private boolean rescan;
    private long batchStart;
    private ScheduledFuture<?> flush;

    FolderWatcher(Path folder, Predicate<Path> wanted, Duration debounce, ScheduledExecutorService scheduler,
                  Consumer<Batch> changed) throws IOException {
        this.folder = folder;
        this.wanted = wanted;
        this.quietNanos = debounce.toNanos();
        this.scheduler = scheduler;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        this.thread = Thread.ofPlatform().daemon().name("script-watcher-" + folder.getFileName()).start(this::loop);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) touched(null);
                    else touched(folder.resolve((Path) event.context()));
                }
                if (!key.reset()) return;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the watcher is done.
        }
    }

    /** One event; null when events were lost (everything is looked at again). */
    private void touched(Path file) {
        boolean isWanted = file != null && wanted.test(file);
        boolean structural = file == null || (!isWanted && (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                || Files.isSymbolicLink(file) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)));
        if (!isWanted && !structural) return;
        long now = System.nanoTime();
        synchronized (pending) {
            if (pending.isEmpty() && !rescan) batchStart = now;
            if (isWanted) pending.putIfAbsent(file, now);
            if (structural) rescan = true;
            long delay = settled(file, structural) ? 0 : quietNanos;
            delay = Math.min(delay, Math.max(0, batchStart + MAX_WAIT.toNanos() - now));
            schedule(delay);
        }
    }

    /** True when what the event points at was complete before the quiet time began (a rename of a finished file). */
    private boolean settled(Path file, boolean structural) {
        if (file == null) return true;
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
            return TimeUnit.MILLISECONDS.toNanos(age) > quietNanos && (structural || Files.isRegularFile(file));
        } catch (IOException e) {
            return false;
        }
    }

    private void schedule(long delayNanos) {
        if (flush != null) flush.cancel(false);
        flush = scheduler.schedule(this::flush, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void flush() {
        Batch batch;
        long now = System.nanoTime();
        synchronized (pending) {
            Map<Path, Long> ready = new HashMap<>();
            long nextVanished = Long.MAX_VALUE;
            for (var e : pending.entrySet()) {
                boolean gone = !Files.exists(e.getKey());
                long due = e.getValue() + DELETE_GRACE.toNanos();
                if (gone && due > now) nextVanished = Math.min(nextVanished, due);
                else ready.put(e.getKey(), e.getValue());
            }
            if (ready.isEmpty() && !rescan) {
                if (nextVanished != Long.MAX_VALUE) schedule(nextVanished - now);
                return;
            }
            ready.keySet().forEach(pending::remove);
            batch = new Batch(Set.copyOf(ready.keySet()), rescan);
            rescan = false;
            batchStart = now;
            if (!pending.isEmpty()) schedule(nextVanished - now);
        }
        try {
            changed.accept(batch);
        } catch (RuntimeException e) {
            System.getLogger(FolderWatcher.class.getName()).log(System.Logger.Level.ERROR, "cannot act on changes in " + folder, e);
        }
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
            if (flush != null) flush.cancel(false);
            pending.clear();
        }
    }
}

// JDK parallel and asynchronous APIs: their threads are outside the script's time budget
// (format: see inherited.groovy).

// == arraysParallelSetAll | java.util.Arrays.parallelSetAll(
int[] a = new int[4]
Arrays.parallelSetAll(a) { it }
escaped a.toList()

// == parallelStream | parallelStream()
escaped([1, 2, 3].parallelStream().count())

// == commonPool | java.util.concurrent.ForkJoinPool.commonPool()
escaped java.util.concurrent.ForkJoinPool.commonPool()

// == completableFutureAsync | java.util.concurrent.CompletableFuture.supplyAsync(
escaped java.util.concurrent.CompletableFuture.supplyAsync { 42 }.get()

// == executors | java.util.concurrent.Executors.newSingleThreadExecutor()
escaped java.util.concurrent.Executors.newSingleThreadExecutor()

# Sourced by the launcher (checkout) and scripts/release: JDK 25's ahead-of-time cache (JEP 483,
# 514, 515). A training run loads, links and profiles what a bot's start needs and writes it to a
# cache; later runs with -XX:AOTCache map it instead of loading and linking again. The cache is
# only valid for the same java, the same jars (path prefix, size and time) and compatible flags;
# the JVM checks that itself and runs without the cache when it does not match.

# aot_train LAUNCHER EXAMPLES OUT: a short run of the JavaScript and Groovy echo examples through
# LAUNCHER (so with exactly the java, jar and flags it runs bots with) against the embedded
# simulated core (no network, a throw-away data folder), answering a few messages; then writes
# OUT. The cache appears at OUT only when complete.
aot_train() {
    local launcher=$1 examples=$2 out=$3 work
    work=$(mktemp -d)
    mkdir -p "$(dirname "$out")"
    # The console reads these lines, waits for both bots to answer each, and exits after the last.
    if printf 'hi\n/help\nhello again\n' \
            | SIMPLEX_SCRIPT_AOT=off SIMPLEX_SCRIPT_JAVA_OPTS="${SIMPLEX_SCRIPT_JAVA_OPTS:-} -XX:AOTCacheOutput=$work/cache.aot" \
              "$launcher" --sim --data "$work/data" "$examples/echo.js" "$examples/echo.groovy" >"$work/training.log" 2>&1 \
            && [ -s "$work/cache.aot" ]; then
        # Across file systems a move is a copy: copy beside OUT, then rename, so a launcher starting
        # meanwhile never maps half a file.
        mv -f "$work/cache.aot" "$out.$$.part" && mv -f "$out.$$.part" "$out"
        rm -rf "$work"
        return 0
    fi
    echo "simplex-script: the start-up cache could not be made; the training run's output:" >&2
    tail -n 20 "$work/training.log" >&2
    rm -rf "$work"
    return 1
}

# Sourced by the launcher and the test script: finds a JDK 25 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 25 or newer, then the machine's installed JDKs, then `java` on PATH.

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* \
            /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        local major
        major=$(java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 25 ]; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    if command -v java >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        major=$(java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 25 ]; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    fi
    echo "simplex-script needs a JDK 25 or newer; none found in JAVA_HOME, /usr/lib/jvm or PATH." >&2
    echo "Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
    return 1
}

find_maven() {
    if command -v mvn >/dev/null 2>&1; then return 0; fi
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "Maven not found; installing it with apt-get..." >&2
        apt-get install -y -q maven >/dev/null && return 0
    fi
    echo "simplex-script is built with Maven; install it (e.g. apt-get install maven)." >&2
    return 1
}

# Maven's own JVM gets the same access flags as ours (notes/STACK.md).
export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"

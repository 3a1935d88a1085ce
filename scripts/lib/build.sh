# Sourced by the launcher in a checkout: builds target/simplex-script.jar when it is missing or
# older than anything that goes into it. Needs jdk.sh sourced first (find_maven, MAVEN_OPTS).

# What goes into the jar: the POM, src/main, and every resource folder the POM names (stdlib/),
# read from the POM so that a folder added there is watched without a change here.
jar_inputs() {
    local root=$1 dir
    printf '%s\n' "$root/pom.xml" "$root/src/main"
    sed -n 's:.*<directory>\([^<$]*\)</directory>.*:\1:p' "$root/pom.xml" | while read -r dir; do
        printf '%s\n' "$root/$dir"
    done
}

# True when the jar is missing or any input (a file, or a folder whose entries changed: a file
# added, removed or renamed) is newer than it.
jar_stale() {
    local root=$1 jar=$1/target/simplex-script.jar inputs
    [ -f "$jar" ] || return 0
    mapfile -t inputs < <(jar_inputs "$root")
    [ -n "$(find "${inputs[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]
}

# Builds when stale. One build at a time: a second launcher waits for the first and then finds
# the jar fresh. The jar is touched afterwards because Maven leaves it as it was when its
# contents did not change (a POM edit that changes nothing), which would look stale forever.
ensure_built() {
    local root=$1
    jar_stale "$root" || return 0
    mkdir -p "$root/target"
    exec 8>"$root/target/.build.lock"
    flock 8
    if jar_stale "$root"; then
        find_maven
        echo "simplex-script: building (sources changed since the last build)..." >&2
        (cd "$root" && mvn -q -B -ntp -Dstyle.color=never package -DskipTests >&2)
        touch "$root/target/simplex-script.jar"
    fi
    exec 8>&-
}

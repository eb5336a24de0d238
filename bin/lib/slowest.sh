# Prints the ten slowest test classes of the last run (integration and unit), from the Maven reports.
slowest_classes() {
    local files
    files=$(ls target/failsafe-reports/TEST-*.xml target/surefire-reports/TEST-*.xml 2>/dev/null || true)
    [ -n "$files" ] || return 0
    echo "Slowest test classes (seconds):"
    for f in $files; do
        sed -n 's/.*<testsuite [^>]*name="\([^"]*\)"[^>]*time="\([0-9.,]*\)".*/\2 \1/p; s/.*<testsuite [^>]*time="\([0-9.,]*\)"[^>]*name="\([^"]*\)".*/\1 \2/p' "$f" | head -n 1
    done | tr -d ',' | sort -rn | head -n 10 | awk '{ printf "  %8.1f  %s\n", $1, $2 }'
}

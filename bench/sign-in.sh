#!/usr/bin/env bash
# How long signing in takes at the server (issue target: under a second to the portal home): runs
# AccessIT#aSignInIsTimed through bin/test (same environment variables) and prints its figures: the sign-in post,
# which hashes the password once, and the portal home page it leads to, medians and maxima of five sign-ins.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! bin/test -Dit.test='AccessIT#aSignInIsTimed' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    tail -n 40 "$log"
    exit 1
fi
grep -E "^Sign-in:" "$log"

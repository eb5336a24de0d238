#!/usr/bin/env bash
# How fast a password reset email leaves, against a real SMTP server: runs PasswordResetIT (through bin/test,
# so it honours the same environment variables) and prints the figures it measured: how long the request took,
# when the email arrived, and how long the request took while the mail server accepted connections but never
# answered.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! bin/test -Dit.test=PasswordResetIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    tail -n 40 "$log"
    exit 1
fi
grep -E "^Password reset" "$log"

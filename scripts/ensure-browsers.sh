#!/bin/sh
# The tests run in Debian's Chromium, never in a browser a tool downloads.
# Install it when it is missing and we are allowed to (root, or sudo without a password).
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME" ] && exit 0
echo "Chromium not found at $CHROME; installing Debian's chromium package…" >&2
if [ "$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else
  echo "Please run: sudo apt-get install -y chromium   (or set CHROME_PATH)" >&2; exit 1; fi
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null || exit 1
[ -x "$CHROME" ] || { echo "chromium still missing at $CHROME" >&2; exit 1; }

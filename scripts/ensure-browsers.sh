#!/bin/sh
# The tests run in Debian's Chromium, Firefox ESR and WebKitGTK, never in a
# browser a tool downloads. Installs, with apt-get, only the packages that are
# missing for the engines asked for (CSO_ENGINES, e.g. "firefox,webkit";
# default all three), when we are allowed to (root, or sudo without a password).
ENGINES="${CSO_ENGINES:-chromium,firefox,webkit}"
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
MINIBROWSER="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"

wants() { case ",$ENGINES," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
missing=
if wants chromium && [ ! -x "$CHROME" ]; then missing="$missing chromium"; fi
if wants firefox && [ ! -x "$FIREFOX" ]; then missing="$missing firefox-esr"; fi
if wants webkit; then
  { [ -x "${WEBKIT_WEBDRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] && [ -x "$MINIBROWSER" ]; } || missing="$missing webkit2gtk-driver"
  command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
  command -v xdotool >/dev/null 2>&1 || missing="$missing xdotool"
fi
[ -z "$missing" ] && exit 0

echo "Missing for the tests:$missing; installing Debian's packages…" >&2
if [ "$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else
  echo "Please run: sudo apt-get install -y$missing   (or set CSO_ENGINES to the engines you have)" >&2; exit 1; fi
# shellcheck disable=SC2086
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null || {
  echo "could not install:$missing" >&2; exit 1; }

#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download is not reachable here).
# Installs it when it is missing and this machine can (root with apt-get); otherwise says how.
set -euo pipefail

browser="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $browser is missing; installing Debian's chromium (about a minute)" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  exit 0
fi

echo "ensure-chromium: no browser at $browser. Install Chromium (Debian: sudo apt-get install chromium)" >&2
echo "or set CHROME_PATH to a Chrome or Chromium binary, then run the tests again." >&2
exit 1

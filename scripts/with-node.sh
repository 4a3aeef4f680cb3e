#!/usr/bin/env bash
# Runs a command with Node >= 22.12 first on PATH (Astro 7 needs it). Where the machine's Node is older,
# Node 24 is installed once from the npm registry (the `node@24` package) into a cache folder and used.
set -euo pipefail

node_is_new_enough() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_is_new_enough; then
  dir="${PEDOMAN_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pedoman-kpai/node24}"
  if [ ! -x "$dir/node_modules/.bin/node" ]; then
    echo "with-node: Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12; installing node@24 into $dir" >&2
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
  node_is_new_enough || { echo "with-node: could not provide Node >= 22.12" >&2; exit 1; }
fi

exec "$@"

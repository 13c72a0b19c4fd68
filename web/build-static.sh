#!/usr/bin/env bash
# Installs the front-end packages pinned in package-lock.json with the machine's npm and copies
# the files the pages use into the jar's /static/ (argument 1). Nothing is fetched at run time.
set -euo pipefail
out="$1"
cd "$(dirname "$0")"
# npm ci only when node_modules is missing or older than the lock file (keeps rebuilds fast).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
bi=node_modules/bootstrap-italia/dist
dest="$out/bootstrap-italia"
mkdir -p "$dest/css" "$dest/js" "$dest/svg" "$dest/fonts/Titillium_Web"
cp "$bi/css/bootstrap-italia.min.css" "$dest/css/"
cp "$bi/js/bootstrap-italia.bundle.min.js" "$dest/js/"
cp "$bi/svg/sprites.svg" "$dest/svg/"
cp "$bi"/fonts/Titillium_Web/*-{regular,600,700}.woff2 "$bi/fonts/Titillium_Web/OFL.txt" "$dest/fonts/Titillium_Web/"
cp node_modules/bootstrap-italia/LICENSE "$dest/LICENSE" 2>/dev/null || true

#!/usr/bin/env bash
# Installs what the tests need beyond the JDK, Maven and node/npm on a fresh Debian machine:
# Debian's headless chromium and its chromedriver, for the pages' browser and accessibility test.
# Idempotent and quiet: does nothing when both are already there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
  echo "install-test-deps: installed ${need[*]}"
fi

#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test of the HTML report, if it is not there yet.
# playwright-core drives it through executablePath; nothing downloads a browser of its own.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-browser: chromium is missing; run 'sudo apt-get install -y chromium' (root needed)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
command -v chromium

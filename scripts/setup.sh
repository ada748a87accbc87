#!/usr/bin/env bash
# Installs what Clausier needs on a fresh Debian machine: the system Chromium and its headless
# shell (used first: same PDF bytes, about half the CPU; Puppeteer's own browser download is not
# used), fonts, poppler-utils (pdftotext/pdftoppm), qpdf and xmllint, pre-commit (its hooks are
# tested) and redis-server (queue tests start their own on loopback), then the npm packages, then
# builds. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium chromium-headless-shell fonts-dejavu-core fonts-liberation2 poppler-utils qpdf libxml2-utils pre-commit redis-server)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export PUPPETEER_SKIP_DOWNLOAD=1
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
npm run build --silent
echo "setup: done"

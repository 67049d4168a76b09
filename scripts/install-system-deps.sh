#!/usr/bin/env bash
# What Jaga's tests and demo need from Debian: the browsers (never a test tool's own download),
# openssl for the test certificate, zip for packaging, and fonts for Malay, Chinese and Tamil screenshots.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  chromium firefox-esr openssl zip ca-certificates \
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji >/dev/null
echo "system deps: $(chromium --version 2>/dev/null | head -1); $(firefox-esr --version 2>/dev/null)"

#!/usr/bin/env bash
# Installs what the report tests need from Debian's packages when missing:
# chromium (test/browser: the HTML report in a real browser) and xmllint (XLIFF schema validation).
# Without them those tests skip with a message; CI calls this first so they run.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

if [ ${#missing[@]} -gt 0 ]; then
  sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
chromium --version 2>/dev/null | head -1 || true

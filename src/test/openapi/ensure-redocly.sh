#!/usr/bin/env bash
# Run by the Maven build before the tests: ApiDocumentTest lints the OpenAPI document with Redocly's CLI (npm), so
# it is installed here into target/redocly when missing (a fixed version: lint rules change between releases).
set -eu
dir="$(dirname "$0")/../../../target/redocly"
[ -x "$dir/node_modules/.bin/redocly" ] && exit 0
if ! command -v npm >/dev/null; then
  # A fresh machine of another kind may lack Node.js: Debian's packages carry it, as they carry chromium.
  if [ "$(id -u)" -eq 0 ]; then run=(); elif sudo -n true 2>/dev/null; then run=(sudo -n); else
    echo "ApiDocumentTest needs npm to install @redocly/cli (apt-get install nodejs npm); it will fail without it." >&2
    exit 0
  fi
  "${run[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -q --no-install-recommends nodejs npm
fi
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --silent @redocly/cli@2.77.0

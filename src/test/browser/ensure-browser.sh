#!/usr/bin/env bash
# Run by the Maven build before the tests: the browser tests drive Debian's Chromium (Playwright cannot
# download its own browser here) and need a CJK font, or Chinese pages render as empty boxes. Installs the
# two Debian packages when missing, so that `./mvnw verify` is all a fresh machine needs.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "Browser tests need the Debian packages: ${need[*]} (apt-get install ${need[*]}); they will fail without them." >&2
  exit 0
fi
echo "Installing for the browser tests: ${need[*]}"
"${run[@]}" apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"

#!/usr/bin/env bash
# Install the Debian libraries WeasyPrint needs (Pango, HarfBuzz subsetting, fonts) when
# they are missing. As root it installs them; otherwise it names the command to run.
set -euo pipefail

need=()
# grep reads all of ldconfig's output: with -q it could stop early, and under pipefail the
# SIGPIPE that ldconfig then gets made a present library look missing (now and then).
have_lib() { ldconfig -p 2>/dev/null | grep -F "$1" >/dev/null; }
have_lib 'libpango-1.0.so.0' || need+=(libpango-1.0-0)
have_lib 'libpangoft2-1.0.so.0' || need+=(libpangoft2-1.0-0)
# Optional but ~2-3x faster font subsetting in WeasyPrint.
have_lib 'libharfbuzz-subset.so.0' || need+=(libharfbuzz-subset0)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# Optional: GNU msgfmt, which the tests use to check every shipped catalog (msgfmt -c).
command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
# Scripts beyond Latin, Greek and Cyrillic (Arabic, Hebrew, Devanagari, ... and CJK). Only
# the languages that use them need these; without them those exports are refused.
optional=(gettext fonts-noto-core fonts-noto-cjk)
[ -e /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || need+=(fonts-noto-core)
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "summarizer setup: installing Debian packages: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "summarizer setup: missing system packages: ${need[*]}" >&2
  echo "  install them with: sudo apt-get install ${need[*]}" >&2
  # harfbuzz-subset only speeds things up, gettext only adds a test and the Noto fonts
  # serve only some languages; the rest are required.
  for p in "${need[@]}"; do
    [ "$p" = libharfbuzz-subset0 ] || [[ " ${optional[*]} " == *" $p "* ]] || exit 1
  done
fi

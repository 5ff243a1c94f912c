#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A man page must render without groff warnings and document every long option the program's
# --help lists, so the page cannot fall behind the program.
#   check-manpage.sh PAGE.1 PROGRAM
set -euo pipefail
page=$1 program=$2

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
  echo "FAIL: $page: groff warnings:" >&2
  echo "$warnings" >&2
  exit 1
fi

help=$(QT_QPA_PLATFORM=offscreen LANGUAGE=C LC_ALL=C "$program" --help)
options=$(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u)
missing=()
for option in $options; do
  # in roff source each '-' of an option is written '\-'
  grep -qF -- "${option//-/\\-}" "$page" || missing+=("$option")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "FAIL: $(basename "$program") --help lists options that $page does not document: ${missing[*]}" >&2
  exit 1
fi
echo "$page documents all $(wc -w <<<"$options") options of $(basename "$program"): $(tr '\n' ' ' <<<"$options")"

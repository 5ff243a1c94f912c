#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A man page must render without groff warnings, document every long option the program's --help
# lists, and give the same default wherever both give one, so the page cannot fall behind the program.
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

# Where both the page and --help give an option's default, they must give the same one: a changed
# default in the program must not leave the page saying the old one.
# first_default: "--option text" lines in, "--option value" out for the first numeric "default N".
first_default() {
  awk '{ gsub(/[ \t]+/, " "); if (match($0, /[^A-Za-z]default [0-9]([0-9.e+-]*[0-9])?/)) {
           value = substr($0, RSTART + 9, RLENGTH - 9); print $1, value } }'
}
help_defaults=$(awk '
  /^  (-[a-zA-Z], )?--[a-z]/ { if (name != "") print name, text; match($0, /--[a-z][a-z0-9-]*/);
                                name = substr($0, RSTART, RLENGTH); text = substr($0, RSTART + RLENGTH); next }
  /^      / { text = text " " $0; next }
  { if (name != "") print name, text; name = "" }
  END { if (name != "") print name, text }' <<<"$help" |
  first_default)
page_defaults=$(awk '
  /^\.(B|BI|BR|IR|TP|SS|SH)( |$)/ {
    if ($0 ~ /^\.(B|BI) +\\-\\-[a-z]/) {
      if (name != "") print name, text; match($0, /\\-\\-[a-z][a-z0-9\\-]*/);
      name = substr($0, RSTART, RLENGTH); gsub(/\\-/, "-", name); text = ""; next
    }
    if ($0 ~ /^\.(TP|SS|SH)/) { if (name != "") print name, text; name = "" }
  }
  name != "" { text = text " " $0 }
  END { if (name != "") print name, text }' "$page" |
  sed -E 's/\\-/-/g' | first_default)
# One pass over both lists: the page's defaults first, then each --help default compared numerically.
read -r compared mismatched < <(awk 'NR == FNR { page[$1] = $2; next }
  ($1 in page) { n++; if (page[$1] + 0 != $2 + 0) bad = bad " " $1 " (--help: " $2 ", page: " page[$1] ")" }
  END { print n + 0, bad }' <(printf '%s\n' "$page_defaults") <(printf '%s\n' "$help_defaults"))
if [ -n "$mismatched" ]; then
  echo "FAIL: $page gives another default than $(basename "$program") --help for: $mismatched" >&2
  exit 1
fi
echo "$page documents all $(wc -w <<<"$options") options of $(basename "$program") and agrees with it on the $compared defaults both give: $(tr '\n' ' ' <<<"$options")"

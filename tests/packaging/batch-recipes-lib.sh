# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2154 # cli, weights and work come from the sourcing test
# Sourced by the batch recipe tests (check-parallel-shards.sh, check-slurm-array.sh,
# check-indexed-job.sh): a tiny batch, its sequential reference, and the comparison of a sharded
# run's outputs with it. Expects $cli, $weights and $work to be set, and `set -euo pipefail`.

fail() { echo "FAIL: $*" >&2; exit 1; }

# Every run of the test shares one weights cache, away from the user's.
export XDG_CACHE_HOME="$work/cache" LANGUAGE=C LC_ALL=C.UTF-8

# The batch: 3 contents x 2 styles = 6 jobs, tiny and quick. Shards of 2 take jobs 1,3,5 and 2,4,6.
batch_jobs=6
make_batch() {
  mkdir -p "$work/in/content" "$work/in/style"
  /usr/bin/python3 - "$work/in" <<'EOF' || fail "could not make the pictures (python3-pil)"
import sys
import numpy as np
from PIL import Image
out = sys.argv[1]
rng = np.random.default_rng(22)
for name, (w, h) in {"cat": (64, 48), "dog": (48, 64), "fox": (56, 56)}.items():
    y, x = np.mgrid[0:h, 0:w]
    rgb = np.stack([x * 255 // w, y * 255 // h, rng.integers(0, 256, (h, w))], axis=-1)
    Image.fromarray(rgb.astype(np.uint8)).save(f"{out}/content/{name}.png")
for name in ("rings", "noise"):
    rgb = rng.integers(0, 256, (40, 40, 3)) if name == "noise" else \
        np.where(((np.hypot(*np.mgrid[-20:20, -20:20]) // 4) % 2 == 1)[..., None], [240, 200, 30], [20, 20, 60])
    Image.fromarray(rgb.astype(np.uint8)).save(f"{out}/style/{name}.png")
EOF
}

# The options every run of the batch gets (the recipes add --shard, --threads and the folders);
# batch_settings without the resume choice, for recipes that make it themselves.
batch_settings=(--size 48 --steps 3)
batch_options=("${batch_settings[@]}" --no-resume)

# run_sequential DIR [CONTENT_DIR STYLE_DIR]: the whole batch in one process with 1 thread. The
# pictures embed their settings, input paths and thread count included, so a recipe compared with
# it byte for byte must read the same folders with the same --threads.
run_sequential() {
  local status=0
  "$cli" --weights "$weights" --content "${2:-$work/in/content}" --style "${3:-$work/in/style}" --output-dir "$1" \
    "${batch_options[@]}" --threads 1 >"$work/sequential.log" 2>&1 || status=$?
  [ "$status" -eq 0 ] || { cat "$work/sequential.log" >&2; fail "the sequential batch exited with $status"; }
  local count
  count=$(find "$1" -maxdepth 1 -type f | wc -l)
  [ "$count" -eq "$batch_jobs" ] || fail "the sequential batch wrote $count files, not $batch_jobs"
  grep -q "Batch: $batch_jobs written" "$work/sequential.log" \
    || { cat "$work/sequential.log" >&2; fail "no summary 'Batch: $batch_jobs written' from the sequential batch"; }
  echo "sequential batch: $count pictures in $1"
}

# written_in LOG...: the sum of the "Batch: N written" summaries of the given logs.
written_in() {
  local total=0 n log
  for log in "$@"; do
    n=$(sed -n 's/.*Batch: \([0-9][0-9]*\) written.*/\1/p' "$log" | tail -n 1)
    [ -n "$n" ] || { cat "$log" >&2; fail "no 'Batch: N written' summary in $log"; }
    total=$(( total + n ))
  done
  echo "$total"
}

# same_pictures REFERENCE DIR...: the files of the DIRs, taken together, are exactly the reference's,
# each once (no name in two DIRs), byte for byte.
same_pictures() {
  local reference=$1 name dir
  shift
  find "$@" -maxdepth 1 -type f -printf '%f\n' | sort >"$work/names"
  if [ -n "$(uniq -d "$work/names")" ]; then fail "written by more than one shard: $(uniq -d "$work/names" | tr '\n' ' ')"; fi
  find "$reference" -maxdepth 1 -type f -printf '%f\n' | sort | diff -u - "$work/names" >&2 \
    || fail "the shards' files (+) differ from the sequential batch's (-)"
  while read -r name; do
    local found=""
    for dir in "$@"; do [ -f "$dir/$name" ] && found="$dir/$name"; done
    cmp -s "$reference/$name" "$found" || fail "$found differs from the sequential $reference/$name"
  done <"$work/names"
  echo "the shards wrote the $(wc -l <"$work/names") pictures of the sequential batch, each once, byte for byte"
}

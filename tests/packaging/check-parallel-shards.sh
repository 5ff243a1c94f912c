#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GNU parallel recipe (packaging/cluster/parallel-shards.sh, docs/BATCH.md): a batch of 6 run
# as 2 shards in parallel, 1 thread each, writes the same files, byte for byte, as the batch run
# once sequentially with 1 thread, and every job exactly once. Run twice: as local jobs, and
# through the script's ssh path with GNU parallel's sshlogin ':' (this machine, no ssh).
#   check-parallel-shards.sh NEURAL_STYLE WEIGHTS SOURCE_DIR
set -euo pipefail
cli=$1 weights=$2 source_dir=$3
recipe="$source_dir/packaging/cluster/parallel-shards.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/nss-parallel.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/packaging/batch-recipes-lib.sh
. "$(dirname "$0")/batch-recipes-lib.sh"

command -v parallel >/dev/null \
  || fail "GNU parallel is not installed: run tools/bootstrap-debian (Debian package 'parallel')"
shellcheck --version >/dev/null 2>&1 || fail "shellcheck is not installed: run tools/bootstrap-debian"
bash -n "$recipe" || fail "bash -n $recipe"
shellcheck "$recipe" || fail "shellcheck $recipe"

make_batch
run_sequential "$work/sequential"

# run_shards NAME RECIPE_OPTIONS...: the recipe into $work/NAME, must exit 0 with 2 shard summaries.
run_shards() {
  local name=$1 status=0
  shift
  NEURAL_STYLE=$cli "$recipe" "$@" -- --weights "$weights" --content "$work/in/content" \
    --style "$work/in/style" --output-dir "$work/$name" "${batch_options[@]}" >"$work/$name.log" 2>&1 || status=$?
  echo "== parallel-shards.sh $* ($name)"
  cat "$work/$name.log"
  [ "$status" -eq 0 ] || fail "parallel-shards.sh exited with $status"
  for shard in 1 2; do
    grep "^shard $shard/2"$'\t' "$work/$name.log" >"$work/$name.shard$shard.log" \
      || fail "no line tagged 'shard $shard/2' in the output"
  done
  local written
  written=$(written_in "$work/$name.shard1.log" "$work/$name.shard2.log")
  [ "$written" -eq "$batch_jobs" ] || fail "the 2 shards wrote $written pictures in all, not $batch_jobs"
  same_pictures "$work/sequential" "$work/$name"
}

run_shards local --shards 2 --threads 1
run_shards sshlogin --sshlogin : --per-host 2 --threads 1

# A wrong request is status 2 from the script too.
status=0
NEURAL_STYLE=$cli "$recipe" --shards 2 --threads 1 -- --weights "$weights" --content "$work/missing" \
  --style "$work/in/style" --output-dir "$work/bad" >"$work/bad.log" 2>&1 || status=$?
[ "$status" -eq 2 ] || { cat "$work/bad.log" >&2; fail "a missing content folder gave status $status, not 2"; }
echo "PASS: 2 shards through GNU parallel, locally and via --sshlogin :, equal the sequential batch"

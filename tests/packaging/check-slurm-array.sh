#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Slurm recipe (packaging/cluster/neural-style-array.sbatch, docs/BATCH.md) without Slurm: the
# script passes bash -n and shellcheck, its #SBATCH lines are where sbatch reads them, and run as
# plain bash with a faked array environment (SLURM_ARRAY_TASK_ID=1 and 2 of
# SLURM_ARRAY_TASK_COUNT=2) its two tasks write exactly the files of one sequential batch, each
# once, byte for byte. Then the mapping's edge cases, with `echo` standing in for neural-style.
#   check-slurm-array.sh NEURAL_STYLE WEIGHTS SOURCE_DIR
set -euo pipefail
cli=$1 weights=$2 source_dir=$3
script="$source_dir/packaging/cluster/neural-style-array.sbatch"

work=$(mktemp -d "${TMPDIR:-/tmp}/nss-slurm.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/packaging/batch-recipes-lib.sh
. "$(dirname "$0")/batch-recipes-lib.sh"

echo "== syntax"
shellcheck --version >/dev/null 2>&1 || fail "shellcheck is not installed: run tools/bootstrap-debian"
bash -n "$script" || fail "bash -n $script"
shellcheck "$script" || fail "shellcheck $script"
# sbatch reads #SBATCH lines only before the first command of the script.
first_command=$(grep -nvE '^[[:space:]]*(#|$)' "$script" | head -n 1 | cut -d: -f1)
last_directive=$(grep -n '^#SBATCH' "$script" | tail -n 1 | cut -d: -f1)
[ -n "$last_directive" ] || fail "no #SBATCH lines"
[ "$last_directive" -lt "$first_command" ] \
  || fail "#SBATCH directives after the first command (line $first_command) are ignored by sbatch"
grep -qE '^#SBATCH --array=1-[0-9]+' "$script" || fail "no '#SBATCH --array=1-N' line"
grep -qE '^#SBATCH --cpus-per-task=[0-9]+' "$script" || fail "no '#SBATCH --cpus-per-task' line"
echo "bash -n, shellcheck and the #SBATCH lines: fine"

make_batch
run_sequential "$work/sequential"

echo "== the array's 2 tasks, one after the other, each into its own folder"
for task in 1 2; do
  status=0
  env SLURM_ARRAY_TASK_ID=$task SLURM_ARRAY_TASK_COUNT=2 SLURM_CPUS_PER_TASK=1 \
    NEURAL_STYLE="$cli" CONTENT="$work/in/content" STYLE="$work/in/style" OUTPUT_DIR="$work/task$task" RESUME=0 \
    bash "$script" --weights "$weights" "${batch_settings[@]}" >"$work/task$task.log" 2>&1 || status=$?
  cat "$work/task$task.log"
  [ "$status" -eq 0 ] || fail "array task $task exited with $status"
  grep -q "shard $task/2, 1 threads" "$work/task$task.log" || fail "array task $task did not run shard $task/2 with 1 thread"
done
written=$(written_in "$work/task1.log" "$work/task2.log")
[ "$written" -eq "$batch_jobs" ] || fail "the 2 tasks wrote $written pictures in all, not $batch_jobs"
same_pictures "$work/sequential" "$work/task1" "$work/task2"

echo "== the mapping (echo in place of neural-style)"
# mapped ENV...: the command line the script would run, with ENV added to a bare Slurm task.
mapped() { env -i PATH="$PATH" HOME="$work/home" NEURAL_STYLE=echo "$@" bash "$script" --size 48 2>"$work/mapped.err"; }
expect() { # expect WHAT PATTERN ENV...
  local what=$1 pattern=$2 out status=0
  shift 2
  out=$(mapped "$@") || status=$?
  [ "$status" -eq 0 ] || { cat "$work/mapped.err" >&2; fail "$what: exited with $status"; }
  grep -qE -- "$pattern" <<<"$out" || fail "$what: '$out' does not match '$pattern'"
  echo "ok: $what: $out"
}
refuse() { # refuse WHAT ENV...: status 2 and a message
  local what=$1 status=0
  shift
  mapped "$@" >/dev/null || status=$?
  [ "$status" -eq 2 ] || fail "$what: status $status, not 2"
  echo "ok: $what refused: $(cat "$work/mapped.err")"
}
expect "task 3 of --array=1-4" '--size 48 --threads [0-9]+ --shard 3/4$' \
  SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=4
expect "threads from SLURM_CPUS_PER_TASK" '--threads 6 --shard 1/2$' \
  SLURM_ARRAY_TASK_ID=1 SLURM_ARRAY_TASK_COUNT=2 SLURM_CPUS_PER_TASK=6
expect "threads without --cpus-per-task: the CPUs it may use" "--threads $(nproc) --shard 2/2\$" \
  SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=2
expect "default folders and --resume" "--content $work/home/neural-style/content --style $work/home/neural-style/style --output-dir $work/home/neural-style/output --resume " \
  SLURM_ARRAY_TASK_ID=1 SLURM_ARRAY_TASK_COUNT=1
expect "a job list" "^--jobs /j.csv --output-dir " JOBS=/j.csv OUTPUT_DIR="$work/o" SLURM_ARRAY_TASK_ID=1 SLURM_ARRAY_TASK_COUNT=1
expect "shard 7 of 8 run again alone with SHARDS" '--shard 7/8$' \
  SHARDS=8 SLURM_ARRAY_TASK_ID=7 SLURM_ARRAY_TASK_COUNT=1 SLURM_ARRAY_TASK_MIN=7 SLURM_ARRAY_TASK_MAX=7
refuse "shard 7 run again alone without SHARDS" SLURM_ARRAY_TASK_ID=7 SLURM_ARRAY_TASK_COUNT=1 SLURM_ARRAY_TASK_MIN=7 SLURM_ARRAY_TASK_MAX=7
refuse "a 0-based array" SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=2 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=1
refuse "a task beyond SHARDS" SHARDS=2 SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=1
refuse "no array" SLURM_JOB_ID=5
echo "PASS: the sbatch script's 2 array tasks equal the sequential batch; its mapping holds"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Kubernetes recipe (packaging/cluster/neural-style-indexed-job.yaml, docs/BATCH.md) without
# Kubernetes: the manifest is valid YAML with the fields the recipe needs (check_indexed_job.py),
# and the container's shell command, run here with JOB_COMPLETION_INDEX = 0 .. completions-1 and
# the manifest's env (its paths under a local root standing for the pod's mounts, neural-style
# on PATH, 1 thread, a tiny size), writes exactly the files of one sequential batch, each once.
#   check-indexed-job.sh NEURAL_STYLE WEIGHTS SOURCE_DIR
set -euo pipefail
cli=$1 weights=$2 source_dir=$3
manifest="$source_dir/packaging/cluster/neural-style-indexed-job.yaml"
checker="$(dirname "$0")/check_indexed_job.py"

work=$(mktemp -d "${TMPDIR:-/tmp}/nss-k8s.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/packaging/batch-recipes-lib.sh
. "$(dirname "$0")/batch-recipes-lib.sh"

echo "== the manifest"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || fail "PyYAML is missing: run tools/bootstrap-debian (python3-yaml)"
/usr/bin/python3 "$checker" "$manifest" "$work/pod" || fail "the manifest does not hold the recipe (above)"
# The checker must notice a broken manifest: a shard count that is not completions, no image.
sed 's/^  completions: .*/  completions: 3/; s/^  parallelism: .*/  parallelism: 3/' "$manifest" >"$work/bad-completions.yaml"
sed '/^ *image: /d' "$manifest" >"$work/bad-image.yaml"
for bad in bad-completions bad-image; do
  if /usr/bin/python3 "$checker" "$work/$bad.yaml" "$work/$bad" 2>"$work/$bad.err"; then
    fail "the checker accepted $bad.yaml"
  fi
  echo "ok: $bad.yaml refused: $(cat "$work/$bad.err")"
done

make_batch

echo "== the container's command, once per completion index"
root="$work/pod/root" # stands for the pod's file system: the manifest's paths go under it
envs=()
while IFS='=' read -r name value; do
  case $value in /*) value="$root$value" ;; esac
  case $name in
    CONTENT) content=$value; mkdir -p "$value"; cp "$work"/in/content/* "$value/" ;;
    STYLE) style=$value; mkdir -p "$value"; cp "$work"/in/style/* "$value/" ;;
    NSS_VGG19_WEIGHTS) mkdir -p "$(dirname "$value")"; ln -s "$(readlink -f "$weights")" "$value" ;;
    OUTPUT_DIR) output=$value; mkdir -p "$value" ;;
    *) case $value in "$root"/*) mkdir -p "$value" ;; esac ;;
  esac
  envs+=("$name=$value")
done <"$work/pod/env"
if [ -z "${output:-}" ] || [ -z "${content:-}" ] || [ -z "${style:-}" ]; then
  fail "the manifest's env lacks CONTENT, STYLE or OUTPUT_DIR"
fi
# The reference reads the same folders: the pictures embed their input paths.
run_sequential "$work/sequential" "$content" "$style"
# Here: 1 thread (the sequential reference's) instead of the CPU request, and a tiny picture.
envs+=(THREADS=1 SIZE=48 STEPS=3)
mkdir -p "$work/bin"
ln -s "$(readlink -f "$cli")" "$work/bin/neural-style"

completions=$(cat "$work/pod/completions")
logs=()
for (( index = 0; index < completions; index++ )); do
  status=0
  # Not env -i: the reference ran in this environment, and some of it (OPENBLAS_CORETYPE, for one)
  # picks the BLAS kernels and so the last bits of the pictures.
  env PATH="$work/bin:$PATH" "${envs[@]}" \
    JOB_COMPLETION_INDEX=$index sh -c "$(cat "$work/pod/command.sh")" >"$work/index$index.log" 2>&1 || status=$?
  echo "-- JOB_COMPLETION_INDEX=$index"
  cat "$work/index$index.log"
  [ "$status" -eq 0 ] || fail "index $index exited with $status"
  logs+=("$work/index$index.log")
done
written=$(written_in "${logs[@]}")
[ "$written" -eq "$batch_jobs" ] || fail "the $completions indexes wrote $written pictures in all, not $batch_jobs"
# They share the output folder and resume: a job found done by a later index would be a duplicate.
skipped=$(sed -n 's/.*Batch: .* \([0-9][0-9]*\) skipped.*/\1/p' "${logs[@]}" | awk '{ n += $1 } END { print n + 0 }')
[ "$skipped" -eq 0 ] || fail "$skipped jobs were skipped as already done: two indexes share a job"
same_pictures "$work/sequential" "$output"
echo "PASS: the Indexed Job's $completions indexes equal the sequential batch"

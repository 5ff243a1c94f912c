#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one neural-style batch as N shards (--shard I/N) in parallel with GNU parallel: N processes on
# this machine with the cores split between them, or spread over machines reached by ssh.
# docs/BATCH.md, "GNU parallel".
#
#   parallel-shards.sh [--shards N] [--threads T] [--sshlogin LOGIN]... [--per-host J] [--]
#                      NEURAL_STYLE_BATCH_OPTIONS...
#
# On this machine (the default): N shards (default 2), each with --threads T (default: the cores
# this process may use divided by N, at least 1).
#   parallel-shards.sh --shards 2 -- --content photos --style styles --output-dir out --resume
#
# Over ssh (one or more --sshlogin, GNU parallel's syntax: host, user@host, ':' for this machine):
# J shards per host at a time (default 1), N = hosts x J unless given. Every host must see the same
# paths (a shared folder, e.g. NFS) and have neural-style and the weights; with J > 1 give
# --threads (a host's cores / J), with J = 1 each shard uses all cores of its host.
#   parallel-shards.sh --sshlogin render1 --sshlogin render2 -- --content /nfs/in --style /nfs/s.jpg --output-dir /nfs/out
#
# The program is $NEURAL_STYLE (default: neural-style on PATH; on remote hosts, on their PATH).
# Each shard's progress lines are prefixed with "shard I/N". Exit status: 2 when any shard found
# the request wrong, else 130 when any was interrupted, else 1 when any job failed, else 0.
set -euo pipefail

usage() { sed -n '7,8p' "$0" | sed 's/^# \{0,3\}//' >&2; exit "${1:-2}"; }

shards="" threads="" per_host="" sshlogins=()
while [ $# -gt 0 ]; do
  case $1 in
    --shards) shards=${2:?--shards needs a number}; shift 2 ;;
    --threads) threads=${2:?--threads needs a number}; shift 2 ;;
    --sshlogin|-S) sshlogins+=("${2:?--sshlogin needs a login}"); shift 2 ;;
    --per-host) per_host=${2:?--per-host needs a number}; shift 2 ;;
    --) shift; break ;;
    -h|--help) usage 0 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "parallel-shards.sh: no neural-style options (--content ... --output-dir ...)" >&2; usage; }
command -v parallel >/dev/null \
  || { echo "parallel-shards.sh: GNU parallel is not installed (Debian: apt install parallel)" >&2; exit 2; }
program=${NEURAL_STYLE:-neural-style}
is_count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }

parallel_options=(--will-cite --halt never --line-buffer)
if [ ${#sshlogins[@]} -eq 0 ]; then
  shards=${shards:-2}
  is_count "$shards" || { echo "parallel-shards.sh: --shards must be a positive number" >&2; exit 2; }
  if [ -z "$threads" ]; then
    cores=$(nproc)
    threads=$(( cores / shards > 0 ? cores / shards : 1 ))
    [ "$cores" -ge "$shards" ] || echo "parallel-shards.sh: $shards shards on $cores cores: 1 thread each, cores shared" >&2
  fi
  parallel_options+=(--jobs "$shards")
else
  per_host=${per_host:-1}
  is_count "$per_host" || { echo "parallel-shards.sh: --per-host must be a positive number" >&2; exit 2; }
  shards=${shards:-$(( ${#sshlogins[@]} * per_host ))}
  is_count "$shards" || { echo "parallel-shards.sh: --shards must be a positive number" >&2; exit 2; }
  if [ -z "$threads" ] && [ "$per_host" -gt 1 ]; then
    echo "parallel-shards.sh: with --per-host $per_host give --threads (a host's cores / $per_host)" >&2
    exit 2
  fi
  for login in "${sshlogins[@]}"; do parallel_options+=(--sshlogin "$login"); done
  parallel_options+=(--jobs "$per_host")
fi
thread_options=()
[ -z "$threads" ] || { is_count "$threads" || { echo "parallel-shards.sh: --threads must be a positive number" >&2; exit 2; }; thread_options=(--threads "$threads"); }

joblog=$(mktemp "${TMPDIR:-/tmp}/parallel-shards.XXXXXX")
trap 'rm -f "$joblog"' EXIT
echo "parallel-shards.sh: $shards shards${threads:+, $threads threads each}${sshlogins[*]:+, on ${sshlogins[*]}}" >&2
# -q quotes every word of the command, here and on remote hosts, so paths with spaces survive.
parallel "${parallel_options[@]}" --joblog "$joblog" --tagstring "shard {}/$shards" -q \
  "$program" "$@" "${thread_options[@]}" --shard "{}/$shards" ::: $(seq 1 "$shards") || true

# parallel's own status counts failed shards; the joblog keeps each shard's exit value.
status=0
while IFS=$'\t' read -r _ _ _ _ _ _ exitval signal _; do
  [[ $exitval =~ ^[0-9]+$ ]] || continue # the header
  if [ "$exitval" -eq 2 ]; then status=2
  elif [ "$exitval" -eq 130 ] || [ "$signal" -ne 0 ]; then [ "$status" -eq 2 ] || status=130
  elif [ "$exitval" -ne 0 ]; then [ "$status" -ne 0 ] || status=1
  fi
done <"$joblog"
ran=$(( $(wc -l <"$joblog") - 1 ))
[ "$ran" -eq "$shards" ] || { echo "parallel-shards.sh: only $ran of $shards shards ran" >&2; [ "$status" -ne 0 ] || status=1; }
exit "$status"

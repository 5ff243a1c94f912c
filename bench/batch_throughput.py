#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Batch throughput (issue 22): a batch of 8 content/style pairs at 256 px, run by one process using
2 threads against 2 processes (--shard 1/2 and 2/2) with 1 thread each, started together. Each
configuration's wall time runs from the first process start to the last exit (weights loading
included); pictures per minute = 8 / wall time. Every run must write all 8 pictures and exit 0.

The pairs are the first 8 of bench/pairs.py (made into a temporary folder unless --pairs-dir has
them), written as a job list (JSON lines: content, style, output), so both configurations run the
very same batch through `neural-style --jobs`. Prints one JSON line per run, then a Markdown table
for docs/PERFORMANCE.md.

    /usr/bin/python3 bench/batch_throughput.py --cli build/ci/app/neural-style \\
        --weights build/ci/fixtures/vgg19-legacy.pth [--steps 30] [--size 256] [--repeat 1]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = 8


def make_pairs(pairs_dir):
    """The first PAIRS pairs of bench/pairs.py, made into pairs_dir if missing there."""
    out = subprocess.run([sys.executable, os.path.join(HERE, "pairs.py"), "--out", pairs_dir],
                         check=True, capture_output=True, text=True).stdout
    pairs = [json.loads(line) for line in out.splitlines() if line.strip()][:PAIRS]
    if len(pairs) < PAIRS:
        sys.exit(f"batch_throughput: bench/pairs.py gave {len(pairs)} pairs, {PAIRS} needed")
    return pairs


def run_batch(args, jobs, out_dir, configuration):
    """One configuration: 'one' (1 process, 2 threads) or 'shards' (2 processes, 1 thread each)."""
    os.makedirs(out_dir)
    common = [args.cli, "--jobs", jobs, "--output-dir", out_dir, "--weights", args.weights,
              "--size", str(args.size), "--steps", str(args.steps), "--no-resume"]
    if configuration == "one":
        commands = [common + ["--threads", str(args.threads)]]
    else:
        per_process = max(1, args.threads // args.processes)
        commands = [common + ["--threads", str(per_process), "--shard", f"{i}/{args.processes}"]
                    for i in range(1, args.processes + 1)]
    load = os.getloadavg()[0]
    logs = [open(f"{out_dir}-{i + 1}.log", "w+") for i in range(len(commands))]
    start = time.monotonic()
    processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=log) for c, log in zip(commands, logs)]
    statuses = [p.wait() for p in processes]
    wall = time.monotonic() - start
    for status, log, command in zip(statuses, logs, commands):
        if status != 0:
            log.seek(0)
            sys.stderr.write(log.read())
            sys.exit(f"batch_throughput: {' '.join(command)} exited with {status}")
        log.close()
    written = sorted(f for f in os.listdir(out_dir) if f.endswith(".png"))
    if len(written) != PAIRS:
        sys.exit(f"batch_throughput: {configuration} wrote {len(written)} pictures, not {PAIRS}")
    threads = args.threads if configuration == "one" else max(1, args.threads // args.processes)
    return {"configuration": configuration, "processes": len(commands), "threads_each": threads,
            "pictures": PAIRS, "size": args.size, "steps": args.steps, "wall_s": round(wall, 2),
            "pictures_per_minute": round(PAIRS * 60 / wall, 3), "load_before": round(load, 2)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(HERE, "..", "build", "ci", "app", "neural-style"))
    parser.add_argument("--weights", default=os.path.join(HERE, "..", "build", "ci", "fixtures", "vgg19-legacy.pth"))
    parser.add_argument("--settle", type=float, default=20.0,
                        help="seconds of rest before each run, so one run's load does not reach the next")
    parser.add_argument("--pairs-dir", default="", help="bench/pairs.py --out folder to reuse (default: a temporary one)")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--steps", type=int, default=30, help="per picture (default 30: a few minutes on 2 cores)")
    parser.add_argument("--threads", type=int, default=2, help="threads of the single process, split among the shards")
    parser.add_argument("--processes", type=int, default=2, help="shards run at once")
    parser.add_argument("--repeat", type=int, default=1, help="alternate the two configurations this many times")
    parser.add_argument("--keep", default="", help="keep the pictures and logs in this folder")
    args = parser.parse_args()
    for path in (args.cli, args.weights):
        if not os.path.exists(path):
            sys.exit(f"batch_throughput: {path} does not exist (see --cli, --weights)")

    work = args.keep or tempfile.mkdtemp(prefix="nss-batch-throughput.")
    pairs = make_pairs(os.path.abspath(args.pairs_dir) if args.pairs_dir else os.path.join(work, "pairs"))
    jobs = os.path.join(work, "jobs.jsonl")
    with open(jobs, "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps({"content": p["content"], "style": p["style"], "output": f"{p['pair']}.png"}) + "\n")

    results = []
    for r in range(args.repeat):
        # Alternate which configuration goes first, so neither always gets the cold file cache
        # or the other's lingering load.
        for configuration in (("one", "shards") if r % 2 == 0 else ("shards", "one")):
            time.sleep(args.settle)
            result = run_batch(args, jobs, os.path.join(work, f"{configuration}-{r + 1}"), configuration)
            result["cpus"] = os.cpu_count()
            print(json.dumps(result), flush=True)
            results.append(result)

    print()
    print(f"Batch of {PAIRS} pairs (bench/pairs.py) at {args.size} px, {args.steps} steps each, "
          f"{os.cpu_count()} CPUs:")
    print()
    print("| configuration | wall time | pictures per minute | load before |")
    print("|---|---|---|---|")
    for r in results:
        name = (f"1 process, {r['threads_each']} threads" if r["configuration"] == "one"
                else f"{r['processes']} processes (--shard), {r['threads_each']} thread each")
        print(f"| {name} | {r['wall_s']:.1f} s | {r['pictures_per_minute']:.2f} | {r['load_before']:.1f} |")
    print()
    for configuration in ("one", "shards"):
        walls = sorted(r["wall_s"] for r in results if r["configuration"] == configuration)
        median = statistics.median(walls)
        print(f"median {configuration}: {median:.1f} s, {PAIRS * 60 / median:.2f} pictures per minute "
              f"(runs: {', '.join(f'{w:.1f}' for w in walls)})")
    if not args.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

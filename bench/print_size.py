#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print sizes (issue 20): peak RSS and seconds per step at 1024, 2048, 4096 and 8192 px, tiled
against whole where the whole picture fits, in one run, one process per configuration so that each
peak RSS is its own. Each configuration runs `neural-style --benchmark` at one scale (--scales 1)
with Adam (its memory does not depend on an L-BFGS history; bf16 where the CPU has it, as by
default) for --steps steps; the CLI reports the median seconds per step and the peak RSS, and the
engine's log the tile size it chose and its predicted peak. Prints one JSON line per configuration,
then a Markdown table for docs/PERFORMANCE.md.

    /usr/bin/python3 bench/print_size.py --cli build/ci/app/neural-style \\
        --weights build/ci/fixtures/vgg19-legacy.pth --content photo.png --style painting.png
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

# (size, tile size): 0 is the whole picture in one pass.
DEFAULT_CONFIGS = "1024:0,1024:512,2048:0,2048:1024,4096:1024,8192:1024"


def run(args, size, tile, steps):
    env = dict(os.environ, NSS_VGG19_WEIGHTS=args.weights, QT_LOGGING_RULES="nss.engine.schedule.info=true")
    cmd = [args.cli, "--content", args.content, "--style", args.style, "--size", str(size), "--steps", str(steps),
           "--scales", "1", "--optimizer", "adam", "--tile-size", str(tile), "--threads", str(args.threads), "--benchmark"]
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        return {"size": size, "tile": tile, "error": proc.stderr.strip().splitlines()[-1:]}
    line = json.loads(proc.stdout.strip().splitlines()[-1])
    predicted = re.search(r"predicted peak (\d+) MB", proc.stderr)
    return {"size": size, "tile": tile, "width": line["width"], "height": line["height"], "steps": line["steps"],
            "seconds_per_step": round(line["seconds_per_step_median"], 2), "peak_rss_mib": round(line["peak_rss_mib"]),
            "predicted_mib": int(predicted.group(1)) if predicted else None, "wall_seconds": round(wall, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--style", required=True)
    parser.add_argument("--configs", default=DEFAULT_CONFIGS, help="size:tile,... (tile 0: whole)")
    parser.add_argument("--steps", type=int, default=3, help="steps per configuration (1 from 4096 px)")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    rows = []
    for config in args.configs.split(","):
        size, tile = (int(v) for v in config.split(":"))
        row = run(args, size, tile, 1 if size >= 4096 else args.steps)
        print(json.dumps(row), flush=True)
        rows.append(row)
    print("\n| Size | Tiles | Picture | s/step | Peak RSS | Predicted |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        if "error" in r:
            print(f"| {r['size']} | {r['tile'] or 'whole'} | | | {r['error']} | |")
            continue
        print(f"| {r['size']} | {r['tile'] or 'whole'} | {r['width']} x {r['height']} | {r['seconds_per_step']} | "
              f"{r['peak_rss_mib'] / 1024:.2f} GB | {(r['predicted_mib'] or 0) / 1024:.2f} GB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Old L-BFGS against the new one and Adam, pair by pair (issue 17).

For every pair of bench/pairs.py (or those named with --pairs) and every app build/optimiser given
with --run NAME=CLI[:EXTRA OPTIONS], runs the app's default run (L-BFGS unless the extra options
say otherwise, automatic scales and precision, --steps) on the same pixels the original optimises
(content and style squashed as bench/original.py loads them, saved as PNG, like
bench/time_to_quality.py), and prints one JSON line per run: the whole wall time, the judged loss
(bench/score.py) and, for builds that log it (QT_LOGGING_RULES nss.engine.schedule), each scale's
steps and its own loss reduction. --original-dir DIR/PAIR-SIZE adds the original's judged loss
of its last frame there, when it exists.

    /usr/bin/python3 bench/compare_optimisers.py --weights build/ci/fixtures/vgg19-legacy.pth \\
        --pairs-dir /tmp/nss-pairs --size 256 --steps 300 \\
        --run old=/tmp/old-neural-style --run new=build/ci/app/neural-style \\
        --run adam=build/ci/app/neural-style:"--optimizer adam" --out /tmp/nss-compare

Among the extra options, words NAME=VALUE in capitals set the app's environment instead, e.g.
--run bf16=build/ci/app/neural-style:"NSS_LBFGS_HISTORY_BF16=1 --lbfgs-history 10".
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

SCALE_LINE = re.compile(r"scale (\d+)x(\d+): steps (\d+)-(\d+), loss ([-0-9.e+na]+) -> ([-0-9.e+na]+) "
                        r"\(([-0-9.na]+) % lower\), (\w+)")


ENV_WORD = re.compile(r"^[A-Z][A-Z0-9_]*=")
STEP_LINE = re.compile(r"step (\d+)/(\d+)\s+loss ([-0-9.e+na]+)")


def frame_scales(stderr, size, steps):
    """The old even split (automatic: 3 scales at 512 px, 2 at 256): each scale's first and last frame
    loss. Approximate: the first frame is 10 evaluations into the scale."""
    count = 1
    while count < 3 and (size >> count) >= 128:
        count += 1
    frames = [(int(m[0]), float(m[2])) for m in STEP_LINE.findall(stderr)]
    ends = [(i + 1) * (steps // count) for i in range(count - 1)] + [steps]
    scales, begin = [], 0
    for end in ends:
        inside = [loss for step, loss in frames if begin < step <= end]
        if inside:
            scales.append({"steps": f"{begin + 1}-{end}", "from": inside[0], "to": inside[-1],
                           "lower_percent": round(100 * (inside[0] - inside[-1]) / inside[0], 1),
                           "end": "frames (approximate)"})
        begin = end
    return scales


def run_app(cli, extra, weights, content, style, output, size, steps, threads):
    command = [cli, "--weights", weights, "--content", content, "--style", style, "--output", output,
               "--size", str(size), "--steps", str(steps), "--content-weight", "1", "--style-weight", "1e6",
               "--tv-weight", "0", "--threads", str(threads)] + [e for e in extra if not ENV_WORD.match(e)]
    # Words NAME=VALUE among the extra options (NSS_LBFGS_HISTORY_BF16=1) set the app's environment.
    env = dict(os.environ, QT_LOGGING_RULES="nss.engine.schedule.info=true",
               **dict(e.split("=", 1) for e in extra if ENV_WORD.match(e)))
    start = time.perf_counter()
    done = subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    seconds = time.perf_counter() - start
    if not SCALE_LINE.search(done.stderr):  # an old build: per-scale figures from its frames (every 10 steps)
        return seconds, frame_scales(done.stderr, size, steps), command
    scales = [{"size": f"{m[1]}x{m[2]}", "steps": f"{m[3]}-{m[4]}", "from": float(m[5]), "to": float(m[6]),
               "lower_percent": float(m[7]), "end": m[8]} for m in SCALE_LINE.finditer(done.stderr)]
    return seconds, scales, command


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--pairs-dir", required=True, help="bench/pairs.py --out")
    parser.add_argument("--pairs", default="", help="comma-separated pair names (default: all in --pairs-dir)")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--run", action="append", required=True, help="NAME=CLI[:EXTRA OPTIONS]")
    parser.add_argument("--original-dir", default="", help="folder of bench/original.py runs, as PAIR-SIZE")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = args.pairs.split(",") if args.pairs else sorted(
        os.path.basename(p)[len("content-"):-len(".png")] for p in glob.glob(os.path.join(args.pairs_dir, "content-*.png")))
    runs = []
    for spec in args.run:
        name, rest = spec.split("=", 1)
        cli, _, extra = rest.partition(":")
        runs.append((name, cli, extra.split()))
    for pair in names:
        content_src = os.path.join(args.pairs_dir, f"content-{pair}.png")
        style_src = os.path.join(args.pairs_dir, f"style-{pair}.png")
        content = os.path.join(args.out, f"content-{pair}-{args.size}.png")
        style = os.path.join(args.out, f"style-{pair}-{args.size}.png")
        score.original.save_png(score.original.load(content_src, args.size), content)
        score.original.save_png(score.original.load(style_src, args.size), style)
        judge = score.Judge(args.weights, content_src, style_src)
        line = {"pair": pair, "size": args.size, "steps": args.steps}
        start = score.Judge(args.weights, content_src, style_src).score(content)["total"]
        line["start_loss"] = start
        if args.original_dir:
            frames = sorted(glob.glob(os.path.join(args.original_dir, f"{pair}-{args.size}", "frame-*.png")))
            if frames:
                line["original"] = {"frame": os.path.basename(frames[-1]), "loss": judge.score(frames[-1])["total"]}
        for name, cli, extra in runs:
            output = os.path.join(args.out, f"{name}-{pair}-{args.size}-{args.steps}.png")
            seconds, scales, _ = run_app(cli, extra, args.weights, content, style, output, args.size, args.steps,
                                         args.threads)
            line[name] = {"seconds": round(seconds, 1), "loss": judge.score(output)["total"], "scales": scales}
            print(json.dumps({"pair": pair, "run": name, **line[name]}), file=sys.stderr, flush=True)
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

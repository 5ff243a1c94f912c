#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where an unfinished original is heading: a projection, never a substitute for the measurement.

bench/time_to_quality.py needs the original's final frame (6000 Adam steps: 4.4 hours at 512 px on
2 cores, longer than a session). Until it exists, this script judges the frames the original has
saved so far (bench/score.py, the same judge) and projects the judged loss at --final-step two ways:

- fit: judged(step) = a + b * step^-c, fitted to the frames from --from-step on (a grid over a, least
  squares for b and c in log space);
- ratio: when --reference-dir holds a finished original at another size, the judged loss of the
  newest frame times the reference's judged(final) / judged(same step).

With a reference, the fit is also made on the reference's frames over the same steps and checked
against the reference's real final frame: that error says how far to trust the fit.

    /usr/bin/python3 bench/project_original.py --weights build/ci/fixtures/vgg19-legacy.pth \\
        --content SQUARE.png --style resources/samples/style-swirls.jpg \\
        --original-dir full-512 --reference-dir full-256
"""
import argparse
import glob
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def judged_frames(judge, folder):
    frames = {}
    for path in sorted(glob.glob(os.path.join(folder, "frame-*.png"))):
        match = re.search(r"frame-(\d+)\.png$", path)
        if match:
            frames[int(match.group(1))] = judge.score(path)["total"]
    return frames


def fit_power_law(frames, first, last):
    """Returns (a, b, c) of a + b * step^-c fitted to the frames with first <= step <= last."""
    steps = np.array([s for s in sorted(frames) if first <= s <= last], dtype=float)
    if len(steps) < 4:
        raise ValueError(f"a fit needs at least 4 frames from step {first} on, there are {len(steps)}")
    losses = np.array([frames[int(s)] for s in steps])
    design = np.vstack([np.ones_like(steps), -np.log(steps)]).T
    best = None
    for a in np.linspace(0.0, losses.min() * 0.999, 2000):
        target = np.log(losses - a)
        solution, _, _, _ = np.linalg.lstsq(design, target, rcond=None)
        residual = float(np.sum((design @ solution - target) ** 2))
        if best is None or residual < best[0]:
            best = (residual, a, float(np.exp(solution[0])), float(solution[1]))
    return best[1:]


def at(params, step):
    a, b, c = params
    return a + b * step ** (-c)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--style", required=True)
    parser.add_argument("--original-dir", required=True, help="the unfinished original's frames")
    parser.add_argument("--reference-dir", default="", help="a finished original's frames (another size)")
    parser.add_argument("--from-step", type=int, default=300, help="fit from this step on")
    parser.add_argument("--final-step", type=int, default=6000)
    args = parser.parse_args()

    judge = score.Judge(args.weights, args.content, args.style)
    frames = judged_frames(judge, args.original_dir)
    if not frames:
        sys.exit(f"project_original: no frames in {args.original_dir}")
    newest = max(frames)
    print(json.dumps({"original": args.original_dir, "judged": {str(s): frames[s] for s in sorted(frames)}}))
    try:
        params = fit_power_law(frames, args.from_step, newest)
    except ValueError as error:
        sys.exit(f"project_original: {error}")
    result = {"newest_step": newest, "newest_judged": frames[newest],
              "fit": {"a": params[0], "b": params[1], "c": params[2]},
              "fit_projection": at(params, args.final_step)}
    if args.reference_dir:
        reference = judged_frames(judge, args.reference_dir)
        final = reference.get(args.final_step)
        if final is None or newest not in reference:
            sys.exit(f"project_original: {args.reference_dir} needs frames at steps {newest} and {args.final_step}")
        check = fit_power_law(reference, args.from_step, newest)
        result.update({"reference_final": final,
                       "reference_fit_projection": at(check, args.final_step),
                       "reference_fit_error": at(check, args.final_step) / final - 1.0,
                       "ratio_projection": frames[newest] * final / reference[newest]})
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

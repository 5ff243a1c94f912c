#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Video (issue 23): seconds per frame for the first and the following frames at 256 and 512 px,
and the temporal error with the temporal loss against every frame painted on its own, in one run.

The clip is made here (never committed): a python3-skimage photo panned and slowly zoomed over
--seconds seconds at --fps, with a sine tone, H.264 in MP4 through the ffmpeg program. Each
configuration runs `neural-style --content clip.mp4 ... --output out.mp4`, whose last line gives
the mean temporal error (the issue's metric: each output frame against the previous output
warped by the content's optical flow, over the pixels the flow trusts) and the mean seconds of the
first and of the later frames. Prints one JSON line per configuration, then a Markdown table for
docs/PERFORMANCE.md.

    /usr/bin/python3 bench/video.py --cli build/ci/app/neural-style \\
        --weights build/ci/fixtures/vgg19-legacy.pth --style ../shared/gallery/hokusai-great-wave.jpg
"""
import argparse
import json
import os
import re
import subprocess
import tempfile
import time

import numpy as np
from PIL import Image
from skimage import data

# (size, mode, frames): mode "temporal" is the app's default, "each" every frame on its own (each
# a whole default run: 6 frames of it take as long as the 16 frames with the temporal loss), and
# "stepsN" the temporal loss with N steps for each later frame (--frame-steps N; the default is 60).
DEFAULT_CONFIGS = "256:temporal:0,256:each:6,512:temporal:3"


def make_clip(folder, seconds, fps, photo):
    picture = Image.fromarray(getattr(data, photo)()).convert("RGB")
    big = picture.resize((picture.width * 2, picture.height * 2), Image.LANCZOS)
    frames = int(round(seconds * fps))
    w, h = 640, 360
    for i in range(frames):
        t = i / max(frames - 1, 1)
        scale = 1.0 - 0.15 * t  # a slow zoom in, with a pan to the right and down
        cw, ch = int(w * scale * 1.4), int(h * scale * 1.4)
        x, y = int(40 + 180 * t), int(60 + 60 * t)
        big.crop((x, y, x + cw, y + ch)).resize((w, h), Image.LANCZOS).save(os.path.join(folder, "f%03d.png" % i))
    clip = os.path.join(folder, "clip.mp4")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-framerate", str(fps), "-i", os.path.join(folder, "f%03d.png"),
                    "-f", "lavfi", "-i", "sine=frequency=440:duration=%g" % seconds, "-c:v", "libx264", "-pix_fmt",
                    "yuv420p", "-c:a", "aac", "-shortest", clip], check=True)
    return clip, frames


def run(args, clip, folder, size, mode, frames):
    out = os.path.join(folder, "out-%d-%s.mp4" % (size, mode))
    cmd = [args.cli, "--content", clip, "--style", args.style, "--weights", args.weights, "--size", str(size),
           "--threads", str(args.threads), "--output", out]
    if mode == "each":
        cmd.append("--independent-frames")
    elif mode.startswith("steps"):
        cmd += ["--frame-steps", mode[len("steps"):]]
    if frames:
        cmd += ["--frames", str(frames)]
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        return {"size": size, "mode": mode, "error": proc.stderr.strip().splitlines()[-1:]}
    m = re.search(r"\((\d+) frames\)\. Temporal error ([0-9.e+-]+); ([0-9.]+) s for the first frame, ([0-9.]+) s for each later",
                  proc.stderr)
    # Each frame's content and style loss (the temporal term left out): the later frames' mean
    # against the first frame's says how far their steps took them.
    losses = [float(c) + float(st) for c, st in re.findall(r"frame \d+ done: content ([0-9.e+-]+), style ([0-9.e+-]+)", proc.stderr)]
    later = losses[1:]
    return {"size": size, "mode": mode, "frames": int(m.group(1)), "temporal_error": float(m.group(2)),
            "first_frame_s": float(m.group(3)), "later_frame_s": float(m.group(4)), "wall_s": round(wall, 1),
            "first_frame_loss": losses[0] if losses else None,
            "later_frame_loss": sum(later) / len(later) if later else None}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--style", required=True)
    parser.add_argument("--photo", default="astronaut", help="a python3-skimage data image")
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--fps", type=int, default=8)
    parser.add_argument("--configs", default=DEFAULT_CONFIGS, help="size:temporal|each:frames,... (frames 0: all)")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        clip, count = make_clip(folder, args.seconds, args.fps, args.photo)
        print(json.dumps({"clip": "%s, %d frames at %d fps, 640x360" % (args.photo, count, args.fps)}), flush=True)
        rows = []
        for config in args.configs.split(","):
            size, mode, frames = config.split(":")
            row = run(args, clip, folder, int(size), mode, int(frames))
            print(json.dumps(row), flush=True)
            rows.append(row)
    print("\n| Size | Frames | Mode | First frame | Each later frame | Temporal error | Loss, first frame | Loss, later frames (mean) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        if "error" in r:
            print("| %d | | %s | failed: %s | | | | |" % (r["size"], r["mode"], r["error"]))
            continue
        loss = lambda v: "%.4g" % v if v is not None else ""
        print("| %d px | %d | %s | %.1f s | %.1f s | %.3g | %s | %s |" % (
            r["size"], r["frames"], r["mode"], r["first_frame_s"], r["later_frame_s"], r["temporal_error"],
            loss(r["first_frame_loss"]), loss(r["later_frame_loss"])))


if __name__ == "__main__":
    main()

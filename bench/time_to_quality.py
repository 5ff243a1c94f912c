#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time to quality: how long the app takes to reach the picture quality of the original algorithm.

The original (bench/original.py --run-steps 6000: Adam, 6000 steps, a frame every 100) leaves its
frames and log.jsonl in ORIGINAL_DIR. bench/score.py judges every image the same way (the original's
loss of the saved 8-bit picture). The target is the judged loss of the original's last frame. The app
(`neural-style`, its defaults: L-BFGS, automatic multi-scale and precision) is then run with
increasing --steps on the same pixels the original optimises (the content and style as the original's
loader resizes them, saved as PNG: resampling differences would otherwise dominate the judged style
loss); each run's whole wall time (process start to file written, weights loading
included) and its judged loss are recorded, and the first run at or below the target gives the app's
time to quality. The original's time is its per-step time (measured by the caller on an idle machine,
--original-seconds-per-step, from `bench/original.py --sizes N --steps 6`) times its steps, or the
wall time in its log when that is not given.

With --frame-every K each run also saves a frame every K steps, and each frame's time is its file's
modification time minus the process start: the first frame at or below the target is when that one
run reached it (a default run's own time to quality, without shorter runs that plan their scales
differently). --target-loss gives the target as a number (the judged loss of an original whose
frames are gone; --original-steps and --original-seconds-per-step then give its time) instead of
--original-dir.

An original that takes longer than a session (6000 steps at 512 px is 4.4 hours on 2 cores) can be
judged later: run the app now with --keep DIR --all-steps on an idle machine (each picture's wall
time is kept beside it), and once the original has finished, run again with --keep DIR --reuse to
judge the kept pictures against its final frame without running the app again.

    /usr/bin/python3 bench/time_to_quality.py --weights build/ci/fixtures/vgg19-legacy.pth \\
        --cli build/ci/app/neural-style --content C --style S --size 128 \\
        --original-dir ORIGINAL_DIR --original-seconds-per-step 0.14 --steps 20,40,80,160,320
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

SPEEDUP_TARGET = 25  # issue 17 at 256 px: at most 1/25 of the original's time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--cli", required=True, help="the neural-style executable")
    parser.add_argument("--content", required=True)
    parser.add_argument("--style", required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--original-dir", default="")
    parser.add_argument("--original-seconds-per-step", type=float, default=0.0)
    parser.add_argument("--target-loss", type=float, default=0.0,
                        help="the original's judged loss, instead of judging --original-dir's last frame")
    parser.add_argument("--original-steps", type=int, default=6000, help="with --target-loss: its steps")
    parser.add_argument("--frame-every", type=int, default=0,
                        help="also save a frame every K steps and judge each with its time since the process started")
    parser.add_argument("--steps", default="20,40,80,160,320", help="the app's step counts to try, ascending")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--cli-args", default="", help="extra neural-style options, e.g. \"--optimizer adam\"")
    parser.add_argument("--keep", default="", help="folder to keep the app's pictures (and their timings) in")
    parser.add_argument("--all-steps", action="store_true",
                        help="run every step count, not only up to the first that reaches the target")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: judge pictures a previous run kept, with their recorded wall time, "
                             "instead of running the app again (for an original that finished later)")
    args = parser.parse_args()
    if args.reuse and not args.keep:
        sys.exit("time_to_quality: --reuse needs --keep")
    if args.reuse and args.frame_every:
        sys.exit("time_to_quality: --frame-every cannot be judged again with --reuse")
    if bool(args.original_dir) == (args.target_loss > 0):
        sys.exit("time_to_quality: give either --original-dir or --target-loss")
    if args.target_loss > 0 and args.original_seconds_per_step <= 0:
        sys.exit("time_to_quality: --target-loss needs --original-seconds-per-step")

    judge = score.Judge(args.weights, args.content, args.style)
    if args.target_loss > 0:
        target = args.target_loss
        original_seconds = args.original_seconds_per_step * args.original_steps
        print(json.dumps({"original_steps": args.original_steps, "original_seconds": round(original_seconds, 1),
                          "target_loss": target}), flush=True)
    else:
        frames = sorted(glob.glob(os.path.join(args.original_dir, "frame-*.png")))
        if not frames:
            sys.exit(f"time_to_quality: no frames in {args.original_dir}")
        log = [json.loads(line) for line in open(os.path.join(args.original_dir, "log.jsonl"))]
        last = log[-1]
        target = judge.score(frames[-1])["total"]
        original_seconds = (args.original_seconds_per_step * last["step"] if args.original_seconds_per_step > 0
                            else last["seconds"])
        print(json.dumps({"original_steps": last["step"], "original_seconds": round(original_seconds, 1),
                          "original_logged_seconds": last["seconds"], "original_threads": last.get("threads"),
                          "target_loss": target}), flush=True)

    out_dir = args.keep or tempfile.mkdtemp(prefix="nss-ttq-")
    os.makedirs(out_dir, exist_ok=True)
    content = os.path.join(out_dir, f"content-{args.size}.png")
    style = os.path.join(out_dir, f"style-{args.size}.png")
    score.original.save_png(score.original.load(args.content, args.size), content)
    score.original.save_png(score.original.load(args.style, args.size), style)
    reached = None
    for steps in [int(s) for s in args.steps.split(",")]:
        output = os.path.join(out_dir, f"ours-{args.size}-{steps}.png")
        timing = os.path.join(out_dir, f"ours-{args.size}-{steps}.json")
        if args.reuse and os.path.exists(output) and os.path.exists(timing):
            with open(timing) as f:
                seconds = json.load(f)["seconds"]
        else:
            command = [args.cli, "--weights", args.weights, "--content", content, "--style", style,
                       "--output", output, "--size", str(args.size), "--steps", str(steps),
                       "--content-weight", "1", "--style-weight", "1e6", "--tv-weight", "0",
                       "--threads", str(args.threads)] + args.cli_args.split()
            frames_dir = os.path.join(out_dir, f"ours-{args.size}-{steps}-frames")
            if args.frame_every:
                shutil.rmtree(frames_dir, ignore_errors=True)
                command += ["--save-every", str(args.frame_every), "--frames-dir", frames_dir]
            started = time.time()  # the frames' modification times are on this clock
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            seconds = time.perf_counter() - start
            with open(timing, "w") as f:
                json.dump({"steps": steps, "seconds": seconds, "command": command,
                           "measured": time.strftime("%Y-%m-%d %H:%M:%S")}, f)
        if args.frame_every:
            first = None
            for frame in sorted(glob.glob(os.path.join(frames_dir, "frame-*.png"))):
                frame_loss = judge.score(frame)["total"]
                frame_line = {"steps": steps, "frame": int(os.path.basename(frame)[6:-4]),
                              "seconds": round(os.path.getmtime(frame) - started, 2), "loss": frame_loss,
                              "reached": frame_loss <= target}
                print(json.dumps(frame_line), flush=True)
                if frame_line["reached"] and first is None:
                    first = frame_line
            if first:
                print(json.dumps({"steps": steps, "first_frame_reached": first["frame"], "seconds": first["seconds"],
                                  "speedup": round(original_seconds / first["seconds"], 1),
                                  "target_met": first["seconds"] * SPEEDUP_TARGET <= original_seconds}), flush=True)
        judged = judge.score(output)
        line = {"steps": steps, "seconds": round(seconds, 2), "loss": judged["total"],
                "reached": judged["total"] <= target, "speedup": round(original_seconds / seconds, 1)}
        print(json.dumps(line), flush=True)
        if judged["total"] <= target and reached is None:
            reached = line
            if not args.all_steps:
                break
    print(json.dumps({"size": args.size, "target_loss": target, "original_seconds": round(original_seconds, 1),
                      "app_seconds": reached["seconds"] if reached else None,
                      "app_steps": reached["steps"] if reached else None,
                      "ratio": round(original_seconds / reached["seconds"], 1) if reached else None,
                      "target_met": bool(reached) and reached["seconds"] * SPEEDUP_TARGET <= original_seconds}), flush=True)
    return 0 if reached else 1


if __name__ == "__main__":
    sys.exit(main())

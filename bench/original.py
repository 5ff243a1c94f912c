#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The original algorithm (Gatys et al. 2016 as PyTorch's tutorial writes it), for timing.

Adam on the image, initialised from the content; content conv4_2, style conv1_1 ... conv5_1
(rectified responses), Gram G = F F^T / (C*H*W), MSE losses; VGG-19 from a torchvision-layout
weights file; both images squashed to size x size, as the original does. Prints one JSON line per
size with the median seconds per step, like `nss-bench`.

    /usr/bin/python3 bench/original.py --weights build/ci/fixtures/vgg19-legacy.pth --sizes 256 512

With --run-steps N it instead runs the whole original (e.g. 6000 Adam steps) at one size, writing
frame-NNNNNN.png every --save-every steps into --frames-dir and one JSON line per frame to
DIR/log.jsonl (step, wall seconds since start, loss); bench/time_to_quality.py scores them.
--resume checkpoints at every frame and continues an interrupted run from its last frame.
"""
import argparse
import json
import os
import resource
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from torchvision.io import ImageReadMode, read_image

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "resources", "samples")


def gram(x):
    b, c, h, w = x.shape
    f = x.reshape(b * c, h * w)
    return f @ f.t() / (c * h * w)


class ContentLoss(nn.Module):
    def __init__(self, target):
        super().__init__()
        self.target = target.detach()
        self.loss = None

    def forward(self, x):
        self.loss = F.mse_loss(x, self.target)
        return x


class StyleLoss(nn.Module):
    def __init__(self, target):
        super().__init__()
        self.target = gram(target).detach()
        self.loss = None

    def forward(self, x):
        self.loss = F.mse_loss(gram(x), self.target)
        return x


class Normalization(nn.Module):
    def __init__(self):
        super().__init__()
        self.mean = torch.tensor([0.485, 0.456, 0.406]).view(-1, 1, 1)
        self.std = torch.tensor([0.229, 0.224, 0.225]).view(-1, 1, 1)

    def forward(self, img):
        return (img - self.mean) / self.std


def build(weights, content, style):
    """The tutorial's model: normalisation, VGG layers, loss modules after the chosen ReLUs."""
    vgg = torchvision.models.vgg19()
    vgg.load_state_dict(torch.load(weights, map_location="cpu"))
    features = vgg.features.eval()
    for p in features.parameters():
        p.requires_grad_(False)
    model = nn.Sequential(Normalization())
    content_losses, style_losses = [], []
    block, conv = 1, 0
    for layer in features.children():
        if isinstance(layer, nn.Conv2d):
            conv += 1
            name = f"conv{block}_{conv}"
            model.add_module(name, layer)
            continue
        if isinstance(layer, nn.ReLU):
            model.add_module(f"relu{block}_{conv}", nn.ReLU(inplace=False))
            if name == "conv4_2":
                target = model(content).detach()
                loss = ContentLoss(target)
                model.add_module("content_loss", loss)
                content_losses.append(loss)
            if name in ("conv1_1", "conv2_1", "conv3_1", "conv4_1", "conv5_1"):
                target = model(style).detach()
                loss = StyleLoss(target)
                model.add_module(f"style_loss_{block}", loss)
                style_losses.append(loss)
            if name == "conv5_1":
                break
            continue
        model.add_module(f"pool{block}", layer)
        block, conv = block + 1, 0
    return model, content_losses, style_losses


def load(path, size):
    return load_size(path, size, size)


def load_size(path, height, width):
    img = read_image(path, ImageReadMode.RGB).float().div(255).unsqueeze(0)
    return F.interpolate(img, size=(height, width), mode="bilinear", align_corners=False, antialias=True)


def save_png(image, path):
    pixels = image.detach().clamp(0, 1).mul(255).round().to(torch.uint8).squeeze(0)
    torchvision.io.write_png(pixels, path)


def run_whole(args):
    """The original as users run it: every step timed from the start, frames saved as it goes.

    With --resume, a checkpoint (picture, Adam's state, step, wall seconds so far) written beside
    every frame lets a long run (6000 steps at 512 px is 4-5 hours on 2 cores) go on in a later
    process from its last frame; the continued run is the same computation, step for step.
    """
    os.makedirs(args.frames_dir, exist_ok=True)
    size = args.sizes[0]
    start = time.perf_counter()
    content, style = load(args.content, size), load(args.style, size)
    model, content_losses, style_losses = build(args.weights, content, style)
    image = content.clone().requires_grad_(True)
    optimizer = torch.optim.Adam([image], lr=args.lr)
    checkpoint_path = os.path.join(args.frames_dir, "checkpoint.pt")
    first_step, earlier_seconds = 1, 0.0
    if args.resume and os.path.exists(checkpoint_path):
        saved = torch.load(checkpoint_path)
        if saved["size"] != size or saved["run_steps"] != args.run_steps:
            sys.exit(f"{checkpoint_path} is from a run at {saved['size']} px for {saved['run_steps']} steps")
        with torch.no_grad():
            image.copy_(saved["image"])
        optimizer.load_state_dict(saved["optimizer"])
        first_step, earlier_seconds = saved["step"] + 1, saved["seconds"]
        print(f"resuming at step {first_step} ({earlier_seconds:.0f} s so far)", flush=True)
    log_path = os.path.join(args.frames_dir, "log.jsonl")
    if first_step > 1:  # drop lines a killed run wrote after its last checkpoint: they are redone
        with open(log_path) as old_log:
            kept = [line for line in old_log if json.loads(line)["step"] < first_step]
        with open(log_path, "w") as log:
            log.writelines(kept)
    with open(log_path, "a" if first_step > 1 else "w") as log:
        for step in range(first_step, args.run_steps + 1):
            optimizer.zero_grad()
            model(image)
            loss = sum(l.loss for l in content_losses) + args.style_weight * sum(l.loss for l in style_losses)
            loss.backward()
            optimizer.step()
            if step % args.save_every == 0 or step == args.run_steps:
                seconds = earlier_seconds + time.perf_counter() - start
                save_png(image, os.path.join(args.frames_dir, f"frame-{step:06d}.png"))
                log.write(json.dumps({"step": step, "seconds": round(seconds, 3),
                                      "loss": loss.item(), "size": size,
                                      "threads": torch.get_num_threads()}) + "\n")
                log.flush()
                if args.resume:
                    partial = checkpoint_path + ".part"
                    torch.save({"size": size, "run_steps": args.run_steps, "step": step, "seconds": seconds,
                                "image": image.detach().clone(), "optimizer": optimizer.state_dict()}, partial)
                    os.replace(partial, checkpoint_path)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--content", default=os.path.join(SAMPLES, "content-lake.jpg"))
    parser.add_argument("--style", default=os.path.join(SAMPLES, "style-swirls.jpg"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[256, 512])
    parser.add_argument("--steps", type=int, default=10, help="timed steps, after 2 warm-up steps")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--lr", type=float, default=0.02)
    parser.add_argument("--style-weight", type=float, default=1e6)
    parser.add_argument("--run-steps", type=int, default=0, help="run this many steps at the first size, saving frames")
    parser.add_argument("--save-every", type=int, default=100)
    parser.add_argument("--frames-dir", default="original-frames")
    parser.add_argument("--resume", action="store_true",
                        help="with --run-steps: checkpoint at every frame and go on from FRAMES_DIR's checkpoint")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.run_steps > 0:
        return run_whole(args)

    for size in args.sizes:
        content, style = load(args.content, size), load(args.style, size)
        model, content_losses, style_losses = build(args.weights, content, style)
        image = content.clone().requires_grad_(True)
        optimizer = torch.optim.Adam([image], lr=args.lr)
        times, loss_value = [], None
        for step in range(args.steps + 2):
            start = time.perf_counter()
            optimizer.zero_grad()
            model(image)
            loss = sum(l.loss for l in content_losses) + args.style_weight * sum(l.loss for l in style_losses)
            loss.backward()
            optimizer.step()
            loss_value = loss.item()
            if step >= 2:
                times.append(time.perf_counter() - start)
        print(json.dumps({
            "impl": "python-original", "size": size, "steps": args.steps, "optimizer": "adam",
            "threads": torch.get_num_threads(), "seconds_per_step": round(statistics.median(times), 4),
            "last_loss": loss_value,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

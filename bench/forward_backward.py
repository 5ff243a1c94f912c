#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What share of a step the forward pass is (issue 20's work model for tiles, docs/PERFORMANCE.md,
"Print sizes, fourth run").

VGG-19's convolutions up to conv5_1 (torchvision's layout, max pooling, frozen weights: random, the
timing does not depend on them), one picture of --size x --size, in fp32 and bf16. For each: the
median seconds of a forward pass without autograd (pass 1 of a tiled step), a forward pass with
autograd, and the backward pass to the pixels (pass 2). A tiled step of n tiles costs about
(pixels through the network) x (1 + f (n - 1) / n) whole steps, f being the forward's share of a
step with autograd. Prints one JSON line per precision.

    /usr/bin/python3 bench/forward_backward.py --size 768 --threads 2
"""
import argparse
import json
import statistics
import time

import torch
import torchvision


def network():
    """VGG-19's features up to conv5_1's ReLU (torchvision's own definition, random weights), frozen."""
    net = torchvision.models.vgg19().features[:30]
    for p in net.parameters():
        p.requires_grad_(False)
    return net


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=768)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats after one warm-up")
    args = parser.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(args.threads)
    for dtype in (torch.float32, torch.bfloat16):
        net = network().to(dtype)
        picture = torch.rand(1, 3, args.size, args.size, dtype=dtype)
        times = {"forward_no_grad": [], "forward": [], "backward": []}
        for repeat in range(args.repeats + 1):
            def no_grad():
                with torch.no_grad():
                    net(picture)
            t0 = timed(no_grad)
            x = picture.clone().requires_grad_(True)
            out = {}
            t1 = timed(lambda: out.setdefault("y", net(x)))
            t2 = timed(lambda: out["y"].sum().backward())
            if repeat > 0:
                for key, t in zip(times, (t0, t1, t2)):
                    times[key].append(t)
        medians = {key: round(statistics.median(v), 3) for key, v in times.items()}
        share = medians["forward"] / (medians["forward"] + medians["backward"])
        print(json.dumps({"precision": str(dtype).replace("torch.", ""), "size": args.size, "threads": args.threads,
                          **medians, "forward_share": round(share, 3)}), flush=True)


if __name__ == "__main__":
    main()

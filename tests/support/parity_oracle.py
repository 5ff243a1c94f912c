#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""PyTorch's own numbers for the style-transfer objective, for tst_parity.

Builds torchvision's vgg19().features from a weights file (torchvision layout), truncates it,
optionally swaps max for average pooling, and for fixed inputs writes: the rectified features at
each chosen layer, their Gram matrices, the blended style targets, each weighted loss term, the
gradient with respect to the image, two Adam steps and one L-BFGS step (every loss it evaluates).

The implementation is deliberately the textbook one (torchvision's own modules in an
nn.Sequential, in-place ReLUs included) so that it checks the C++ code rather than mirrors it.

Output: raw little-endian float32 files plus manifest.json (name -> file, shape; the cases).
"""
import argparse
import json
import os
import sys

import torch
import torch.nn.functional as F
import torchvision

CONV_INDEX = {
    "conv1_1": 0, "conv1_2": 2, "conv2_1": 5, "conv2_2": 7,
    "conv3_1": 10, "conv3_2": 12, "conv3_3": 14, "conv3_4": 16,
    "conv4_1": 19, "conv4_2": 21, "conv4_3": 23, "conv4_4": 25,
    "conv5_1": 28, "conv5_2": 30, "conv5_3": 32, "conv5_4": 34,
}

STYLE5 = ["conv1_1", "conv2_1", "conv3_1", "conv4_1", "conv5_1"]

# Each case: pooling, layers with their weights, term weights, which style images, blend weights.
CASES = {
    "max": {
        "pooling": "max",
        "content_layers": [["conv4_2", 1.0]],
        "style_layers": [[n, w] for n, w in zip(STYLE5, [1.0, 0.8, 0.6, 0.4, 0.2])],
        "weights": [1.0, 1.0e6, 0.5],
        "styles": [0],
        "blend": [1.0],
    },
    "avg": {
        "pooling": "avg",
        "content_layers": [["conv2_2", 0.5], ["conv4_2", 1.0]],
        "style_layers": [[n, 1.0] for n in STYLE5],
        "weights": [1.0, 1.0e6, 0.0],
        "styles": [0],
        "blend": [1.0],
    },
    "blend": {
        "pooling": "max",
        "content_layers": [["conv4_2", 1.0]],
        "style_layers": [[n, 1.0] for n in STYLE5],
        "weights": [2.0, 5.0e5, 1.0],
        "styles": [0, 1],
        "blend": [3.0, 1.0],  # unnormalised on purpose: the objective normalises to 0.75 / 0.25
    },
    # Region masks (issue 21): two styles with soft, overlapping masks that leave a corner uncovered
    # (the blend applies there), and a soft keep-the-photo mask. Loss and gradient only.
    "masked": {
        "pooling": "max",
        "content_layers": [["conv4_2", 1.0]],
        "style_layers": [[n, 1.0] for n in STYLE5],
        "weights": [1.0, 1.0e6, 0.0],
        "styles": [0, 1],
        "blend": [1.0, 2.0],
        "style_masks": ["mask/left", "mask/right"],
        "keep_mask": None,
        "steps": False,
    },
    "masked_keep": {
        "pooling": "max",
        "content_layers": [["conv4_2", 1.0]],
        "style_layers": [[n, 1.0] for n in STYLE5],
        "weights": [1.0, 1.0e6, 0.0],
        "styles": [0, 1],
        "blend": [1.0, 1.0],
        "style_masks": [None, "mask/right"],
        "keep_mask": "mask/keep",
        "steps": False,
    },
    # Source masks (issue 21): only part of each painting is used, its Gram weighted by the mask
    # pooled to the layer; with a style mask over the output as well.
    "source_masked": {
        "pooling": "max",
        "content_layers": [["conv4_2", 1.0]],
        "style_layers": [[n, 1.0] for n in STYLE5],
        "weights": [1.0, 1.0e6, 0.0],
        "styles": [0, 1],
        "blend": [1.0, 2.0],
        "source_masks": ["smask/0", "smask/1"],
        "style_masks": ["mask/left", None],
        "keep_mask": None,
        "steps": False,
    },
}

KEEP_CONTENT_BOOST = 10.0  # docs/ALGORITHM.md, "Masks"

MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


class Writer:
    def __init__(self, out):
        self.out = out
        self.tensors = {}

    def put(self, name, tensor):
        t = tensor.detach().to(torch.float32).contiguous()
        file = name.replace("/", "__") + ".bin"
        with open(os.path.join(self.out, file), "wb") as f:
            f.write(t.numpy().astype("<f4").tobytes())
        self.tensors[name] = {"file": file, "shape": list(t.shape)}


def build_features(state, pooling, deepest):
    vgg = torchvision.models.vgg19()
    vgg.load_state_dict(state)
    layers = list(vgg.features.children())[: deepest + 2]  # up to the ReLU after the deepest conv
    if pooling == "avg":
        layers = [torch.nn.AvgPool2d(2, 2) if isinstance(m, torch.nn.MaxPool2d) else m for m in layers]
    net = torch.nn.Sequential(*layers).eval()
    for p in net.parameters():
        p.requires_grad_(False)
    return net


def extract(net, image, names):
    """Rectified responses (after the ReLU following each named conv), by name."""
    wanted = {CONV_INDEX[n] + 1: n for n in names}
    mean = torch.tensor(MEAN, dtype=image.dtype).view(1, 3, 1, 1)
    std = torch.tensor(STD, dtype=image.dtype).view(1, 3, 1, 1)
    x = (image - mean) / std
    out = {}
    for i, module in enumerate(net):
        x = module(x)
        if i in wanted:
            out[wanted[i]] = x.clone()  # the next in-place ReLU must not change what we keep
    return out


def gram(f):
    b, c, h, w = f.shape
    m = f.reshape(b, c, h * w)
    return torch.bmm(m, m.transpose(1, 2)) / (c * h * w)


def make_masks(h, w):
    """Soft masks over the output: a left one fading out to the right, a right one fading in and
    only over the top three quarters (so the bottom right is covered by neither), and a soft disc."""
    x = torch.linspace(0, 1, w).view(1, 1, 1, w).expand(1, 1, h, w)
    y = torch.linspace(0, 1, h).view(1, 1, h, 1).expand(1, 1, h, w)
    left = (1.5 - 2 * x).clamp(0, 1)
    right = (2 * x - 0.5).clamp(0, 1) * (y < 0.75).to(x.dtype)
    keep = (1 - ((x - 0.3) ** 2 + (y - 0.6) ** 2).sqrt() / 0.3).clamp(0, 1)
    return {"mask/left": left.contiguous(), "mask/right": right.contiguous(), "mask/keep": keep.contiguous()}


def make_source_masks(sizes):
    """Soft masks over the style images: the first's top half fading out downwards, the second's
    right two thirds, hard-edged."""
    (h0, w0), (h1, w1) = sizes
    y = torch.linspace(0, 1, h0).view(1, 1, h0, 1).expand(1, 1, h0, w0)
    x = torch.linspace(0, 1, w1).view(1, 1, 1, w1).expand(1, 1, h1, w1)
    return {"smask/0": (1.5 - 2 * y).clamp(0, 1).contiguous(), "smask/1": (x > 1 / 3).to(x.dtype).contiguous()}


def weighted_gram(f, weight, area):
    """sum over pixels of weight * f f^T, divided by C times the weight's sum."""
    b, c, h, w = f.shape
    m = f.reshape(c, h * w)
    mw = (f * weight).reshape(c, h * w)
    return (mw @ m.t()).unsqueeze(0) / (c * area)


def tv(x):
    return ((x[:, :, 1:, :] - x[:, :, :-1, :]) ** 2).mean() + ((x[:, :, :, 1:] - x[:, :, :, :-1]) ** 2).mean()


def make_objective(case, net, content, styles, masks=None):
    cw, sw, tw = case["weights"]
    c_layers = case["content_layers"]
    s_layers = case["style_layers"]
    names = sorted({n for n, _ in c_layers} | {n for n, _ in s_layers})
    with torch.no_grad():
        c_targets = extract(net, content, [n for n, _ in c_layers])
        total_blend = sum(case["blend"])
        s_targets = {}
        own_grams = []  # each style's own Gram, by layer
        sources = case.get("source_masks") or [None] * len(case["styles"])
        for si, b, source in zip(case["styles"], case["blend"], sources):
            feats = extract(net, styles[si], [n for n, _ in s_layers])

            def own(f):
                if source is None:
                    return gram(f)
                p = F.adaptive_avg_pool2d(masks[source].to(f.dtype), f.shape[2:])
                return weighted_gram(f, p, p.sum().item())

            own_grams.append({n: own(feats[n]) for n, _ in s_layers})
            for n, _ in s_layers:
                g = own_grams[-1][n] * (b / total_blend)
                s_targets[n] = g if n not in s_targets else s_targets[n] + g

    # The regions (docs/ALGORITHM.md, "Masks"): each style's mask times where style applies (not
    # kept), and where no style mask covers, the blend. Pooled to each layer by area averaging.
    style_masks = case.get("style_masks")
    keep = masks[case["keep_mask"]].to(content.dtype) if case.get("keep_mask") else None
    regions = None
    if style_masks is not None or keep is not None:
        styled = 1 - keep if keep is not None else torch.ones_like(content[:, :1])
        covered = torch.zeros_like(styled)
        regions = []
        for i, name in enumerate(style_masks or []):
            if name is None:
                continue
            m = masks[name].to(content.dtype)
            regions.append((i, m * styled))
            covered = covered + m
        regions.append((None, (1 - covered).clamp(0, 1) * styled))

    def style_layer_loss(n, f):
        if regions is None:
            return F.mse_loss(gram(f), s_targets[n])
        pooled = [(i, F.adaptive_avg_pool2d(r, f.shape[2:])) for i, r in regions]
        areas = [p.sum().item() for _, p in pooled]
        total = sum(areas)
        loss = torch.zeros((), dtype=f.dtype)
        for (i, p), area in zip(pooled, areas):
            if area <= 1e-12 * f.shape[2] * f.shape[3]:
                continue
            target = s_targets[n] if i is None else own_grams[i][n]
            loss = loss + F.mse_loss(weighted_gram(f, p, area), target) * (area / total)
        return loss

    def content_layer_loss(n, f):
        if keep is None:
            return F.mse_loss(f, c_targets[n])
        boost = 1 + (KEEP_CONTENT_BOOST - 1) * F.adaptive_avg_pool2d(keep, f.shape[2:])
        return ((f - c_targets[n]) ** 2 * boost).mean()

    def evaluate(image):
        feats = extract(net, image, names)
        content_loss = torch.zeros((), dtype=image.dtype)
        for n, w in c_layers:
            content_loss = content_loss + content_layer_loss(n, feats[n]) * w
        style_loss = torch.zeros((), dtype=image.dtype)
        for n, w in s_layers:
            style_loss = style_loss + style_layer_loss(n, feats[n]) * w
        terms = {"content": content_loss * cw, "style": style_loss * sw,
                 "tv": tv(image) * tw if tw != 0 else torch.zeros((), dtype=image.dtype)}
        terms["total"] = terms["content"] + terms["style"] + terms["tv"]
        return terms, feats

    return evaluate, c_targets, s_targets


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--adam-lr", type=float, default=0.02)
    parser.add_argument("--lbfgs-iter", type=int, default=4)
    parser.add_argument("--lbfgs-history", type=int, default=100)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.set_num_threads(1)  # the numbers must not depend on the machine's core count

    state = torch.load(args.weights, map_location="cpu")
    w = Writer(args.out)

    gen = torch.Generator().manual_seed(1234)
    content = torch.rand(1, 3, 48, 64, generator=gen)
    styles = [torch.rand(1, 3, 40, 40, generator=gen), torch.rand(1, 3, 32, 56, generator=gen)]
    # The optimised image: neither the content (whose content loss would be 0) nor noise.
    image = (0.6 * content + 0.4 * torch.rand(1, 3, 48, 64, generator=gen)).clamp(0, 1)
    w.put("input/content", content)
    w.put("input/style0", styles[0])
    w.put("input/style1", styles[1])
    w.put("input/image", image)
    masks = make_masks(48, 64)
    masks.update(make_source_masks([s.shape[2:] for s in styles]))
    for name, m in masks.items():
        w.put(f"input/{name}", m)

    for name, case in CASES.items():
        deepest = max(CONV_INDEX[n] for n, _ in case["content_layers"] + case["style_layers"])
        net = build_features(state, case["pooling"], deepest)
        evaluate, c_targets, s_targets = make_objective(case, net, content, styles, masks)
        for n, t in c_targets.items():
            w.put(f"{name}/content_target/{n}", t)
        for n, t in s_targets.items():
            w.put(f"{name}/style_target/{n}", t)

        x = image.clone().requires_grad_(True)
        terms, feats = evaluate(x)
        terms["total"].backward()
        for n, f in feats.items():
            w.put(f"{name}/features/{n}", f)
            w.put(f"{name}/gram/{n}", gram(f))
        for k, v in terms.items():
            w.put(f"{name}/loss/{k}", v.reshape(1))
        w.put(f"{name}/grad", x.grad)
        if not case.get("steps", True):
            continue

        # Two Adam steps: the second one exercises the moment estimates.
        x = image.clone().requires_grad_(True)
        adam = torch.optim.Adam([x], lr=args.adam_lr)
        for step in range(2):
            adam.zero_grad()
            evaluate(x)[0]["total"].backward()
            adam.step()
            w.put(f"{name}/adam/{step + 1}", x)

        # One L-BFGS step of a few iterations; every closure evaluation's loss is recorded. In float64:
        # its first curvature step on random weights amplifies rounding ~1e4 times (measured: a 1e-7
        # change of the input moves the third loss by 6e-4 in PyTorch alone), so float32 could not
        # tell an algorithmic difference from noise.
        net64 = build_features(state, case["pooling"], deepest).double()
        evaluate, _, _ = make_objective(case, net64, content.double(), [s.double() for s in styles])
        x = image.double().requires_grad_(True)
        lbfgs = torch.optim.LBFGS([x], lr=1.0, max_iter=args.lbfgs_iter, history_size=args.lbfgs_history)
        losses = []

        def closure():
            lbfgs.zero_grad()
            loss = evaluate(x)[0]["total"]
            loss.backward()
            losses.append(loss.item())
            return loss

        lbfgs.step(closure)
        w.put(f"{name}/lbfgs/losses", torch.tensor(losses))
        w.put(f"{name}/lbfgs/image", x)

    manifest = {"cases": CASES, "tensors": w.tensors, "adam_lr": args.adam_lr,
                "lbfgs_iter": args.lbfgs_iter, "lbfgs_history": args.lbfgs_history}
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print(f"wrote {len(w.tensors)} tensors to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

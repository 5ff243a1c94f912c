#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark's content/style pairs (issue 17): photos from python3-skimage's data, the
public-domain paintings in ../shared/gallery/, the bundled samples and procedural pictures; portrait
and landscape contents, busy and flat styles. Writes content-NAME.png and style-NAME.png for every
pair into OUT (the style of a gallery painting is the JPEG itself, copied as PNG) and prints the
list as JSON lines.

    /usr/bin/python3 bench/pairs.py --out /tmp/nss-pairs [--gallery ../shared/gallery]
"""
import argparse
import json
import math
import os
import sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "resources", "samples")


def skimage_image(name):
    from skimage import data  # python3-skimage (tools/bootstrap-debian)
    image = getattr(data, name)()
    if image.ndim == 2:
        image = np.stack([image] * 3, axis=-1)
    return Image.fromarray(image[:, :, :3].astype(np.uint8))


def procedural_blobs(w=384, h=512):
    """Smooth colour fields, portrait: a flat content with no edges."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    a = np.sin(x * 0.02) * np.cos(y * 0.015)
    rgb = np.stack([128 + 100 * a, 128 - 90 * a, 100 + 60 * np.sin((x + y) * 0.01)], axis=-1)
    return Image.fromarray(rgb.clip(0, 255).astype(np.uint8))


def procedural_rings(w=512, h=512):
    """Sharp high-contrast rings: a busy style."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    r = np.hypot(x - w / 2, y - h / 2).astype(int)
    on = (r // 12) % 2 == 1
    rgb = np.where(on[..., None], np.array([250, 230, 40]), np.array([10, 10, 30]))
    return Image.fromarray(rgb.astype(np.uint8))


def procedural_flat(w=512, h=384):
    """Four flat colour blocks with soft noise: a flat style."""
    rng = np.random.default_rng(5)
    rgb = np.zeros((h, w, 3))
    colours = [(200, 80, 60), (60, 120, 180), (230, 210, 150), (40, 90, 60)]
    for i, c in enumerate(colours):
        ys, xs = (i // 2) * h // 2, (i % 2) * w // 2
        rgb[ys:ys + h // 2, xs:xs + w // 2] = c
    rgb += rng.normal(0, 6, rgb.shape)
    return Image.fromarray(rgb.clip(0, 255).astype(np.uint8))


def pairs(gallery):
    g = lambda name: lambda: Image.open(os.path.join(gallery, name)).convert("RGB")  # noqa: E731
    s = lambda name: lambda: Image.open(os.path.join(SAMPLES, name)).convert("RGB")  # noqa: E731
    k = lambda name: lambda: skimage_image(name)  # noqa: E731
    return [
        # name, content, style, what it tries
        ("lake-swirls", s("content-lake.jpg"), s("style-swirls.jpg"), "the bundled pair (landscape, busy)"),
        ("astronaut-wave", lambda: skimage_image("astronaut").crop((64, 0, 448, 512)), g("hokusai-great-wave.jpg"),
         "portrait photo (cropped), busy painting"),
        ("coffee-lilies", k("coffee"), g("monet-water-lilies.jpg"), "landscape photo, soft flat painting"),
        ("chelsea-kandinsky", k("chelsea"), g("kandinsky-composition-vii.jpg"), "landscape, busy high contrast"),
        ("rocket-matisse", k("rocket"), g("matisse-woman-with-a-hat.jpg"), "portrait photo, portrait painting"),
        ("camera-glass", k("camera"), s("style-glass.jpg"), "grey photo, bundled glass style"),
        ("blobs-rings", procedural_blobs, procedural_rings, "procedural portrait, high-contrast rings (the stall)"),
        ("lake-turner", s("content-lake.jpg"), g("turner-the-shipwreck.jpg"), "landscape, dark flat-ish painting"),
        ("coffee-flat", k("coffee"), procedural_flat, "landscape photo, procedural flat blocks"),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--gallery", default=os.path.join(HERE, "..", "..", "shared", "gallery"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, content, style, what in pairs(args.gallery):
        c = os.path.join(args.out, f"content-{name}.png")
        st = os.path.join(args.out, f"style-{name}.png")
        if not os.path.exists(c):
            content().save(c)
        if not os.path.exists(st):
            style().save(st)
        w, h = Image.open(c).size
        print(json.dumps({"pair": name, "content": c, "style": st, "content_size": [w, h], "what": what}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

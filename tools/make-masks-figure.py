#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes docs/images/masks.png, the README's picture of region masks (issue 21), with the real
command line: the bundled lake with Hokusai masked to the sky and Monet to the water, and the
gallery's cat with Kandinsky everywhere but a soft keep mask over its face; each beside the same
run without masks.

    tools/make-masks-figure.py [NEURAL_STYLE] [WEIGHTS] [OUTPUT]
        (defaults: build/ci/app/neural-style, $NSS_VGG19_WEIGHTS or the CI's random-weight
        fixture build/ci/fixtures/vgg19-legacy.pth, docs/images/masks.png)

256 px, 150 steps, 2 threads: about five minutes on 2 cores. With the fixture's random weights the
pictures are noisy; where each style goes is what the figure shows.
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parent.parent
CLI = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build/ci/app/neural-style")
WEIGHTS = sys.argv[2] if len(sys.argv) > 2 else os.environ.get(
    "NSS_VGG19_WEIGHTS", str(ROOT / "build/ci/fixtures/vgg19-legacy.pth"))
OUTPUT = Path(sys.argv[3]) if len(sys.argv) > 3 else ROOT / "docs/images/masks.png"
LAKE = ROOT / "resources/samples/content-lake.jpg"
CAT = ROOT / "resources/gallery/photo-chelsea.jpg"
GALLERY = ROOT / "resources/gallery"


def run(work, name, content, styles, extra):
    out = work / f"{name}.png"
    args = [CLI, "--weights", WEIGHTS, "--content", str(content), "--size", "256", "--steps", "150",
            "--threads", "2", "--output", str(out)]
    for style in styles:
        args += ["--style", str(style)]
    subprocess.run(args + extra, check=True)
    return out


def main():
    work = Path(tempfile.mkdtemp(prefix="nss-masks-"))
    w, h = Image.open(LAKE).size
    y = np.linspace(0, 1, h)[:, None] * np.ones((1, w))
    sky = np.clip((0.55 - y) / 0.1 + 0.5, 0, 1)  # white above the horizon, a soft edge
    Image.fromarray((sky * 255).astype(np.uint8)).save(work / "sky.png")
    Image.fromarray(((1 - sky) * 255).astype(np.uint8)).save(work / "water.png")
    w, h = Image.open(CAT).size
    face = Image.new("L", (w, h), 0)
    ImageDraw.Draw(face).ellipse([w * 0.30, h * 0.05, w * 0.75, h * 0.75], fill=255)
    face.filter(ImageFilter.GaussianBlur(radius=w / 60)).save(work / "face.png")

    lake_styles = [GALLERY / "hokusai-great-wave.jpg", GALLERY / "monet-water-lilies.jpg"]
    lake_plain = run(work, "lake", LAKE, lake_styles, [])
    lake_masked = run(work, "lake-masked", LAKE, lake_styles,
                      ["--style-mask", str(work / "sky.png"), "--style-mask", str(work / "water.png")])
    cat_styles = [GALLERY / "kandinsky-composition-vii.jpg"]
    cat_plain = run(work, "cat", CAT, cat_styles, [])
    cat_kept = run(work, "cat-kept", CAT, cat_styles, ["--keep-mask", str(work / "face.png")])

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 13)
    H = 192

    def load(path, height):
        im = Image.open(path).convert("RGB")
        return im.resize((round(im.width * height / im.height), height), Image.LANCZOS)

    def framed(im):
        return ImageOps.expand(im, border=1, fill=(150, 150, 150))

    top, bottom = framed(load(work / "sky.png", H // 2 - 4)), framed(load(work / "water.png", H // 2 - 4))
    masks = Image.new("RGB", (top.width, H), "white")
    masks.paste(top, (0, 0))
    masks.paste(bottom, (0, H - bottom.height))
    rows = [
        [(masks, "sky / water masks"), (load(lake_plain, H), "Hokusai + Monet, no masks"),
         (load(lake_masked, H), "Hokusai in the sky, Monet below")],
        [(framed(load(work / "face.png", H - 2)), "keep mask"), (load(cat_plain, H), "Kandinsky, no mask"),
         (load(cat_kept, H), "the same, face kept")],
    ]
    pad, caption = 10, 20
    width = max(sum(im.width for im, _ in row) + pad * (len(row) + 1) for row in rows)
    canvas = Image.new("RGB", (width, len(rows) * (H + caption + pad) + pad), "white")
    draw = ImageDraw.Draw(canvas)
    y = pad
    for row in rows:
        x = pad
        for im, label in row:
            draw.text((x, y), label, fill=(30, 30, 30), font=font)
            canvas.paste(im, (x, y + caption))
            x += im.width + pad
        y += H + caption + pad
    canvas.save(OUTPUT, optimize=True)
    print(f"wrote {OUTPUT} ({canvas.width} x {canvas.height}); runs in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

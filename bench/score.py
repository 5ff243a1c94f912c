#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One judge for every output image: the original algorithm's loss of a picture.

The loss is bench/original.py's (content MSE at conv4_2 + style_weight x Gram MSE at conv1_1 ...
conv5_1, Gram / (C*H*W), the fixture's VGG-19, ImageNet normalisation), evaluated in float32 on the
8-bit image as saved, against the content and style images squashed to the picture's size the way
the original loads them. Lower is better. Used by bench/time_to_quality.py; also by hand:

    /usr/bin/python3 bench/score.py --weights build/ci/fixtures/vgg19-legacy.pth \\
        --content C --style S picture.png [more.png ...]
"""
import argparse
import json
import os
import sys

import torch
from torchvision.io import ImageReadMode, read_image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import original  # noqa: E402  (the same model and loss code as the timed original)


def read_picture(path):
    """The picture as saved, in 0..1: 8-bit files through torchvision; 16-bit ones (the CLI writes
    PNG and TIFF in 16 bits since issue 20), which torchvision 0.14 cannot read and PIL truncates to
    8 bits, through ffmpeg as 48-bit RGB."""
    try:
        return read_image(path, ImageReadMode.RGB).float().div(255).unsqueeze(0)
    except RuntimeError:
        import subprocess
        from PIL import Image
        width, height = Image.open(path).size
        raw = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb48le", "-"],
                             check=True, stdout=subprocess.PIPE).stdout
        pixels = torch.frombuffer(bytearray(raw), dtype=torch.int16).view(height, width, 3)
        return pixels.to(torch.int32).bitwise_and(0xFFFF).float().div(65535).permute(2, 0, 1).unsqueeze(0)


class Judge:
    def __init__(self, weights, content, style, style_weight=1e6):
        self.weights, self.content, self.style, self.style_weight = weights, content, style, style_weight
        self.models = {}  # by (height, width): targets depend on the size

    def _model(self, height, width):
        key = (height, width)
        if key not in self.models:
            content = original.load_size(self.content, height, width)
            style = original.load_size(self.style, height, width)
            self.models[key] = original.build(self.weights, content, style)
        return self.models[key]

    def score(self, path):
        image = read_picture(path)
        model, content_losses, style_losses = self._model(image.shape[2], image.shape[3])
        with torch.no_grad():
            model(image)
            content = sum(l.loss for l in content_losses).item()
            style = sum(l.loss for l in style_losses).item()
        return {"content": content, "style": style, "total": content + self.style_weight * style}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--style", required=True)
    parser.add_argument("--style-weight", type=float, default=1e6)
    parser.add_argument("images", nargs="+")
    args = parser.parse_args()
    judge = Judge(args.weights, args.content, args.style, args.style_weight)
    for path in args.images:
        print(json.dumps({"image": path, **judge.score(path)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

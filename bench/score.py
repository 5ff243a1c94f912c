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
        image = read_image(path, ImageReadMode.RGB).float().div(255).unsqueeze(0)
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

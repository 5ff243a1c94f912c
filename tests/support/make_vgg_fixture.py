#!/usr/bin/env python3
"""Writes random-weight VGG-19 state_dicts in torchvision's official layout, for tests.

The real file (vgg19-dcbad4b5.pth, 548 MB) cannot be downloaded in CI; PyTorch writes one with
the same keys, shapes and legacy pickle format from seeded random weights. Files are written
once per output folder (a stamp records the seed and script version).
"""
import argparse
import os
import sys

SCRIPT_VERSION = 1


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, help="folder to write the fixtures into")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    stamp = os.path.join(args.out, "vgg19.stamp")
    wanted = f"version={SCRIPT_VERSION} seed={args.seed}\n"
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        print(f"fixtures up to date in {args.out}")
        return 0

    import torch
    import torchvision

    torch.manual_seed(args.seed)
    state = torchvision.models.vgg19().state_dict()
    legacy = os.path.join(args.out, "vgg19-legacy.pth")
    torch.save(state, legacy + ".tmp", _use_new_zipfile_serialization=False)
    os.replace(legacy + ".tmp", legacy)
    with open(stamp, "w") as f:
        f.write(wanted)
    print(f"wrote {legacy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

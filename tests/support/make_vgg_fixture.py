#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes random-weight VGG-19 state_dicts in torchvision's official layout, for tests.

The real file (vgg19-dcbad4b5.pth, 548 MB) cannot be downloaded in CI; PyTorch writes one with
the same keys, shapes and legacy pickle format from seeded random weights. Files are written
once per output folder (a stamp records the seed and script version):

  vgg19-legacy.pth       torch.save(..., _use_new_zipfile_serialization=False), the official format
  vgg19-zip.pth          torch.save default since PyTorch 1.6
  vgg19.safetensors      the same tensors as safetensors (written here by hand: 8-byte header
                         length, JSON header, raw little-endian data)
  vgg19-expected.json    per features.* tensor: shape and SHA-256 of the float32 bytes that
                         torch.load returns, the oracle for the C++ reader
"""
import argparse
import hashlib
import json
import os
import struct
import sys

SCRIPT_VERSION = 3


def write_safetensors(path, state):
    header, chunks, offset = {}, [], 0
    for name, tensor in state.items():
        data = tensor.contiguous().numpy().tobytes()
        dtype = {"torch.float32": "F32", "torch.int64": "I64"}[str(tensor.dtype)]
        header[name] = {"dtype": dtype, "shape": list(tensor.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for chunk in chunks:
            f.write(chunk)


def seeded_vgg19(seed):
    """The random VGG-19 state_dict every fixture is made from (make_weights_variants.py too)."""
    import torch
    import torchvision

    torch.manual_seed(seed)
    state = torchvision.models.vgg19().state_dict()
    # torchvision initialises biases to zero; random ones make the parity tests see them.
    for name, tensor in state.items():
        if name.endswith(".bias"):
            tensor.uniform_(-0.5, 0.5)
    return state


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

    state = seeded_vgg19(args.seed)

    def out(name):
        return os.path.join(args.out, name)

    torch.save(state, out("vgg19-legacy.pth.tmp"), _use_new_zipfile_serialization=False)
    torch.save(state, out("vgg19-zip.pth.tmp"))
    write_safetensors(out("vgg19.safetensors.tmp"), state)

    # The oracle is what PyTorch itself loads back, not what it meant to write.
    loaded = torch.load(out("vgg19-legacy.pth.tmp"))
    reloaded = torch.load(out("vgg19-zip.pth.tmp"))
    expected = {}
    for name, tensor in loaded.items():
        assert torch.equal(tensor, reloaded[name]) and torch.equal(tensor, state[name]), name
        if name.startswith("features."):
            data = tensor.contiguous().numpy().astype("<f4").tobytes()
            expected[name] = {"shape": list(tensor.shape), "sha256": hashlib.sha256(data).hexdigest(),
                              "first": [float(v) for v in tensor.flatten()[:4]]}
    with open(out("vgg19-expected.json.tmp"), "w") as f:
        json.dump(expected, f, indent=1)

    for name in ("vgg19-legacy.pth", "vgg19-zip.pth", "vgg19.safetensors", "vgg19-expected.json"):
        os.replace(out(name + ".tmp"), out(name))
    with open(stamp, "w") as f:
        f.write(wanted)
    print(f"wrote vgg19-legacy.pth, vgg19-zip.pth, vgg19.safetensors, vgg19-expected.json in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

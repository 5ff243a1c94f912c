#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seeded random VGG-19's features in every layout torch.load reads, for tests.

Each file is written by torch_layouts.py (plain pickle, tarfile and struct, as old PyTorch
versions wrote them), then loaded with Debian's torch.load, which must return exactly the seeded
tensors: otherwise the writer is wrong and this script fails. variants-expected.json records per
variant its file and per tensor the SHA-256 of the float32 bytes torch.load returned: the oracle
the C++ reader is compared with (tst_weightsvariants). Only features.* is written (80 MB a file),
which is all the app reads. Files are written once per folder (a stamp records seed and version).

  python3 make_weights_variants.py --out DIR [--seed 0] [--only NAME...]
"""
import argparse
import hashlib
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_layouts as tl  # noqa: E402

SCRIPT_VERSION = 1

# name: (file, writer(path, state)); the writer's options are the variant. Combinations are those
# old files show: a Python 2 GPU-trained 0.1.x file, a tar archive with Python 2 strings, views
# with the 4-argument _rebuild_tensor.
VARIANTS = {
    "tar": ("tar.pth", lambda p, s: tl.write_tar(p, s)),
    "tar-py2": ("tar-py2.pth", lambda p, s: tl.write_tar(p, s, py2=True)),
    "tar-views": ("tar-views.pth", lambda p, s: tl.write_tar(p, s, views=True)),
    "tar-py2-views": ("tar-py2-views.pth", lambda p, s: tl.write_tar(p, s, py2=True, views=True)),
    "legacy-v2": ("legacy-v2.pth", lambda p, s: tl.write_legacy(p, s)),
    "legacy-v2-metadata": ("legacy-v2meta.pth", lambda p, s: tl.write_legacy(p, s, style="v2meta")),
    "legacy-v1": ("legacy-v1.pth", lambda p, s: tl.write_legacy(p, s, style="v1")),
    "legacy-build": ("legacy-build.pth", lambda p, s: tl.write_legacy(p, s, style="build")),
    "legacy-variable": ("legacy-variable.pth", lambda p, s: tl.write_legacy(p, s, style="variable")),
    "legacy-views": ("legacy-views.pth", lambda p, s: tl.write_legacy(p, s, views=True)),
    "legacy-views-v1": ("legacy-views-v1.pth", lambda p, s: tl.write_legacy(p, s, style="v1", views=True)),
    "legacy-cuda": ("legacy-cuda.pth", lambda p, s: tl.write_legacy(p, s, cuda=True)),
    "legacy-py2": ("legacy-py2.pth", lambda p, s: tl.write_legacy(p, s, py2=True)),
    "legacy-py2-v1-nometadata": ("legacy-py2-v1.pth", lambda p, s: tl.write_legacy(p, s, style="v1", py2=True, metadata=False)),
    "legacy-py2-build-cuda-views": ("legacy-py2-0.1.pth",
                                    lambda p, s: tl.write_legacy(p, s, style="build", py2=True, cuda=True, views=True)),
    "legacy-py2-variable-cuda": ("legacy-py2-var.pth", lambda p, s: tl.write_legacy(p, s, style="variable", py2=True, cuda=True)),
    "legacy-nometadata": ("legacy-nometa.pth", lambda p, s: tl.write_legacy(p, s, metadata=False)),
    "legacy-protocol3": ("legacy-p3.pth", lambda p, s: tl.write_legacy(p, s, protocol=3)),
    "legacy-protocol4": ("legacy-p4.pth", lambda p, s: tl.write_legacy(p, s, protocol=4, style="v1")),
    "legacy-protocol5": ("legacy-p5.pth", lambda p, s: tl.write_legacy(p, s, protocol=5, style="build", views=True)),
}


def as_layout_state(state):
    return [(name, tl.Tensor(tuple(t.shape), "float32", t.contiguous().numpy().astype("<f4").tobytes()))
            for name, t in state.items()]


def torch_load(path):
    """Debian's torch.load, the oracle. PyTorch 2.x's _rebuild_tensor_v2 takes a seventh argument
    (metadata) that 1.13's does not: for that variant only, 1.13's is wrapped to accept it."""
    import torch
    import torch._utils as utils

    original = utils._rebuild_tensor_v2

    def with_metadata(storage, offset, size, stride, requires_grad, hooks, metadata=None):
        assert metadata in (None, {}), metadata
        return original(storage, offset, size, stride, requires_grad, hooks)

    utils._rebuild_tensor_v2 = with_metadata
    try:
        return torch.load(path, map_location="cpu")
    finally:
        utils._rebuild_tensor_v2 = original


def check(path, state):
    import torch

    loaded = torch_load(path)
    assert list(loaded.keys()) == list(state.keys()), (path, list(loaded.keys())[:3])
    digests = {}
    for name, tensor in state.items():
        got = loaded[name]
        assert isinstance(got, torch.Tensor) and got.dtype == tensor.dtype, (path, name, type(got))
        assert torch.equal(got, tensor), (path, name)
        digests[name] = hashlib.sha256(got.contiguous().numpy().astype("<f4").tobytes()).hexdigest()
    return digests


def write_zip_variants(out, state, expected):
    import torch

    torch.save(state, os.path.join(out, "zip-named.pth"))  # top folder named after the file
    buffer = io.BytesIO()
    torch.save(state, buffer)  # saved to a buffer: the top folder is archive/
    with open(os.path.join(out, "zip-archive.pth"), "wb") as f:
        f.write(buffer.getvalue())
    tl.rezip(os.path.join(out, "zip-archive.pth"), os.path.join(out, "zip-other.pth"), "weights_2017/")
    for name, file in (("zip-named", "zip-named.pth"), ("zip-archive", "zip-archive.pth"), ("zip-other-folder", "zip-other.pth")):
        expected[name] = {"file": file, "sha256": check(os.path.join(out, file), state)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    stamp = os.path.join(args.out, "variants.stamp")
    wanted = f"version={SCRIPT_VERSION} seed={args.seed} variants={len(VARIANTS)}\n"
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        print(f"variants up to date in {args.out}")
        return 0
    from make_vgg_fixture import seeded_vgg19

    state = {k: v for k, v in seeded_vgg19(args.seed).items() if k.startswith("features.")}
    layout_state = as_layout_state(state)
    expected = {}
    for name, (file, write) in VARIANTS.items():
        path = os.path.join(args.out, file)
        write(path, layout_state)
        expected[name] = {"file": file, "sha256": check(path, state)}
    write_zip_variants(args.out, state, expected)
    with open(os.path.join(args.out, "variants-expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
    with open(stamp, "w") as f:
        f.write(wanted)
    print(f"wrote {len(expected)} variants in {args.out}, each read back by torch.load")
    return 0


if __name__ == "__main__":
    sys.exit(main())

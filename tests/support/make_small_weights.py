#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes small weights files that are not VGG-19, for the bad-input tests and the weights fuzzer.

  --kind seeds     tiny state_dicts in each format the reader accepts (legacy .pth, zip .pth,
                   safetensors), with the variety a fuzzer should start from: several dtypes, a
                   strided view, storages shared between tensors, an empty tensor, a scalar; and
                   one small file of each older layout (torch_layouts.py: the 0.1.x tar archive,
                   _rebuild_tensor, BUILD, Variables, storage views, CUDA, Python 2 strings,
                   protocols 4 and 5, a zip with the archive/ folder), each checked by torch.load.
  --kind wrongarch weights of models the app cannot use:
                   vgg16-features.pth   torchvision's VGG-16 convolutions up to conv3_3 (legacy
                                        format): VGG-19's conv3_4 (features.16) is missing
                   vgg19-grey.pth       VGG-19's conv1_1 for one input channel (zip format):
                                        the first convolution has the wrong shape

Everything is seeded, so the files are the same on every run; none of them is ever committed.
"""
import argparse
import json
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_layouts as tl  # noqa: E402


def write_safetensors(path, state):
    names = {torch.float32: "F32", torch.float64: "F64", torch.float16: "F16", torch.bfloat16: "BF16",
             torch.int64: "I64", torch.int32: "I32", torch.int8: "I8", torch.uint8: "U8", torch.bool: "BOOL"}
    header, chunks, offset = {}, [], 0
    for name, tensor in state.items():
        data = tensor.contiguous().view(torch.uint8).numpy().tobytes() if tensor.dtype == torch.bfloat16 \
            else tensor.contiguous().numpy().tobytes()
        header[name] = {"dtype": names[tensor.dtype], "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + len(data)]}
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


def seeds(out):
    torch.manual_seed(1)
    base = torch.randn(4, 6)
    state = {
        "features.0.weight": torch.randn(2, 3, 3, 3),
        "features.0.bias": torch.randn(2),
        "view.transposed": base.t(),          # strides (1, 6)
        "view.offset": base[1:3, 2:5],        # a storage offset, shares base's storage
        "base": base,
        "half": torch.randn(3).half(),
        "double": torch.randn(2, 2).double(),
        "long": torch.arange(5),
        "int8": torch.tensor([1, -2, 3], dtype=torch.int8),
        "mask": torch.tensor([True, False]),
        "empty": torch.zeros(0, 3),
        "scalar": torch.tensor(1.5),
    }
    torch.save(state, os.path.join(out, "small-legacy.pth"), _use_new_zipfile_serialization=False)
    torch.save(state, os.path.join(out, "small-zip.pth"))
    write_safetensors(os.path.join(out, "small.safetensors"), state)
    conv = {"features.0.weight": state["features.0.weight"], "features.0.bias": state["features.0.bias"]}
    torch.save(conv, os.path.join(out, "conv-legacy.pth"), _use_new_zipfile_serialization=False)
    torch.save(conv, os.path.join(out, "conv-zip.pth"))
    write_safetensors(os.path.join(out, "conv.safetensors"), conv)
    layout_seeds(out, state)


def layout_seeds(out, state):
    every = [(k, tl.Tensor(tuple(v.shape), str(v.dtype)[6:], v.contiguous().numpy().tobytes()))
             for k, v in state.items() if str(v.dtype)[6:] in tl.STORAGE]
    floats = [(k, t) for k, t in every if t.dtype == "float32"]  # views share one float32 root
    writers = {
        "small-tar.pth": (every, lambda p, s: tl.write_tar(p, s)),
        "small-tar-py2-views.pth": (floats, lambda p, s: tl.write_tar(p, s, py2=True, views=True)),
        "small-legacy-v1.pth": (every, lambda p, s: tl.write_legacy(p, s, style="v1")),
        "small-legacy-v2meta.pth": (every, lambda p, s: tl.write_legacy(p, s, style="v2meta")),
        "small-legacy-build.pth": (every, lambda p, s: tl.write_legacy(p, s, style="build")),
        "small-legacy-variable-cuda.pth": (every, lambda p, s: tl.write_legacy(p, s, style="variable", cuda=True)),
        "small-legacy-views.pth": (floats, lambda p, s: tl.write_legacy(p, s, views=True)),
        "small-legacy-py2.pth": (every, lambda p, s: tl.write_legacy(p, s, py2=True, style="v1")),
        "small-legacy-p4.pth": (every, lambda p, s: tl.write_legacy(p, s, protocol=4)),
        "small-legacy-p5-build.pth": (every, lambda p, s: tl.write_legacy(p, s, protocol=5, style="build")),
    }
    import torch._utils as utils
    original = utils._rebuild_tensor_v2
    # PyTorch 2.x's seventh argument (metadata), which 1.13 lacks; see make_weights_variants.py.
    utils._rebuild_tensor_v2 = lambda st, o, si, sd, rg, h, metadata=None: original(st, o, si, sd, rg, h)
    try:
        for name, (tensors, write) in writers.items():
            path = os.path.join(out, name)
            write(path, tensors)
            loaded = torch.load(path, map_location="cpu")
            assert list(loaded) == [k for k, _ in tensors], name
            assert all(torch.equal(loaded[k], state[k]) for k, _ in tensors), name
    finally:
        utils._rebuild_tensor_v2 = original
    tl.rezip(os.path.join(out, "small-zip.pth"), os.path.join(out, "small-zip-archive.pth"), "archive/")


def wrong_architecture(out):
    import torchvision

    torch.manual_seed(2)
    # VGG-16's features: 0 2 | 5 7 | 10 12 14 | 17 ...; VGG-19 has a fourth conv3 at 16.
    features = torchvision.models.vgg16().features[:15]
    state = {"features." + k: v for k, v in features.state_dict().items()}
    torch.save(state, os.path.join(out, "vgg16-features.pth"), _use_new_zipfile_serialization=False)
    grey = {"features.0.weight": torch.randn(64, 1, 3, 3), "features.0.bias": torch.randn(64)}
    torch.save(grey, os.path.join(out, "vgg19-grey.pth"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--kind", choices=("seeds", "wrongarch"), required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    (seeds if args.kind == "seeds" else wrong_architecture)(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

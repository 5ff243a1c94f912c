#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the gallery in resources/gallery/: the public-domain paintings of ../shared/gallery/ and
four photos from Debian's python3-skimage data folder, recompressed to at most 800 px on the
longest side and about 150 KB each, so the bundle stays small. Origins and licences:
resources/README.md.

    tools/make-gallery.py [PAINTINGS_DIR] [OUTPUT_DIR]
        (defaults: /work/shared/gallery and resources/gallery next to this script)

Needs Debian's python3-pil and python3-skimage (only its data files are read).
"""
import io
import sys
from pathlib import Path

from PIL import Image

SKIMAGE_DATA = Path("/usr/lib/python3/dist-packages/skimage/data")
PAINTINGS = ["hokusai-great-wave", "turner-the-shipwreck", "monet-water-lilies", "kandinsky-composition-vii",
             "matisse-woman-with-a-hat"]
PHOTOS = {"astronaut": "photo-astronaut", "chelsea": "photo-chelsea", "coffee": "photo-coffee",
          "rocket": "photo-rocket"}
LONGEST = 800
MAX_BYTES = 150 * 1024


def write(source, target):
    image = Image.open(source).convert("RGB")
    if max(image.size) > LONGEST:
        image.thumbnail((LONGEST, LONGEST), Image.LANCZOS)
    for quality in (88, 84, 80, 75, 70, 65, 60):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=False)
        if buffer.tell() <= MAX_BYTES:
            break
    target.write_bytes(buffer.getvalue())
    print(f"{target.name}: {image.size[0]}x{image.size[1]}, {buffer.tell() // 1024} KB, quality {quality}")


def main():
    here = Path(__file__).resolve().parent
    paintings = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/gallery")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else here.parent / "resources" / "gallery"
    out.mkdir(parents=True, exist_ok=True)
    for name in PAINTINGS:
        write(paintings / f"{name}.jpg", out / f"{name}.jpg")
    for source, name in PHOTOS.items():
        candidates = sorted(SKIMAGE_DATA.glob(f"{source}.*"))
        write(candidates[0], out / f"{name}.jpg")


if __name__ == "__main__":
    main()

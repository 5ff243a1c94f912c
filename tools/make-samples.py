#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the sample images in resources/samples/ from nothing but seeded arithmetic, so that a new
user can press Start at once and every pixel's origin is known (no photo, no painting, no licence
to track). Deterministic: the same NumPy and Pillow give the same files.

    tools/make-samples.py [OUTPUT_DIR]     (default: resources/samples next to this script)

Needs Debian's python3-numpy and python3-pil.
"""
import math
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def value_noise(rng, height, width, scale, octaves=5):
    """Smooth fractal noise in 0..1: bilinear upsampled random grids, halved each octave."""
    out = np.zeros((height, width))
    amplitude, total = 1.0, 0.0
    for octave in range(octaves):
        cells = max(2, int(scale * 2 ** octave))
        grid = rng.random((cells + 1, cells + 1))
        ys = np.linspace(0, cells, height, endpoint=False)
        xs = np.linspace(0, cells, width, endpoint=False)
        y0, x0 = ys.astype(int), xs.astype(int)
        fy, fx = (ys - y0)[:, None], (xs - x0)[None, :]
        fy, fx = fy * fy * (3 - 2 * fy), fx * fx * (3 - 2 * fx)  # smoothstep: no grid creases
        a = grid[y0][:, x0]
        b = grid[y0][:, x0 + 1]
        c = grid[y0 + 1][:, x0]
        d = grid[y0 + 1][:, x0 + 1]
        out += amplitude * ((a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy)
        total += amplitude
        amplitude *= 0.5
    return out / total


def ridge(rng, width, base, roughness, octaves=7):
    """A mountain skyline (one height per column) by summed random sines."""
    x = np.arange(width) / width
    y = np.full(width, float(base))
    for octave in range(octaves):
        freq = 1.5 * 2 ** octave
        y += roughness / 2 ** octave * np.sin(2 * math.pi * (freq * x + rng.random())) * (0.6 + 0.4 * rng.random())
    return y


def lerp(c0, c1, t):
    t = np.clip(t, 0, 1)[..., None]
    return np.asarray(c0, float) * (1 - t) + np.asarray(c1, float) * t


def landscape(width=512, height=384, seed=1):
    """A lake among mountains at late afternoon: soft sky and clouds, three ranges fading into haze,
    a reflecting lake, a shore with dark pines. Plenty of edges and flat areas for style transfer."""
    rng = np.random.default_rng(seed)
    yy = np.arange(height)[:, None] / height
    img = lerp((120, 170, 225), (250, 222, 190), (yy / 0.62) ** 1.3) * np.ones((1, width, 1))
    clouds = value_noise(rng, height, width, 3)
    cloud_mask = np.clip((clouds - 0.52) * 4, 0, 1) * np.clip(1 - yy / 0.5, 0, 1)
    img = img * (1 - 0.8 * cloud_mask[..., None]) + 0.8 * cloud_mask[..., None] * np.array([255.0, 250.0, 245.0])

    sun_y, sun_x = 0.30 * height, 0.72 * width
    dist = np.hypot(np.arange(height)[:, None] - sun_y, np.arange(width)[None, :] - sun_x)
    img += (np.exp(-(dist / 60) ** 2) * 70)[..., None] * np.array([1.0, 0.85, 0.55])
    img[dist < 16] = (255, 244, 214)

    horizon = int(0.64 * height)
    ranges = [(0.38, 40, (150, 160, 190)), (0.48, 30, (95, 112, 150)), (0.57, 18, (55, 78, 95))]
    columns = np.arange(width)
    for base, rough, colour in ranges:
        top = ridge(rng, width, base * height, rough)
        texture = value_noise(rng, height, width, 10, 3)
        mask = (np.arange(height)[:, None] >= top[None, :]) & (np.arange(height)[:, None] < horizon)
        shade = np.asarray(colour, float) * (0.85 + 0.3 * texture[..., None])
        img[mask] = shade[mask]
        # snow on the farthest range's peaks
        if base == ranges[0][0]:
            snow = mask & (np.arange(height)[:, None] < top[None, :] + 10 + 8 * texture) & (top[None, :] < base * height - 10)
            img[snow] = (236, 240, 248)

    # lake: the sky and mountains above the horizon, mirrored, darkened and rippled
    lake_rows = height - horizon
    ripple = (np.sin(np.arange(lake_rows)[:, None] * 0.9 + value_noise(rng, lake_rows, width, 6, 2) * 12) * 2).astype(int)
    src_rows = np.clip(horizon - 1 - np.arange(lake_rows)[:, None] + ripple, 0, horizon - 1)
    img[horizon:] = img[src_rows, columns[None, :]] * np.array([0.70, 0.78, 0.88]) + np.array([5, 15, 30])

    # near shore with pines
    shore = ridge(rng, width, 0.86 * height, 10, 4)
    shore_mask = np.arange(height)[:, None] >= shore[None, :]
    grass = value_noise(rng, height, width, 20, 3)
    img[shore_mask] = (np.array([62, 92, 44]) * (0.8 + 0.4 * grass[..., None]))[shore_mask]

    picture = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for _ in range(14):
        x = rng.uniform(0, width)
        base_y = float(shore[int(min(x, width - 1))]) + rng.uniform(2, 12)
        h = rng.uniform(40, 95)
        w = h * 0.32
        tone = tuple(int(v) for v in rng.integers((18, 40, 22), (34, 62, 36)))
        for tier in range(4):
            t0 = base_y - h * tier / 4.5
            draw.polygon([(x - w * (1 - tier / 5), t0), (x + w * (1 - tier / 5), t0), (x, t0 - h * 0.45)], fill=tone)
        draw.rectangle([x - 2, base_y - 4, x + 2, base_y + 4], fill=(60, 40, 25))
    return picture.filter(ImageFilter.GaussianBlur(0.6))


def swirls(width=384, height=384, seed=2):
    """An expressionist night sky: thousands of short strokes following a swirling flow field
    (the curl of a smooth noise), in blues with yellow eddies around two glowing orbs."""
    rng = np.random.default_rng(seed)
    potential = value_noise(rng, height, width, 2.5, 3)
    orbs = [(0.30 * width, 0.30 * height, 34), (0.74 * width, 0.62 * height, 26)]
    yy, xx = np.mgrid[0:height, 0:width]
    for ox, oy, radius in orbs:
        potential += 0.9 * np.exp(-((xx - ox) ** 2 + (yy - oy) ** 2) / (2 * (radius * 2.2) ** 2))
    gy, gx = np.gradient(potential)
    # curl: move along the contours of the potential, so strokes circle the orbs
    vx, vy = gy, -gx
    norm = np.hypot(vx, vy) + 1e-9
    vx, vy = vx / norm, vy / norm

    picture = Image.new("RGB", (width, height), (20, 34, 92))
    draw = ImageDraw.Draw(picture)
    blues = [(24, 48, 120), (38, 72, 160), (70, 110, 190), (110, 150, 210), (16, 30, 80), (150, 190, 230)]
    yellows = [(240, 200, 70), (250, 225, 120), (220, 170, 50)]
    for _ in range(9000):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        near = min(math.hypot(x - ox, y - oy) / r for ox, oy, r in orbs)
        palette = yellows if near < 2.2 and rng.random() < 0.75 else blues
        colour = palette[rng.integers(len(palette))]
        points = [(x, y)]
        for _ in range(int(rng.integers(4, 9))):
            ix, iy = int(min(max(x, 0), width - 1)), int(min(max(y, 0), height - 1))
            x, y = x + 3.0 * vx[iy, ix], y + 3.0 * vy[iy, ix]
            points.append((x, y))
        draw.line(points, fill=colour, width=int(rng.integers(2, 5)), joint="curve")
    for ox, oy, radius in orbs:
        draw.ellipse([ox - radius * 0.55, oy - radius * 0.55, ox + radius * 0.55, oy + radius * 0.55], fill=(255, 236, 150))
    return picture


def stained_glass(width=384, height=384, seed=3, cells=90):
    """Stained glass: Voronoi cells of saturated, slightly mottled colour, dark lead lines between them."""
    rng = np.random.default_rng(seed)
    sites = rng.uniform(0, 1, (cells, 2)) * (width, height)
    palette = np.array([(196, 30, 58), (30, 90, 180), (240, 180, 30), (20, 140, 90), (120, 40, 150),
                        (230, 100, 30), (60, 170, 200), (250, 230, 190)], float)
    colours = palette[rng.integers(len(palette), size=cells)]
    yy, xx = np.mgrid[0:height, 0:width]
    d = (xx[..., None] - sites[:, 0]) ** 2 + (yy[..., None] - sites[:, 1]) ** 2
    order = np.argsort(d, axis=-1)[..., :2]
    nearest, second = order[..., 0], order[..., 1]
    d1 = np.sqrt(np.take_along_axis(d, nearest[..., None], -1)[..., 0])
    d2 = np.sqrt(np.take_along_axis(d, second[..., None], -1)[..., 0])
    glass = colours[nearest] * (0.75 + 0.5 * value_noise(rng, height, width, 12, 3))[..., None]
    # brighter towards each cell's centre, as light through thick glass
    glass *= (1.1 - 0.25 * np.clip(d1 / 30, 0, 1))[..., None]
    lead = (d2 - d1) < 3.2
    glass[lead] = (28, 24, 22)
    return Image.fromarray(np.clip(glass, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "samples"
    out.mkdir(parents=True, exist_ok=True)
    samples = {
        "content-lake.jpg": landscape(),
        "style-swirls.jpg": swirls(),
        "style-glass.jpg": stained_glass(),
    }
    for name, picture in samples.items():
        path = out / name
        picture.save(path, "JPEG", quality=86, optimize=True, progressive=False)
        print(f"{path}: {picture.width}x{picture.height}, {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QSize>

// Torch-free: how a picture too large for one pass through VGG-19 is cut into tiles whose passes
// together give exactly the loss and gradient of the whole picture (issue 20; docs/ALGORITHM.md,
// "Tiles"). The memory model and the engine both read it.
namespace nss {

// VGG-19 pools four times by 2: a tile that starts on a multiple of 16 px sees every pooling window
// the whole picture sees, so its features line up with the picture's.
constexpr int kTileGrid = 16;

// A half-open rectangle of picture pixels: rows top..bottom-1, columns left..right-1.
struct TileRect
{
    int top = 0, left = 0, bottom = 0, right = 0;
    int height() const { return bottom - top; }
    int width() const { return right - left; }
    bool operator==(const TileRect &) const = default;
};

// A tile's `core` is the part of the picture whose features it owns (the cores cover the picture
// once); its `input` is the core grown by the halo (TileHalo's near side above and to the left, its
// far side below and to the right), clamped to the picture: what goes through the network.
struct Tile
{
    TileRect core;
    TileRect input;
};

// How far a tile's input reaches beyond its core, in pixels: the convolutions' reach. Above and to
// the left it is rounded up to kTileGrid so that the input starts on the grid; below and to the right
// it is exact. (A 2 x 2 pooling reaches one input feature further on its far side, but inside the
// output feature's own block of pixels, which the core holds whole: it adds nothing beyond the core.)
struct TileHalo
{
    int nearSide = 0;
    int farSide = 0;
    bool operator==(const TileHalo &) const = default;
};

// The halo that lets every feature of the core, up to the convolution at torchvision feature index
// `deepestConvIndex`, see its whole receptive field, counted from the network's table.
TileHalo tileHalo(int deepestConvIndex);

// How many picture pixels one feature of the convolution at `convIndex` steps over: 1, 2, 4, 8 or 16.
int featureStride(int convIndex);

// `side` rounded up to the grid, at least one grid cell.
int tileSideOnGrid(int side);

// The tiles of a `picture`, row by row, cores of `coreSide` (rounded to the grid; the last row and
// column take what is left). One tile when the core covers the picture.
std::vector<Tile> planTiles(QSize picture, int coreSide, TileHalo halo);

// The largest input (with halo) of any tile: what sets a tiled pass's memory.
QSize largestTileInput(QSize picture, int coreSide, TileHalo halo);

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/tileplan.h"

#include <algorithm>

#include "base/vgg19layers.h"

namespace nss {

TileHalo tileHalo(int deepestConvIndex)
{
    // Walk the network from the input: a 3 x 3 convolution reaches one feature further on each side,
    // which is `stride` pixels at its depth; a 2 x 2 pooling, its windows on the grid, reaches one
    // input feature further on its far side only, but that stays inside the pixels of the output
    // feature's own block (the core ends on a block's edge), so it adds nothing beyond the core.
    int reach = 0;
    int stride = 1;
    for (int index = 0; index <= deepestConvIndex; ++index) {
        if (isVggConvIndex(index))
            reach += stride;
        else if (isVggPoolIndex(index))
            stride *= 2;
    }
    return {tileSideOnGrid(reach), reach};
}

int featureStride(int convIndex)
{
    int stride = 1;
    for (int index = 0; index < convIndex; ++index) {
        if (isVggPoolIndex(index))
            stride *= 2;
    }
    return stride;
}

int tileSideOnGrid(int side)
{
    return std::max(kTileGrid, (side + kTileGrid - 1) / kTileGrid * kTileGrid);
}

std::vector<Tile> planTiles(QSize picture, int coreSide, TileHalo halo)
{
    std::vector<Tile> tiles;
    if (picture.isEmpty())
        return tiles;
    const int side = tileSideOnGrid(coreSide);
    for (int top = 0; top < picture.height(); top += side) {
        for (int left = 0; left < picture.width(); left += side) {
            Tile tile;
            tile.core = {top, left, std::min(top + side, picture.height()), std::min(left + side, picture.width())};
            tile.input = {std::max(0, top - halo.nearSide), std::max(0, left - halo.nearSide),
                          std::min(tile.core.bottom + halo.farSide, picture.height()),
                          std::min(tile.core.right + halo.farSide, picture.width())};
            tiles.push_back(tile);
        }
    }
    return tiles;
}

QSize largestTileInput(QSize picture, int coreSide, TileHalo halo)
{
    QSize largest(0, 0);
    for (const Tile &tile : planTiles(picture, coreSide, halo))
        largest = largest.expandedTo(QSize(tile.input.width(), tile.input.height()));
    return largest;
}

} // namespace nss

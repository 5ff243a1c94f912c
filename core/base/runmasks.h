// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QImage>
#include <QList>

namespace nss {

// Region masks over the output picture (issue 21; docs/ALGORITHM.md, "Masks"): a grey picture per
// style image, in the order of settings.styles (a null image, or a shorter list: that style has
// none), and a "keep the photo" mask. White is 1 (the region), black 0; transparent parts count as
// black. Each is resized to every scale's size; its aspect ratio must be the photo's.
struct RunMasks
{
    QList<QImage> styles;
    QImage keep;

    bool isEmpty() const
    {
        return keep.isNull() && std::all_of(styles.begin(), styles.end(), [](const QImage &m) { return m.isNull(); });
    }
};

} // namespace nss

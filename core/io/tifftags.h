// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

namespace nss {

// Qt's TIFF writer stores no text, so exported TIFFs get their metadata by editing the first
// image directory (IFD) of the file Qt wrote: a new IFD with the extra ASCII tags is appended and
// the header points at it; the pixel data is not touched. Classic TIFF only (what Qt writes).
struct TiffAsciiTag
{
    quint16 tag = 0; // e.g. 270 ImageDescription, 305 Software
    QByteArray text; // without the terminating NUL
};

constexpr quint16 kTiffImageDescription = 270;
constexpr quint16 kTiffSoftware = 305;

// The TIFF with `tags` set in its first IFD (replacing tags of the same number), or nullopt when
// `tiff` is not a well-formed classic TIFF.
std::optional<QByteArray> withTiffAsciiTags(const QByteArray &tiff, const QList<TiffAsciiTag> &tags);

// The text of an ASCII tag of the first IFD; nullopt when absent or the file is malformed. Bounds
// are checked everywhere: the input may be any file a user opened.
std::optional<QByteArray> tiffAsciiTag(const QByteArray &tiff, quint16 tag);

} // namespace nss

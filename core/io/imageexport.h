// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>

#include "base/expected.h"
#include "base/stylesettings.h"

namespace nss {

enum class ExportFormat { Png, Jpeg, Tiff, Webp };

// What an exported image carries so that the result can be reproduced: the run's settings (seed
// included), the step the image was taken at, and the app version that made it.
struct ExportMetadata
{
    StyleSettings settings;
    int step = 0;
    QString appVersion; // filled in by exportImage; what readImageMetadata found when reading
    // The loss-weight changes made during the run up to `step`; `settings` holds those in force there.
    QList<LossWeightsChange> weightChanges{};

    // The JSON document embedded in files: {"app", "version", "step", "seed", "settings"}, and
    // "lossWeightChanges" when the sliders moved during the run.
    QJsonObject toJson() const;
    static Expected<ExportMetadata> fromJson(const QJsonObject &json);

    // tr() in the members uses the context lupdate gives them (the file's tr() wrapper has "nss").
    Q_DECLARE_TR_FUNCTIONS(nss::ExportMetadata)
};

// What an export of a run's picture at `step` embeds: the settings the run `started` with, the
// loss-weight `changes` up to `step` applied (settingsAtStep), and those changes.
ExportMetadata metadataAtStep(const StyleSettings &started, const QList<LossWeightsChange> &changes, int step);

struct ExportOptions
{
    std::optional<ExportFormat> format; // empty: from the file name's extension
    int quality = 95; // JPEG and WebP, 0..100; WebP at 100 is lossless. PNG and TIFF are lossless.
    // PNG: zlib level 1, about 10x faster and 3x larger; for autosaves taken during a run.
    bool fast = false;
};

// The text key (PNG text chunk, JPEG comment "key: value") that holds the metadata JSON.
inline constexpr const char *kMetadataKey = "neural-style-studio";

// ".png" -> Png, ".jpg"/".jpeg" -> Jpeg, ".tif"/".tiff" -> Tiff, ".webp" -> Webp (any case).
std::optional<ExportFormat> exportFormatFromPath(const QString &path);
QString exportFormatSuffix(ExportFormat format); // "png", "jpg", "tif", "webp"
// For file dialogs: "PNG image (*.png);;JPEG image (*.jpg *.jpeg);;..."
QString exportFileFilter();

// Encodes `image` with the metadata embedded: PNG text chunks, a JPEG comment, the TIFF
// ImageDescription (and Software) tag, or a WebP XMP chunk holding the same JSON.
// `options.format` is not used here: `format` says it.
Expected<QByteArray> encodeImage(const QImage &image, ExportFormat format, const ExportMetadata &metadata,
                                 const ExportOptions &options = {});

// The metadata as an XMP packet (xmp:CreatorTool, nss:settings holding the JSON): what WebP
// files, still and animated, carry in their XMP chunk.
QByteArray metadataXmp(const ExportMetadata &metadata);

// Encodes and saves atomically: on any failure (unknown extension, missing or read-only folder,
// full disk) the message says why and an existing file of that name is left as it was.
Status exportImage(const QImage &image, const QString &path, const ExportMetadata &metadata, const ExportOptions &options = {});

// The metadata embedded in a file this app exported (any of the four formats), so its settings
// can be opened again; a readable error when the file has none.
Expected<ExportMetadata> readImageMetadata(const QString &path);

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>
#include <QUrl>

#include "base/expected.h"
#include "base/vgg19layers.h"
#include "weights/weightstypes.h"

// Torch-free: what the CLI and the GUI need to find, describe and check a VGG-19 weights file.
namespace nss {

// torchvision's ImageNet VGG-19: the file the app expects, and where to get it.
QString officialWeightsFileName(); // "vgg19-dcbad4b5.pth"
QUrl officialWeightsUrl(); // https://download.pytorch.org/models/vgg19-dcbad4b5.pth
QString officialWeightsSha256Prefix(); // "dcbad4b5", the prefix torchvision puts in the name
QString weightsEnvironmentVariable(); // "NSS_VGG19_WEIGHTS"
// Where the app keeps (and the downloader puts) the weights: QStandardPaths::AppLocalDataLocation.
QString weightsDataFolder();

// Checks that every VGG-19 convolution with feature index <= deepestIndex is in `index` with
// the right shape and a floating-point type; the message names the first problem.
Status checkVgg19Layout(const WeightsIndex &index, int deepestIndex, const QString &what);

// Missing, a folder, unreadable, empty: the message names the file and the problem.
Status checkWeightsFileReadable(const QString &path);

struct WeightsFileInfo
{
    QString path;
    WeightsFormat format = WeightsFormat::TorchLegacy;
    QString variant; // WeightsIndex::variant: how the file was written, for bug reports
    qint64 fileSize = 0;
    int tensorCount = 0;
    QStringList vggLayers; // "conv1_1  features.0  [64, 3, 3, 3]", for those present and right
    QString vggProblem; // empty when every VGG-19 convolution is present with its shape
    QString sha256; // hex; only when asked for (it reads the whole file)
};

// Reads the file's index (not its tensor data) and checks it against VGG-19.
Expected<WeightsFileInfo> inspectWeightsFile(const QString &path, bool computeSha256 = false);

// The weights file to use: `explicitPath` (the --weights value) if not empty, else the
// NSS_VGG19_WEIGHTS environment variable, else vgg19-dcbad4b5.pth in weightsDataFolder() or in
// PyTorch's own hub cache. Otherwise a message saying where to get the file and how to point the
// app at it.
Expected<QString> locateWeights(const QString &explicitPath = {});

} // namespace nss

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
// Where both programs look for the weights and the downloader puts them: one folder for
// neural-style and neural-style-studio alike, "NeuralStyleStudio" in QStandardPaths::GenericDataLocation
// (on Linux ~/.local/share/NeuralStyleStudio/), whatever the application's name.
QString weightsDataFolder();
// Every folder looked in for vgg19-dcbad4b5.pth, in order: the shared folder in each generic data
// location, then the per-program folders earlier versions used
// (~/.local/share/NeuralStyleStudio/neural-style-studio/ and .../neural-style/), so a file
// downloaded before is still found.
QStringList weightsSearchFolders();

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

// The weights file to use, the same way for both programs: `explicitPath` (the --weights value)
// if not empty (an error when it is not a readable file), else `preferredPath` (the window's
// Preferences choice) when it is a file, else the NSS_VGG19_WEIGHTS environment variable, else
// vgg19-dcbad4b5.pth in weightsSearchFolders() or in PyTorch's own hub cache. Otherwise a message
// saying where to get the file and how to point the app at it.
Expected<QString> locateWeights(const QString &explicitPath = {}, const QString &preferredPath = {});

} // namespace nss

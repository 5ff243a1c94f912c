// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/weightsfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "base/filenames.h"
#include "weights/weightsindex.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

bool isFloating(WeightsDType dtype)
{
    return dtype == WeightsDType::Float32 || dtype == WeightsDType::Float64 || dtype == WeightsDType::Float16
           || dtype == WeightsDType::BFloat16;
}

// The organisation's folder, spelled out rather than taken from QCoreApplication so that every
// program (and a test) finds the same one.
const QLatin1String kSharedFolderName("NeuralStyleStudio");

QString torchHubFile()
{
    QString torchHome = qEnvironmentVariable("TORCH_HOME");
    if (torchHome.isEmpty()) {
        const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
        torchHome = (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) + QStringLiteral("/torch");
    }
    return torchHome + QStringLiteral("/hub/checkpoints/") + officialWeightsFileName();
}

} // namespace

QString officialWeightsFileName()
{
    return QStringLiteral("vgg19-dcbad4b5.pth");
}

QUrl officialWeightsUrl()
{
    return QUrl(QStringLiteral("https://download.pytorch.org/models/vgg19-dcbad4b5.pth"));
}

QString officialWeightsSha256Prefix()
{
    return QStringLiteral("dcbad4b5");
}

QString weightsEnvironmentVariable()
{
    return QStringLiteral("NSS_VGG19_WEIGHTS");
}

QString weightsDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + kSharedFolderName;
}

QStringList weightsSearchFolders()
{
    QStringList folders{weightsDataFolder()};
    for (const QString &base : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << base + QLatin1Char('/') + kSharedFolderName;
    // Before both programs shared a folder, each downloaded into its own (AppLocalDataLocation).
    const QString writable = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    for (const char *program : {"neural-style-studio", "neural-style"})
        folders << writable + QLatin1Char('/') + kSharedFolderName + QLatin1Char('/') + QLatin1String(program);
    folders.removeDuplicates();
    return folders;
}

Status checkVgg19Layout(const WeightsIndex &index, int deepestIndex, const QString &what)
{
    for (const VggLayerSpec &layer : vgg19ConvLayers()) {
        if (layer.index > deepestIndex)
            break;
        const std::vector<qint64> shapes[2] = {{layer.outChannels, layer.inChannels, 3, 3}, {layer.outChannels}};
        const char *const parts[2] = {"weight", "bias"};
        for (int i = 0; i < 2; ++i) {
            const QString name = QStringLiteral("features.%1.%2").arg(layer.index).arg(QLatin1String(parts[i]));
            const TensorRecord *t = index.find(name);
            if (!t)
                return fail(
                    tr("%1 has no tensor %2 (%3): it is not a torchvision VGG-19 state_dict.").arg(what, name, layer.name));
            if (t->shape != shapes[i])
                return fail(tr("%1: tensor %2 has shape %3, VGG-19 expects %4.")
                                .arg(what, name, shapeText(t->shape), shapeText(shapes[i])));
            if (!isFloating(t->dtype))
                return fail(tr("%1: tensor %2 holds %3, not floating-point numbers.").arg(what, name, dtypeName(t->dtype)));
        }
    }
    return succeeded();
}

Status checkWeightsFileReadable(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(tr("No weights file was given."));
    if (!info.exists())
        return fail(tr("%1 does not exist (%2).").arg(quotedFileName(path), QDir::toNativeSeparators(info.absoluteFilePath())));
    if (info.isDir())
        return fail(tr("%1 is a folder, not a weights file.").arg(quotedFileName(path)));
    if (!info.isReadable())
        return fail(tr("%1 cannot be read: permission denied.").arg(quotedFileName(path)));
    if (info.size() == 0)
        return fail(tr("%1 is empty (0 bytes).").arg(quotedFileName(path)));
    return succeeded();
}

Expected<WeightsFileInfo> inspectWeightsFile(const QString &path, bool computeSha256)
{
    const Status readable = checkWeightsFileReadable(path);
    if (!readable)
        return Unexpected{readable.error()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be opened: %2.").arg(quotedFileName(path), file.errorString()));
    const auto index = indexWeights(file, quotedFileName(path));
    if (!index)
        return Unexpected{index.error()};
    WeightsFileInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.format = index->format;
    info.variant = index->variant;
    info.fileSize = index->fileSize;
    info.tensorCount = int(index->tensors.size());
    for (const VggLayerSpec &layer : vgg19ConvLayers()) {
        const Status ok = checkVgg19Layout(index.value(), layer.index, quotedFileName(path));
        if (!ok) {
            info.vggProblem = ok.error();
            break;
        }
        info.vggLayers << QStringLiteral("%1  features.%2  %3")
                              .arg(layer.name)
                              .arg(layer.index)
                              .arg(shapeText({layer.outChannels, layer.inChannels, 3, 3}));
    }
    if (computeSha256) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        file.seek(0);
        if (!hash.addData(&file))
            return fail(tr("%1 could not be read to the end: %2.").arg(quotedFileName(path), file.errorString()));
        info.sha256 = QString::fromLatin1(hash.result().toHex());
    }
    return info;
}

Expected<QString> locateWeights(const QString &explicitPath, const QString &preferredPath)
{
    if (!explicitPath.isEmpty()) {
        const Status ok = checkWeightsFileReadable(explicitPath);
        if (!ok)
            return Unexpected{ok.error()};
        return QFileInfo(explicitPath).absoluteFilePath();
    }
    if (!preferredPath.isEmpty() && QFileInfo(preferredPath).isFile())
        return QFileInfo(preferredPath).absoluteFilePath(); // a choice whose file went falls through to the rest
    const QString fromEnv = qEnvironmentVariable(qPrintable(weightsEnvironmentVariable()));
    if (!fromEnv.isEmpty()) {
        const Status ok = checkWeightsFileReadable(fromEnv);
        if (!ok)
            return fail(tr("%1 (set by the environment variable %2)").arg(ok.error(), weightsEnvironmentVariable()));
        return QFileInfo(fromEnv).absoluteFilePath();
    }
    QStringList candidates;
    for (const QString &folder : weightsSearchFolders())
        candidates << folder + QLatin1Char('/') + officialWeightsFileName();
    candidates << torchHubFile();
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return fail(tr("The VGG-19 weights were not found. Download %1 (548 MB, CC BY 4.0) from %2 and either put it in %3, "
                   "set the environment variable %4 to its path, or pass --weights FILE.")
                    .arg(officialWeightsFileName(), officialWeightsUrl().toString(),
                         QDir::toNativeSeparators(weightsDataFolder()), weightsEnvironmentVariable()));
}

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/atomicfile.h"
#include "base/filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

QString writeFailed(const QString &path, const QString &why)
{
    return tr("Could not save %1: %2. Any previous file of that name is unchanged.").arg(quotedFileName(path), why);
}

// Every part written, in order.
bool writeParts(QFileDevice &file, const QList<QByteArrayView> &parts)
{
    for (const QByteArrayView part : parts)
        if (file.write(part.data(), part.size()) != part.size())
            return false;
    return true;
}

Status writeDirectly(const QString &path, const QList<QByteArrayView> &parts)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not open %1 for writing: %2.").arg(quotedFileName(path), file.errorString()));
    // Devices report a full disk only when the buffer is flushed, so check every stage.
    if (!writeParts(file, parts) || !file.flush() || file.error() != QFileDevice::NoError)
        return fail(tr("Could not save %1: %2.").arg(quotedFileName(path), file.errorString()));
    file.close();
    return succeeded();
}

} // namespace

Status checkWritableTarget(const QString &path)
{
    if (path.isEmpty())
        return fail(tr("No file name was given to save to."));
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(tr("Could not save %1: the folder %2 does not exist.").arg(quotedFileName(path), folder));
    if (info.isDir())
        return fail(tr("Could not save %1: it is a folder.").arg(quotedFileName(path)));
    return succeeded();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, QList<QByteArrayView>{bytes});
}

Status writeFileAtomically(const QString &path, const QList<QByteArrayView> &parts)
{
    if (Status checked = checkWritableTarget(path); !checked)
        return checked;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return writeDirectly(path, parts);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.")
                        .arg(quotedFileName(path), QDir::toNativeSeparators(info.absolutePath()), file.errorString()));
    }
    if (!writeParts(file, parts)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(writeFailed(path, why));
    }
    if (!file.commit())
        return fail(writeFailed(path, file.errorString()));
    return succeeded();
}

Status copyFileAtomically(const QString &source, const QString &target)
{
    if (Status checked = checkWritableTarget(target); !checked)
        return checked;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2.").arg(quotedFileName(source), in.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(tr("Could not save %1: cannot create a file in the folder %2 (%3). Choose a folder you can write to.")
                        .arg(quotedFileName(target), QDir::toNativeSeparators(QFileInfo(target).absolutePath()), out.errorString()));
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(4 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return fail(tr("Could not read %1: %2.").arg(quotedFileName(source), in.errorString()));
        }
        if (out.write(chunk) != chunk.size()) {
            const QString why = out.errorString();
            out.cancelWriting();
            return fail(writeFailed(target, why));
        }
    }
    if (!out.commit())
        return fail(writeFailed(target, out.errorString()));
    return succeeded();
}

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycheck.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include "engine/memorybudget.h"
#include "engine/memorymodel.h"
#include "engine/runpreparation.h"
#include "exportactions.h"

namespace nss {

MemoryCheck::MemoryCheck(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

std::optional<qint64> MemoryCheck::available() const
{
    if (m_override >= 0)
        return m_override;
    return availableMemoryBytes();
}

int MemoryCheck::keptFrames(const StyleSettings &settings)
{
    // ExportActions thins its list when it passes kMaxFrames: one more is the most it holds.
    return keptFrameCount(settings, ExportActions::kMaxFrames + 1);
}

TilingChoice MemoryCheck::plan(const StyleSettings &settings, QSize content, const QList<QSize> &styles) const
{
    return chooseTiling(settings, content, styles, keptFrames(settings), available());
}

bool MemoryCheck::confirmStart(const StyleSettings &settings, QSize content, const QList<QSize> &styles)
{
    const MemoryFit fit = checkMemoryFit(settings, content, styles, available(), keptFrames(settings));
    if (fit.fits())
        return true;
    const qint64 predicted = fit.predictedBytes;
    const qint64 freeBytes = *fit.availableBytes;
    const int fitting = fit.largestFittingSize;
    const QString need = tr("At %1 px this run needs about %2 of memory, but only %3 is free. "
                            "Starting it would make the system stop the app.")
                             .arg(settings.outputSize)
                             .arg(formatMemory(predicted), formatMemory(freeBytes));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not enough memory"), need, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("memoryWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (fitting > 0) {
        box->setInformativeText(tr("The largest output size that fits is %1 px (about %2).")
                                    .arg(fitting)
                                    .arg(formatMemory(predict(
                                        [&] {
                                            StyleSettings s = settings;
                                            s.outputSize = fitting;
                                            return s;
                                        }(),
                                        content, styles))));
        QPushButton *use = box->addButton(tr("Use %1 px").arg(fitting), QMessageBox::AcceptRole);
        use->setObjectName(QStringLiteral("useFittingSize"));
        box->setDefaultButton(use);
        connect(use, &QPushButton::clicked, this, [this, fitting] { Q_EMIT useOutputSize(fitting); });
    } else {
        box->setInformativeText(tr("Even the smallest size does not fit: close other programs, or use smaller style images."));
    }
    box->open(); // the GUI thread goes on painting
    return false;
}

} // namespace nss

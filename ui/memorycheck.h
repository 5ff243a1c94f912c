// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QSize>

#include "base/stylesettings.h"
#include "engine/memorymodel.h"

class QWidget;

namespace nss {

// Before a run: predicts its peak memory (core/engine/memorymodel.h) against what the machine has free,
// for the settings panel's estimate and for Start, which must never begin a run the kernel's OOM
// killer would end. A run that does not fit is offered the largest output size that does.
class MemoryCheck : public QObject
{
    Q_OBJECT

public:
    explicit MemoryCheck(QWidget *window);

    // Tests pretend the machine has this much free; a negative value reads the machine again.
    void setAvailableOverride(qint64 bytes) { m_override = bytes; }
    std::optional<qint64> available() const;

    // True when the run fits (or the free memory is unknown). Otherwise asks, without blocking,
    // whether to use the largest size that fits: useOutputSize() when the user says yes.
    bool confirmStart(const StyleSettings &settings, QSize content, const QList<QSize> &styles);

    // How the run would be painted in this window (whole, or in tiles where the whole picture does
    // not fit in available(); issue 20) and its predicted peak; the window also keeps the run's
    // frames for export.
    TilingChoice plan(const StyleSettings &settings, QSize content, const QList<QSize> &styles) const;
    qint64 predict(const StyleSettings &settings, QSize content, const QList<QSize> &styles) const
    {
        return plan(settings, content, styles).predictedBytes;
    }
    static int keptFrames(const StyleSettings &settings);

Q_SIGNALS:
    void useOutputSize(int size);

private:
    QWidget *m_window = nullptr;
    qint64 m_override = -1;
};

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "base/expected.h"
#include "base/stylesettings.h"

class QDoubleSpinBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace nss {

class ImagePane;

// One or more style paintings, each with its blend weight, plus the style-scale control. The
// first pane is always there ("stylePane"); more are added with "Add style".
class StyleListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StyleListPanel(QWidget *parent = nullptr);

    ImagePane *firstPane() const { return m_entries.constFirst().pane; }
    QList<ImagePane *> panes() const;
    ImagePane *addStyle();
    void removeStyle(int index); // the first pane is cleared instead of removed
    int count() const { return int(m_entries.size()); }

    // The loaded styles: pictures, and their sources (path and blend) in the same order.
    QList<QImage> images() const;
    QList<StyleSource> sources() const;
    double styleScale() const;
    void setStyleScale(double scale);
    void setBlend(int index, double blend);
    // The part of painting `index` to use (issue 21): a grey picture over it, white where its
    // strokes count (StyleSource::sourceMaskPath). Refused, with the reason, when it cannot be read,
    // does not have the painting's shape or is black all over; an empty path uses all of it.
    Status setSourceMask(int index, const QString &path);
    QString sourceMask(int index) const;
    // Shows exactly these styles (one pane each, at least one pane) and starts loading each file
    // in its pane, in the background (ImagePane::loadEnded reports each).
    void loadSources(const QList<StyleSource> &sources);
    // Says under the styles when a painting is smaller than the size it is painted at (`output`'s
    // longest side times the style scale; issue 20): its brush strokes come out enlarged. Hidden
    // when every painting is large enough.
    void showOutputSize(QSize output);
    QLabel *sizeNote() const { return m_sizeNote; }

Q_SIGNALS:
    void changed();
    void loadFailed(const QString &message);

private:
    struct Entry
    {
        QWidget *box = nullptr;
        ImagePane *pane = nullptr;
        QDoubleSpinBox *blend = nullptr;
        QToolButton *part = nullptr; // Part…: which part of the painting to use
        QLabel *partNote = nullptr; // "Using part: <file>", hidden when all of it is used
        QString partPath; // empty: all of it
        QString partFor; // the painting it was chosen for: another one drops it
    };
    int indexOf(const QWidget *box) const;
    void choosePart(QWidget *box);
    void showPart(Entry &entry);

    QList<Entry> m_entries;
    QVBoxLayout *m_list = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_sizeNote = nullptr;
};

} // namespace nss

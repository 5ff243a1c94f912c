// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFrame>
#include <QHash>
#include <QList>

class QMenu;
class QToolButton;
template <typename T> class QFutureWatcher;

namespace nss {

// "Try a sample": the bundled public-domain photos and paintings (resources/gallery/), as
// clickable thumbnails for an empty window and as menus for the panes. A photo goes to the
// content pane, a painting to the style pane; the window wires the signals to the panes'
// background loading. Thumbnails are decoded on a worker thread.
class SampleGallery : public QFrame
{
    Q_OBJECT

public:
    struct Sample
    {
        QString path; // ":/gallery/....jpg"
        QString shortName; // under the thumbnail
        QString title; // in the pane: "Hokusai — The Great Wave"
        bool painting = false;
    };

    static QList<Sample> samples();
    // The sample's title, empty for any other path.
    static QString titleOf(const QString &path);
    // "Sample photos" and "Sample paintings" submenus whose actions call `choose` with the path.
    static void addSampleMenus(QMenu *menu, QObject *context, const std::function<void(const QString &)> &choose);

    explicit SampleGallery(QWidget *parent = nullptr);
    ~SampleGallery() override;

    QToolButton *button(const QString &path) const { return m_buttons.value(path); }
    // Marks the samples that are in the panes now.
    void setChosen(const QString &contentPath, const QString &stylePath);

Q_SIGNALS:
    void photoChosen(const QString &path);
    void paintingChosen(const QString &path);

private:
    QHash<QString, QToolButton *> m_buttons;
    QFutureWatcher<QList<QImage>> *m_thumbnails = nullptr;
};

} // namespace nss

#pragma once

#include <QList>
#include <QObject>

#include "expected.h"
#include "styleframe.h"
#include "stylesettings.h"

class QAction;
class QMenu;
class QWidget;

namespace nss {

// The Export menu: the current image (PNG/JPEG/TIFF/WebP with the settings embedded), every frame
// of the run to a folder, and a time-lapse animated WebP. Keeps the run's frames for that.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(QWidget *window);

    void populate(QMenu *menu);
    void beginRun(const StyleSettings &settings);
    void addFrame(const StyleFrame &frame);

    const QList<StyleFrame> &frames() const { return m_frames; }
    bool hasImage() const { return !m_frames.isEmpty(); }

    // The same work as the menu's actions, without the dialogs.
    Status exportCurrentImage(const QString &path) const;
    Status exportAllFrames(const QString &folder) const;
    Status exportTimeLapseTo(const QString &path) const;

    // A run of many frames keeps at most this many (every other one is dropped when full), so a
    // preview interval of 1 cannot eat the memory.
    static constexpr int kMaxFrames = 600;

Q_SIGNALS:
    void message(const QString &text);
    void exported(); // a file was written: the work is safe

private:
    void updateEnabled();
    void report(const Status &status, const QString &done);

    QWidget *m_window = nullptr;
    StyleSettings m_settings;
    QList<StyleFrame> m_frames;
    QList<QAction *> m_actions;
};

} // namespace nss

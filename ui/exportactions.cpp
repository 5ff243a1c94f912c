#include "exportactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include "frameexport.h"
#include "imageexport.h"
#include "themedicon.h"

namespace nss {

ExportActions::ExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void ExportActions::populate(QMenu *menu)
{
    auto add = [this, menu](const QString &icon, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(themedIcon(icon), text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    add(QStringLiteral("export"), tr("&Image…"), QKeySequence(QStringLiteral("Ctrl+E")), [this] {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export image"), QDir(base).filePath(QStringLiteral("styled.png")), exportFileFilter());
        if (!path.isEmpty())
            report(exportCurrentImage(path), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    add(QStringLiteral("export-frames"), tr("All &Frames…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")), [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export all frames to"));
        if (!folder.isEmpty())
            report(exportAllFrames(folder),
                   tr("Saved %n frame(s) to %1.", nullptr, int(m_frames.size())).arg(QDir::toNativeSeparators(folder)));
    });
    add(QStringLiteral("timelapse"), tr("&Time-lapse (animated WebP)…"), QKeySequence(QStringLiteral("Ctrl+Alt+E")), [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export time-lapse"), QStringLiteral("timelapse.webp"),
                                                          tr("Animated WebP (*.webp)"));
        if (!path.isEmpty())
            report(exportTimeLapseTo(path), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    updateEnabled();
}

void ExportActions::beginRun(const StyleSettings &settings)
{
    m_settings = settings;
    m_frames.clear();
    updateEnabled();
}

void ExportActions::addFrame(const StyleFrame &frame)
{
    if (!m_frames.isEmpty() && m_frames.constLast().step == frame.step)
        m_frames.removeLast(); // the final frame repeats the step of the last preview
    m_frames.append(frame);
    if (m_frames.size() > kMaxFrames) {
        QList<StyleFrame> thinned;
        for (qsizetype i = 0; i < m_frames.size(); ++i)
            if (i % 2 == 0 || i == m_frames.size() - 1)
                thinned.append(m_frames[i]);
        m_frames = thinned;
    }
    updateEnabled();
}

Status ExportActions::exportCurrentImage(const QString &path) const
{
    if (m_frames.isEmpty())
        return fail(tr("There is no picture to export yet: press Start first."));
    const StyleFrame &last = m_frames.constLast();
    return exportImage(last.image, path, ExportMetadata{m_settings, last.step, {}});
}

Status ExportActions::exportAllFrames(const QString &folder) const
{
    if (m_frames.isEmpty())
        return fail(tr("There are no frames to export yet: press Start first."));
    return exportFrames(m_frames, folder, ExportMetadata{m_settings, m_frames.constLast().step, {}});
}

Status ExportActions::exportTimeLapseTo(const QString &path) const
{
    if (m_frames.isEmpty())
        return fail(tr("There are no frames for a time-lapse yet: press Start first."));
    return exportTimeLapse(m_frames, path, ExportMetadata{m_settings, m_frames.constLast().step, {}});
}

void ExportActions::updateEnabled()
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(!m_frames.isEmpty());
}

void ExportActions::report(const Status &status, const QString &done)
{
    if (status) {
        Q_EMIT message(done);
        Q_EMIT exported();
        return;
    }
    Q_EMIT message(status.error());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), status.error(), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace nss

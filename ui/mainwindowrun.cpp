// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's half that follows a run: its frames, live previews, status, end and errors.
#include "mainwindow.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

#include "autosaveguard.h"
#include "exportactions.h"
#include "historystrip.h"
#include "losschart.h"
#include "previewview.h"
#include "runprogress.h"

namespace nss {

void MainWindow::onFrame(const StyleFrame &frame)
{
    if (frame.jobId != m_jobId)
        return; // a frame of an older run, still queued
    m_lastFrame = frame;
    // While an earlier result is picked in the strip, it stays on screen; the run goes on.
    if (m_history->selectedIds().isEmpty())
        m_preview->setImage(frame.image);
    m_progress->showFrame(frame);
    m_chart->addFrame(frame);
    m_export->addFrame(frame);
    m_autosave->frameArrived(frame);
}

// Between frames: the live picture, smaller than the output for large ones. Only shown: the
// frames are what is kept, exported and autosaved.
void MainWindow::onPreview(const StyleFrame &preview)
{
    if (preview.jobId != m_jobId || preview.step <= m_lastFrame.step)
        return;
    if (m_history->selectedIds().isEmpty())
        m_preview->setImage(preview.image, m_runOutputSize);
    m_chart->addFrame(preview);
}

void MainWindow::showEngineStatus(const QString &message)
{
    m_engineStatus = message;
    if (m_controller->state() != StyleController::State::Paused)
        statusBar()->showMessage(message);
}

void MainWindow::onFinished(const StyleFrame &last, bool cancelled)
{
    if (last.jobId != m_jobId)
        return;
    if (!last.image.isNull() && last.step >= m_lastFrame.step)
        onFrame(last);
    m_autosave->runEnded(m_lastFrame); // until the history has it
    keepResult(cancelled ? HistoryItem::Outcome::Stopped : HistoryItem::Outcome::Finished);
    if (!m_runVideo.isEmpty()) {
        if (!cancelled && QFileInfo::exists(m_runVideo))
            m_export->setVideo(m_lastVideo = m_runVideo);
        statusBar()->showMessage(cancelled ? tr("Stopped after frame %1 of %2; Start goes on from there.").arg(last.step).arg(last.totalSteps)
                                           : tr("Done: %n video frame(s). Export ▸ Video… saves the video.", nullptr, last.step));
        return;
    }
    statusBar()->showMessage(cancelled ? tr("Stopped at step %1; Start goes on from there while the settings stay the same.").arg(m_lastFrame.step)
                                       : tr("Done: %1 steps in %2 s.").arg(last.step).arg(last.elapsedSeconds, 0, 'f', 1));
}

void MainWindow::onFailed(quint64 jobId, const QString &message)
{
    if (jobId != m_jobId)
        return;
    keepResult(HistoryItem::Outcome::Failed); // the picture up to the error is still the artist's
    statusBar()->showMessage(message);
    showError(tr("The run stopped"), message);
}

// Errors the user must act on: a dialog, never only the status bar, where the next message hides them.
void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // never exec(): the GUI thread keeps painting
}

void MainWindow::onStateChanged(StyleController::State state)
{
    const bool busy = state != StyleController::State::Idle;
    m_startAction->setEnabled(!busy);
    m_pauseAction->setEnabled(busy);
    m_pauseAction->setText(state == StyleController::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_stopAction->setEnabled(busy);
    if (state == StyleController::State::Paused)
        statusBar()->showMessage(tr("Paused at step %1.").arg(m_progress->step()));
    else if (busy)
        statusBar()->showMessage(m_engineStatus); // resumed: what the engine is doing again
}

} // namespace nss

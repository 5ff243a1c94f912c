// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and the run history: each run's result kept when the run ends, the film strip's
// requests, a crashed session's picture rescued, and the question when closing during a run.
#include "mainwindow.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include "autosaveguard.h"
#include "exportactions.h"
#include "historystrip.h"
#include "imagepane.h"
#include "maskcanvas.h"
#include "maskeditor.h"
#include "pictureloads.h"
#include "previewview.h"
#include "queuerunner.h"
#include "runprogress.h"

namespace nss {

// The film strip: what it shows goes to the preview; its results can be exported or restored.
void MainWindow::connectHistory()
{
    connect(m_history, &HistoryStrip::showRequested, this, &MainWindow::showHistoryItem);
    connect(m_history, &HistoryStrip::restoreRequested, this, &MainWindow::restoreHistoryItem);
    connect(m_history, &HistoryStrip::selectionCleared, this, [this] {
        // Back to the live picture: the run's newest frame (or the content before any), against the content.
        m_preview->setSplitView(false);
        m_preview->setBeforeImage(m_contentPane->image());
        m_preview->setImage(m_lastFrame.image.isNull() ? m_contentPane->image() : m_lastFrame.image);
    });
    connect(m_history, &HistoryStrip::compareRequested, this,
            [this](const HistoryItem &, const QImage &left, const HistoryItem &, const QImage &right) {
                m_preview->setBeforeImage(left);
                m_preview->setImage(right);
                m_preview->setSplitView(true);
                statusBar()->showMessage(tr("Comparing two results: the older on the left. Drag the divider."));
            });
    connect(m_history, &HistoryStrip::exportRequested, this, [this](const HistoryItem &item, const QImage &picture) {
        if (!item.video.isEmpty()) // a video's result: the video, its last frame shown in the strip
            m_export->exportVideoWithDialog(item.video, QStringLiteral("styled-%1").arg(item.id));
        else
            m_export->exportPictureWithDialog(picture, item.metadata(), QStringLiteral("styled-%1.png").arg(item.id));
    });
    connect(m_history, &HistoryStrip::failed, this, [this](const QString &message) {
        if (m_quit == Quit::AfterKeeping)
            m_quit = Quit::Ask; // not kept: the window stays, and the dialog says why
        showError(tr("Run history"), message);
    });
    // Once a run's result is kept, it no longer needs the crash autosave. A rescued autosave stays
    // until the user answers the offer to restore it (offerRecovery()).
    connect(m_history, &HistoryStrip::itemKept, this, [this](const QString &id) {
        // The queue's results say nothing about the window's own run.
        if (!id.startsWith(QLatin1String("recovered-")) && !m_queueRunner->isKeeping(id))
            m_autosave->workIsSafe();
    });
    connect(m_history, &HistoryStrip::idle, this, [this] {
        if (m_quit == Quit::AfterKeeping)
            close();
    });
}

void MainWindow::rescueAutosave()
{
    if (!m_autosave->hasRecovery())
        return;
    const auto data = m_autosave->recover();
    if (!data || data->lastFrame.isNull())
        return;
    HistoryItem item;
    // Named after the autosave's time: a session that starts twice before the autosave is
    // cleared does not keep it twice.
    item.id = QStringLiteral("recovered-") + data->savedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (m_history->item(item.id).ok())
        return;
    item.settings = data->settings;
    item.step = data->step;
    item.totalSteps = data->settings.steps;
    item.createdAt = data->savedAt;
    item.outcome = HistoryItem::Outcome::Recovered;
    m_history->keep(item, data->lastFrame);
}

// The run's result, finished, stopped or cut short by an error, goes into the history.
void MainWindow::keepResult(HistoryItem::Outcome outcome)
{
    if (m_runKept || m_lastFrame.image.isNull()) {
        m_runKept = true;
        return;
    }
    m_runKept = true;
    HistoryItem item = historyItemFor(m_runSettings, m_lastFrame, outcome); // as the queue's results
    item.weightChanges = m_export->weightChanges(); // the sliders moved during the run
    item.masks = m_maskEditor->canvas()->masks(); // as the run used them last (a video's frames too)
    if (!m_runVideo.isEmpty() && outcome == HistoryItem::Outcome::Finished && QFileInfo::exists(m_runVideo))
        item.video = m_runVideo; // the history keeps a copy: the next run of the clip rewrites this one
    m_history->keep(item, m_lastFrame.image);
}

void MainWindow::onLossWeightsChanged(double contentWeight, double styleWeight, double tvWeight)
{
    if (!m_controller->isBusy())
        return;
    m_controller->updateLossWeights(contentWeight, styleWeight, tvWeight);
    // The run takes them at its next step: from the step after the newest frame at the latest.
    m_export->lossWeightsChanged(m_lastFrame.step + 1, contentWeight, styleWeight, tvWeight);
}

void MainWindow::showHistoryItem(const HistoryItem &item, const QImage &picture)
{
    m_preview->setSplitView(false);
    m_preview->setImage(picture);
    statusBar()->showMessage(tr("Result of %1: step %2 of %3, %4 x %5 px.")
                                 .arg(QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat))
                                 .arg(item.step)
                                 .arg(item.totalSteps)
                                 .arg(picture.width())
                                 .arg(picture.height()));
}

void MainWindow::restoreHistoryItem(const HistoryItem &item)
{
    loadSettings(item.settingsUsed());
    updateMemoryEstimate();
    const QDateTime createdAt = item.createdAt;
    connect(loadPictures(item.settings), &PictureLoads::finished, this, [this, createdAt, settings = item.settings](QStringList problems) {
        problems += restoreMasks(settings); // painted over the photo, so after it; none clears them
        if (!problems.isEmpty())
            showError(tr("Restore settings"), problems.join(QLatin1Char('\n')));
        else
            statusBar()->showMessage(tr("Restored the settings of the result of %1.")
                                         .arg(QLocale().toString(createdAt.toLocalTime(), QLocale::ShortFormat)));
    });
}

void MainWindow::askBeforeQuittingDuringARun()
{
    if (findChild<QMessageBox *>(QStringLiteral("quitDuringRun")))
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, tr("A run is in progress"),
                                tr("Stop the run and keep its picture at step %1 in the history?").arg(m_lastFrame.step),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitDuringRun"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("Stop and Keep"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("stopAndKeep"));
    box->addButton(tr("Keep Running"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("keepRunning"));
    box->addButton(tr("Quit Anyway"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("quitAnyway"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        const QString name = button->objectName();
        if (name == QLatin1String("stopAndKeep")) {
            m_quit = Quit::AfterKeeping;
            statusBar()->showMessage(tr("Stopping; closing once the picture is kept…"));
            m_controller->cancel(); // its last frame arrives in onFinished, which keeps it
        } else if (name == QLatin1String("quitAnyway")) {
            m_quit = Quit::Now;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        }
        box->close();
    });
    box->open();
}

void MainWindow::offerRecovery()
{
    if (!m_autosave->hasRecovery())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Restore the last session?"),
        tr("The last session ended before its picture was kept. The picture is in the history now. Restore its settings "
           "and picture?"),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            restoreRecovery();
        else
            m_autosave->workIsSafe();
    });
    box->open();
}

void MainWindow::restoreRecovery()
{
    const auto data = m_autosave->recover();
    if (!data) {
        statusBar()->showMessage(data.error());
        return;
    }
    loadSettings(data->settings);
    loadPictures(data->settings); // in the background; a picture gone since shows why in its pane
    if (!data->lastFrame.isNull()) {
        StyleFrame frame;
        frame.image = data->lastFrame;
        frame.step = data->step;
        frame.totalSteps = data->settings.steps;
        m_lastFrame = frame;
        m_preview->setImage(frame.image);
        m_progress->showFrame(frame);
        m_export->beginRun(data->settings);
        m_export->addFrame(frame); // exportable again
    }
    statusBar()->showMessage(tr("Restored the last session (step %1).").arg(data->step));
}

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's layout and its wiring to the engine and the panels, apart from what the window
// does when things happen (mainwindow.cpp) and its menus (mainwindowactions.cpp).
#include "mainwindow.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "autosaveguard.h"
#include "exportactions.h"
#include "historystrip.h"
#include "imagepane.h"
#include "layerspanel.h"
#include "losschart.h"
#include "memorycheck.h"
#include "previewview.h"
#include "projectactions.h"
#include "runprogress.h"
#include "samplegallery.h"
#include "settingspanel.h"
#include "stylelistpanel.h"

namespace nss {

namespace {

QWidget *group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

void MainWindow::buildLayout()
{
    // Left: the pictures going in.
    auto *inputs = new QWidget;
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addWidget(m_contentPane, 1);
    inputsLayout->addWidget(m_styles, 2);
    auto *inputsScroll = new QScrollArea;
    inputsScroll->setWidget(inputs);
    inputsScroll->setWidgetResizable(true);
    inputsScroll->setMinimumWidth(220);

    // Centre: the picture coming out, with its progress and loss curve.
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    m_gallery = new SampleGallery;
    centreLayout->addWidget(m_gallery);
    centreLayout->addWidget(m_preview, 1);
    centreLayout->addWidget(m_progress);
    centreLayout->addWidget(m_chart);
    centreLayout->addWidget(group(tr("History"), m_history));

    // Right: the controls and the run buttons.
    auto *controls = new QWidget;
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->addWidget(group(tr("Settings"), m_settingsPanel));
    controlsLayout->addWidget(m_layersPanel); // collapsed until asked for
    auto *buttons = new QHBoxLayout;
    controlsLayout->addLayout(buttons);
    for (QAction *action : {m_startAction, m_pauseAction, m_stopAction}) {
        auto *button = new QPushButton(action->icon(), action->text());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
        });
        button->setEnabled(action->isEnabled());
        buttons->addWidget(button);
    }
    controlsLayout->addStretch(1);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(inputsScroll);
    splitter->addWidget(centre);
    splitter->addWidget(controls);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

// The engine's and the exporters' reports reach the window.
void MainWindow::connectEngine()
{
    connect(m_controller, &StyleController::frameReady, this, &MainWindow::onFrame);
    connect(m_controller, &StyleController::previewReady, this, &MainWindow::onPreview);
    connect(m_controller, &StyleController::progressed, m_progress, &RunProgress::showProgress);
    connect(m_controller, &StyleController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &StyleController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &StyleController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_export, &ExportActions::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_projects, &ProjectActions::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_projects, &ProjectActions::failed, this, &MainWindow::showError);
    connect(m_autosave, &AutosaveGuard::failed, this, [this](const QString &text) { showError(tr("Autosave"), text); });
    connect(m_export, &ExportActions::exported, m_autosave, &AutosaveGuard::workIsSafe);
    statusBar()->addPermanentWidget(m_export->busyIndicator());
    connect(m_controller, &StyleController::statusMessage, this, &MainWindow::showEngineStatus);
}

// The panes and panels: live loss weights, the before picture, the memory estimate, messages.
void MainWindow::connectPanels()
{
    connect(m_settingsPanel, &SettingsPanel::lossWeightsChanged, this, &MainWindow::onLossWeightsChanged);
    connect(m_settingsPanel, &SettingsPanel::temporalWeightChanged, this, [this](double weight) {
        if (m_controller->isBusy() && !m_runVideo.isEmpty()) // the video in progress, from its next step
            m_controller->updateTemporalWeight(weight);
    });
    connect(m_contentPane, &ImagePane::imageChanged, this, [this](const QImage &image, const QString &path) {
        m_settingsPanel->setVideo(m_contentPane->isVideo());
        m_preview->setBeforeImage(image);
        if (m_preview->image().isNull() || !m_controller->isBusy())
            m_preview->setImage(image);
        if (!path.isEmpty() && !path.startsWith(QLatin1String(":/"))) // a bundled sample is no recent file
            m_app.addRecentFile(path);
    });
    connect(m_settingsPanel, &SettingsPanel::runSizeChanged, this, &MainWindow::updateMemoryEstimate);
    connect(m_contentPane, &ImagePane::imageChanged, this, &MainWindow::updateMemoryEstimate);
    connect(m_styles, &StyleListPanel::changed, this, &MainWindow::updateMemoryEstimate);
    connect(m_memory, &MemoryCheck::useOutputSize, this, [this](int size) {
        m_settingsPanel->outputSize()->setValue(size);
        start();
    });
    auto showMessage = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_contentPane, &ImagePane::loadFailed, this, showMessage);
    connect(m_styles, &StyleListPanel::loadFailed, this, showMessage);
}

// "Try a sample": a photo goes to the content pane, a painting to the style pane, through their
// background loading; the strip goes once both panes have a picture (the panes' Samples menus stay).
void MainWindow::connectGallery()
{
    connect(m_gallery, &SampleGallery::photoChosen, m_contentPane, &ImagePane::loadFileAsync);
    connect(m_gallery, &SampleGallery::paintingChosen, this, [this](const QString &path) { stylePane()->loadFileAsync(path); });
    auto update = [this] {
        m_gallery->setVisible(!m_contentPane->hasImage() || !stylePane()->hasImage());
        m_gallery->setChosen(m_contentPane->filePath(), stylePane()->filePath());
    };
    connect(m_contentPane, &ImagePane::imageChanged, this, update);
    connect(m_styles, &StyleListPanel::changed, this, update);
    update();
}

} // namespace nss

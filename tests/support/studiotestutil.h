// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the studio window's run and export tests: a window with two small pictures loaded,
// the fixture weights chosen and settings that finish in seconds on 2 cores.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "imagepane.h"
#include "io/autosave.h"
#include "io/runhistory.h"
#include "mainwindow.h"
#include "settingspanel.h"

namespace nss::testutil {

inline QString fixtureWeights()
{
    return QDir(QStringLiteral(NSS_FIXTURE_DIR)).filePath(QStringLiteral("vgg19-legacy.pth"));
}

// Test-mode folders persist between runs on one machine: each test program starts from an empty
// run history, so a long-lived CI machine does not make later runs slower or different.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(RunHistory::defaultFolder()).removeRecursively();
    QDir(Autosave::defaultFolder()).removeRecursively(); // with a stopped run's checkpoint
}

// A gradient photo and a striped painting: enough structure for non-trivial losses.
inline bool loadSmallPictures(MainWindow &window, const QTemporaryDir &dir)
{
    QImage content(56, 48, QImage::Format_RGB32);
    for (int y = 0; y < content.height(); ++y)
        for (int x = 0; x < content.width(); ++x)
            content.setPixelColor(x, y, QColor(x * 4, y * 5, 128));
    QImage style(40, 40, QImage::Format_RGB32);
    style.fill(Qt::white);
    QPainter painter(&style);
    for (int i = 0; i < 40; i += 8)
        painter.fillRect(i, 0, 4, 40, QColor(200, 40, 20));
    painter.end();
    const QString contentPath = QDir(dir.path()).filePath(QStringLiteral("content.png"));
    const QString stylePath = QDir(dir.path()).filePath(QStringLiteral("style.png"));
    return content.save(contentPath) && style.save(stylePath) && window.contentPane()->loadFile(contentPath)
           && window.stylePane()->loadFile(stylePath);
}

// Adam steps are single optimiser steps, so frame steps are exact multiples of the interval.
inline void useQuickSettings(MainWindow &window, int steps, int frameEvery)
{
    StyleSettings s = window.currentSettings();
    s.outputSize = 48;
    s.steps = steps;
    s.frameEvery = frameEvery;
    s.optimizer = Optimizer::Adam;
    window.loadSettings(s);
    window.setSessionThreads(1); // as --threads 1: leave a core to the GUI thread (settings carry no count)
}

} // namespace nss::testutil

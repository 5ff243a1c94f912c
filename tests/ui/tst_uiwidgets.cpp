// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include "base/styleframe.h"
#include "logslider.h"
#include "losschart.h"
#include "previewview.h"
#include "runprogress.h"
#include "settingspanel.h"

using namespace nss;

class TestUiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logSliderSpansDecadesAndShowsTheNumber()
    {
        LogSlider slider(QStringLiteral("Style"), 1.0e-2, 1.0e12);
        QSignalSpy changed(&slider, &LogSlider::valueChanged);
        slider.setValue(1.0e6);
        QCOMPARE(changed.count(), 0); // loading settings is not a user change
        QCOMPARE(slider.spinBox()->value(), 1.0e6);
        QCOMPARE(slider.spinBox()->text(), QStringLiteral("1e+06"));

        // One decade is a fixed distance on the slider: moving it by that much multiplies by 10.
        const int at1e6 = slider.slider()->value();
        slider.slider()->setValue(at1e6 + slider.slider()->pageStep());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(slider.value(), 1.0e7);
        QCOMPARE(slider.spinBox()->value(), 1.0e7);

        slider.spinBox()->setValue(250.0);
        QCOMPARE(slider.value(), 250.0);
        QCOMPARE(changed.last().at(0).toDouble(), 250.0);

        slider.slider()->setValue(slider.slider()->minimum());
        QCOMPARE(slider.value(), 0.0); // the far left switches the term off
    }

    void settingsPanelStartsAtTheDefaultsAndRoundTrips()
    {
        SettingsPanel panel;
        StyleSettings fromPanel;
        fromPanel.outputSize = 1; // overwritten by apply()
        panel.apply(fromPanel);
        QCOMPARE(fromPanel, StyleSettings());

        StyleSettings custom;
        custom.outputSize = 96;
        custom.steps = 40;
        custom.optimizer = Optimizer::Adam;
        custom.frameEvery = 5;
        custom.seed = 7;
        custom.init = InitMode::Noise;
        custom.pooling = Pooling::Average;
        custom.keepColors = KeepColors::Luminance;
        custom.scales = 2;
        custom.precision = Precision::Float32;
        custom.styleWeight = 3.0e4;
        custom.contentWeight = 2.0;
        custom.tvWeight = 0.5;
        panel.load(custom);
        StyleSettings back;
        panel.apply(back);
        QCOMPARE(back, custom);
    }

    void settingsPanelStartsFromAnImageFile()
    {
        QTemporaryDir dir;
        QImage picture(20, 10, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        const QString path = dir.filePath(QStringLiteral("start here.png"));
        QVERIFY(picture.save(path));

        SettingsPanel panel;
        panel.show();
        QComboBox *init = panel.initMode();
        QCOMPARE(init->count(), 3);
        QVERIFY(!panel.initPathLabel()->isVisible());
        // Cancelling the file dialog goes back to what was chosen before.
        init->setFocus();
        QTest::keyClick(init, Qt::Key_End);
        auto *dialog = panel.findChild<QFileDialog *>(QStringLiteral("initImageDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!panel.findChild<QFileDialog *>(QStringLiteral("initImageDialog"))); // closed and gone
        StyleSettings s;
        panel.apply(s);
        QVERIFY(s.init == InitMode::Content);

        QTest::keyClick(init, Qt::Key_End);
        dialog = panel.findChild<QFileDialog *>(QStringLiteral("initImageDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // as the Open button does
        panel.apply(s);
        QVERIFY(s.init == InitMode::Image);
        QCOMPARE(s.initPath, path);
        QVERIFY(panel.initPathLabel()->isVisible());
        QCOMPARE(panel.initPathLabel()->text(), QStringLiteral("start here.png"));

        // Another mode keeps the path for later but does not use it.
        QTest::keyClick(init, Qt::Key_Home);
        panel.apply(s);
        QVERIFY(s.init == InitMode::Content);
        QVERIFY(!panel.initPathLabel()->isVisible());
        SettingsPanel loaded;
        s.init = InitMode::Image;
        loaded.load(s);
        StyleSettings back;
        loaded.apply(back);
        QCOMPARE(back, s);
    }

    void settingsPanelReportsWeightMoves()
    {
        SettingsPanel panel;
        QSignalSpy weights(&panel, &SettingsPanel::lossWeightsChanged);
        panel.styleWeight()->spinBox()->setValue(5.0e3);
        QCOMPARE(weights.count(), 1);
        QCOMPARE(weights.last().at(0).toDouble(), 1.0);
        QCOMPARE(weights.last().at(1).toDouble(), 5.0e3);
    }

    void previewFitsZoomsAndSplits()
    {
        PreviewView view;
        view.resize(408, 308);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QImage image(100, 50, QImage::Format_RGB888);
        image.fill(Qt::red);
        view.setImage(image);
        QVERIFY(view.isFit());
        QCOMPARE(view.zoom(), 4.0 * view.devicePixelRatioF()); // 400 px wide (minus margins) over 100

        view.actualSize();
        QVERIFY(!view.isFit());
        QCOMPARE(view.zoom(), 1.0); // one image pixel per device pixel
        {
            const QImage shot = view.grab().toImage();
            const int row = shot.height() / 2;
            int red = 0;
            for (int x = 0; x < shot.width(); ++x)
                red += shot.pixelColor(x, row) == QColor(Qt::red);
            QCOMPARE(red, 100); // at any devicePixelRatio (this test also runs at 2x)
        }

        QWheelEvent wheel(QPointF(200, 150), view.mapToGlobal(QPointF(200, 150)), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QCOMPARE(view.zoom(), 1.25);

        // Dragging pans: the image moves with the mouse.
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(200, 150));
        QTest::mouseMove(&view, QPoint(150, 150));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(150, 150));
        {
            const QImage shot = view.grab().toImage();
            const qreal d = view.devicePixelRatioF();
            // The image (125 device px wide, centred at 204 logical px) now ends 50 px further left.
            const int rightEdge = int((204 + 62.5 / d - 50) * d);
            QCOMPARE(shot.pixelColor(rightEdge - 3, int(154 * d)), QColor(Qt::red));
            QVERIFY(shot.pixelColor(rightEdge + 3, int(154 * d)) != QColor(Qt::red));
        }

        QImage before(100, 50, QImage::Format_RGB888);
        before.fill(Qt::blue);
        view.setBeforeImage(before);
        view.fitToWindow();
        view.setSplitView(true);
        const QImage shot = view.grab().toImage();
        const qreal dpr = view.devicePixelRatioF();
        // Left of the divider the content image, right of it the result.
        QCOMPARE(shot.pixelColor(int(100 * dpr), int(154 * dpr)), QColor(Qt::blue));
        QCOMPARE(shot.pixelColor(int(300 * dpr), int(154 * dpr)), QColor(Qt::red));
    }

    void lossChartAndProgressFollowFrames()
    {
        LossChart chart;
        RunProgress progress;
        progress.reset(300);
        for (int step : {100, 200, 300}) {
            StyleFrame frame;
            frame.step = step;
            frame.totalSteps = 300;
            frame.contentLoss = 10.0 / step;
            frame.styleLoss = 1000.0 / step;
            frame.totalLoss = frame.contentLoss + frame.styleLoss;
            frame.stepsPerSecond = 50.0;
            frame.isFinal = step == 300;
            frame.elapsedSeconds = step / 50.0;
            chart.addFrame(frame);
            progress.showFrame(frame);
            if (step == 100)
                QCOMPARE(progress.rateText(), QStringLiteral("50.0 steps/s, 0:04 left"));
        }
        QCOMPARE(chart.points().size(), 3);
        QCOMPARE(chart.points().last().style, 1000.0 / 300);
        QCOMPARE(progress.step(), 300);
        QCOMPARE(progress.rateText(), QStringLiteral("50.0 steps/s, done in 0:06"));
        chart.resize(320, 160);
        QVERIFY(!chart.grab().isNull());
    }
};

QTEST_MAIN(TestUiWidgets)
#include "tst_uiwidgets.moc"

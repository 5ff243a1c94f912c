// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QImage>
#include <QList>
#include <QObject>

#include "base/runmasks.h"
#include "base/styleframe.h"
#include "base/styleprogress.h"
#include "base/stylesettings.h"
#include "video/videojob.h"

namespace nss {

// The engine as the GUI sees it: a QObject living in the caller's thread that runs style transfer
// in a worker QThread it owns, and reports through queued signals. Every method returns at once;
// the GUI thread never waits on the engine. No LibTorch type appears here (PIMPL).
class StyleController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Running, Paused };
    Q_ENUM(State)

    explicit StyleController(QObject *parent = nullptr);
    // Cancels a run in progress, then quits and waits for the worker thread (never terminates it).
    ~StyleController() override;

    // The VGG-19 network file (any format the weights reader accepts). Loaded lazily by the worker
    // at the next start and kept for later runs while the path stays the same.
    void setNetworkFile(const QString &path);
    QString networkFile() const;

    // Where runs of still pictures keep where they stand (io/runcheckpoint.h; empty, the default:
    // nowhere). A run started with the settings and pictures of the stopped run that saved it goes
    // on from its step instead of starting afresh; a run that ends deletes the file. Videos resume
    // by themselves (video/videojob.h) and keep none.
    void setCheckpointFile(const QString &path);

    // Starts a run with already-decoded images (content, one per settings.styles entry, and the
    // init image when settings.init is InitMode::Image). A run in progress is cancelled first.
    // Invalid settings or images are reported through failed(), never thrown. Returns the job id.
    quint64 start(const StyleSettings &settings, const QImage &content, const QList<QImage> &styles,
                  const QImage &initImage = QImage());
    // A video job (video/videojob.h): the same signals as a run, one frame per finished video frame.
    quint64 startVideo(const StyleSettings &settings, const QList<QImage> &styles, const VideoOptions &options);

    void pause();
    void resume();
    void cancel(); // the worker stops within one step; the last frame stays available
    // Takes effect at the next step of the run in progress, without restarting it. Loss weights outside
    // the range StyleSettings::validate() accepts (NaN, negative, above 1e15, all zero) are ignored.
    void updateLossWeights(double contentWeight, double styleWeight, double tvWeight);
    // The temporal weight of the video job in progress (issue 23), from its next step and for its
    // later frames; ignored outside 0..1e15.
    void updateTemporalWeight(double weight);
    // Region masks (base/runmasks.h) for the run in progress, from its next step, and the runs after
    // it: what the window's mask painter sends after every stroke.
    void setMasks(const RunMasks &masks);

    State state() const;
    bool isBusy() const { return state() != State::Idle; }
    quint64 currentJobId() const;
    StyleFrame lastFrame() const; // the newest frame of the newest run (empty image before any)

Q_SIGNALS:
    void stateChanged(nss::StyleController::State state);
    void statusMessage(const QString &message); // "Loading VGG-19 weights…", "Computing style targets…"
    void frameReady(const nss::StyleFrame &frame); // every settings.frameEvery steps: kept for export
    // The live picture between frames, at display size (about twice a second, or every step when
    // steps are slower): to show, never to keep.
    void previewReady(const nss::StyleFrame &preview);
    void progressed(const nss::StyleProgress &progress); // after every step
    void finished(const nss::StyleFrame &last, bool cancelled);
    void failed(quint64 jobId, const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nss

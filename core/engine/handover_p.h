// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

namespace nss {

// Runs calls in the event loop of the thread this object lives in, posted from any thread; the
// controller and its worker hand every job and every result to each other through one of these.
// Internal to core.
//
// It does what QMetaObject::invokeMethod(receiver, functor, Qt::QueuedConnection) does, with one
// difference that matters only under ThreadSanitizer: the hand-over is visible to it. Qt's event
// queue is guarded by a QMutex, which in Qt 6 on Linux is a futex inside libQt6Core; Debian's Qt
// is not built with -fsanitize=thread, so TSan never sees the happens-before edge the queue makes,
// and reports every value written before a queued call and read in it as a race. invokeMethod's
// inline template writes the call's copies after the last point our code could mark, so post()
// builds the event itself, marks the edge (__tsan_release) after every write to it and only then
// posts it; event() marks the other side (__tsan_acquire) before touching the event. That is
// exactly what the queue's lock does and nothing more, so a race that does not go through the
// hand-over is still reported. Without TSan the marks compile to nothing.
class HandOver : public QObject
{
public:
    explicit HandOver(QObject *parent = nullptr)
        : QObject(parent)
    { }

    // Thread-safe. The call runs in this object's thread, in posting order; calls still queued
    // when the object is destroyed are dropped unrun.
    void post(std::function<void()> call);

protected:
    bool event(QEvent *event) override;
};

// The same two marks for a hand-over Qt makes elsewhere out of TSan's sight (QThread::wait()):
// release before it in the giving thread, acquire after it in the taking one.
namespace tsan {
void release(const void *key);
void acquire(const void *key);
} // namespace tsan

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/handover_p.h"

#include <QCoreApplication>
#include <QEvent>

#if defined(__SANITIZE_THREAD__)
#define NSS_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define NSS_TSAN 1
#endif
#endif

#ifdef NSS_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace nss {

namespace {

const QEvent::Type callEventType = static_cast<QEvent::Type>(QEvent::registerEventType());

struct CallEvent : QEvent
{
    explicit CallEvent(std::function<void()> c)
        : QEvent(callEventType)
        , call(std::move(c))
    { }
    std::function<void()> call;
};

} // namespace

void tsan::release([[maybe_unused]] const void *key)
{
#ifdef NSS_TSAN
    __tsan_release(const_cast<void *>(key));
#endif
}

void tsan::acquire([[maybe_unused]] const void *key)
{
#ifdef NSS_TSAN
    __tsan_acquire(const_cast<void *>(key));
#endif
}

void HandOver::post(std::function<void()> call)
{
    auto *posted = new CallEvent(std::move(call));
    tsan::release(this); // everything written so far, the event included, happens before event()
    QCoreApplication::postEvent(this, posted);
}

bool HandOver::event(QEvent *event)
{
    tsan::acquire(this); // the other half of post()'s mark, before the event is read
    if (event->type() != callEventType)
        return QObject::event(event);
    static_cast<CallEvent *>(event)->call();
    return true;
}

} // namespace nss

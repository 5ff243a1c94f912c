// SPDX-License-Identifier: GPL-3.0-or-later
#include "themedicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

#include "nss_version.h"

namespace nss {

namespace {

// Renders the monochrome SVG at the exact device-pixel size asked for, then replaces its colour
// with the palette's, keeping the alpha (anti-aliasing) of the drawing.
class TintedSvgIconEngine final : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(QString path)
        : m_path(std::move(path))
    { }

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("nss-tinted-svg"); }
    bool isNull() override { return !QFile::exists(m_path); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    // QIcon asks for device pixels here and sets the device pixel ratio itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return render(size, mode, state, 1.0); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, render(rect.size() * dpr, mode, state, dpr));
    }

private:
    static QColor colourFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QPixmap render(const QSize &deviceSize, QIcon::Mode mode, QIcon::State, qreal dpr) const
    {
        if (deviceSize.isEmpty())
            return {};
        const QColor colour = colourFor(mode);
        const QString cacheKey = m_path % u'@' % QString::number(deviceSize.width()) % u'x' % QString::number(deviceSize.height())
                                 % u'#' % QString::number(colour.rgba(), 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            QImageReader reader(m_path);
            reader.setScaledSize(deviceSize);
            QImage image = reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
            if (image.isNull())
                return {};
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
            painter.end();
            pixmap = QPixmap::fromImage(std::move(image));
            QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(dpr);
        return pixmap;
    }

    QString m_path;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/actions/") % name % QStringLiteral(".svg");
    if (!QFile::exists(path))
        return {};
    return QIcon(new TintedSvgIconEngine(path));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/app/" NSS_APP_ID ".svg"));
}

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplegallery.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nss {

namespace {

constexpr QSize kIconSize(88, 66);

QList<QImage> readThumbnails(const QStringList &paths, QSize bound)
{
    QList<QImage> result;
    for (const QString &path : paths) {
        QImageReader reader(path);
        if (reader.size().isValid())
            reader.setScaledSize(reader.size().scaled(bound, Qt::KeepAspectRatio)); // JPEG decodes at the smaller size
        result.append(reader.read());
    }
    return result;
}

} // namespace

QList<SampleGallery::Sample> SampleGallery::samples()
{
    const auto photo = [](const char *file, const QString &shortName, const QString &title) {
        return Sample{QStringLiteral(":/gallery/") + QLatin1String(file), shortName, title, false};
    };
    const auto painting = [](const char *file, const QString &shortName, const QString &title) {
        return Sample{QStringLiteral(":/gallery/") + QLatin1String(file), shortName, title, true};
    };
    return {
        photo("photo-astronaut.jpg", tr("Astronaut"), tr("Photo — Astronaut Eileen Collins (NASA)")),
        photo("photo-chelsea.jpg", tr("Cat"), tr("Photo — Chelsea the cat")),
        photo("photo-coffee.jpg", tr("Coffee"), tr("Photo — Coffee cup")),
        photo("photo-rocket.jpg", tr("Rocket"), tr("Photo — Falcon 9 launch (SpaceX)")),
        painting("hokusai-great-wave.jpg", tr("Hokusai"), tr("Hokusai — The Great Wave")),
        painting("turner-the-shipwreck.jpg", tr("Turner"), tr("Turner — The Shipwreck")),
        painting("monet-water-lilies.jpg", tr("Monet"), tr("Monet — Water Lilies")),
        painting("kandinsky-composition-vii.jpg", tr("Kandinsky"), tr("Kandinsky — Composition VII")),
        painting("matisse-woman-with-a-hat.jpg", tr("Matisse"), tr("Matisse — Woman with a Hat")),
    };
}

QString SampleGallery::titleOf(const QString &path)
{
    if (!path.startsWith(QLatin1String(":/gallery/")))
        return {};
    for (const Sample &sample : samples())
        if (sample.path == path)
            return sample.title;
    return {};
}

void SampleGallery::addSampleMenus(QMenu *menu, QObject *context, const std::function<void(const QString &)> &choose)
{
    QMenu *photos = menu->addMenu(tr("Sample &photos"));
    QMenu *paintings = menu->addMenu(tr("Sample p&aintings"));
    photos->setObjectName(QStringLiteral("samplePhotosMenu"));
    paintings->setObjectName(QStringLiteral("samplePaintingsMenu"));
    for (const Sample &sample : samples()) {
        QAction *action = (sample.painting ? paintings : photos)->addAction(sample.title);
        action->setData(sample.path);
        QObject::connect(action, &QAction::triggered, context, [choose, path = sample.path] { choose(path); });
    }
}

SampleGallery::SampleGallery(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sampleGallery"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // both rows whole; the preview takes the rest

    auto *heading = new QLabel(tr("Try a sample"), this);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    heading->setFont(big);
    auto *hint = new QLabel(
        tr("Click a photo, then a painting, and press Start. Your own pictures: drop them on Content and Style."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(4);
    const QString rowTitles[] = {tr("Photos"), tr("Paintings")};
    QHBoxLayout *rows[2] = {new QHBoxLayout, new QHBoxLayout};
    for (int row = 0; row < 2; ++row) {
        auto *label = new QLabel(rowTitles[row], this);
        label->setFont(QFont(label->font().family(), label->font().pointSize(), QFont::DemiBold));
        grid->addWidget(label, row, 0, Qt::AlignVCenter);
        grid->addLayout(rows[row], row, 1);
    }
    QStringList paths;
    for (const Sample &sample : samples()) {
        auto *button = new QToolButton(this);
        button->setText(sample.shortName);
        button->setToolTip(sample.painting ? tr("%1\nClick to use it as the style.").arg(sample.title)
                                           : tr("%1\nClick to paint this photo.").arg(sample.title));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(kIconSize);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setObjectName(sample.path);
        connect(button, &QToolButton::clicked, this, [this, button, sample] {
            button->setChecked(false); // checked only when the pane really has it (setChosen)
            Q_EMIT sample.painting ? paintingChosen(sample.path) : photoChosen(sample.path);
        });
        rows[sample.painting ? 1 : 0]->addWidget(button);
        m_buttons.insert(sample.path, button);
        paths.append(sample.path);
    }
    for (QHBoxLayout *row : rows)
        row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(grid);

    m_thumbnails = new QFutureWatcher<QList<QImage>>(this);
    connect(m_thumbnails, &QFutureWatcherBase::finished, this, [this, paths] {
        const QList<QImage> images = m_thumbnails->result();
        for (qsizetype i = 0; i < paths.size() && i < images.size(); ++i)
            if (!images[i].isNull())
                m_buttons.value(paths[i])->setIcon(QIcon(QPixmap::fromImage(images[i])));
    });
    m_thumbnails->setFuture(QtConcurrent::run(readThumbnails, paths, kIconSize * 2)); // sharp at 2x too
}

SampleGallery::~SampleGallery() = default; // the worker holds no pointer to the gallery

void SampleGallery::setChosen(const QString &contentPath, const QString &stylePath)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(it.key() == contentPath || it.key() == stylePath);
}

} // namespace nss

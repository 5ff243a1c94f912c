#include "imagepane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace nss {

ImagePane::ImagePane(const QString &title, const QString &hint, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_thumbnail(new QLabel(hint, this))
    , m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setMinimumSize(180, 160);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_caption->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_thumbnail, 1);
    layout->addWidget(m_caption);
}

QString ImagePane::title() const
{
    return m_title->text();
}

} // namespace nss

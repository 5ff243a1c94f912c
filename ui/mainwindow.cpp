#include "mainwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "imagepane.h"

namespace nss {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_contentPane(new ImagePane(tr("Content"), tr("Drop a photo here")))
    , m_stylePane(new ImagePane(tr("Style"), tr("Drop a painting here")))
{
    setWindowTitle(tr("Neural Style Studio"));
    m_contentPane->setObjectName(QStringLiteral("contentPane"));
    m_stylePane->setObjectName(QStringLiteral("stylePane"));

    auto *inputs = new QWidget;
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addWidget(m_contentPane);
    inputsLayout->addWidget(m_stylePane);

    auto *preview = new QLabel(tr("The picture appears here while it is painted."));
    preview->setObjectName(QStringLiteral("preview"));
    preview->setAlignment(Qt::AlignCenter);
    preview->setMinimumSize(320, 320);

    auto *splitter = new QSplitter;
    splitter->addWidget(inputs);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Drop a photo and a painting to begin."));
    resize(1100, 720);
}

} // namespace nss

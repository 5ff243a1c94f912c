#include "weightsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nss {

WeightsDialog::WeightsDialog(QWidget *parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("VGG-19 weights needed"));
    auto *text = new QLabel(
        tr("<p>Neural Style Studio paints with the VGG-19 network trained on ImageNet. It needs "
           "torchvision's weights file once:</p>"
           "<p><b>vgg19-dcbad4b5.pth</b>, 548 MB, licence CC BY 4.0<br>"
           "<a href=\"https://download.pytorch.org/models/vgg19-dcbad4b5.pth\">"
           "https://download.pytorch.org/models/vgg19-dcbad4b5.pth</a></p>"
           "<p>Download it with a browser (or copy it from PyTorch's cache, "
           "<tt>~/.cache/torch/hub/checkpoints/</tt>), then choose it here. "
           "The choice is remembered; Preferences can change it.</p>"),
        this);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *chooseButton = buttons->addButton(tr("&Choose File…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseButton, &QPushButton::clicked, this, [this] {
        const QString start = QDir::home().filePath(QStringLiteral(".cache/torch/hub/checkpoints"));
        const QString path = QFileDialog::getOpenFileName(this, tr("VGG-19 weights"), start,
                                                          tr("PyTorch weights (*.pth *.pt *.safetensors);;All files (*)"));
        if (!path.isEmpty() && choose(path))
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool WeightsDialog::choose(const QString &path)
{
    const QFileInfo info(path);
    QString problem;
    if (!info.exists())
        problem = tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path));
    else if (!info.isFile())
        problem = tr("“%1” is a folder, not a weights file.").arg(QDir::toNativeSeparators(path));
    else if (!info.isReadable())
        problem = tr("“%1” cannot be read (check its permissions).").arg(QDir::toNativeSeparators(path));
    else if (info.size() == 0)
        problem = tr("“%1” is empty.").arg(QDir::toNativeSeparators(path));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    m_chosen = info.absoluteFilePath();
    return true;
}

} // namespace nss

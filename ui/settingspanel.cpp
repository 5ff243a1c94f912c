// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspanel.h"

#include <limits>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "base/settingranges.h"
#include "engine/memorybudget.h"
#include "video/videojob.h"
#include "logslider.h"

namespace nss {

namespace {

template <typename Enum> void selectData(QComboBox *box, Enum value)
{
    const int index = box->findData(QVariant::fromValue(int(value)));
    if (index >= 0)
        box->setCurrentIndex(index);
}

template <typename Enum> Enum selected(const QComboBox *box)
{
    return Enum(box->currentData().toInt());
}

} // namespace

SettingsPanel::SettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_style(new LogSlider(tr("&Style"), 1.0e-2, 1.0e12, this))
    , m_content(new LogSlider(tr("C&ontent"), 1.0e-3, 1.0e6, this))
    , m_tv(new LogSlider(tr("S&moothness"), 1.0e-3, 1.0e6, this))
    , m_temporal(new LogSlider(tr("Stea&diness"), 1.0, 1.0e6, this))
    , m_size(new QSpinBox(this))
    , m_steps(new QSpinBox(this))
    , m_optimizer(new QComboBox(this))
    , m_frameEvery(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_init(new QComboBox(this))
    , m_initPathLabel(new QLabel(this))
    , m_memory(new QLabel(this))
    , m_pooling(new QComboBox(this))
    , m_keepColors(new QComboBox(this))
    , m_scales(new QComboBox(this))
    , m_precision(new QComboBox(this))
{
    m_style->setObjectName(QStringLiteral("styleWeight"));
    m_content->setObjectName(QStringLiteral("contentWeight"));
    m_tv->setObjectName(QStringLiteral("tvWeight"));
    m_style->setToolTip(tr("How strongly the painting's texture is imposed. Changes a running picture."));
    m_content->setToolTip(tr("How closely the photo's shapes are kept. Changes a running picture."));
    m_tv->setToolTip(tr("Total-variation weight: smooths pixel noise. Changes a running picture."));
    m_temporal->setObjectName(QStringLiteral("temporalWeight"));
    m_temporal->setToolTip(tr("Temporal weight: how firmly each video frame holds to the one before it, against "
                              "flicker. Changes a running video."));
    m_temporal->setAcceptedRange(kLossWeightRange.minimum, kLossWeightRange.maximum);
    m_temporal->setValue(kDefaultTemporalWeight);
    m_temporal->hide(); // a picture has no frames to hold together

    // Every range is core's (base/stylesettings.h), the one validate() and a project's opening check.
    for (LogSlider *slider : {m_style, m_content, m_tv})
        slider->setAcceptedRange(kLossWeightRange.minimum, kLossWeightRange.maximum);
    m_size->setRange(kOutputSizeRange.minimum, kOutputSizeRange.maximum);
    m_size->setSuffix(tr(" px"));
    m_size->setSingleStep(64);
    m_size->setToolTip(tr("Longest side of the result; larger is slower."));
    m_steps->setRange(kStepsRange.minimum, kStepsRange.maximum);
    m_steps->setSingleStep(50);
    m_optimizer->addItem(tr("L-BFGS (best quality)"), int(Optimizer::Lbfgs));
    m_optimizer->addItem(tr("Adam (smoother progress)"), int(Optimizer::Adam));
    m_frameEvery->setRange(kFrameEveryRange.minimum, kFrameEveryRange.maximum);
    m_frameEvery->setSuffix(tr(" steps"));
    m_frameEvery->setToolTip(
        tr("How often a frame is kept for export and the time-lapse. The preview itself refreshes about twice a second."));
    m_seed->setRange(int(kSeedRange.minimum), int(kSeedRange.maximum));
    m_seed->setToolTip(tr("The same seed and settings give the same picture."));
    m_init->addItem(tr("Content image"), int(InitMode::Content));
    m_init->addItem(tr("Noise"), int(InitMode::Noise));
    m_init->addItem(tr("Image file…"), int(InitMode::Image));
    m_init->setObjectName(QStringLiteral("initMode"));
    m_init->setToolTip(tr("The picture the optimisation starts from."));
    m_initPathLabel->setObjectName(QStringLiteral("initPath"));
    m_initPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_initPathLabel->setWordWrap(true);
    connect(m_init, &QComboBox::activated, this, &SettingsPanel::onInitActivated);
    m_pooling->addItem(tr("Max"), int(Pooling::Max));
    m_pooling->addItem(tr("Average (softer)"), int(Pooling::Average));
    m_keepColors->addItem(tr("Off"), int(KeepColors::None));
    m_keepColors->addItem(tr("Luminance transfer"), int(KeepColors::Luminance));
    m_keepColors->addItem(tr("Histogram match"), int(KeepColors::Histogram));
    m_scales->setObjectName(QStringLiteral("scales"));
    m_scales->addItem(tr("Automatic"), 0);
    m_scales->addItem(tr("Off (output size only)"), 1);
    for (int n = 2; n <= kMaxScales; ++n)
        m_scales->addItem(tr("%1 sizes").arg(n), n);
    m_scales->setToolTip(tr("Paint small first, then enlarge and refine: much faster to a good picture."));
    m_precision->setObjectName(QStringLiteral("precision"));
    m_precision->addItem(tr("Automatic"), int(Precision::Auto));
    m_precision->addItem(tr("Full (fp32)"), int(Precision::Float32));
    m_precision->addItem(tr("Reduced (bf16)"), int(Precision::BFloat16));
    m_precision->setToolTip(tr("Automatic computes Adam runs in bf16 on processors that have it (faster, same "
                               "quality within 2%) and everything else in fp32. Full turns reduced precision off."));

    auto *form = new QFormLayout;
    m_memory->setObjectName(QStringLiteral("memoryEstimate"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size);
    sizeRow->addWidget(m_memory, 1);
    form->addRow(tr("Output si&ze:"), sizeRow);
    form->addRow(tr("S&teps:"), m_steps);
    form->addRow(tr("O&ptimizer:"), m_optimizer);
    form->addRow(tr("Keep a frame e&very:"), m_frameEvery);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("Start &from:"), m_init);
    form->addRow(QString(), m_initPathLabel);
    form->addRow(tr("Poo&ling:"), m_pooling);
    form->addRow(tr("&Keep colours:"), m_keepColors);
    form->addRow(tr("Coarse to fi&ne:"), m_scales);
    form->addRow(tr("Prec&ision:"), m_precision);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_style);
    layout->addWidget(m_content);
    layout->addWidget(m_tv);
    layout->addWidget(m_temporal);
    layout->addLayout(form);

    for (LogSlider *slider : {m_style, m_content, m_tv})
        connect(slider, &LogSlider::valueChanged, this,
                [this] { Q_EMIT lossWeightsChanged(m_content->value(), m_style->value(), m_tv->value()); });

    connect(m_temporal, &LogSlider::valueChanged, this, &SettingsPanel::temporalWeightChanged);
    connect(m_size, &QSpinBox::valueChanged, this, &SettingsPanel::runSizeChanged);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, &SettingsPanel::runSizeChanged);
    // The window keeps the run's frames in memory: their number counts too.
    connect(m_steps, &QSpinBox::valueChanged, this, &SettingsPanel::runSizeChanged);
    connect(m_frameEvery, &QSpinBox::valueChanged, this, &SettingsPanel::runSizeChanged);

    load(StyleSettings());
}

void SettingsPanel::setVideo(bool video)
{
    m_temporal->setVisible(video);
}

void SettingsPanel::apply(StyleSettings &s) const
{
    s.styleWeight = m_style->value();
    s.contentWeight = m_content->value();
    s.tvWeight = m_tv->value();
    s.outputSize = m_size->value();
    s.steps = m_steps->value();
    s.optimizer = selected<Optimizer>(m_optimizer);
    s.frameEvery = m_frameEvery->value();
    s.seed = quint64(m_seed->value());
    s.init = selected<InitMode>(m_init);
    s.initPath = m_initPath;
    s.pooling = selected<Pooling>(m_pooling);
    s.keepColors = selected<KeepColors>(m_keepColors);
    s.scales = m_scales->currentData().toInt();
    s.precision = selected<Precision>(m_precision);
}

void SettingsPanel::load(const StyleSettings &s)
{
    m_style->setValue(s.styleWeight);
    m_content->setValue(s.contentWeight);
    m_tv->setValue(s.tvWeight);
    m_size->setValue(s.outputSize);
    m_steps->setValue(s.steps);
    selectData(m_optimizer, s.optimizer);
    m_frameEvery->setValue(s.frameEvery);
    m_seed->setValue(int(std::min(s.seed, kSeedRange.maximum))); // validateRanges() refuses a larger one
    m_initPath = s.initPath;
    selectData(m_init, s.init == InitMode::Image && s.initPath.isEmpty() ? InitMode::Content : s.init);
    m_lastInitIndex = m_init->currentIndex();
    updateInitPathLabel();
    selectData(m_pooling, s.pooling);
    selectData(m_keepColors, s.keepColors);
    selectData(m_scales, s.scales);
    // fp16 (CUDA only) is not offered here; a project asking for it shows as automatic, which
    // picks fp16 on a GPU anyway.
    selectData(m_precision, s.precision == Precision::Float16 ? Precision::Auto : s.precision);
}

void SettingsPanel::setInitImagePath(const QString &path)
{
    m_initPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (!m_initPath.isEmpty())
        selectData(m_init, InitMode::Image);
    m_lastInitIndex = m_init->currentIndex();
    updateInitPathLabel();
}

void SettingsPanel::onInitActivated(int index)
{
    if (InitMode(m_init->itemData(index).toInt()) != InitMode::Image) {
        m_lastInitIndex = index;
        updateInitPathLabel();
        return;
    }
    // Window-modal and asynchronous, like every dialog of the window: the preview keeps painting.
    auto *dialog = new QFileDialog(this, tr("Start from image"),
                                   m_initPath.isEmpty() ? QDir::homePath() : QFileInfo(m_initPath).absolutePath(),
                                   tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp);;All files (*)"));
    dialog->setObjectName(QStringLiteral("initImageDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_initPath.isEmpty())
        dialog->selectFile(m_initPath);
    connect(dialog, &QFileDialog::fileSelected, this, &SettingsPanel::setInitImagePath);
    connect(dialog, &QFileDialog::rejected, this, [this] {
        if (m_initPath.isEmpty())
            m_init->setCurrentIndex(m_lastInitIndex); // nothing chosen: back to what it was
    });
    dialog->open();
}

void SettingsPanel::showMemoryEstimate(qint64 predictedBytes, std::optional<qint64> availableBytes, int tileSide)
{
    const bool fits = !availableBytes || predictedBytes <= *availableBytes;
    QString text = availableBytes ? tr("needs ≈ %1 of %2 free").arg(formatMemory(predictedBytes), formatMemory(*availableBytes))
                                  : tr("needs ≈ %1").arg(formatMemory(predictedBytes));
    if (tileSide > 0)
        text = tr("%1, in tiles of %2 px").arg(text).arg(tileSide);
    m_memory->setText(text);
    m_memory->setStyleSheet(fits ? QString() : QStringLiteral("color: #c62828;"));
    QString tip = fits ? tr("Predicted peak memory of the run, and the memory the machine has available now.")
                       : tr("This size does not fit in the free memory: Start offers the largest size that does.");
    if (tileSide > 0)
        tip += QLatin1Char('\n')
               + tr("The whole picture does not fit in one pass: it is painted a tile at a time, with the same result, "
                    "in more time.");
    m_memory->setToolTip(tip);
}

void SettingsPanel::updateInitPathLabel()
{
    const bool image = selected<InitMode>(m_init) == InitMode::Image;
    m_initPathLabel->setVisible(image);
    m_initPathLabel->setText(m_initPath.isEmpty() ? tr("No image chosen") : QFileInfo(m_initPath).fileName());
    m_initPathLabel->setToolTip(QDir::toNativeSeparators(m_initPath));
}

} // namespace nss

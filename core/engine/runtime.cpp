// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runtime.h"

#include <torch/torch.h>

#include <QThread>
#include <QtGlobal>

namespace nss {

int defaultThreadCount()
{
    bool fromEnvironment = false;
    const int environment = qEnvironmentVariableIntValue("OMP_NUM_THREADS", &fromEnvironment);
    return fromEnvironment && environment > 0 ? environment : std::max(1, QThread::idealThreadCount());
}

int applyThreadCount(int requested)
{
    const int count = requested > 0 ? requested : defaultThreadCount();
    at::set_num_threads(count);
    return at::get_num_threads();
}

int threadCount()
{
    return at::get_num_threads();
}

QString torchDescription()
{
    QString text = QStringLiteral("LibTorch %1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
    QStringList parts{torch::cuda::is_available() ? QStringLiteral("CUDA") : QStringLiteral("CPU")};
    if (at::hasMKLDNN())
        parts << QStringLiteral("oneDNN");
    return text + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace nss

// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/temporalterm_p.h"

#include "engine/styleobjective.h"
#include "engine/styleobjective_p.h"

namespace nss {

torch::Tensor TemporalTerm::loss(const torch::Tensor &image) const
{
    return (weights * (image - target).square()).sum() * (weight / double(image.numel()));
}

Status StyleObjective::setTemporal(const torch::Tensor &target, const torch::Tensor &weights, double weight)
{
    if (!target.defined()) {
        d->temporal = {};
        return succeeded();
    }
    if (target.dim() != 4 || target.size(1) != 3 || target.size(2) != d->height || target.size(3) != d->width
        || weights.dim() != 4 || weights.size(1) != 1 || weights.size(2) != d->height || weights.size(3) != d->width)
        return fail(QStringLiteral("The temporal target is %1 x %2, the picture %3 x %4.")
                        .arg(target.dim() == 4 ? target.size(3) : 0)
                        .arg(target.dim() == 4 ? target.size(2) : 0)
                        .arg(d->width)
                        .arg(d->height));
    d->temporal.target = target.detach().to(d->options);
    d->temporal.weights = weights.detach().to(d->options).clamp(0.0, 1.0);
    d->temporal.weight = weight;
    return succeeded();
}

void StyleObjective::setTemporalWeight(double weight)
{
    if (d->temporal.target.defined())
        d->temporal.weight = weight;
}

} // namespace nss

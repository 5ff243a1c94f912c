// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace nss {

// An action icon from resources/icons/actions/NAME.svg (":/icons/actions/NAME.svg"), drawn in the
// palette's text colour at paint time: the same icon reads on light and dark themes and follows a
// palette change without reloading. Disabled and selected states use the palette's disabled and
// highlighted-text colours. Names: start pause stop open save export export-frames timelapse paste
// zoom-in zoom-out zoom-fit zoom-original split preferences add remove clear download reset image
// palette. An unknown name gives a null icon.
QIcon themedIcon(const QString &name);

// The application icon (":/icons/app/<app id>.svg"), full colour, for window icons and dialogs.
QIcon applicationIcon();

} // namespace nss

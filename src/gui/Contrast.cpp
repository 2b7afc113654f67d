// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Contrast.h"

#include <algorithm>
#include <cmath>

namespace Contrast {
namespace {
double channel(float c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &color, const QColor &background)
{
    return mix(background, color, color.alphaF());
}

QColor ensure(
    const QColor &foreground, const QColor &background, const QColor &towards, double minimum)
{
    if (ratio(foreground, background) >= minimum)
        return foreground;
    for (int step = 1; step <= 20; ++step) {
        const QColor moved = mix(foreground, towards, step / 20.0);
        if (ratio(moved, background) >= minimum)
            return moved;
    }
    return towards;
}
} // namespace Contrast

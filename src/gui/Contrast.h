// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

//! WCAG 2 contrast between colours, and colours nudged until text on them stays readable: the
//! app derives bubble, code and token shades from the system palette, which may be a
//! high-contrast one (black on white, white on black, bright highlights).
namespace Contrast {
//! The minimum WCAG AA ratio for normal text.
inline constexpr double Text = 4.5;

//! Relative luminance (WCAG 2), 0 for black to 1 for white; alpha is ignored.
double luminance(const QColor &color);
//! (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
double ratio(const QColor &a, const QColor &b);
//! `color` (with alpha) painted over the opaque `background`.
QColor over(const QColor &color, const QColor &background);
//! `foreground` moved towards `towards` (e.g. the palette's text colour) just far enough to reach
//! `minimum` against `background`; `towards` itself if even that is not enough.
QColor ensure(const QColor &foreground, const QColor &background, const QColor &towards,
    double minimum = Text);
} // namespace Contrast

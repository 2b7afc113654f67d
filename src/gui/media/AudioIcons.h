// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QWidget;

//! Media icons drawn in the widget's ButtonText colour (the style's own media icons are black
//! pixmaps that vanish on a dark palette), at its small icon size and device pixel ratio.
//! Call again on QEvent::PaletteChange.
namespace AudioIcons {
QIcon play(const QWidget &widget);
QIcon pause(const QWidget &widget);
QIcon stop(const QWidget &widget);
//! The red "record" dot: red reads as "record" on light and dark palettes alike.
QIcon record(const QWidget &widget);
} // namespace AudioIcons

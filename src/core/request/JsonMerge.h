// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace JsonMerge {
//! Merges `overlay` into `base` and returns the result: where both hold an object under the same
//! key the objects merge recursively; any other overlay value (array, null, scalar) replaces the
//! base value. Arrays are never concatenated, so an overlay can shorten a list.
QJsonObject deepMerged(const QJsonObject &base, const QJsonObject &overlay);

//! In-place form of deepMerged().
void deepMerge(QJsonObject &base, const QJsonObject &overlay);
} // namespace JsonMerge

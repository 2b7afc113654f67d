// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/JsonMerge.h"

namespace JsonMerge {
void deepMerge(QJsonObject &base, const QJsonObject &overlay)
{
    for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it) {
        const auto existing = base.constFind(it.key());
        if (existing != base.constEnd() && existing->isObject() && it->isObject()) {
            QJsonObject merged = existing->toObject();
            deepMerge(merged, it->toObject());
            base.insert(it.key(), merged);
        } else {
            base.insert(it.key(), it.value());
        }
    }
}

QJsonObject deepMerged(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject result = base;
    deepMerge(result, overlay);
    return result;
}
} // namespace JsonMerge

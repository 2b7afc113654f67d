// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageLayout.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>

#include "gui/delegates/MessageRenderer.h"

int MessageLayout::textWidth(Conversation::Role role, int width)
{
    const int bubble =
        role == Conversation::Role::User ? width * UserPercent / 100 : width - 2 * Margin;
    return std::max(bubble - 2 * Padding, 20);
}

MessageLayout MessageLayout::compute(MessageRenderer &renderer, Conversation::Role role, int width,
    const QFont &font, bool hasMarker)
{
    const int available = textWidth(role, width);
    renderer.setTextWidth(available);
    const bool user = role == Conversation::Role::User;
    const int textW =
        user ? std::min(available, int(std::ceil(renderer.idealWidth())) + 1) : available;
    return place(
        QSize(textW, int(std::ceil(renderer.size().height()))), role, width, font, hasMarker);
}

MessageLayout MessageLayout::place(
    QSize textSize, Conversation::Role role, int width, const QFont &font, bool hasMarker)
{
    const bool user = role == Conversation::Role::User;
    const int markerHeight = hasMarker ? QFontMetrics(font).height() : 0;
    const int textW = textSize.width();
    const int textH = textSize.height();
    MessageLayout layout;
    const int bubbleW = textW + 2 * Padding;
    const int bubbleH = textH + markerHeight + 2 * Padding;
    const int left = user ? width - Margin - bubbleW : Margin;
    layout.bubble = QRect(left, Margin / 2, bubbleW, bubbleH);
    layout.text = QRect(left + Padding, Margin / 2 + Padding, textW, textH);
    if (hasMarker)
        layout.marker = QRect(left + Padding, layout.text.bottom() + 1, textW, markerHeight);
    layout.size = QSize(width, bubbleH + Margin);
    return layout;
}

MessageLayout MessageLayout::compute(
    QStringView markdown, Conversation::Role role, int width, const QFont &font, bool hasMarker)
{
    MessageRenderer renderer({ .font = font });
    renderer.setMarkdown(markdown);
    return compute(renderer, role, width, font, hasMarker);
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageLayout.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include <QFontDatabase>
#include <QFontMetrics>

#include "gui/delegates/MessageRenderer.h"

namespace {
int wrappedHeight(const QFont &font, int width, const QString &text, int flags = Qt::TextWordWrap)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, INT_MAX), flags, text).height();
}
} // namespace

int MessageLayout::textWidth(Conversation::Role role, int width)
{
    const int bubble =
        role == Conversation::Role::User ? width * UserPercent / 100 : width - 2 * Margin;
    return std::max(bubble - 2 * Padding, 20);
}

QFont MessageLayout::monospace(const QFont &font)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0)
        mono.setPointSizeF(font.pointSizeF());
    return mono;
}

MessageLayout MessageLayout::compute(MessageRenderer &renderer, Conversation::Role role, int width,
    const QFont &font, const Extras &extras)
{
    const int available = textWidth(role, width);
    renderer.setTextWidth(available);
    const bool user = role == Conversation::Role::User;
    const int textW =
        user ? std::min(available, int(std::ceil(renderer.idealWidth())) + 1) : available;
    // No text (a tool call, a failed request): no empty line above the rest.
    const int textH = renderer.textLength() == 0 ? 0 : int(std::ceil(renderer.size().height()));
    return place(QSize(textW, textH), role, width, font, extras);
}

MessageLayout MessageLayout::place(
    QSize textSize, Conversation::Role role, int width, const QFont &font, const Extras &extras)
{
    const bool user = role == Conversation::Role::User;
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    const int available = textWidth(role, width);

    // The footer decides a user bubble's minimum width.
    QList<int> itemWidths;
    int itemsWidth = 0;
    for (const QString &label : extras.footer) {
        itemWidths.append(metrics.horizontalAdvance(label) + 2 * ItemPadding);
        itemsWidth += itemWidths.last() + Gap;
    }
    const int detailsWidth =
        extras.details.isEmpty() ? 0 : metrics.horizontalAdvance(extras.details);
    int innerW = textSize.width();
    if (user)
        innerW = std::min(available, std::max({ innerW, itemsWidth, line * 6 }));

    MessageLayout layout;
    const int bubbleW = innerW + 2 * Padding;
    const int left = user ? width - Margin - bubbleW : Margin;
    const int x = left + Padding;
    int y = Margin / 2 + Padding;
    auto take = [&](int height) {
        const QRect rect(x, y, innerW, height);
        y += height + Gap;
        return rect;
    };
    if (!extras.title.isEmpty())
        layout.title = take(line);
    if (extras.hasReasoning) {
        layout.reasoningToggle = take(line);
        if (extras.reasoningExpanded)
            layout.reasoning = take(wrappedHeight(font, innerW, extras.reasoning));
    }
    layout.text = QRect(x, y, textSize.width(), textSize.height());
    y += textSize.height();
    if (!extras.tools.isEmpty()) {
        y += Gap;
        layout.tools = take(wrappedHeight(monospace(font), innerW - 2 * Padding, extras.tools,
                                Qt::TextWordWrap | Qt::TextWrapAnywhere)
            + 2 * Gap + line);
        y -= Gap;
    }
    if (!extras.marker.isEmpty()) {
        layout.marker = QRect(x, y + Gap, innerW, wrappedHeight(font, innerW, extras.marker));
        y = layout.marker.bottom() + 1;
    }
    if (!extras.footer.isEmpty() || detailsWidth > 0) {
        y += Gap;
        layout.footer = QRect(x, y, innerW, line + 2);
        int itemX = x;
        for (const int w : itemWidths) {
            layout.items.append(QRect(itemX, y, w, line + 2));
            itemX += w + Gap;
        }
        if (detailsWidth > 0) {
            if (itemX + detailsWidth <= x + innerW) {
                layout.details = QRect(x + innerW - detailsWidth, y, detailsWidth, line + 2);
            } else {
                y += line + 2;
                layout.details = QRect(x, y, innerW, line + 2);
                layout.footer.setBottom(layout.details.bottom());
            }
        }
        y += line + 2;
    }
    const int bubbleH = y + Padding - Margin / 2;
    layout.bubble = QRect(left, Margin / 2, bubbleW, bubbleH);
    layout.size = QSize(width, bubbleH + Margin);
    return layout;
}

MessageLayout MessageLayout::compute(QStringView markdown, Conversation::Role role, int width,
    const QFont &font, const Extras &extras)
{
    MessageRenderer renderer({ .font = font });
    renderer.setMarkdown(markdown);
    return compute(renderer, role, width, font, extras);
}

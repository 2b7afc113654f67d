// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageLayout.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

#include <QFontDatabase>
#include <QFontMetrics>

#include "gui/delegates/MessageRenderer.h"

namespace {
int wrappedHeight(const QFont &font, int width, const QString &text, int flags = Qt::TextWordWrap)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, INT_MAX), flags, text).height();
}

//! Flows the media in lines at most `width` wide (rects from (0, 0)); returns the size used.
QSize flowMedia(const MessageLayout::Extras &extras, int width, QList<QRect> *rects)
{
    int x = 0;
    int y = 0;
    int lineHeight = 0;
    int used = 0;
    for (qsizetype i = 0; i < extras.media.size(); ++i) {
        QSize size = extras.media[i];
        if (size.width() > width) {
            if (i < extras.mediaThumbnails) // keep the aspect
                size.setHeight(std::max(1, size.height() * width / std::max(1, size.width())));
            size.setWidth(width);
        }
        const bool chipsStart = i == extras.mediaThumbnails && i > 0;
        if (x > 0 && (x + size.width() > width || chipsStart)) {
            y += lineHeight + MessageLayout::Gap;
            x = 0;
            lineHeight = 0;
        }
        rects->append(QRect(QPoint(x, y), size));
        x += size.width() + MessageLayout::Gap;
        lineHeight = std::max(lineHeight, size.height());
        used = std::max(used, x - MessageLayout::Gap);
    }
    return { used, extras.media.isEmpty() ? 0 : y + lineHeight };
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
    QList<QRect> media;
    const QSize mediaSize = flowMedia(extras, available, &media);
    int innerW = textSize.width();
    if (user)
        innerW = std::min(available, std::max({ innerW, itemsWidth, line * 6, mediaSize.width() }));

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
    auto placeMedia = [&](bool beforeText) {
        if (media.isEmpty())
            return;
        if (!beforeText && textSize.height() > 0)
            y += Gap;
        for (const QRect &rect : std::as_const(media))
            layout.media.append(rect.translated(x, y));
        y += mediaSize.height();
        if (beforeText && textSize.height() > 0)
            y += Gap;
    };
    if (user)
        placeMedia(true);
    layout.text = QRect(x, y, textSize.width(), textSize.height());
    y += textSize.height();
    if (!user)
        placeMedia(false);
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

QSize MessageLayout::mediaSize(const Extras &extras, int available)
{
    QList<QRect> rects;
    return flowMedia(extras, available, &rects);
}

MessageLayout MessageLayout::compute(QStringView markdown, Conversation::Role role, int width,
    const QFont &font, const Extras &extras)
{
    MessageRenderer renderer({ .font = font });
    renderer.setMarkdown(markdown);
    return compute(renderer, role, width, font, extras);
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageChrome.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include "gui/Contrast.h"

namespace MessageChrome {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

Colors Colors::from(const QPalette &palette, Conversation::Role role)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    Colors colors;
    colors.text = text;
    colors.muted = palette.color(QPalette::PlaceholderText);
    if (role == Conversation::Role::User)
        colors.bubble = blend(base, palette.color(QPalette::Highlight), 0.16);
    else if (role == Conversation::Role::Tool)
        colors.bubble = blend(palette.color(QPalette::AlternateBase), text, 0.03);
    else
        colors.bubble = blend(palette.color(QPalette::AlternateBase), text, 0.02);
    colors.code = blend(palette.color(QPalette::AlternateBase), text, 0.07);
    // No palette role for errors: a red that keeps its contrast on light and dark bases.
    colors.error = blend(QColor(0xd0, 0x30, 0x30), text, 0.25);
    colors.hover = blend(colors.bubble, palette.color(QPalette::Highlight), 0.25);
    colors.action = palette.color(QPalette::Link);
    // Whatever the palette (high-contrast ones included), text on the bubble, on the hovered
    // bubble and in code blocks stays readable (WCAG AA): muted, error and action colours are
    // moved towards the text colour until it is.
    for (const QColor &background : { colors.bubble, colors.hover, colors.code }) {
        colors.muted = Contrast::ensure(colors.muted, background, text);
        colors.error = Contrast::ensure(colors.error, background, text);
        colors.action = Contrast::ensure(colors.action, background, text);
    }
    return colors;
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MessageChrome", text);
}

void drawMuted(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
    const QColor &color, int flags)
{
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, flags, text);
}
} // namespace

void paint(QPainter *painter, QPoint origin, const MessageLayout &layout, const Content &content,
    const QFont &font, const Colors &colors)
{
    const MessageLayout::Extras &extras = *content.extras;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!layout.title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        drawMuted(painter, layout.title.translated(origin), extras.title, bold, colors.muted,
            Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (!layout.reasoningToggle.isEmpty()) {
        const QString arrow =
            extras.reasoningExpanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
        drawMuted(painter, layout.reasoningToggle.translated(origin),
            arrow + MessageActions::actionName(MessageActions::Action::ToggleReasoning), font,
            colors.muted, Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (!layout.reasoning.isEmpty()) {
        QFont italic = font;
        italic.setItalic(true);
        drawMuted(painter, layout.reasoning.translated(origin), extras.reasoning, italic,
            colors.muted, Qt::TextWordWrap);
    }
    if (!layout.tools.isEmpty()) {
        const QRect box = layout.tools.translated(origin);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.code);
        painter->drawRoundedRect(box, 4, 4);
        const int line = QFontMetrics(font).height();
        const QRect inner = box.adjusted(MessageLayout::Padding, MessageLayout::Gap,
            -MessageLayout::Padding, -MessageLayout::Gap);
        QFont bold = font;
        bold.setBold(true);
        drawMuted(painter, QRect(inner.topLeft(), QSize(inner.width(), line)),
            content.toolsInvalid ? tr("Tool call (arguments are not valid JSON)") : tr("Tool call"),
            bold, content.toolsInvalid ? colors.error : colors.muted,
            Qt::AlignLeft | Qt::AlignVCenter);
        drawMuted(painter, inner.adjusted(0, line, 0, 0), extras.tools,
            MessageLayout::monospace(font), colors.text, Qt::TextWordWrap | Qt::TextWrapAnywhere);
    }
    if (!layout.marker.isEmpty()) {
        QFont italic = font;
        italic.setItalic(true);
        drawMuted(painter, layout.marker.translated(origin), extras.marker, italic,
            content.failed ? colors.error : colors.muted, Qt::TextWordWrap);
    }
    const QList<MessageActions::Item> &items = *content.items;
    for (qsizetype i = 0; i < items.size() && i < layout.items.size(); ++i) {
        const QRect rect = layout.items[i].translated(origin);
        const MessageActions::Item &item = items[i];
        const bool clickable = item.action != MessageActions::Action::None && item.enabled;
        if (clickable && i == content.hoveredItem) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.hover);
            painter->drawRoundedRect(rect, 4, 4);
        }
        QColor color = clickable ? colors.action : colors.muted;
        if (item.action == MessageActions::Action::Retry)
            color = colors.error;
        if (!item.enabled)
            color.setAlphaF(0.35f);
        drawMuted(painter, rect, item.label, font, color, Qt::AlignCenter);
    }
    if (!layout.details.isEmpty()) {
        const QRect rect = layout.details.translated(origin);
        drawMuted(painter, rect,
            QFontMetrics(font).elidedText(extras.details, Qt::ElideRight, rect.width()), font,
            colors.muted, Qt::AlignRight | Qt::AlignVCenter);
    }
    painter->restore();
}

QRect codeButtonRect(const QRect &block, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QString label = tr("Copy");
    const QSize size(
        metrics.horizontalAdvance(label) + 2 * MessageLayout::ItemPadding, metrics.height() + 2);
    return QRect(QPoint(block.right() - size.width() - 2, block.top() + 2), size);
}

void paintCodeButton(
    QPainter *painter, const QRect &rect, bool hovered, const QFont &font, const Colors &colors)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(colors.muted);
    painter->setBrush(hovered ? colors.hover : colors.bubble);
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    drawMuted(
        painter, rect, tr("Copy"), font, hovered ? colors.action : colors.muted, Qt::AlignCenter);
    painter->restore();
}
} // namespace MessageChrome

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/conversation/Conversation.h"

class MessageRenderer;

//! What the bubble shows besides its Markdown.
struct MessageExtras
{
    QString title;
    bool hasReasoning = false;
    bool reasoningExpanded = false;
    QString reasoning;
    QString tools; //!< the tool calls as text (monospace)
    QString marker;
    QStringList footer; //!< the footer items' labels
    QString details;
    QList<QSize> media; //!< thumbnails, then chips (MessageMedia::sizes())
    int mediaThumbnails = 0; //!< how many of `media` are thumbnails (the chips start a new line)
};

//! The geometry of one message bubble: a pure function of (rendered text, role, width, font,
//! extras), testable without a window. User bubbles sit on the right and shrink to their text;
//! assistant (and other) bubbles sit on the left and use the available width. Top to bottom in the
//! bubble: a title (tool results), the reasoning toggle and, expanded, the reasoning, the Markdown
//! text, the tool calls, the marker line (interrupted, failed: wraps) and the footer (actions,
//! then the muted details, on the same line when they fit). The media (thumbnails flowing in
//! lines, then chips) come before the text in user bubbles (what was attached to the question)
//! and after it in the others (the answer's images, its spoken audio); they widen a user bubble.
struct MessageLayout
{
    static constexpr int Margin = 8; //!< around the bubble
    static constexpr int Padding = 10; //!< inside the bubble, around the text
    static constexpr int UserPercent = 80; //!< of the width, at most, for user bubbles
    static constexpr int ItemPadding = 6; //!< inside a footer action, left and right
    static constexpr int Gap = 4; //!< between the parts

    using Extras = MessageExtras;

    QSize size; //!< the row's size hint
    QRect bubble;
    QRect title;
    QRect reasoningToggle;
    QRect reasoning; //!< empty unless expanded
    QRect text; //!< where the renderer draws (its width is the renderer's text width)
    QRect tools;
    QRect marker; //!< empty without a marker
    QRect footer;
    QList<QRect> items; //!< one per Extras::footer label
    QRect details;
    QList<QRect> media; //!< one per Extras::media (a too wide thumbnail shrunk, keeping aspect)

    //! The width the renderer lays out at, for a row `width` wide.
    static int textWidth(Conversation::Role role, int width);
    //! Lays `renderer` out for the row (sets its text width) and places the rects.
    static MessageLayout compute(MessageRenderer &renderer, Conversation::Role role, int width,
        const QFont &font, const Extras &extras = {});
    //! Places the rects for text `textSize` (already laid out) in a row `width` wide.
    static MessageLayout place(QSize textSize, Conversation::Role role, int width,
        const QFont &font, const Extras &extras = {});
    //! The same for a Markdown text (builds a renderer): tests and one-off measurements.
    static MessageLayout compute(QStringView markdown, Conversation::Role role, int width,
        const QFont &font, const Extras &extras = {});
    //! The size the media of `extras` take in a bubble whose content is `available` wide.
    static QSize mediaSize(const Extras &extras, int available);
    //! The font of code and tool calls.
    static QFont monospace(const QFont &font);
};

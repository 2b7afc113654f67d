// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringView>

#include "core/conversation/Conversation.h"

class MessageRenderer;

//! The geometry of one message bubble: a pure function of (rendered text, role, width, font),
//! testable without a window. User bubbles sit on the right and shrink to their text; assistant
//! (and other) bubbles sit on the left and use the available width. An optional marker line
//! (interrupted, failed) goes below the text.
struct MessageLayout
{
    static constexpr int Margin = 8; //!< around the bubble
    static constexpr int Padding = 10; //!< inside the bubble, around the text
    static constexpr int UserPercent = 80; //!< of the width, at most, for user bubbles

    QSize size; //!< the row's size hint
    QRect bubble;
    QRect text; //!< where the renderer draws (its width is the renderer's text width)
    QRect marker; //!< empty without a marker

    //! The width the renderer lays out at, for a row `width` wide.
    static int textWidth(Conversation::Role role, int width);
    //! Lays `renderer` out for the row (sets its text width) and places the rects.
    static MessageLayout compute(MessageRenderer &renderer, Conversation::Role role, int width,
        const QFont &font, bool hasMarker = false);
    //! Places the rects for text `textSize` (already laid out) in a row `width` wide.
    static MessageLayout place(QSize textSize, Conversation::Role role, int width,
        const QFont &font, bool hasMarker = false);
    //! The same for a Markdown text (builds a renderer): tests and one-off measurements.
    static MessageLayout compute(QStringView markdown, Conversation::Role role, int width,
        const QFont &font, bool hasMarker = false);
};

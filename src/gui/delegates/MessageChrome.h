// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QPoint>
#include <QRect>

#include "gui/delegates/MessageActions.h"
#include "gui/delegates/MessageLayout.h"

class QPainter;

//! Paints what surrounds a bubble's Markdown (title, reasoning, tool calls, marker, footer actions
//! and details, code-block buttons) in colours derived from the palette, so light and dark
//! palettes both work.
namespace MessageChrome {

struct Colors
{
    QColor bubble;
    QColor muted; //!< PlaceholderText
    QColor error;
    QColor code; //!< code and tool-call background
    QColor hover;
    QColor action;
    QColor text;

    static Colors from(const QPalette &palette, Conversation::Role role);
};

//! a·(1-t) + b·t, opaque.
QColor blend(const QColor &a, const QColor &b, qreal t);

//! What paint() needs besides the layout.
struct Content
{
    const MessageLayout::Extras *extras = nullptr;
    const QList<MessageActions::Item> *items = nullptr;
    int hoveredItem = -1;
    bool toolsInvalid = false;
    bool failed = false;
};

void paint(QPainter *painter, QPoint origin, const MessageLayout &layout, const Content &content,
    const QFont &font, const Colors &colors);
//! The "Copy" button at a code block's top-right corner; `block` in row coordinates.
QRect codeButtonRect(const QRect &block, const QFont &font);
void paintCodeButton(
    QPainter *painter, const QRect &rect, bool hovered, const QFont &font, const Colors &colors);
} // namespace MessageChrome

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

//! A read-only copy of a message's rendered text, opened over its row (double-click, F2 or the
//! context menu's "Select Text") so part of it can be selected with the mouse or the keyboard
//! (Shift+arrows) and copied (Ctrl+C). Escape or leaving it asks the view to close it.
class MessageTextSelector final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTextSelector)

public:
    explicit MessageTextSelector(QWidget *parent = nullptr);

Q_SIGNALS:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

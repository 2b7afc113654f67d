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

    //! The document shows tokens with their probabilities (MessageTokens): moving the text
    //! cursor onto one shows its probability and alternatives, for keyboard and screen reader
    //! users, in a tool tip and the accessible description.
    void setTokenView(bool tokens);

    //! What is shown for the token at the text cursor, on one line (empty: none).
    QString tokenInfo() const { return m_tokenInfo; }

Q_SIGNALS:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showTokenInfo();

    bool m_tokens = false;
    QString m_tokenInfo;
};

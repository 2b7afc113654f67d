// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "core/conversation/Conversation.h"

class QPushButton;
class QTextBrowser;

//! The `n` choices of one answer side by side, to compare them: each column shows a choice
//! (rendered like the chat, Markdown), its finish reason and its length, and a button to go on
//! with that choice. The choice the conversation follows now is marked.
class ChoicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicesDialog)

public:
    ChoicesDialog(
        const QList<Conversation::Choice> &choices, int active, QWidget *parent = nullptr);
    ~ChoicesDialog() override;

    int columnCount() const { return int(m_views.size()); }

    QTextBrowser *view(int choice) const { return m_views.value(choice); }

    QPushButton *continueButton(int choice) const { return m_buttons.value(choice); }

Q_SIGNALS:
    //! The user wants the conversation to follow this choice (0-based).
    void chosen(int choice);

private:
    QList<QTextBrowser *> m_views;
    QList<QPushButton *> m_buttons;
};

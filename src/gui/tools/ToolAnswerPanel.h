// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/chat/ToolCalls.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class ToolCommand;

//! Above the composer while the last answer waits for tool results: one box per call with its
//! name, id and pretty-printed arguments (invalid JSON flagged), a field for what the tool
//! returned (text or JSON), and, when the user configured a local command, a Run button that
//! fills the field for review. "Send results" (Ctrl+Enter in a field) answers every call at once;
//! an empty answer is refused, naming the call. Writing in the composer instead goes on without
//! the calls.
class ToolAnswerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolAnswerPanel)

public:
    explicit ToolAnswerPanel(QWidget *parent = nullptr);
    ~ToolAnswerPanel() override;

    //! The calls of message `messageId` to answer; none hides the panel. The same calls again keep
    //! what was typed.
    void setCalls(qint64 messageId, const QList<Conversation::ToolCall> &calls);
    //! The local command (empty: none, no Run buttons).
    void setCommandLine(const QString &commandLine);

    qint64 messageId() const { return m_messageId; }

    int callCount() const { return int(m_rows.size()); }

    QPlainTextEdit *answerEdit(int call) const;
    QPushButton *runButton(int call) const;
    QLabel *argumentsLabel(int call) const;
    //! What the row says under the field: a command's failure, "not valid JSON", ….
    QString rowNote(int call) const;

    QPushButton *sendButton() const { return m_send; }

    //! The problem that kept the answers from being sent ("" if none).
    QString problem() const;

    //! Checks every call has an answer, then emits answered().
    void submit();

Q_SIGNALS:
    void answered(qint64 messageId, const QList<ToolCalls::Answer> &answers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        Conversation::ToolCall call;
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QLabel *arguments = nullptr;
        QPlainTextEdit *answer = nullptr;
        QPushButton *run = nullptr;
        QLabel *note = nullptr;
        ToolCommand *command = nullptr;
    };

    void addRow(const Conversation::ToolCall &call);
    void clearRows();
    void fitHeight();
    void runCommand(int call);
    void updateNote(int call);
    void retranslate();

    qint64 m_messageId = 0;
    QString m_commandLine;
    QList<Row> m_rows;
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_problem;
    QScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_send;
};

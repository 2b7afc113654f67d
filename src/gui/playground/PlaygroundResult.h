// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QTextEdit;
class QToolButton;

//! The outcome of a completions run, read-only: the prompt in normal text, the completion of the
//! chosen choice right after it (highlighted; with logprobs each token's background is stronger
//! the less likely it was, and hovering shows its alternatives), then the suffix in insert mode.
//! Several choices are switched with ‹ ›, each showing its finish reason.
class PlaygroundResult final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundResult)

public:
    explicit PlaygroundResult(QWidget *parent = nullptr);

    //! `choices` in the text_completion shape (text, index, logprobs, finish_reason). With echo
    //! the choice text already starts with the prompt.
    void setRun(const QString &prompt, const QString &suffix, bool echo, const QJsonArray &choices);
    void clear();

    int choiceCount() const { return int(m_choices.size()); }

    int currentChoice() const { return m_current; }

    void setCurrentChoice(int index);

    QTextEdit *view() const { return m_view; }

    //! The choice bar's text ("Choice 1 of 2 · finished: stop").
    QString choiceLabel() const;

    //! Where the completion starts in the view's document (after the prompt).
    int completionStart() const { return m_completionStart; }

    //! The tooltip of the character at this document position (empty: none).
    QString toolTipAt(int position) const;
    //! The token at the view's text cursor and its alternatives, one line (empty: none).
    QString tokenInfo() const;
    //! The background of the character at this document position (invalid: none).
    QColor backgroundAt(int position) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    QToolButton *m_previous;
    QLabel *m_choice;
    QToolButton *m_next;
    QTextEdit *m_view;
    QLabel *m_tokenInfo; //!< the token at the text cursor, for keyboard users
    QString m_prompt;
    QString m_suffix;
    bool m_echo = false;
    QJsonArray m_choices;
    int m_current = 0;
    int m_completionStart = 0;
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QKeyEvent;
class QPlainTextEdit;
class QPushButton;

//! The message composer under the conversation view: a multi-line editor and a Send button that
//! turns into Stop while an answer streams.
//!
//! Keys: Enter sends and Shift+Enter inserts a newline (SendKey::Enter), or Ctrl+Enter sends and
//! Enter inserts a newline (SendKey::CtrlEnter). While an input method composes (Japanese kana →
//! kanji conversion), Enter confirms the conversion and never sends. Esc asks to stop a streaming
//! answer.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerWidget)

public:
    enum class SendKey {
        Enter, //!< Enter sends, Shift+Enter inserts a newline (Ctrl+Enter sends as well).
        CtrlEnter, //!< Ctrl+Enter sends, Enter and Shift+Enter insert a newline.
    };
    Q_ENUM(SendKey)

    explicit ComposerWidget(QWidget *parent = nullptr);
    ~ComposerWidget() override;

    [[nodiscard]] SendKey sendKey() const { return m_sendKey; }

    void setSendKey(SendKey key);

    //! While streaming the button reads Stop, Enter does not send (the text stays) and Esc stops.
    [[nodiscard]] bool isStreaming() const { return m_streaming; }

    void setStreaming(bool streaming);

    //! True while an input method shows uncommitted preedit text in the editor.
    [[nodiscard]] bool isComposing() const;

    [[nodiscard]] QString text() const;
    //! Replaces the editor's text (edit and resend) and puts the cursor at its end.
    void setText(const QString &text);

    //! Sends the editor's text as sendRequested() unless it is blank, streaming or composing.
    //! Returns whether it sent.
    bool send();

Q_SIGNALS:
    //! The user asked to send \a text: the editor's text without surrounding whitespace.
    void sendRequested(const QString &text);
    //! The user asked to stop the streaming answer (Stop button or Esc).
    void stopRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int MinLines = 2;
    static constexpr int MaxLines = 10;

    bool handleKeyPress(QKeyEvent *event);
    void fitHeight();
    void insertNewline();
    void onButtonClicked();
    void updateButton();
    void retranslate();

    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_button = nullptr;
    SendKey m_sendKey = SendKey::Enter;
    bool m_streaming = false;
    bool m_preeditActive = false; //!< from the last QInputMethodEvent the editor received
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "gui/composer/AttachmentIntake.h"
#include "gui/composer/ComposerAttachment.h"

class AttachmentStrip;
class ComposerEdit;
class QKeyEvent;
class QMimeData;
class QPushButton;
class QToolButton;
class RecorderWidget;

//! The message composer under the conversation view: a multi-line editor, the attachments waiting
//! to be sent (AttachmentStrip), an Attach button and a Send button that turns into Stop while an
//! answer streams. Files, image data and image URLs pasted or dropped on the editor become
//! attachments; anything that cannot be attached is refused with a reason (attachmentRefused()).
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

    //! Sends the editor's text as sendRequested() unless there is neither text nor an
    //! attachment, or it is streaming or composing. Returns whether it sent. The attachments stay
    //! until the receiver takes them (takeAttachments()).
    bool send();

    ComposerAttachments attachments() const;
    void setAttachments(const ComposerAttachments &attachments);
    //! Returns the attachments and empties the strip.
    ComposerAttachments takeAttachments();

    AttachmentStrip *attachmentStrip() const { return m_strip; }

    void setAttachmentLimits(const AttachmentIntake::Limits &limits) { m_limits = limits; }

    //! Attaches files (the file dialog, drops); each one refused says why.
    void attachFiles(const QStringList &paths);
    //! Attaches what a paste or drop carries; false if it carries nothing attachable.
    bool attachMimeData(const QMimeData *data);
    //! Attaches an image by its http(s) or data: URL.
    void attachImageUrl(const QString &url);
    //! Adds a ready attachment (a microphone recording, a converted file).
    void addAttachment(const ComposerAttachment &attachment);
    //! Shows the recorder bar and starts recording (the microphone button). Pressed again with
    //! nothing recorded (no microphone, for one), it closes the bar.
    void startRecording();

    //! The recorder bar; null until the first recording.
    RecorderWidget *recorder() const { return m_recorder; }

    //! Takes one intake result: ready ones are added, refusals reported, other audio converted.
    void take(const AttachmentIntake::Result &result);

Q_SIGNALS:
    //! The user asked to send \a text: the editor's text without surrounding whitespace.
    void sendRequested(const QString &text);
    //! The user asked to stop the streaming answer (Stop button or Esc).
    void stopRequested();
    //! Something offered could not be attached; `reason` names it and says why (translated).
    void attachmentRefused(const QString &reason);
    //! Audio that must become WAV first (OGG, FLAC, M4A, …): the page converts and adds it.
    void conversionRequested(const QByteArray &bytes, const QString &name);
    //! The user wants to see an attachment (Enter or double-click in the strip).
    void attachmentOpenRequested(const ComposerAttachment &attachment);

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
    void openFileDialog();
    void askImageUrl();
    void pastePlainText();
    void retranslateAttachMenu();
    void attachRecording(const QByteArray &wav);

    ComposerEdit *m_edit = nullptr;
    AttachmentStrip *m_strip = nullptr;
    QToolButton *m_attach = nullptr;
    QToolButton *m_record = nullptr;
    RecorderWidget *m_recorder = nullptr;
    QPushButton *m_button = nullptr;
    AttachmentIntake::Limits m_limits;
    SendKey m_sendKey = SendKey::Enter;
    bool m_streaming = false;
    bool m_preeditActive = false; //!< from the last QInputMethodEvent the editor received
};

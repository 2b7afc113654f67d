// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <functional>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "core/api/ApiError.h"
#include "core/conversation/Conversation.h"
#include "gui/composer/ComposerAttachment.h"

class AnswerAnnouncer;
class AppContext;
class AudioConverter;
class AudioPlayerWidget;
class ImageViewer;
class ChatSession;
class ComposerWidget;
class ConversationView;
class MessageModel;
class ParameterPanel;
class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;
class TlsTrustBar;
class ToolAnswerPanel;
struct StoreError;

//! One conversation on screen: the messages, the composer, and the collapsible panel with the
//! conversation's profile, model and parameters. The conversation itself lives in the shared
//! SessionRegistry: showing another one releases this one, and an answer still arriving goes on
//! (and is saved) in the background.
//!
//! With no conversation shown the page is a draft: the first message creates the conversation
//! with the panel's settings.
class ConversationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPage)

public:
    explicit ConversationPage(AppContext &context, QWidget *parent = nullptr);
    ~ConversationPage() override;

    //! Shows a stored conversation; false (and an error in the banner) if it cannot be opened.
    bool showConversation(qint64 conversationId);
    //! An empty draft with the last used profile and model.
    void showDraft();

    qint64 conversationId() const { return m_id; }

    QString title() const;

    //! Sends the text as if typed (also what the composer's Send does).
    void send(const QString &text);
    void stop();
    //! Puts a user message into the composer; sending then makes a new branch.
    void editMessage(qint64 messageId);
    void cancelEdit();
    //! A new answer to the same question, as a branch (also what Retry on a failed answer does).
    void regenerate(qint64 assistantMessageId);
    //! Goes on from an interrupted answer.
    void continueAnswer(qint64 assistantMessageId);

    qint64 editingMessageId() const { return m_editing; }

    bool isPanelVisible() const;
    void setPanelVisible(bool visible);
    void focusComposer();
    void focusModelPicker();

    ComposerWidget *composer() const { return m_composer; }

    ConversationView *view() const { return m_view; }

    ParameterPanel *panel() const { return m_panel; }

    //! The banner's text ("" when hidden).
    QString bannerText() const;

    //! Shows an image part (an attachment in the viewer; a remote image in the browser).
    void openImage(const Conversation::Part &part);
    //! Loads audio into the player bar under the conversation and plays it.
    void playAudio(const QByteArray &bytes, const QString &mimeType, const QString &name);

    AudioPlayerWidget *player() const { return m_player; }

    ImageViewer *imageViewer() const { return m_imageViewer; }

    //! Above the composer while the last answer's tool calls wait for results.
    ToolAnswerPanel *toolAnswers() const { return m_toolAnswers; }

    //! Tells screen readers when the shown conversation's answer finished or stopped.
    AnswerAnnouncer *announcer() const { return m_announcer; }

Q_SIGNALS:
    //! The page shows another conversation (a draft that was just created included).
    void conversationChanged(qint64 conversationId);
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    //! Files, images and image URLs dropped anywhere on the page go to the composer.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void attach(ChatSession *session);
    void detach();
    void run(const std::function<std::expected<void, ApiError>(ChatSession &)> &action);
    void showError(const QString &text);
    void hideBanner();
    void applySettings(const Conversation::Settings &settings);
    //! Writes the panel's settings to the conversation now (they are saved 300 ms after the
    //! last edit, and before anything is sent).
    void saveSettings();
    void refreshModels(const QString &profile);
    //! The message's parts: the text (unless blank), then each attachment, its bytes stored once
    //! by hash. The error names the attachment that could not be stored.
    std::expected<QList<Conversation::Part>, QString> partsFor(
        const QString &text, const ComposerAttachments &attachments);
    //! A sent message's media as composer attachments (edit and resend).
    ComposerAttachments attachmentsOf(const QList<Conversation::Part> &parts) const;
    //! Connects the view's media, the composer's attachments and the player bar.
    void setUpMedia();
    void openAttachment(const ComposerAttachment &attachment);
    //! The image viewer (made on first use), showing `bytes`, brought to the front.
    void showImage(const QByteArray &bytes, const QString &mimeType, const QString &name);
    void playStoredAudio(qint64 messageId, const QByteArray &hash, const QString &mimeType);
    void openFile(const Conversation::Part &part);
    void convertAudio(const QByteArray &bytes, const QString &name);
    void startNextConversion();
    void setUpTools();
    //! Shows the tool answer panel whenever the model's last answer waits for results.
    void watchToolCalls(MessageModel *model, ChatSession *session);
    void refreshToolCalls();
    Conversation::Settings draftSettings() const;
    void retranslate();
    void updateEmptyHint();

    AppContext &m_context;
    ConversationView *m_view = nullptr;
    ComposerWidget *m_composer = nullptr;
    ParameterPanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QToolButton *m_bannerClose = nullptr;
    TlsTrustBar *m_trustBar = nullptr; //!< after a refused certificate: trust it for the profile
    QWidget *m_editBar = nullptr;
    QLabel *m_editLabel = nullptr;
    QPushButton *m_editCancel = nullptr;
    QLabel *m_emptyHint = nullptr; //!< over the view while the conversation has no messages
    QWidget *m_playerBar = nullptr;
    AudioPlayerWidget *m_player = nullptr;
    QToolButton *m_playerClose = nullptr;
    ImageViewer *m_imageViewer = nullptr; //!< made on first use
    AudioConverter *m_converter = nullptr; //!< made on first use
    QList<std::pair<QByteArray, QString>> m_conversions; //!< (bytes, name), the first converting
    ToolAnswerPanel *m_toolAnswers = nullptr;
    AnswerAnnouncer *m_announcer = nullptr;
    QTimer m_toolsRefresh;
    MessageModel *m_emptyModel = nullptr; //!< what a draft shows
    QPointer<ChatSession> m_session;
    qint64 m_id = 0;
    qint64 m_editing = 0;
    QString m_unsentText; //!< restored into the composer when a send fails
    ComposerAttachments m_unsentAttachments; //!< likewise
    QTimer m_settingsSave; //!< one store write per pause in typing, not one per key
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class ChatClient;
class ConversationView;
class QAbstractItemModel;
class QLabel;
class StoredMessagesModel;

//! One stored completion: a heading (id, model, time), its usage and parameters, and its request
//! messages followed by the answer, drawn by the chat view's ConversationView and MessageDelegate
//! over a StoredMessagesModel (paged: scrolling down loads more).
class StoredDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredDetailPane)

public:
    explicit StoredDetailPane(QWidget *parent = nullptr);
    ~StoredDetailPane() override;

    //! Shows completion `id`; `completion` is its object when known (else call setCompletion()
    //! once it arrived). An empty id clears the pane.
    void showCompletion(ChatClient *client, const QString &id, const QJsonObject &completion);
    //! The completion object (answer, usage, parameters) of the shown id.
    void setCompletion(const QJsonObject &completion);

    const QString &completionId() const { return m_id; }

    StoredMessagesModel *messages() const { return m_messages; }

    ConversationView *view() const { return m_view; }

    //! The usage and parameters line as shown.
    QString detailsText() const;

    //! "Key: value · …" for the completion's request parameters (temperature, seed, …).
    static QString parametersText(const QJsonObject &completion);
    static QString usageText(const QJsonObject &usage);

Q_SIGNALS:
    //! The user asked to edit or regenerate a message: only a conversation can do that.
    void changeAttempted();

private:
    void updateStatus();

    QString m_id;
    StoredMessagesModel *m_messages;
    QAbstractItemModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_status;
    ConversationView *m_view;
};

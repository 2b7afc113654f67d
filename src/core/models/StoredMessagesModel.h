// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>

#include "core/conversation/Conversation.h"
#include "core/models/MessageModel.h"

class ChatClient;
class JsonReply;

//! The request messages of one stored completion (GET /chat/completions/{id}/messages), loaded
//! page by page with canFetchMore()/fetchMore() (after = last id while has_more, one request at
//! a time), optionally followed by the answer (setAnswer()). Rows answer MessageModel's roles
//! that make sense for them (RoleRole, TextRole, PartsRole, ReasoningRole, ToolCallsRole,
//! ToolCallIdRole, UsageRole, FinishReasonRole, StateRole, ModelNameRole, …) so a message
//! delegate can draw them like the chat view; Qt::DisplayRole is "role: text".
class StoredMessagesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StoredIdRole = MessageModel::RevisionRole + 100, //!< QString: the message's id
        RoleNameRole, //!< QString: "user", "assistant", … as the server sent it
        JsonRole, //!< QJsonObject: the item as the server sent it
        IsAnswerRole, //!< bool: the completion's answer (added by setAnswer())
    };
    Q_ENUM(Role)

    explicit StoredMessagesModel(QObject *parent = nullptr);

    //! Resets to the messages of completion `id`; loads when fetchMore() is called.
    void setCompletion(ChatClient *client, const QString &id);

    const QString &completionId() const { return m_id; }

    //! Shows the completion's answer (choices[0]) after the last message once every page has
    //! arrived; an empty object removes it.
    void setAnswer(const QJsonObject &completion);

    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 100); }

    bool isLoading() const { return !m_reply.isNull(); }

    const QString &errorText() const { return m_errorText; }

    //! The message of a row (attachment-free: data: images are not kept).
    Conversation::Message message(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    //! Every page has arrived.
    void allLoaded();

private:
    struct Row
    {
        QString id;
        QString roleName;
        QJsonObject json;
        Conversation::Message message;
        bool answer = false;
    };

    void onPage(const QJsonObject &page);
    void syncAnswer();

    QPointer<ChatClient> m_client;
    QString m_id;
    QList<Row> m_rows;
    QJsonObject m_answer;
    QPointer<JsonReply> m_reply;
    int m_pageSize = 50;
    bool m_hasMore = false;
    bool m_failed = false;
    QString m_errorText;
};

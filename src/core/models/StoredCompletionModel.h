// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include "core/request/Endpoint.h"

class ChatClient;
class JsonReply;
class StoredFetch;
class StoredFirstMessages;

//! The stored completions of one profile (protocol.md §5), one row each, loaded page by page:
//! canFetchMore()/fetchMore() request GET /chat/completions with after = the last row's id
//! while the server says has_more; one request at a time (a second fetchMore() while one is in
//! flight does nothing). Filters (model, metadata pairs, order) are sent to the server; changing
//! them resets the model and loads the first page again. Deleting and metadata updates change
//! the rows only after the server confirmed. A row keeps the column texts, the metadata and,
//! when small (≤ 4 KB), the list item's JSON; 10,000 rows take a few MB.
class StoredCompletionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        CreatedColumn, //!< local time, short locale format
        ModelColumn,
        MetadataColumn, //!< "app=kaiwa, user=…"
        FirstUserColumn, //!< the first user message (loaded lazily, see below)
        AnswerColumn, //!< the answer's first line
        TokensColumn, //!< usage.total_tokens
        ColumnCount
    };
    Q_ENUM(Column)

    //! Available in every column.
    enum Role {
        IdRole = Qt::UserRole + 1, //!< QString
        CreatedRole, //!< QDateTime (UTC)
        ModelRole, //!< QString
        MetadataRole, //!< QVariantMap key → QString
        FirstUserRole, //!< QString; empty while not loaded
        AnswerRole, //!< QString (preview)
        TotalTokensRole, //!< int (-1: no usage)
        UsageRole, //!< QJsonObject
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 50;

    explicit StoredCompletionModel(QObject *parent = nullptr);
    ~StoredCompletionModel() override;

    //! Resets; the model loads when a view (or the caller) calls fetchMore(). nullptr: empty.
    void setClient(ChatClient *client);

    ChatClient *client() const { return m_client; }

    //! model, metadata and order of `filter` are used (after and limit are ignored). Resets and
    //! requests the first page right away.
    void setFilter(const Endpoint::ListQuery &filter);

    const Endpoint::ListQuery &filter() const { return m_filter; }

    //! Items per request, 1…100 (the API's maximum).
    void setPageSize(int size);

    int pageSize() const { return m_pageSize; }

    //! The first-user-message column needs one small request per row (GET …/messages?limit=5),
    //! made only for rows a view asks data() for, at most 2 at a time. On by default.
    void setLoadFirstMessages(bool load) { m_loadFirstMessages = load; }

    //! Resets and loads the first page again (e.g. after an error).
    void refresh();

    bool isLoading() const { return !m_listReply.isNull(); }

    //! Whether the server said there is more (true before the first page).
    bool hasMore() const { return m_hasMore; }

    //! The last list error in words; empty after a successful page or a reset.
    const QString &errorText() const { return m_errorText; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString id(int row) const;
    int rowOf(const QString &id) const; //!< -1 if not loaded
    QJsonObject metadata(int row) const;
    //! The list item as the server sent it; empty when it was too big to keep (use detail()).
    QJsonObject completionJson(int row) const;
    //! An unstarted fetch of the row's whole completion and all its request messages (for the
    //! detail pane, "Open as conversation" and export), parented to the model; connect, then
    //! start(). nullptr without a client or for a bad row.
    StoredFetch *detail(int row);

    //! Deletes these completions (at most 4 requests at a time). Each row disappears when the
    //! server confirmed its deletion (removed()); failures are reported per id (removeFailed()).
    //! removeFinished() follows when every id of this and overlapping calls got an answer.
    void remove(const QStringList &ids);

    bool isRemoving() const { return !m_removePending.isEmpty(); }

    //! The API's limits for `metadata` (16 pairs, keys 1…64 characters, values text of ≤ 512
    //! characters), as one message per problem; empty = can be sent.
    static QStringList metadataProblems(const QJsonObject &metadata);
    //! Sends POST /chat/completions/{id} {metadata} (the whole map replaces the old one) unless
    //! metadataProblems() finds something: then nothing is sent and the problems are returned as
    //! one text. The row shows the server's answer once it arrives (metadataUpdated()).
    QString updateMetadata(int row, const QJsonObject &metadata);

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! A list request failed (403, 404, 429, network…); canFetchMore() is false until refresh()
    //! or setFilter(). `message` is in the user's language.
    void errorOccurred(const QString &message);
    //! A page arrived with `items` items (after loadingChanged(false): fetchMore() works here).
    void pageLoaded(int items);
    void removed(const QString &id);
    void removeFailed(const QString &id, const QString &message);
    //! `failures`: id → message.
    void removeFinished(const QStringList &removed, const QMap<QString, QString> &failures);
    void metadataUpdated(const QString &id);
    void metadataUpdateFailed(const QString &id, const QString &message);

private:
    friend class StoredFirstMessages;

    struct Row
    {
        QString id;
        qint64 created = 0;
        QString model;
        QString metadataSummary;
        QByteArray metadata; //!< compact JSON object
        QString firstUser;
        QString answer; //!< preview
        QByteArray usage; //!< compact JSON object
        QByteArray raw; //!< compact list item, empty when larger than 4 KB
        int totalTokens = -1;
        bool firstUserLoaded = false;
    };

    static Row rowFrom(const QJsonObject &item);
    static QString preview(const QString &text);
    void reset();
    void requestPage();
    int onPage(const QJsonObject &page); //!< the number of items received
    void pumpRemovals();
    void finishRemoval(const QString &id, const QString &error);
    void setFirstUser(const QString &id, const QString &text);
    void queueFirstUser(int row) const;

    QPointer<ChatClient> m_client;
    Endpoint::ListQuery m_filter;
    int m_pageSize = DefaultPageSize;
    bool m_loadFirstMessages = true;
    QList<Row> m_rows;
    QSet<QString> m_ids;
    QPointer<JsonReply> m_listReply;
    bool m_hasMore = true;
    bool m_failed = false;
    QString m_errorText;
    QQueue<QString> m_removeQueue;
    QSet<QString> m_removePending; //!< queued or in flight
    int m_removeInFlight = 0;
    QStringList m_removedBatch;
    QMap<QString, QString> m_failedBatch;
    StoredFirstMessages *m_firstMessages = nullptr;
};

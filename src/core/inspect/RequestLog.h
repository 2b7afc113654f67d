// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>

#include <QAbstractTableModel>
#include <QHash>

#include "core/api/RequestObserver.h"
#include "core/inspect/RequestRecord.h"

//! The request inspector's recording: one row per HTTP exchange (each retry its own), newest
//! last, at most maxRecords (the oldest go). Records only while attached to a network manager
//! (RequestObserver::attach); everything is redacted as it is recorded. Nothing is written
//! anywhere unless save() is called.
class RequestLog final : public QAbstractTableModel, public RequestObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, TtftColumn, SpeedColumn };

    static constexpr int kColumnCount = 6;
    static constexpr int kDefaultMaxRecords = 200;
    static constexpr qsizetype kMaxResponseBody = 256 * 1024;
    static constexpr qsizetype kMaxCurlBody = 4 << 20;

    enum Role {
        RecordIdRole = Qt::UserRole + 1, //!< quint64
        FinishedRole, //!< bool
    };
    Q_ENUM(Role)

    explicit RequestLog(int maxRecords = kDefaultMaxRecords, QObject *parent = nullptr);
    ~RequestLog() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const RequestRecord &record(int row) const;
    int rowOfId(quint64 id) const;
    //! Drops every record (exchanges under way are no longer followed).
    void clear();

    //! {"kaiwa": "request-log", "requests": [...]} with every record.
    QJsonObject toJson() const;
    //! Writes toJson() to `path`; on failure returns false with the reason in `error`.
    bool save(const QString &path, QString *error = nullptr) const;

    void requestSent(quint64 id, const QByteArray &verb, const QNetworkRequest &request,
        const QByteArray &body, int attempt) override;
    void responseStarted(quint64 id, int status, const Headers &headers) override;
    void responseBytes(quint64 id, const char *data, qsizetype size) override;
    void requestEnded(quint64 id, const ApiError &outcome, bool willRetry) override;

Q_SIGNALS:
    //! The record in `row` changed (throttled while frames stream in).
    void recordUpdated(int row);

private:
    struct Entry;

    Entry *live(quint64 id) const;
    void addFrame(Entry &entry, QByteArrayView event, QByteArrayView data);
    void noteContent(Entry &entry, const QByteArray &data);
    void changed(Entry &entry, bool force);

    int m_maxRecords;
    std::deque<std::unique_ptr<Entry>> m_entries;
    QHash<quint64, Entry *> m_live; //!< exchanges under way
};

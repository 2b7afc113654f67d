// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/StoredCompletionModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/chat/StoredConversation.h"
#include "core/chat/StoredErrors.h"
#include "core/chat/StoredFetch.h"
#include "core/models/StoredFirstMessages.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxRawBytes = 4096;
constexpr qsizetype PreviewLength = 160;

QJsonObject parse(const QByteArray &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString summary(const QJsonObject &metadata)
{
    QStringList pairs;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        QString value = it.value().toString();
        if (value.size() > 40)
            value = value.left(39) + u'…';
        pairs.append(it.key() + u'=' + value);
    }
    return pairs.join(", "_L1);
}
} // namespace

StoredCompletionModel::StoredCompletionModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_firstMessages(new StoredFirstMessages(this))
{}

StoredCompletionModel::~StoredCompletionModel() = default;

void StoredCompletionModel::setClient(ChatClient *client)
{
    m_client = client;
    reset();
}

void StoredCompletionModel::setFilter(const Endpoint::ListQuery &filter)
{
    m_filter = filter;
    m_filter.after.clear();
    m_filter.limit.reset();
    refresh();
}

void StoredCompletionModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 100);
}

void StoredCompletionModel::refresh()
{
    reset();
    fetchMore({});
}

void StoredCompletionModel::reset()
{
    const bool wasLoading = isLoading();
    if (m_listReply) {
        JsonReply *reply = m_listReply;
        m_listReply.clear();
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_firstMessages->clear();
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_hasMore = true;
    m_failed = false;
    m_errorText.clear();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

int StoredCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoredCompletionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool StoredCompletionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_hasMore && !m_failed;
}

void StoredCompletionModel::fetchMore(const QModelIndex &parent)
{
    if (isLoading() || !canFetchMore(parent))
        return; // one page at a time
    requestPage();
}

void StoredCompletionModel::requestPage()
{
    Endpoint::ListQuery query = m_filter;
    query.after = m_rows.isEmpty() ? QString() : m_rows.constLast().id;
    query.limit = m_pageSize;
    auto reply = m_client->listStored(query);
    if (!reply) {
        m_failed = true;
        m_errorText = reply.error().describe();
        Q_EMIT errorOccurred(m_errorText);
        return;
    }
    m_listReply = *reply;
    JsonReply *r = *reply;
    connect(r, &JsonReply::finished, this, [this, r] {
        r->deleteLater();
        const int received = onPage(r->json()); // still loading: fetchMore() from a
        m_listReply.clear(); // rowsInserted slot must not ask for this page again
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded(received); // a slot may fetchMore() now
    });
    connect(r, &JsonReply::failed, this, [this, r](const ApiError &) {
        r->deleteLater();
        m_listReply.clear();
        m_failed = true;
        m_errorText = StoredErrors::describe(*r, StoredErrors::Context::Api);
        Q_EMIT loadingChanged(false);
        Q_EMIT errorOccurred(m_errorText);
    });
    r->start();
    Q_EMIT loadingChanged(true);
}

int StoredCompletionModel::onPage(const QJsonObject &page)
{
    const QJsonArray data = page.value("data"_L1).toArray();
    QList<Row> rows;
    rows.reserve(data.size());
    for (const QJsonValue &value : data) {
        Row row = rowFrom(value.toObject());
        if (row.id.isEmpty() || m_ids.contains(row.id))
            continue; // a server that repeats items must not make duplicate rows
        m_ids.insert(row.id);
        rows.append(std::move(row));
    }
    // An empty page cannot move `after` forward: stop instead of asking forever.
    m_hasMore = page.value("has_more"_L1).toBool() && !rows.isEmpty();
    m_errorText.clear();
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    return int(data.size());
}

StoredCompletionModel::Row StoredCompletionModel::rowFrom(const QJsonObject &item)
{
    Row row;
    row.id = item.value("id"_L1).toString();
    row.created = qint64(item.value("created"_L1).toDouble());
    row.model = item.value("model"_L1).toString();
    const QJsonObject metadata = item.value("metadata"_L1).toObject();
    row.metadataSummary = summary(metadata);
    row.metadata = compact(metadata);
    row.answer = preview(StoredConversation::answerFromCompletion(item).text());
    const QJsonObject usage = item.value("usage"_L1).toObject();
    row.usage = compact(usage);
    row.totalTokens =
        usage.contains("total_tokens"_L1) ? usage.value("total_tokens"_L1).toInt() : -1;
    // Some servers send the request messages with the item: then no extra request is needed.
    const QJsonArray messages = item.value("messages"_L1).toArray();
    for (const QJsonValue &value : messages) {
        if (value.toObject().value("role"_L1).toString() == "user"_L1) {
            row.firstUser = preview(StoredConversation::messageFromJson(value.toObject()).text());
            row.firstUserLoaded = true;
            break;
        }
    }
    const QByteArray raw = compact(item);
    if (raw.size() <= MaxRawBytes)
        row.raw = raw;
    return row;
}

QString StoredCompletionModel::preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > PreviewLength)
        line = line.left(PreviewLength - 1) + u'…';
    line.squeeze();
    return line;
}

QVariant StoredCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if ((role == FirstUserRole || (index.column() == FirstUserColumn && role == Qt::DisplayRole))
        && !row.firstUserLoaded && m_loadFirstMessages)
        queueFirstUser(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case CreatedRole:
        return QDateTime::fromSecsSinceEpoch(row.created, Qt::UTC);
    case ModelRole:
        return row.model;
    case MetadataRole:
        return parse(row.metadata).toVariantMap();
    case FirstUserRole:
        return row.firstUser;
    case AnswerRole:
        return row.answer;
    case TotalTokensRole:
        return row.totalTokens;
    case UsageRole:
        return parse(row.usage);
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == TokensColumn && !row.usage.isEmpty()) {
            const QJsonObject usage = parse(row.usage);
            return tr("Prompt %1 · completion %2 · total %3")
                .arg(usage.value("prompt_tokens"_L1).toInt())
                .arg(usage.value("completion_tokens"_L1).toInt())
                .arg(usage.value("total_tokens"_L1).toInt());
        }
        if (index.column() == MetadataColumn)
            return row.metadataSummary;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TokensColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.created, Qt::UTC).toLocalTime(),
            QLocale::ShortFormat);
    case ModelColumn:
        return row.model;
    case MetadataColumn:
        return row.metadataSummary;
    case FirstUserColumn:
        return row.firstUser;
    case AnswerColumn:
        return row.answer;
    case TokensColumn:
        return row.totalTokens < 0 ? QString() : QLocale().toString(row.totalTokens);
    default:
        return {};
    }
}

QVariant StoredCompletionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case CreatedColumn:
        return tr("Created");
    case ModelColumn:
        return tr("Model");
    case MetadataColumn:
        return tr("Metadata");
    case FirstUserColumn:
        return tr("First message");
    case AnswerColumn:
        return tr("Answer");
    case TokensColumn:
        return tr("Tokens");
    default:
        return {};
    }
}

QString StoredCompletionModel::id(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int StoredCompletionModel::rowOf(const QString &id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QJsonObject StoredCompletionModel::metadata(int row) const
{
    return row >= 0 && row < m_rows.size() ? parse(m_rows.at(row).metadata) : QJsonObject();
}

QJsonObject StoredCompletionModel::completionJson(int row) const
{
    return row >= 0 && row < m_rows.size() ? parse(m_rows.at(row).raw) : QJsonObject();
}

StoredFetch *StoredCompletionModel::detail(int row)
{
    if (!m_client || row < 0 || row >= m_rows.size())
        return nullptr;
    return new StoredFetch(m_client, m_rows.at(row).id, completionJson(row), this);
}

void StoredCompletionModel::queueFirstUser(int row) const
{
    m_firstMessages->request(m_rows.at(row).id);
}

void StoredCompletionModel::setFirstUser(const QString &id, const QString &text)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].firstUser = preview(text);
    m_rows[row].firstUserLoaded = true;
    const QModelIndex cell = index(row, FirstUserColumn);
    Q_EMIT dataChanged(cell, cell);
}

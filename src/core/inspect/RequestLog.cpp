// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/RequestLog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/api/SseParser.h"
#include "core/inspect/BodyText.h"
#include "core/inspect/Redaction.h"

namespace {
constexpr qint64 kUpdateIntervalMs = 200;

bool hasContent(const QJsonValue &value)
{
    if (value.isString())
        return !value.toString().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    return value.isObject();
}

//! Whether a chunk carries answer content: a delta's text, refusal, reasoning, tool calls or
//! audio, or a legacy completion's text.
bool chunkHasContent(const QJsonObject &chunk)
{
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choice : choices) {
        const QJsonObject c = choice.toObject();
        if (hasContent(c.value(QLatin1String("text"))))
            return true;
        const QJsonObject delta = c.value(QLatin1String("delta")).toObject();
        for (const char *key : { "content", "refusal", "reasoning_content", "reasoning",
                 "tool_calls", "audio", "function_call" }) {
            if (hasContent(delta.value(QLatin1String(key))))
                return true;
        }
    }
    return false;
}

QString statusText(const RequestRecord &r)
{
    if (r.status > 0)
        return QString::number(r.status);
    if (r.error.isError())
        return ApiError::kindText(r.error.kind);
    return QStringLiteral("…");
}
} // namespace

struct RequestLog::Entry
{
    RequestRecord record;
    QElapsedTimer clock;
    QList<QByteArray> secrets;
    std::unique_ptr<SseParser> parser;
    QByteArray rawBody; //!< a non-stream response, up to kMaxResponseBody
    qint64 lastUpdateMs = -kUpdateIntervalMs;
};

RequestLog::RequestLog(int maxRecords, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRecords(std::max(1, maxRecords))
{}

RequestLog::~RequestLog()
{
    detachAll();
}

int RequestLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RequestRecord &r = m_entries[std::size_t(index.row())]->record;
    if (role == RecordIdRole)
        return QVariant::fromValue(r.id);
    if (role == FinishedRole)
        return r.isFinished();
    if (role == Qt::ToolTipRole)
        return r.error.isError() ? r.error.describe() : QString();
    if (role == Qt::TextAlignmentRole && index.column() >= StatusColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return r.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(r.method);
    case PathColumn:
        return r.url.path();
    case StatusColumn:
        return statusText(r);
    case TtftColumn:
        return r.ttftMs >= 0 ? tr("%1 ms").arg(r.ttftMs) : QString();
    case SpeedColumn: {
        const double tps = r.tokensPerSecond();
        return tps >= 0 ? QString::number(tps, 'f', 1) : QString();
    }
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case TtftColumn:
        return tr("TTFT");
    case SpeedColumn:
        return tr("Tokens/s");
    }
    return {};
}

const RequestRecord &RequestLog::record(int row) const
{
    return m_entries.at(std::size_t(row))->record;
}

int RequestLog::rowOfId(quint64 id) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i]->record.id == id)
            return int(i);
    }
    return -1;
}

void RequestLog::clear()
{
    beginResetModel();
    m_live.clear();
    m_entries.clear();
    endResetModel();
}

QJsonObject RequestLog::toJson() const
{
    QJsonArray requests;
    for (const auto &entry : m_entries)
        requests.append(entry->record.toJson());
    return { { QStringLiteral("kaiwa"), QStringLiteral("request-log") },
        { QStringLiteral("requests"), requests } };
}

bool RequestLog::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

RequestLog::Entry *RequestLog::live(quint64 id) const
{
    return m_live.value(id);
}

void RequestLog::requestSent(quint64 id, const QByteArray &verb, const QNetworkRequest &request,
    const QByteArray &body, int attempt)
{
    auto entry = std::make_unique<Entry>();
    entry->clock.start();
    RequestRecord &r = entry->record;
    Headers sent;
    for (const QByteArray &name : request.rawHeaderList())
        sent.append({ name, request.rawHeader(name) });
    entry->secrets = Redaction::secretsIn(sent, request.url());
    r.id = id;
    r.attempt = attempt;
    r.started = QDateTime::currentDateTimeUtc();
    r.method = verb;
    r.url = Redaction::url(request.url());
    for (const auto &[name, value] : sent) {
        const bool secret = Redaction::isSecretHeader(name);
        r.requestHeaders.append({ name,
            secret ? Redaction::header(name, value) : Redaction::scrub(value, entry->secrets),
            secret });
    }
    const QByteArray scrubbed = Redaction::scrub(body, entry->secrets);
    r.bodyBytes = body.size();
    r.body = BodyText::elideBase64(scrubbed);
    r.curlBodyComplete = scrubbed.size() <= kMaxCurlBody;
    r.curlBody = r.curlBodyComplete ? scrubbed : r.body;

    if (int(m_entries.size()) >= m_maxRecords) {
        beginRemoveRows({}, 0, 0);
        m_live.remove(m_entries.front()->record.id);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_live.insert(id, entry.get());
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void RequestLog::responseStarted(quint64 id, int status, const Headers &headers)
{
    Entry *entry = live(id);
    if (!entry)
        return;
    RequestRecord &r = entry->record;
    r.status = status;
    for (const auto &[name, value] : headers) {
        const bool secret = Redaction::isSecretHeader(name);
        r.responseHeaders.append({ name,
            secret ? Redaction::header(name, value) : Redaction::scrub(value, entry->secrets),
            secret });
    }
    for (const char *name : { "x-request-id", "apim-request-id", "x-ms-request-id" }) {
        if (r.requestId.isEmpty())
            r.requestId = r.responseHeader(name);
    }
    r.rateLimits = RateLimits::parse(headers, QDateTime::currentDateTimeUtc());
    r.streamed = status >= 200 && status < 300
        && r.responseHeader("content-type").toLower().contains("event-stream");
    if (r.streamed) {
        entry->parser = std::make_unique<SseParser>(
            [this, entry](const SseEvent &event) { addFrame(*entry, event.type, event.data); });
    }
    changed(*entry, true);
}

void RequestLog::responseBytes(quint64 id, const char *data, qsizetype size)
{
    Entry *entry = live(id);
    if (!entry)
        return;
    if (entry->parser) {
        // A stream past SseParser's caps is the client's error to report; stop framing it.
        if (entry->parser->status() == SseParser::Status::Ok)
            entry->parser->feed(data, std::size_t(size));
        changed(*entry, false);
        return;
    }
    if (entry->rawBody.size() < kMaxResponseBody)
        entry->rawBody.append(data, std::min(size, kMaxResponseBody - entry->rawBody.size()));
}

void RequestLog::addFrame(Entry &entry, QByteArrayView event, QByteArrayView data)
{
    RequestRecord &r = entry.record;
    const QByteArray bytes = data.toByteArray();
    noteContent(entry, bytes);
    if (r.frames.size() >= RequestRecord::kMaxFrames) {
        ++r.framesDropped;
        return;
    }
    r.frames.append({ entry.clock.elapsed(), event.toByteArray(),
        BodyText::elideBase64(Redaction::scrub(bytes, entry.secrets)) });
}

void RequestLog::noteContent(Entry &entry, const QByteArray &data)
{
    if (!data.startsWith('{'))
        return;
    const QJsonObject chunk = QJsonDocument::fromJson(data).object();
    RequestRecord &r = entry.record;
    const QJsonObject usage = chunk.value(QLatin1String("usage")).toObject();
    if (!usage.isEmpty())
        r.usage = usage;
    if (!chunkHasContent(chunk))
        return;
    const qint64 now = entry.clock.elapsed();
    if (r.ttftMs < 0) {
        r.ttftMs = now;
        changed(entry, true);
    }
    r.lastTokenMs = now;
    ++r.contentDeltas;
}

void RequestLog::requestEnded(quint64 id, const ApiError &outcome, bool willRetry)
{
    Entry *entry = m_live.take(id);
    if (!entry)
        return;
    RequestRecord &r = entry->record;
    if (entry->parser)
        entry->parser->finish();
    entry->parser.reset();
    if (!entry->rawBody.isEmpty()) {
        const QByteArray body = Redaction::scrub(entry->rawBody, entry->secrets);
        r.responseBody = BodyText::elideBase64(body);
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        r.usage = object.value(QLatin1String("usage")).toObject();
        entry->rawBody.clear();
    }
    r.durationMs = entry->clock.elapsed();
    r.willRetry = willRetry;
    r.error = outcome;
    r.error.body.clear(); // the response body is shown already
    r.error.message = Redaction::scrub(outcome.message, entry->secrets);
    changed(*entry, true);
}

void RequestLog::changed(Entry &entry, bool force)
{
    const qint64 now = entry.clock.elapsed();
    if (!force && now - entry.lastUpdateMs < kUpdateIntervalMs)
        return;
    entry.lastUpdateMs = now;
    const int row = rowOfId(entry.record.id);
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
    Q_EMIT recordUpdated(row);
}

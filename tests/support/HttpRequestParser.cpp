// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

namespace {
constexpr qsizetype MaxHeadSize = 64 * 1024;
} // namespace

bool HttpRequestParser::feed(const QByteArray &data)
{
    if (hasError())
        return false;
    m_buffer.append(data);
    while (step()) {}
    // Drop the consumed prefix once in a while rather than on every step (keeps feeding O(n)).
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return !hasError();
}

bool HttpRequestParser::step()
{
    if (hasError())
        return false;
    const qsizetype available = m_buffer.size() - m_pos;
    switch (m_phase) {
    case Phase::Head: {
        // Tolerate blank lines between pipelined requests (RFC 9112 §2.2).
        while (m_buffer.size() - m_pos >= 2 && m_buffer.at(m_pos) == '\r'
            && m_buffer.at(m_pos + 1) == '\n')
            m_pos += 2;
        const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
        if (end < 0) {
            if (m_buffer.size() - m_pos > MaxHeadSize)
                return fail(QStringLiteral("request head larger than 64 KiB"));
            return false;
        }
        const QByteArray head = m_buffer.mid(m_pos, end - m_pos);
        m_pos = end + 4;
        return parseHead(head);
    }
    case Phase::Body: {
        const qint64 n = qMin<qint64>(available, m_remaining);
        m_current.body.append(m_buffer.constData() + m_pos, n);
        m_pos += n;
        m_remaining -= n;
        if (m_remaining == 0)
            complete();
        return m_remaining == 0;
    }
    case Phase::ChunkSize:
    case Phase::Trailer: {
        const qsizetype eol = m_buffer.indexOf("\r\n", m_pos);
        if (eol < 0)
            return false;
        QByteArray line = m_buffer.mid(m_pos, eol - m_pos);
        m_pos = eol + 2;
        if (m_phase == Phase::Trailer) {
            if (line.isEmpty())
                complete();
            return true;
        }
        const qsizetype ext = line.indexOf(';');
        if (ext >= 0)
            line.truncate(ext);
        bool ok = false;
        m_remaining = line.trimmed().toLongLong(&ok, 16);
        if (!ok || m_remaining < 0)
            return fail(QStringLiteral("bad chunk size"));
        m_phase = m_remaining == 0 ? Phase::Trailer : Phase::ChunkData;
        return true;
    }
    case Phase::ChunkData: {
        const qint64 n = qMin<qint64>(available, m_remaining);
        m_current.body.append(m_buffer.constData() + m_pos, n);
        m_pos += n;
        m_remaining -= n;
        if (m_remaining > 0)
            return false;
        m_phase = Phase::ChunkDataEnd;
        return true;
    }
    case Phase::ChunkDataEnd:
        if (available < 2)
            return false;
        if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n')
            return fail(QStringLiteral("chunk not followed by CRLF"));
        m_pos += 2;
        m_phase = Phase::ChunkSize;
        return true;
    }
    return false;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
        return fail(QStringLiteral("malformed request line"));
    m_current = RecordedRequest();
    m_current.method = requestLine.at(0);
    m_current.path = requestLine.at(1);
    m_current.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(QStringLiteral("malformed header line"));
        m_current.headers.append(
            { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    m_expectContinue = m_current.header("expect").toLower() == "100-continue";
    if (m_current.header("transfer-encoding").toLower().contains("chunked")) {
        m_phase = Phase::ChunkSize;
        return true;
    }
    const QByteArray length = m_current.header("content-length");
    bool ok = true;
    m_remaining = length.isNull() ? 0 : length.toLongLong(&ok);
    if (!ok || m_remaining < 0)
        return fail(QStringLiteral("bad Content-Length"));
    if (m_remaining == 0) {
        complete();
        return true;
    }
    m_current.body.reserve(qMin<qint64>(m_remaining, 64 * 1024 * 1024));
    m_phase = Phase::Body;
    return true;
}

void HttpRequestParser::complete()
{
    m_expectContinue = false; // the body is already here: no interim answer needed
    m_ready.append(std::move(m_current));
    m_current = RecordedRequest();
    m_phase = Phase::Head;
    m_remaining = 0;
}

bool HttpRequestParser::fail(const QString &message)
{
    m_error = message;
    return false;
}

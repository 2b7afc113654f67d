// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>

#include "RecordedRequest.h"

//! Incremental HTTP/1.1 request parser: feed it bytes as they arrive; it yields complete requests.
//! Handles pipelined requests, Content-Length and chunked request bodies.
class HttpRequestParser
{
public:
    //! Appends bytes. Returns false once the input is malformed (see errorString()).
    bool feed(const QByteArray &data);

    bool hasRequest() const { return !m_ready.isEmpty(); }

    RecordedRequest takeRequest() { return m_ready.takeFirst(); }

    bool hasError() const { return !m_error.isEmpty(); }

    QString errorString() const { return m_error; }

    //! True once per request that sent "Expect: 100-continue" and still waits for its body.
    bool takeExpectContinue() { return std::exchange(m_expectContinue, false); }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer };

    bool parseHead(const QByteArray &head);
    bool step(); // consumes what it can from m_buffer; false when it needs more input
    void complete();
    bool fail(const QString &message);

    QByteArray m_buffer;
    qsizetype m_pos = 0; // consumed prefix of m_buffer
    Phase m_phase = Phase::Head;
    qint64 m_remaining = 0;
    RecordedRequest m_current;
    QList<RecordedRequest> m_ready;
    QString m_error;
    bool m_expectContinue = false;
};

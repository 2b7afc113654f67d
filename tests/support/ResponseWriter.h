// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include "FakeResponse.h"

//! Writes one FakeResponse onto a socket: framing, fragmenting, delays, stalls and disconnects.
//! Each piece goes out in its own event-loop turn, and writes are paced on bytesWritten so at
//! most about HighWaterMark bytes sit in the socket's buffer (big bodies never load it at once).
class ResponseWriter final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 HighWaterMark = 1024 * 1024;
    static constexpr qint64 FileReadSize = 64 * 1024;

    //! closeAfter: answer with "Connection: close" and close once the response is written.
    ResponseWriter(QTcpSocket *socket, FakeResponse response, bool closeAfter, QObject *parent);

    void start();

Q_SIGNALS:
    //! The response was written completely. keepAlive: the connection may serve the next request.
    //! Not emitted for stalls, disconnects and dropped connections.
    void finished(bool keepAlive);

private:
    enum class Next { Piece, Stall, Disconnect, Finish, Done };

    void writeHead();
    void schedulePiece(int delayMs);
    void writeNextPiece();
    std::optional<QByteArray> takeRawPiece();
    void pump();
    void onDrained();
    void onBytesWritten();
    qint64 limit() const;

    QPointer<QTcpSocket> m_socket;
    FakeResponse m_response;
    bool m_closeAfter = false;
    QFile m_file;
    qsizetype m_pieceIndex = 0;
    qsizetype m_pieceOffset = 0;
    QByteArray m_out; // framed bytes of the current piece still to hand to the socket
    qsizetype m_outOffset = 0;
    qint64 m_bodySent = 0;
    Next m_next = Next::Piece;
    bool m_firstPiece = true;
    bool m_abortWhenFlushed = false;
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseWriter.h"

#include <QTimer>

ResponseWriter::ResponseWriter(
    QTcpSocket *socket, FakeResponse response, bool closeAfter, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_response(std::move(response))
    , m_closeAfter(closeAfter || m_response.closeConnection
          || m_response.framing == FakeResponse::Framing::CloseDelimited)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &ResponseWriter::onBytesWritten);
}

void ResponseWriter::start()
{
    if (!m_socket)
        return;
    if (m_response.dropConnectionImmediately) {
        m_next = Next::Done;
        m_socket->abort();
        return;
    }
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, &ResponseWriter::writeHead);
    else
        writeHead();
}

void ResponseWriter::writeHead()
{
    if (!m_socket)
        return;
    if (m_response.closeWithoutResponse) {
        m_next = Next::Done;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_response.bodyFile.isEmpty()) {
        m_file.setFileName(m_response.bodyFile);
        if (!m_file.open(QIODevice::ReadOnly)) {
            qWarning("FakeOpenAiServer: cannot open body file %s", qPrintable(m_response.bodyFile));
        }
    }
    const FakeResponse &r = m_response;
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(r.status) + ' '
        + (r.reason.isEmpty() ? FakeResponse::reasonPhrase(r.status) : r.reason)
        + QByteArrayLiteral("\r\n");
    for (const auto &[name, value] : r.headers)
        head += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
    const bool framingGiven =
        !r.header("content-length").isNull() || !r.header("transfer-encoding").isNull();
    if (!framingGiven) {
        if (r.framing == FakeResponse::Framing::Chunked)
            head += QByteArrayLiteral("Transfer-Encoding: chunked\r\n");
        else if (r.framing == FakeResponse::Framing::ContentLength && r.status != 204)
            head += QByteArrayLiteral("Content-Length: ")
                + QByteArray::number(m_file.isOpen() ? m_file.size() : r.bodySize())
                + QByteArrayLiteral("\r\n");
    }
    if (r.header("connection").isNull() && m_closeAfter)
        head += QByteArrayLiteral("Connection: close\r\n");
    head += QByteArrayLiteral("\r\n");
    m_out = head;
    m_outOffset = 0;
    m_next = Next::Piece;
    pump();
}

void ResponseWriter::schedulePiece(int delayMs)
{
    // A timer even for 0 ms: every piece leaves in its own event-loop turn.
    QTimer::singleShot(delayMs, this, &ResponseWriter::writeNextPiece);
}

std::optional<QByteArray> ResponseWriter::takeRawPiece()
{
    const qsizetype fragment = m_response.fragmentSize;
    if (m_file.isOpen()) {
        const QByteArray data = m_file.read(fragment > 0 ? fragment : FileReadSize);
        return data.isEmpty() ? std::nullopt : std::optional<QByteArray>(data);
    }
    // Skip empty pieces: an empty chunk would end a chunked body.
    while (m_pieceIndex < m_response.pieces.size()
        && m_pieceOffset >= m_response.pieces.at(m_pieceIndex).size()) {
        ++m_pieceIndex;
        m_pieceOffset = 0;
    }
    if (m_pieceIndex >= m_response.pieces.size())
        return std::nullopt;
    const QByteArray &piece = m_response.pieces.at(m_pieceIndex);
    const qsizetype n =
        fragment > 0 ? qMin(fragment, piece.size() - m_pieceOffset) : piece.size() - m_pieceOffset;
    const QByteArray data = piece.mid(m_pieceOffset, n);
    m_pieceOffset += n;
    return data;
}

qint64 ResponseWriter::limit() const
{
    const qint64 stall = m_response.stallAfterBytes;
    const qint64 drop = m_response.disconnectAfterBytes;
    if (stall >= 0 && drop >= 0)
        return qMin(stall, drop);
    return stall >= 0 ? stall : drop;
}

void ResponseWriter::writeNextPiece()
{
    if (!m_socket)
        return;
    const qint64 cap = limit();
    const Next onLimit = (m_response.stallAfterBytes >= 0
                             && (m_response.disconnectAfterBytes < 0
                                 || m_response.stallAfterBytes <= m_response.disconnectAfterBytes))
        ? Next::Stall
        : Next::Disconnect;
    if (cap >= 0 && m_bodySent >= cap) {
        m_next = onLimit;
        onDrained();
        return;
    }
    std::optional<QByteArray> piece = takeRawPiece();
    if (!piece) {
        m_out = m_response.framing == FakeResponse::Framing::Chunked
            ? QByteArrayLiteral("0\r\n\r\n")
            : QByteArray();
        m_outOffset = 0;
        m_next = Next::Finish;
        pump();
        return;
    }
    m_next = Next::Piece;
    if (cap >= 0 && m_bodySent + piece->size() >= cap) {
        // Cut the piece at the limit so the client receives exactly the bytes before it.
        piece->truncate(cap - m_bodySent);
        m_next = onLimit;
    }
    m_bodySent += piece->size();
    if (m_response.framing == FakeResponse::Framing::Chunked && !piece->isEmpty())
        m_out = QByteArray::number(piece->size(), 16) + QByteArrayLiteral("\r\n") + *piece
            + QByteArrayLiteral("\r\n");
    else
        m_out = *piece;
    m_outOffset = 0;
    pump();
}

void ResponseWriter::pump()
{
    if (!m_socket)
        return;
    while (m_outOffset < m_out.size()) {
        const qint64 room = HighWaterMark - m_socket->bytesToWrite();
        if (room <= 0)
            return; // onBytesWritten() resumes
        const qint64 n = qMin<qint64>(room, m_out.size() - m_outOffset);
        const qint64 written = m_socket->write(m_out.constData() + m_outOffset, n);
        if (written < 0)
            return;
        m_outOffset += written;
    }
    m_out.clear();
    m_outOffset = 0;
    onDrained();
}

void ResponseWriter::onDrained()
{
    if (!m_socket)
        return;
    switch (m_next) {
    case Next::Piece:
        schedulePiece(m_firstPiece ? 0 : m_response.delayMs);
        m_firstPiece = false;
        return;
    case Next::Stall:
        m_next = Next::Done;
        m_socket->flush();
        return;
    case Next::Disconnect:
        // abort() drops unsent data: wait until the partial body reached the kernel.
        m_next = Next::Done;
        m_abortWhenFlushed = true;
        if (m_socket->bytesToWrite() == 0)
            m_socket->abort();
        return;
    case Next::Finish:
        m_next = Next::Done;
        if (m_closeAfter)
            m_socket->disconnectFromHost(); // flushes pending bytes first
        Q_EMIT finished(!m_closeAfter);
        return;
    case Next::Done:
        return;
    }
}

void ResponseWriter::onBytesWritten()
{
    if (!m_socket)
        return;
    if (m_abortWhenFlushed) {
        if (m_socket->bytesToWrite() == 0) {
            m_abortWhenFlushed = false;
            m_socket->abort();
        }
        return;
    }
    if (m_outOffset < m_out.size())
        pump();
}

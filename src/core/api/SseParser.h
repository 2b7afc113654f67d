// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

//! A growable byte buffer that always keeps kPadding readable bytes past its end, so a JSON
//! parser that reads ahead (simdjson) can work on the data in place without a copy.
class PaddedBuffer final
{
public:
    static constexpr std::size_t kPadding = 64;

    PaddedBuffer() = default;
    ~PaddedBuffer();
    PaddedBuffer(const PaddedBuffer &) = delete;
    PaddedBuffer &operator=(const PaddedBuffer &) = delete;

    const char *data() const { return m_data; }

    std::size_t size() const { return m_size; }

    bool isEmpty() const { return m_size == 0; }

    std::string_view view() const { return { m_data, m_size }; }

    std::size_t capacity() const { return m_capacity; }

    void clear() { m_size = 0; }

    void chop(std::size_t n) { m_size -= n; }

    void append(const char *bytes, std::size_t n)
    {
        if (m_size + n + kPadding > m_capacity)
            grow(m_size + n);
        if (n <= 8) {
            for (std::size_t i = 0; i < n; ++i) // tiny appends: no library call
                m_data[m_size + i] = bytes[i];
        } else {
            std::memcpy(m_data + m_size, bytes, n);
        }
        m_size += n;
    }

    void append(char c) { append(&c, 1); }

    //! Gives back memory after an unusually large event (keeps the buffer bounded by what the
    //! current stream needs rather than by its largest event ever).
    void shrinkIfAbove(std::size_t bytes);

private:
    void grow(std::size_t needed);

    char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

//! One dispatched server-sent event. `data` is followed by PaddedBuffer::kPadding readable bytes.
struct SseEvent
{
    std::string_view type; //!< the `event:` field, "message" when absent
    std::string_view data; //!< `data:` lines joined with LF
    bool terminated = true; //!< false for an event flushed at end of stream without its blank line
};

//! Incremental parser for the WHATWG "text/event-stream" format, working on bytes.
//!
//! Feed it whatever a socket read returned, of any size and split at any byte: CR, LF and CRLF
//! line ends (also a CRLF split across reads), a UTF-8 BOM at the start, `:` comments, field
//! values with or without the space after the colon, multi-line data, `event:`, `id:` and
//! `retry:`. UTF-8 is kept as bytes, so a character split across reads is never damaged.
//! Memory is bounded by the longest line and event; a line or event that grows past the cap is
//! an error, not an out-of-memory.
class SseParser final
{
public:
    using EventHandler = std::function<void(const SseEvent &)>;
    enum class Status { Ok, LineTooLong, EventTooLarge };

    static constexpr std::size_t kDefaultMaxLine = std::size_t(64) << 20; // 64 MiB

    explicit SseParser(EventHandler handler, std::size_t maxLineBytes = kDefaultMaxLine);

    //! Parses `size` more bytes. Returns false once the stream exceeded a cap (see status()).
    bool feed(const char *bytes, std::size_t size);
    //! End of stream. An event still pending without its blank line is dispatched with
    //! terminated = false (WHATWG drops it; an error written just before a close matters more).
    void finish();
    //! Clears all state, for a new stream (a retry).
    void reset();

    Status status() const { return m_status; }

    std::size_t maxLineBytes() const { return m_maxLine; }

    std::uint64_t bytesSeen() const { return m_bytesSeen; }

    std::uint64_t commentCount() const { return m_comments; } //!< keep-alives such as `: ping`

    std::string_view lastEventId() const { return m_lastEventId.view(); }

    long long retryMs() const { return m_retryMs; } //!< -1 until the server sent `retry:`

    //! Bytes of memory the parser holds for unfinished lines and events.
    std::size_t heldBytes() const
    {
        return m_line.capacity() + m_data.capacity() + m_eventType.capacity();
    }

private:
    bool consume(const char *p, std::size_t n);
    void processLine(const char *line, std::size_t length);
    void dispatch(bool terminated);
    bool fail(Status status);

    EventHandler m_handler;
    std::size_t m_maxLine;
    PaddedBuffer m_line; //!< the unfinished line carried over between feeds
    PaddedBuffer m_data; //!< data buffer of the event being built
    PaddedBuffer m_eventType;
    PaddedBuffer m_lastEventId;
    long long m_retryMs = -1;
    std::uint64_t m_bytesSeen = 0;
    std::uint64_t m_comments = 0;
    int m_bomMatched = 0; //!< bytes of a leading BOM seen so far; -1 once past the start
    bool m_skipLf = false; //!< the previous feed ended with CR: a leading LF belongs to it
    bool m_hasPendingFields = false; //!< a field arrived since the last dispatch
    Status m_status = Status::Ok;
};

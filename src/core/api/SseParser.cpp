// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/SseParser.h"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <string>

PaddedBuffer::~PaddedBuffer()
{
    std::free(m_data);
}

void PaddedBuffer::grow(std::size_t needed)
{
    std::size_t capacity = std::max<std::size_t>(m_capacity * 2, 256);
    capacity = std::max(capacity, needed + kPadding);
    auto *data = static_cast<char *>(std::realloc(m_data, capacity));
    if (!data)
        throw std::bad_alloc();
    m_data = data;
    m_capacity = capacity;
}

void PaddedBuffer::shrinkIfAbove(std::size_t bytes)
{
    if (m_capacity <= bytes || m_size > 0)
        return;
    std::free(m_data);
    m_data = nullptr;
    m_capacity = 0;
}

namespace {
constexpr unsigned char kBom[3] = { 0xEF, 0xBB, 0xBF };
// After one event this large the buffers give their memory back instead of keeping it.
constexpr std::size_t kKeepCapacity = std::size_t(1) << 20;

bool equals(const char *p, std::size_t n, std::string_view literal)
{
    return n == literal.size() && std::memcmp(p, literal.data(), n) == 0;
}
} // namespace

SseParser::SseParser(EventHandler handler, std::size_t maxLineBytes)
    : m_handler(std::move(handler))
    , m_maxLine(maxLineBytes)
{}

void SseParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_lastEventId.clear();
    m_retryMs = -1;
    m_bytesSeen = 0;
    m_comments = 0;
    m_bomMatched = 0;
    m_skipLf = false;
    m_hasPendingFields = false;
    m_status = Status::Ok;
}

bool SseParser::fail(Status status)
{
    m_status = status;
    m_line.clear();
    m_data.clear();
    return false;
}

bool SseParser::feed(const char *p, std::size_t n)
{
    if (m_status != Status::Ok)
        return false;
    m_bytesSeen += n;
    if (m_bomMatched >= 0) {
        // The stream may start with a UTF-8 BOM, itself possibly split across reads.
        while (n && m_bomMatched < 3 && static_cast<unsigned char>(*p) == kBom[m_bomMatched]) {
            ++p;
            --n;
            ++m_bomMatched;
        }
        if (m_bomMatched == 3) {
            m_bomMatched = -1;
        } else if (n) {
            const int matched = m_bomMatched;
            m_bomMatched = -1;
            if (matched && !consume(reinterpret_cast<const char *>(kBom), std::size_t(matched)))
                return false;
        } else {
            return true;
        }
    }
    if (m_skipLf && n) {
        m_skipLf = false;
        if (*p == '\n') {
            ++p;
            --n;
        }
    }
    return consume(p, n);
}

bool SseParser::consume(const char *p, std::size_t n)
{
    // Positions of the next LF and CR are remembered, so each byte is scanned once even when the
    // stream uses only one kind of line end (memchr for the other would otherwise rescan to the
    // end of the read for every line).
    std::ptrdiff_t lf = -1;
    std::ptrdiff_t cr = -1;
    std::ptrdiff_t i = 0;
    const auto size = static_cast<std::ptrdiff_t>(n);
    while (i < size) {
        if (size - i < 16) {
            // A tiny read (a slow network, or one byte at a time): a plain loop beats two
            // library calls, and the line usually just grows by a byte or two.
            std::ptrdiff_t j = i;
            while (j < size && p[j] != '\n' && p[j] != '\r')
                ++j;
            lf = cr = j;
        }
        if (lf < i) {
            const void *hit = std::memchr(p + i, '\n', std::size_t(size - i));
            lf = hit ? static_cast<const char *>(hit) - p : size;
        }
        if (cr < i) {
            const void *hit = std::memchr(p + i, '\r', std::size_t(size - i));
            cr = hit ? static_cast<const char *>(hit) - p : size;
        }
        const std::ptrdiff_t eol = std::min(lf, cr);
        const auto length = std::size_t(eol - i);
        if (m_line.size() + length > m_maxLine)
            return fail(Status::LineTooLong);
        if (eol == size) {
            m_line.append(p + i, length);
            return true;
        }
        if (m_line.isEmpty()) {
            processLine(p + i, length);
        } else {
            m_line.append(p + i, length);
            processLine(m_line.data(), m_line.size());
            m_line.clear();
            m_line.shrinkIfAbove(kKeepCapacity);
        }
        if (m_status != Status::Ok)
            return false;
        if (p[eol] == '\r') {
            if (eol + 1 < size)
                i = eol + (p[eol + 1] == '\n' ? 2 : 1);
            else {
                m_skipLf = true;
                i = eol + 1;
            }
        } else {
            i = eol + 1;
        }
    }
    return true;
}

void SseParser::processLine(const char *line, std::size_t length)
{
    if (length == 0) {
        dispatch(true);
        return;
    }
    if (line[0] == ':') {
        ++m_comments;
        return;
    }
    const auto *colon = static_cast<const char *>(std::memchr(line, ':', length));
    const std::size_t fieldLength = colon ? std::size_t(colon - line) : length;
    const char *value = colon ? colon + 1 : line + length;
    std::size_t valueLength = colon ? length - fieldLength - 1 : 0;
    if (valueLength && *value == ' ') {
        ++value;
        --valueLength;
    }
    if (equals(line, fieldLength, "data")) {
        if (m_data.size() + valueLength + 1 > m_maxLine) {
            fail(Status::EventTooLarge);
            return;
        }
        m_data.append(value, valueLength);
        m_data.append('\n');
        m_hasPendingFields = true;
    } else if (equals(line, fieldLength, "event")) {
        m_eventType.clear();
        m_eventType.append(value, valueLength);
        m_hasPendingFields = true;
    } else if (equals(line, fieldLength, "id")) {
        if (!std::memchr(value, '\0', valueLength)) {
            m_lastEventId.clear();
            m_lastEventId.append(value, valueLength);
        }
    } else if (equals(line, fieldLength, "retry")) {
        if (valueLength && valueLength < 18
            && std::all_of(value, value + valueLength, [](char c) { return c >= '0' && c <= '9'; }))
            m_retryMs = std::strtoll(std::string(value, valueLength).c_str(), nullptr, 10);
    }
    // Any other field name (including "Data" or "data " with a space) is ignored, as WHATWG says.
}

void SseParser::dispatch(bool terminated)
{
    m_hasPendingFields = false;
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the LF after the last data line
    SseEvent event;
    event.type = m_eventType.isEmpty() ? std::string_view("message") : m_eventType.view();
    event.data = m_data.view();
    event.terminated = terminated;
    m_handler(event);
    m_data.clear();
    m_eventType.clear();
    m_data.shrinkIfAbove(kKeepCapacity);
}

void SseParser::finish()
{
    if (m_status != Status::Ok)
        return;
    if (m_bomMatched > 0) {
        // A stream of one or two bytes that looked like the start of a BOM: they were data.
        const int matched = m_bomMatched;
        m_bomMatched = -1;
        if (!consume(reinterpret_cast<const char *>(kBom), std::size_t(matched)))
            return;
    }
    m_skipLf = false;
    if (!m_line.isEmpty()) {
        processLine(m_line.data(), m_line.size());
        m_line.clear();
    }
    if (m_status == Status::Ok && m_hasPendingFields)
        dispatch(false);
}

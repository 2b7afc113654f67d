// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/JsonCursor.h"

#include <charconv>

namespace {
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// Bytes of `w` that equal `byte` (exact for the lowest flagged byte; that is all we use).
constexpr std::uint64_t equalBytes(std::uint64_t w, unsigned char byte)
{
    const std::uint64_t x = w ^ (kOnes * byte);
    return (x - kOnes) & ~x & kHighs;
}

// A byte of the word that ends or interrupts a plain string run: '"', '\\', a control character
// or the first byte of a multi-byte UTF-8 sequence.
constexpr std::uint64_t specialBytes(std::uint64_t w)
{
    return equalBytes(w, '"') | equalBytes(w, '\\') | ((w - kOnes * 0x20) & ~w & kHighs)
        | (w & kHighs);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

bool JsonCursor::utf8Sequence()
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_p);
    const std::ptrdiff_t left = m_end - m_p;
    const unsigned char b0 = s[0];
    auto cont = [&](std::ptrdiff_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i < left && s[i] >= lo && s[i] <= hi;
    };
    std::ptrdiff_t length = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        length = cont(1) ? 2 : 0;
    else if (b0 == 0xE0)
        length = cont(1, 0xA0) && cont(2) ? 3 : 0;
    else if (b0 == 0xED) // no UTF-16 surrogates
        length = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    else if (b0 >= 0xE1 && b0 <= 0xEF)
        length = cont(1) && cont(2) ? 3 : 0;
    else if (b0 == 0xF0)
        length = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    else if (b0 >= 0xF1 && b0 <= 0xF3)
        length = cont(1) && cont(2) && cont(3) ? 4 : 0;
    else if (b0 == 0xF4)
        length = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    if (length == 0)
        return fail(Error::Utf8);
    m_p += length;
    return true;
}

bool JsonCursor::string(std::string_view &out)
{
    const char *start = ++m_p; // past the opening quote
    for (;;) {
        // A word at a time while nothing special shows up (the input is padded, and a run that
        // crosses the end is caught below).
        std::uint64_t w;
        std::memcpy(&w, m_p, sizeof w);
        const std::uint64_t special = specialBytes(w);
        if (!special) {
            m_p += 8;
            if (m_p >= m_end)
                return fail(Error::Syntax);
            continue;
        }
        m_p += __builtin_ctzll(special) >> 3;
        if (m_p >= m_end)
            return fail(Error::Syntax);
        const char c = *m_p;
        if (c == '"') {
            out = std::string_view(start, std::size_t(m_p - start));
            ++m_p;
            return true;
        }
        if (c == '\\')
            return decodeEscaped(start, out);
        const auto b0 = static_cast<unsigned char>(c);
        if (b0 < 0x20)
            return fail(Error::Syntax);
        // Kana and kanji are 3-byte sequences led by E3–E9: check them inline, in a run.
        while (b0 >= 0xE1 && b0 <= 0xEC && m_end - m_p >= 3 && (m_p[1] & 0xC0) == 0x80
            && (m_p[2] & 0xC0) == 0x80) {
            m_p += 3;
            if (m_p >= m_end || static_cast<unsigned char>(*m_p) < 0xE1
                || static_cast<unsigned char>(*m_p) > 0xEC)
                break;
        }
        if (m_p < m_end && static_cast<unsigned char>(*m_p) >= 0x80 && !utf8Sequence())
            return false;
    }
}

bool JsonCursor::decodeEscaped(const char *start, std::string_view &out)
{
    const std::size_t begin = m_arena.size();
    m_arena.append(start, std::size_t(m_p - start));
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            out = std::string_view(m_arena.data() + begin, m_arena.size() - begin);
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(Error::Syntax);
        if (static_cast<unsigned char>(c) >= 0x80) {
            const char *s = m_p;
            if (!utf8Sequence())
                return false;
            m_arena.append(s, std::size_t(m_p - s));
            continue;
        }
        if (c != '\\') {
            m_arena.push_back(c);
            ++m_p;
            continue;
        }
        if (m_end - m_p < 2)
            return fail(Error::Syntax);
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_arena.push_back(e);
            break;
        case 'b':
            m_arena.push_back('\b');
            break;
        case 'f':
            m_arena.push_back('\f');
            break;
        case 'n':
            m_arena.push_back('\n');
            break;
        case 'r':
            m_arena.push_back('\r');
            break;
        case 't':
            m_arena.push_back('\t');
            break;
        case 'u': {
            auto hex4 = [this](const char *h) -> int {
                if (m_end - h < 4)
                    return -1;
                int v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexValue(h[i]);
                    if (d < 0)
                        return -1;
                    v = v * 16 + d;
                }
                return v;
            };
            const int unit = hex4(m_p);
            if (unit < 0)
                return fail(Error::Syntax);
            m_p += 4;
            std::uint32_t cp = std::uint32_t(unit);
            if (unit >= 0xD800 && unit <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\'
                && m_p[1] == 'u') {
                const int low = hex4(m_p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((std::uint32_t(unit) - 0xD800) << 10)
                        + (std::uint32_t(low) - 0xDC00);
                    m_p += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; // a lone surrogate has no UTF-8 form
            appendUtf8(m_arena, cp);
            break;
        }
        default:
            return fail(Error::Syntax);
        }
    }
    return fail(Error::Syntax);
}

bool JsonCursor::number()
{
    auto at = [this]() {
        return m_p < m_end ? *m_p : '\0';
    };
    auto digits = [&]() {
        const char *s = m_p;
        while (at() >= '0' && at() <= '9')
            ++m_p;
        return m_p > s;
    };
    if (at() == '-')
        ++m_p;
    if (at() == '0')
        ++m_p;
    else if (!digits())
        return fail(Error::Syntax);
    if (at() == '.') {
        ++m_p;
        if (!digits())
            return fail(Error::Syntax);
    }
    if (at() == 'e' || at() == 'E') {
        ++m_p;
        if (at() == '+' || at() == '-')
            ++m_p;
        if (!digits())
            return fail(Error::Syntax);
    }
    return true;
}

bool JsonCursor::literal(const char *word, std::size_t length)
{
    if (std::size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
        return fail(Error::Syntax);
    m_p += length;
    return true;
}

std::int64_t JsonCursor::readInt()
{
    const char c = peek();
    if (c != '-' && (c < '0' || c > '9')) {
        skip();
        return 0;
    }
    const char *start = m_p;
    if (!number())
        return 0;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(start, m_p, value);
    if (ec == std::errc() && end == m_p)
        return value;
    double d = 0; // "created": 1.7e9 from some servers
    std::from_chars(start, m_p, d);
    return d > -9.2e18 && d < 9.2e18 ? static_cast<std::int64_t>(d) : 0;
}

void JsonCursor::skip()
{
    switch (peek()) {
    case '{':
        object([this](std::string_view) { skip(); });
        break;
    case '[':
        array([this]() { skip(); });
        break;
    case '"': {
        std::string_view ignored;
        string(ignored);
        break;
    }
    case 't':
        literal("true", 4);
        break;
    case 'f':
        literal("false", 5);
        break;
    case 'n':
        literal("null", 4);
        break;
    default:
        number();
        break;
    }
}

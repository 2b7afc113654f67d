// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>

//! A deliberately plain RFC 8259 validator, the oracle of fuzz_jsoncursor: byte by byte, no
//! padding, no speed tricks, written separately from JsonCursor. In lax mode it also accepts
//! what QJsonDocument (Qt 6.4) accepts beyond RFC 8259, each found by hand and listed here:
//!  - a leading UTF-8 BOM before the document;
//!  - numbers without an integer or fraction digit ("1.", ".5", "-.5", "1.e5");
//!  - unknown escapes: Qt takes the byte after the backslash, any byte ("\a" → "a");
//!  - raw control characters (U+0000–U+001F) inside strings;
//!  - nesting deeper than JsonCursor::kMaxDepth (Qt's own limit is 1024).
//! Strict mode is JSON itself; maxDepth() says how deep the containers went.
class ReferenceJson final
{
public:
    enum class Error { None, Syntax, Utf8 };

    ReferenceJson(const char *data, std::size_t size, bool lax)
        : m_p(reinterpret_cast<const unsigned char *>(data))
        , m_end(m_p + size)
        , m_lax(lax)
    {}

    //! True when the input is exactly one object (surrounded by whitespace).
    bool validObject()
    {
        if (m_lax && m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF)
            m_p += 3;
        ws();
        if (at() != '{' || !value(0))
            return fail();
        ws();
        return m_p == m_end || fail();
    }

    Error error() const { return m_error; }

    int maxDepth() const { return m_maxDepth; }

    //! A number whose value overflows a double or underflows to zero (Qt rejects those).
    bool hasOutOfRangeNumber() const { return m_outOfRange; }

private:
    int at() const { return m_p < m_end ? *m_p : -1; }

    bool fail(Error e = Error::Syntax)
    {
        if (m_error == Error::None)
            m_error = e;
        return false;
    }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool value(int depth)
    {
        ws();
        switch (at()) {
        case '{':
        case '[':
            return container(depth + 1, at() == '{');
        case '"':
            return string();
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    bool container(int depth, bool isObject)
    {
        if (depth > m_maxDepth)
            m_maxDepth = depth;
        const int close = isObject ? '}' : ']';
        ++m_p;
        ws();
        if (at() == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (isObject) {
                ws();
                if (at() != '"' || !string())
                    return fail();
                ws();
                if (at() != ':')
                    return fail();
                ++m_p;
            }
            if (!value(depth))
                return false;
            ws();
            const int c = at();
            ++m_p;
            if (c == close)
                return true;
            if (c != ',')
                return fail();
        }
    }

    bool word(const char *w)
    {
        for (; *w; ++w, ++m_p) {
            if (at() != *w)
                return fail();
        }
        return true;
    }

    bool digits()
    {
        const auto *s = m_p;
        while (at() >= '0' && at() <= '9')
            ++m_p;
        return m_p > s;
    }

    bool number()
    {
        const auto *start = m_p;
        if (at() == '-')
            ++m_p;
        bool intDigits = false;
        if (at() == '0') {
            ++m_p;
            intDigits = true;
        } else {
            intDigits = digits();
        }
        bool fracDigits = false;
        if (at() == '.') {
            ++m_p;
            fracDigits = digits();
            if (!fracDigits && !m_lax)
                return fail();
        }
        if (!intDigits && !(m_lax && fracDigits))
            return fail();
        if (at() == 'e' || at() == 'E') {
            ++m_p;
            if (at() == '+' || at() == '-')
                ++m_p;
            if (!digits())
                return fail();
        }
        const std::string text(reinterpret_cast<const char *>(start), std::size_t(m_p - start));
        const double d = std::strtod(text.c_str(), nullptr);
        const bool zeroDigits = text.find_first_of("123456789") == std::string::npos
            || text.find_first_of("123456789") > text.find_first_of("eE");
        if (d == HUGE_VAL || d == -HUGE_VAL || (d == 0 && !zeroDigits))
            m_outOfRange = true;
        return true;
    }

    bool string()
    {
        ++m_p;
        for (;;) {
            const int c = at();
            if (c < 0)
                return fail();
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20) {
                if (!m_lax)
                    return fail();
                ++m_p;
            } else if (c == '\\') {
                ++m_p;
                const int e = at();
                if (e < 0)
                    return fail();
                if (e == 'u') {
                    ++m_p;
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        const int h = at();
                        const bool hex = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f')
                            || (h >= 'A' && h <= 'F');
                        if (!hex)
                            return fail();
                    }
                } else if (std::string_view("\"\\/bfnrt").find(char(e)) != std::string_view::npos) {
                    ++m_p;
                } else if (!m_lax) {
                    return fail();
                } else {
                    ++m_p; // Qt takes the one byte after the backslash, even a lone UTF-8 byte
                }
            } else if (c < 0x80) {
                ++m_p;
            } else if (!utf8()) {
                return false;
            }
        }
    }

    //! One UTF-8 sequence (Unicode 15 table 3-7: no overlongs, surrogates or > U+10FFFF).
    bool utf8()
    {
        const unsigned char b = *m_p;
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return fail(Error::Utf8);
        }
        for (int i = 1; i < length; ++i) {
            if (m_end - m_p <= i)
                return fail(Error::Utf8);
            const unsigned char c = m_p[i];
            if (c < (i == 1 ? lo : 0x80) || c > (i == 1 ? hi : 0xBF))
                return fail(Error::Utf8);
        }
        m_p += length;
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    bool m_lax;
    bool m_outOfRange = false;
    int m_maxDepth = 0;
    Error m_error = Error::None;
};

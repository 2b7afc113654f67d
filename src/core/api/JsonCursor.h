// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

//! A single-pass, validating JSON reader (RFC 8259) for the hot path of streaming: the caller
//! walks the document and asks only for the values it wants; everything else is validated and
//! skipped. Strings without escapes are returned as views into the input (no copy); escaped ones
//! are decoded into an arena whose capacity is reserved up front, so earlier views stay valid.
//! Invalid UTF-8 is an error (the caller may repair the bytes and retry).
//!
//! The input must be followed by at least 8 readable bytes (strings are scanned a word at a time).
class JsonCursor final
{
public:
    enum class Error { None, Syntax, Utf8, Depth };
    static constexpr int kMaxDepth = 128;

    JsonCursor(std::string_view json, std::string &arena, std::size_t start = 0)
        : m_p(json.data() + start)
        , m_end(json.data() + json.size())
        , m_arena(arena)
    {
        m_arena.clear();
        if (m_arena.capacity() < json.size())
            m_arena.reserve(json.size()); // decoded text is never longer than its JSON form
    }

    Error error() const { return m_error; }

    bool ok() const { return m_error == Error::None; }

    const char *position() const { return m_p; }

    //! The next non-whitespace byte, or 0 at the end.
    char peek()
    {
        skipWhitespace();
        return m_p < m_end ? *m_p : '\0';
    }

    //! Iterates an object: calls onField(key) for every member, which must consume the value
    //! (with one of the read/skip calls). Returns false for anything but an object.
    template <typename OnField>
    bool object(OnField &&onField)
    {
        if (peek() != '{' || !enter())
            return false;
        ++m_p;
        if (peek() == '}') {
            ++m_p;
            --m_depth;
            return true;
        }
        for (;;) {
            std::string_view key;
            if (peek() != '"' || !string(key) || peek() != ':')
                return fail(Error::Syntax);
            ++m_p;
            onField(key);
            if (!ok())
                return false;
            const char c = peek();
            ++m_p;
            if (c == '}')
                break;
            if (c != ',')
                return fail(Error::Syntax);
        }
        --m_depth;
        return true;
    }

    //! Continues an object whose opening brace and first `"key":` were already consumed
    //! (skipped because they were known to be valid): the value of `firstKey` comes next.
    template <typename OnField>
    bool objectFrom(std::string_view firstKey, OnField &&onField)
    {
        if (!enter())
            return false;
        onField(firstKey);
        for (;;) {
            if (!ok())
                return false;
            const char c = peek();
            ++m_p;
            if (c == '}')
                break;
            std::string_view key;
            if (c != ',' || peek() != '"' || !string(key) || peek() != ':')
                return fail(Error::Syntax);
            ++m_p;
            onField(key);
        }
        --m_depth;
        return true;
    }

    //! Iterates an array: calls onElement() for every element, which must consume it.
    template <typename OnElement>
    bool array(OnElement &&onElement)
    {
        if (peek() != '[' || !enter())
            return false;
        ++m_p;
        if (peek() == ']') {
            ++m_p;
            --m_depth;
            return true;
        }
        for (;;) {
            onElement();
            if (!ok())
                return false;
            const char c = peek();
            ++m_p;
            if (c == ']')
                break;
            if (c != ',')
                return fail(Error::Syntax);
        }
        --m_depth;
        return true;
    }

    //! Reads a string value; any other value is skipped and false returned (null → false).
    bool readString(std::string_view &out)
    {
        if (peek() != '"') {
            skip();
            return false;
        }
        return string(out);
    }

    //! Reads an integer (a float is truncated); any other value is skipped and 0 returned.
    std::int64_t readInt();

    //! Reads the value as its raw JSON text (validated).
    std::string_view readRaw()
    {
        const char *start = (peek(), m_p);
        skip();
        return ok() ? std::string_view(start, std::size_t(m_p - start)) : std::string_view();
    }

    //! Validates and skips one value of any type.
    void skip();

    //! True when only whitespace is left.
    bool atEnd()
    {
        skipWhitespace();
        return m_p == m_end;
    }

private:
    bool enter()
    {
        if (++m_depth > kMaxDepth)
            return fail(Error::Depth);
        return true;
    }

    bool fail(Error error)
    {
        if (m_error == Error::None)
            m_error = error;
        m_p = m_end;
        return false;
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool string(std::string_view &out);
    bool decodeEscaped(const char *start, std::string_view &out);
    bool number();
    bool literal(const char *word, std::size_t length);
    //! Validates one UTF-8 sequence starting at m_p (a byte >= 0x80) and steps over it.
    bool utf8Sequence();

    const char *m_p;
    const char *m_end;
    std::string &m_arena;
    int m_depth = 0;
    Error m_error = Error::None;
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/BodyText.h"

namespace {
//! Index just past the closing quote of the string starting at `open` (a quote), or size.
qsizetype stringEnd(QByteArrayView text, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < text.size()) {
        if (text[i] == '\\')
            i += 2;
        else if (text[i] == '"')
            return i + 1;
        else
            ++i;
    }
    return text.size();
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/' || c == '=' || c == '-' || c == '_' || c == '\\';
}

//! The marker for one string's content, or empty when it is not base64.
QByteArray marker(QByteArrayView content)
{
    QByteArray type = "base64";
    QByteArrayView payload = content;
    if (content.startsWith("data:")) {
        const qsizetype comma = content.indexOf(',');
        const QByteArrayView head = content.first(comma < 0 ? 0 : comma);
        if (comma < 0 || !head.endsWith(";base64"))
            return {};
        type = head.sliced(5, head.size() - 5 - 7).toByteArray().append(" base64");
        payload = content.sliced(comma + 1);
    }
    for (char c : payload) {
        if (!isBase64Char(c))
            return {};
    }
    qsizetype padding = 0;
    while (padding < 2 && payload.size() > padding && payload[payload.size() - 1 - padding] == '=')
        ++padding;
    const qsizetype bytes = payload.size() / 4 * 3 - padding;
    return QByteArray("[")
        .append(type)
        .append(": ")
        .append(QByteArray::number(bytes))
        .append(" bytes elided]");
}
} // namespace

namespace BodyText {
QByteArray elideBase64(QByteArrayView json, qsizetype minLength)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < json.size();) {
        if (json[i] != '"') {
            ++i;
            continue;
        }
        const qsizetype end = stringEnd(json, i);
        const qsizetype length = end - i - 2;
        if (length >= minLength) {
            const QByteArray mark = marker(json.sliced(i + 1, length));
            if (!mark.isEmpty()) {
                if (out.isEmpty())
                    out.reserve(json.size() / 2);
                out.append(json.sliced(copied, i + 1 - copied));
                out.append(mark);
                out.append('"');
                copied = end;
            }
        }
        i = end;
    }
    if (copied == 0)
        return json.toByteArray();
    out.append(json.sliced(copied));
    return out;
}

QByteArray pretty(QByteArrayView json)
{
    const QByteArrayView trimmed = json.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return json.toByteArray();
    QByteArray out;
    out.reserve(json.size() + json.size() / 4);
    int depth = 0;
    const auto newline = [&out, &depth] {
        out.append('\n');
        out.append(QByteArray(qsizetype(depth) * 2, ' '));
    };
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char c = trimmed[i];
        switch (c) {
        case '"': {
            const qsizetype end = stringEnd(trimmed, i);
            out.append(trimmed.sliced(i, end - i));
            i = end - 1;
            break;
        }
        case '{':
        case '[': {
            // Keep {} and [] on one line.
            qsizetype next = i + 1;
            while (next < trimmed.size() && std::isspace(uchar(trimmed[next])))
                ++next;
            if (next < trimmed.size() && (trimmed[next] == '}' || trimmed[next] == ']')) {
                out.append(c);
                out.append(trimmed[next]);
                i = next;
                break;
            }
            out.append(c);
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out.append(c);
        }
    }
    return out;
}
} // namespace BodyText

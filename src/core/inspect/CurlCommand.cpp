// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/CurlCommand.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include "core/inspect/BodyText.h"
#include "core/inspect/Redaction.h"
#include "core/inspect/RequestRecord.h"

namespace {
//! A piece of one shell word: literal text, or a variable to expand.
struct Piece
{
    QString text;
    bool variable = false;
};

//! `"…$VAR…"` when the literal text needs no escaping inside double quotes (the usual
//! "Authorization: Bearer $OPENAI_API_KEY"), else single-quoted literals joined to "$VAR".
QString word(const QList<Piece> &pieces)
{
    bool plain = true;
    bool hasVariable = false;
    for (const Piece &p : pieces) {
        hasVariable = hasVariable || p.variable;
        if (!p.variable && p.text.contains(QRegularExpression(QStringLiteral("[\"\\\\$`!]"))))
            plain = false;
    }
    QString out;
    if (!hasVariable) {
        for (const Piece &p : pieces)
            out += p.text;
        return CurlCommand::shellQuote(out);
    }
    if (plain) {
        out = QStringLiteral("\"");
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const Piece &p = pieces.at(i);
            if (!p.variable) {
                out += p.text;
                continue;
            }
            // $NAME unless the next text would run into the name.
            const QString next = i + 1 < pieces.size() ? pieces.at(i + 1).text : QString();
            const bool joins =
                !next.isEmpty() && (next.front().isLetterOrNumber() || next.front() == u'_');
            out += joins ? QStringLiteral("${%1}").arg(p.text) : u'$' + p.text;
        }
        return out + u'"';
    }
    for (const Piece &p : pieces) {
        out += p.variable ? QStringLiteral("\"${%1}\"").arg(p.text)
                          : (p.text.isEmpty() ? QString() : CurlCommand::shellQuote(p.text));
    }
    return out;
}

QString urlWord(const RequestRecord &r, const QString &keyVariable)
{
    const QString masked = QString::fromLatin1(Redaction::kMask);
    QUrl url = r.url;
    url.setPassword({});
    if (!url.hasQuery())
        return word({ { url.toString(QUrl::FullyEncoded) } });
    // Secret query values become the variable; the rest stays as recorded.
    QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    url.setQuery(QString());
    QList<Piece> pieces{ { url.toString(QUrl::FullyEncoded) + u'?' } };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto &[name, value] = items.at(i);
        QString literal = (i > 0 ? QStringLiteral("&") : QString()) + name + u'=';
        if (Redaction::isSecretQueryItem(name) && value == masked) {
            pieces.append({ literal });
            pieces.append({ keyVariable, true });
        } else {
            pieces.append({ literal + value });
        }
    }
    return word(pieces);
}

QString delimiterFor(const QString &body)
{
    QString delimiter = QStringLiteral("JSON");
    const QStringList lines = body.split(u'\n');
    while (lines.contains(delimiter))
        delimiter += QStringLiteral("_END");
    return delimiter;
}
} // namespace

namespace CurlCommand {
QString shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString variableFor(const QByteArray &header, bool azureKey)
{
    const QByteArray lower = header.toLower();
    if (lower == "authorization" || lower == "api-key")
        return azureKey ? QStringLiteral("AZURE_OPENAI_API_KEY") : QStringLiteral("OPENAI_API_KEY");
    QString name = QString::fromLatin1(header).toUpper();
    name.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), QStringLiteral("_"));
    return name;
}

QString build(const RequestRecord &r)
{
    const bool azure = !r.requestHeader("api-key").isEmpty();
    const QString keyVariable = variableFor("api-key", azure);
    const QString mask = QString::fromLatin1(Redaction::kMask);
    QStringList lines;
    QString first = QStringLiteral("curl");
    if (r.streamed || r.requestHeader("accept").contains("event-stream"))
        first += QStringLiteral(" -N");
    const bool hasBody = !r.curlBody.isEmpty();
    if (r.method != "GET" && !(r.method == "POST" && hasBody))
        first += QStringLiteral(" -X ") + shellQuote(QString::fromLatin1(r.method));
    lines << first + u' ' + urlWord(r, keyVariable);
    for (const auto &h : r.requestHeaders) {
        const QString name = QString::fromLatin1(h.name);
        const QString value = QString::fromUtf8(h.value);
        QList<Piece> pieces{ { name + QStringLiteral(": ") } };
        if (h.secret && value.endsWith(mask)) {
            pieces.append({ value.chopped(mask.size()) });
            pieces.append({ variableFor(h.name, azure), true });
        } else {
            pieces.append({ value });
        }
        lines << QStringLiteral("  -H ") + word(pieces);
    }
    QString command;
    if (!r.curlBodyComplete) {
        command += QStringLiteral("# Base64 data was left out of this body (the request sent "
                                  "%1 bytes); put it back before sending.\n")
                       .arg(r.bodyBytes);
    }
    if (!hasBody)
        return command + lines.join(QStringLiteral(" \\\n"));
    const QString body = QString::fromUtf8(BodyText::pretty(r.curlBody));
    const QString delimiter = delimiterFor(body);
    lines << QStringLiteral("  --data-binary @- <<'%1'").arg(delimiter);
    return command + lines.join(QStringLiteral(" \\\n")) + u'\n' + body + u'\n' + delimiter + u'\n';
}
} // namespace CurlCommand

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LogprobShading.h"

#include <algorithm>
#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QJsonObject>
#include <QPalette>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include "gui/Contrast.h"

namespace LogprobShading {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LogprobShading", text);
}

//! Whether `bytes` end on a character boundary (a lone invalid byte counts as one).
bool endsWhole(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
        const auto byte = uchar(bytes[size - back]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: its lead is further back
        const qsizetype length = byte < 0x80 ? 1
            : (byte & 0xE0) == 0xC0          ? 2
            : (byte & 0xF0) == 0xE0          ? 3
            : (byte & 0xF8) == 0xF0          ? 4
                                             : 1;
        return back >= length;
    }
    return true;
}

QByteArray bytesOf(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1String("bytes"));
    if (!value.isArray())
        return object.value(QLatin1String("token")).toString().toUtf8();
    QByteArray bytes;
    for (const QJsonValue &byte : value.toArray())
        bytes.append(char(uchar(byte.toInt())));
    return bytes;
}
} // namespace

QColor background(const QPalette &palette, double logprob)
{
    const double p = std::clamp(std::exp(logprob), 0.0, 1.0);
    QColor color = palette.color(QPalette::Highlight);
    int alpha = int(35 + (1.0 - p) * 185); // unlikely tokens stand out
    // ... but the text on them stays readable, on the bubble and on a plain base: a high-contrast
    // palette's highlight can be as dark as its text (purple under black, cyan under white).
    const QColor text = palette.color(QPalette::Text);
    const auto readable = [&](int a) {
        color.setAlpha(a);
        return Contrast::ratio(text, Contrast::over(color, palette.color(QPalette::Base)))
            >= Contrast::Text
            && Contrast::ratio(text, Contrast::over(color, palette.color(QPalette::AlternateBase)))
            >= Contrast::Text;
    };
    while (alpha > 0 && !readable(alpha))
        alpha -= 5;
    color.setAlpha(std::max(alpha, 0));
    return color;
}

QString percent(double logprob)
{
    return QStringLiteral("%1%").arg(std::exp(logprob) * 100.0, 0, 'f', 1);
}

QString shownToken(const QString &text, const QByteArray &bytes)
{
    if (!bytes.isEmpty() && QString::fromUtf8(bytes).toUtf8() != bytes) {
        QStringList hex;
        for (const char byte : bytes)
            hex.append(
                QStringLiteral("%1").arg(uint(uchar(byte)), 2, 16, QLatin1Char('0')).toUpper());
        return QStringLiteral("‹%1›").arg(hex.join(u' '));
    }
    QString token = text;
    token.replace(u'\n', QStringLiteral("↵"));
    token.replace(u'\t', QStringLiteral("⇥"));
    return QStringLiteral("“%1”").arg(token);
}

QString toolTip(const Token &token)
{
    QStringList lines{ tr("%1: %2").arg(token.token, percent(token.logprob)) };
    if (!token.alternatives.isEmpty())
        lines << tr("Alternatives:");
    for (const Alternative &alternative : token.alternatives)
        lines << QStringLiteral("  %1  %2").arg(alternative.token, percent(alternative.logprob));
    return lines.join(u'\n');
}

QString toolTip(const Span &span)
{
    QStringList tips;
    for (const Token &token : span.tokens)
        tips << toolTip(token);
    return tips.join(u'\n');
}

QString displayToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>")
        .arg(toolTip.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

QString oneLine(const QString &toolTip)
{
    // "“都”: 8.2%" / "Alternatives:" / "  “阪”  81.9%" … → one line per token.
    QStringList tokens;
    QString line;
    QStringList alternatives;
    QString heading;
    const auto flush = [&] {
        if (line.isEmpty())
            return;
        tokens << (alternatives.isEmpty() ? line
                                          : line + QStringLiteral(" · ") + heading + u' '
                    + alternatives.join(QStringLiteral(", ")));
        line.clear();
        alternatives.clear();
    };
    for (const QString &raw : toolTip.split(u'\n')) {
        if (raw.startsWith(QStringLiteral("  "))) {
            alternatives << raw.trimmed();
        } else if (raw == tr("Alternatives:")) {
            heading = raw;
        } else {
            flush();
            line = raw;
        }
    }
    flush();
    return tokens.join(QStringLiteral(" | "));
}

QList<Span> spans(const QJsonArray &content)
{
    QList<Span> result;
    Span pending;
    QByteArray bytes;
    for (const QJsonValue &value : content) {
        const QJsonObject object = value.toObject();
        const QByteArray own = bytesOf(object);
        Token token{ shownToken(object.value(QLatin1String("token")).toString(), own),
            object.value(QLatin1String("logprob")).toDouble(), {} };
        QList<std::pair<double, QString>> top;
        for (const QJsonValue &alternative :
            object.value(QLatin1String("top_logprobs")).toArray()) {
            const QJsonObject a = alternative.toObject();
            top.append({ a.value(QLatin1String("logprob")).toDouble(),
                shownToken(a.value(QLatin1String("token")).toString(), bytesOf(a)) });
        }
        std::stable_sort(
            top.begin(), top.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        for (const auto &[logprob, shown] : top)
            token.alternatives.append({ shown, logprob });
        pending.logprob += token.logprob;
        pending.tokens.append(token);
        bytes += own;
        if (endsWhole(bytes)) {
            pending.text = QString::fromUtf8(bytes);
            result.append(pending);
            pending = {};
            bytes.clear();
        }
    }
    if (!pending.tokens.isEmpty()) {
        pending.text = QString::fromUtf8(bytes);
        result.append(pending);
    }
    return result;
}

int characterAt(const QTextDocument &document, QPointF point)
{
    const int position = document.documentLayout()->hitTest(point, Qt::ExactHit);
    if (position < 0)
        return -1;
    const QTextBlock block = document.findBlock(position);
    const QTextLayout *layout = block.layout();
    if (!layout)
        return position;
    const int inBlock = position - block.position();
    const QTextLine line = layout->lineForTextPosition(inBlock);
    if (line.isValid() && inBlock > line.textStart()
        && point.x() < layout->position().x() + line.cursorToX(inBlock))
        return position - 1; // the right half of the character before the nearest cursor
    return position;
}

QString toolTipAt(const QTextDocument &document, int position)
{
    if (position < 0)
        return {};
    QTextCursor cursor(const_cast<QTextDocument *>(&document));
    cursor.setPosition(position);
    if (!cursor.movePosition(QTextCursor::NextCharacter))
        return {}; // the end of the text
    return cursor.charFormat().toolTip();
}

QString toolTipAt(const QTextDocument &document, QPointF point)
{
    return toolTipAt(document, characterAt(document, point));
}
} // namespace LogprobShading

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/inspector/RequestDetailView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QJsonObject>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>

#include "core/inspect/BodyText.h"
#include "core/inspect/RequestRecord.h"
#include "gui/FontFallback.h"

namespace {
QString headerLines(const QList<RequestRecord::Header> &headers)
{
    QString text;
    for (const auto &h : headers)
        text +=
            QString::fromLatin1(h.name) + QStringLiteral(": ") + QString::fromUtf8(h.value) + u'\n';
    return text;
}

QString tokens(const QJsonObject &usage, const char *key)
{
    const QJsonValue v = usage.value(QLatin1String(key));
    return v.isDouble() ? QLocale().toString(v.toInteger()) : QStringLiteral("—");
}

QString detail(const QJsonObject &usage, const char *object, const char *key)
{
    return tokens(usage.value(QLatin1String(object)).toObject(), key);
}
} // namespace

RequestDetailView::RequestDetailView(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("inspectorDetail"));
    for (const char *name : { "inspectorRequestText", "inspectorResponseText",
             "inspectorStreamText", "inspectorSummaryText" })
        m_pages.append(addPage(name));
    applyFont();
    retranslate();
}

QPlainTextEdit *RequestDetailView::addPage(const char *name)
{
    auto *page = new QPlainTextEdit(this);
    page->setObjectName(QString::fromLatin1(name));
    page->setReadOnly(true);
    page->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    page->setLineWrapMode(QPlainTextEdit::NoWrap);
    page->setTabChangesFocus(true);
    addTab(page, QString());
    return page;
}

void RequestDetailView::applyFont()
{
    // Monospace for headers and JSON, with Japanese fonts behind it for kana and kanji.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::TypeWriter);
    QStringList families = uiFontFamilies(mono.family(), QLocale());
    if (!QFontInfo(mono).fixedPitch())
        families.insert(1, QStringLiteral("monospace")); // fontconfig's alias
    mono.setFamilies(families);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    for (QPlainTextEdit *page : std::as_const(m_pages))
        page->setFont(mono);
}

void RequestDetailView::retranslate()
{
    const QStringList titles{ tr("&Request"), tr("Res&ponse"), tr("S&tream"), tr("S&ummary") };
    const QStringList names{ tr("Request headers and body"), tr("Response headers and body"),
        tr("Stream events with their times"), tr("Summary: timing and usage") };
    for (int i = 0; i < count(); ++i) {
        setTabText(i, titles.at(i));
        m_pages.at(i)->setAccessibleName(names.at(i));
    }
    setAccessibleName(tr("Request details"));
}

void RequestDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        applyFont();
    QTabWidget::changeEvent(event);
}

QString RequestDetailView::requestText(const RequestRecord &r)
{
    QString text = QString::fromLatin1(r.method) + u' ' + r.url.toString() + QStringLiteral("\n\n")
        + headerLines(r.requestHeaders);
    if (!r.body.isEmpty()) {
        text += u'\n' + QString::fromUtf8(BodyText::pretty(r.body)) + u'\n';
        if (r.bodyBytes > r.body.size())
            text += u'\n'
                + tr("(%1 bytes sent; base64 data shortened here)")
                      .arg(QLocale().toString(r.bodyBytes));
    }
    return text;
}

QString RequestDetailView::responseText(const RequestRecord &r)
{
    QString text;
    if (r.status == 0) {
        text = r.error.isError() ? tr("No response: %1").arg(r.error.describe())
                                 : tr("Waiting for the response…");
        return text;
    }
    text = tr("HTTP %1").arg(r.status);
    if (!r.requestId.isEmpty())
        text += QStringLiteral("   ") + tr("request id %1").arg(QString::fromLatin1(r.requestId));
    text += QStringLiteral("\n\n");
    const RateLimits &limits = r.rateLimits;
    if (!limits.isEmpty()) {
        text += tr("Rate limits") + u'\n';
        for (const RateLimits::Bucket &b : limits.buckets) {
            const QString name = b.name.isEmpty() ? tr("requests") : b.name;
            QStringList parts;
            if (b.remaining && b.limit)
                parts << tr("%1 of %2 left")
                             .arg(QLocale().toString(*b.remaining), QLocale().toString(*b.limit));
            else if (b.remaining)
                parts << tr("%1 left").arg(QLocale().toString(*b.remaining));
            else if (b.limit)
                parts << tr("limit %1").arg(QLocale().toString(*b.limit));
            if (b.resetMs)
                parts << tr("full again in %1").arg(RateLimitText::formatDuration(*b.resetMs));
            const QString line = QStringLiteral("  ") + name + QStringLiteral(": ")
                + parts.join(QStringLiteral(", "));
            text += line + u'\n';
        }
        if (limits.retryAfterMs)
            text += QStringLiteral("  ")
                + tr("retry after %1").arg(RateLimitText::formatDuration(*limits.retryAfterMs))
                + u'\n';
        text += u'\n';
    }
    text += headerLines(r.responseHeaders);
    if (!r.responseBody.isEmpty())
        text += u'\n' + QString::fromUtf8(BodyText::pretty(r.responseBody)) + u'\n';
    else if (r.streamed)
        text += u'\n' + tr("(streamed: see the Stream tab)") + u'\n';
    if (r.error.isError())
        text += u'\n' + r.error.describe() + u'\n';
    return text;
}

QString RequestDetailView::streamText(const RequestRecord &r)
{
    if (!r.streamed)
        return r.status == 0 ? QString() : tr("This response was not a stream.");
    QString text;
    text.reserve(int(r.frames.size()) * 160);
    for (const RequestRecord::Frame &f : r.frames) {
        text += QStringLiteral("+%1 ms  ").arg(f.ms, 6);
        if (f.event != "message")
            text += QStringLiteral("event: ") + QString::fromUtf8(f.event) + QStringLiteral("  ");
        text += QStringLiteral("data: ") + QString::fromUtf8(f.data) + u'\n';
    }
    if (r.framesDropped > 0)
        text += tr("… %n more events not kept", nullptr, r.framesDropped) + u'\n';
    return text;
}

QString RequestDetailView::summaryText(const RequestRecord &r)
{
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    QStringList lines;
    lines << tr("Started: %1").arg(locale.toString(r.started.toLocalTime(), QLocale::LongFormat));
    lines << tr("Attempt: %1").arg(r.attempt);
    lines << tr("Status: %1").arg(r.status > 0 ? QString::number(r.status) : dash);
    lines << tr("Time to first token: %1")
                 .arg(r.ttftMs >= 0 ? tr("%1 ms").arg(locale.toString(r.ttftMs)) : dash);
    lines << tr("Duration: %1")
                 .arg(r.durationMs >= 0 ? tr("%1 ms").arg(locale.toString(r.durationMs))
                                        : tr("under way"));
    const double tps = r.tokensPerSecond();
    lines << tr("Tokens per second: %1")
                 .arg(tps < 0 ? dash
                              : locale.toString(tps, 'f', 1) + u' '
                             + (r.tokensFromUsage()
                                     ? tr("(from usage)")
                                     : tr("(counted from %n chunks)", nullptr, r.contentDeltas)));
    if (r.streamed)
        lines << tr("Stream events: %1").arg(locale.toString(r.frames.size() + r.framesDropped));
    lines << QString();
    if (r.usage.isEmpty()) {
        lines << tr("Usage: not reported");
    } else {
        lines << tr("Prompt tokens: %1").arg(tokens(r.usage, "prompt_tokens"));
        lines << tr("  cached: %1").arg(detail(r.usage, "prompt_tokens_details", "cached_tokens"));
        lines << tr("Completion tokens: %1").arg(tokens(r.usage, "completion_tokens"));
        lines << tr("  reasoning: %1")
                     .arg(detail(r.usage, "completion_tokens_details", "reasoning_tokens"));
        lines << tr("Total tokens: %1").arg(tokens(r.usage, "total_tokens"));
    }
    if (r.error.isError())
        lines << QString() << tr("Error: %1").arg(r.error.describe());
    if (r.willRetry)
        lines << tr("Kaiwa retried this request.");
    return lines.join(u'\n');
}

void RequestDetailView::showRecord(const RequestRecord *record)
{
    const QStringList texts = record ? QStringList{ requestText(*record), responseText(*record),
        streamText(*record), summaryText(*record) }
                                     : QStringList{ QString(), QString(), QString(), QString() };
    for (int i = 0; i < m_pages.size(); ++i) {
        QPlainTextEdit *page = m_pages.at(i);
        if (page->toPlainText() == texts.at(i))
            continue;
        // Keep the reader's place while a stream grows.
        const int scroll = page->verticalScrollBar()->value();
        page->setPlainText(texts.at(i));
        page->verticalScrollBar()->setValue(scroll);
    }
}

QString RequestDetailView::text(Tab tab) const
{
    return m_pages.at(tab)->toPlainText();
}

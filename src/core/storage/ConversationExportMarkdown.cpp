// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationExport::toMarkdown and its helpers (declared in ConversationExport.h).
#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QStringList>

#include "core/storage/ConversationExport.h"

using namespace Conversation;

namespace ConversationExport {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationExport", text);
}

// A fixed, locale-free format: exports read the same everywhere and can be compared in tests.
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::System:
        return tr("System");
    case Role::Developer:
        return tr("Developer");
    case Role::User:
        return tr("User");
    case Role::Assistant:
        return tr("Assistant");
    case Role::Tool:
        return tr("Tool");
    }
    return {};
}

//! A fenced code block whose fence is longer than any run of backticks inside the text.
QString fenced(const QString &text, const QString &language)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), u'`');
    QString body = text;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return fence + language + u'\n' + body + fence;
}

//! JSON text pretty-printed when it parses, as written otherwise (models may write invalid JSON).
QString jsonBlock(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return fenced(text, {});
    return fenced(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed(),
        QStringLiteral("json"));
}

QString quoted(const QString &label, const QString &text)
{
    QString result = QStringLiteral("> **") + label + QStringLiteral("**");
    if (text.isEmpty())
        return result;
    const QStringList lines = text.split(u'\n');
    result += u' ' + lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i)
        result += QStringLiteral("\n> ") + lines.at(i);
    return result;
}

QString details(const QString &summary, const QString &text)
{
    return QStringLiteral("<details>\n<summary>") + summary + QStringLiteral("</summary>\n\n")
        + text.trimmed() + QStringLiteral("\n\n</details>");
}

QString attachmentLink(const QByteArray &hash, const QString &mimeType)
{
    return QStringLiteral("attachments/") + attachmentFileName(hash, mimeType);
}

QString partText(const Part &part)
{
    switch (part.type) {
    case Part::Type::Text:
        return part.text.trimmed();
    case Part::Type::Refusal:
        return quoted(tr("Refused:"), part.text.trimmed());
    case Part::Type::Image: {
        const QString target =
            part.attachment.isEmpty() ? part.url : attachmentLink(part.attachment, part.mimeType);
        return QStringLiteral("![") + tr("image") + QStringLiteral("](") + target + u')';
    }
    case Part::Type::Audio: {
        const QString target = attachmentLink(part.attachment, part.mimeType);
        return tr("Audio:") + QStringLiteral(" [")
            + attachmentFileName(part.attachment, part.mimeType) + QStringLiteral("](") + target
            + u')';
    }
    case Part::Type::File: {
        const QString name = part.fileName.isEmpty()
            ? attachmentFileName(part.attachment, part.mimeType)
            : part.fileName;
        return tr("File:") + QStringLiteral(" [") + name + QStringLiteral("](")
            + attachmentLink(part.attachment, part.mimeType) + u')';
    }
    }
    return {};
}

QString toolCallsText(const QList<ToolCall> &calls)
{
    QStringList blocks;
    for (const ToolCall &call : calls) {
        blocks << tr("Tool call `%1` (`%2`):").arg(call.name, call.id) + QStringLiteral("\n\n")
                + jsonBlock(call.arguments);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QString usageText(const QJsonObject &usage)
{
    if (!usage.contains(QStringLiteral("total_tokens")))
        return {};
    const auto count = [&usage](const char *key) {
        return QString::number(usage.value(QLatin1String(key)).toInteger());
    };
    const qint64 reasoning = usage.value(QStringLiteral("completion_tokens_details"))
                                 .toObject()
                                 .value(QStringLiteral("reasoning_tokens"))
                                 .toInteger();
    const QString output = reasoning > 0
        ? tr("%1 out (%2 reasoning)").arg(count("completion_tokens")).arg(reasoning)
        : tr("%1 out").arg(count("completion_tokens"));
    return u'*'
        + tr("Tokens: %1 in · %2 · %3 total")
              .arg(count("prompt_tokens"), output, count("total_tokens"))
        + u'*';
}

QString messageText(const Message &message)
{
    QStringList heading{ roleTitle(message.role) };
    if (message.created.isValid())
        heading << timeText(message.created);
    if (!message.model.isEmpty())
        heading << QStringLiteral("`") + message.model + QStringLiteral("`");
    QStringList blocks{ QStringLiteral("## ") + heading.join(QStringLiteral(" · ")) };

    // Choice 0 is the message itself; choices 1…n-1 are the alternatives the server sent.
    QString reasoning = message.reasoning;
    QString content;
    QList<ToolCall> toolCalls = message.toolCalls;
    const int choice = message.activeChoice;
    if (choice > 0 && choice <= message.choices.size()) {
        const Choice &alternative = message.choices.at(choice - 1);
        reasoning = alternative.reasoning;
        content = alternative.content.trimmed();
        if (!alternative.refusal.isEmpty())
            content += quoted(tr("Refused:"), alternative.refusal);
        toolCalls = alternative.toolCalls;
    } else {
        QStringList parts;
        for (const Part &part : message.parts) {
            const QString text = partText(part);
            if (!text.isEmpty())
                parts << text;
        }
        content = parts.join(QStringLiteral("\n\n"));
    }
    if (!message.choices.isEmpty())
        blocks << u'*' + tr("Choice %1 of %2").arg(choice + 1).arg(message.choices.size() + 1)
                + u'*';
    if (!reasoning.trimmed().isEmpty())
        blocks << details(tr("Reasoning"), reasoning);
    if (message.role == Role::Tool) {
        if (!message.toolCallId.isEmpty())
            blocks << tr("Result of `%1`:").arg(message.toolCallId);
        blocks << jsonBlock(message.text());
    } else if (!content.isEmpty()) {
        blocks << content;
    }
    if (!message.audio.attachment.isEmpty()) {
        blocks << tr("Audio:") + QStringLiteral(" [")
                + attachmentFileName(message.audio.attachment, message.audio.mimeType)
                + QStringLiteral("](")
                + attachmentLink(message.audio.attachment, message.audio.mimeType) + u')';
        if (!message.audio.transcript.isEmpty() && content.isEmpty())
            blocks << quoted(tr("Transcript:"), message.audio.transcript.trimmed());
    }
    if (!toolCalls.isEmpty())
        blocks << toolCallsText(toolCalls);
    if (message.state == State::Failed)
        blocks << quoted(tr("Failed:"), message.error);
    else if (message.state == State::Interrupted)
        blocks << quoted(tr("Interrupted:"), message.error);
    const QString usage = usageText(message.usage);
    if (!usage.isEmpty())
        blocks << usage;
    return blocks.join(QStringLiteral("\n\n"));
}
} // namespace

QString attachmentFileName(const QByteArray &hash, const QString &mimeType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    QString suffix = type.isValid() ? type.preferredSuffix() : QString();
    if (suffix.isEmpty())
        suffix = QStringLiteral("bin");
    return QString::fromLatin1(hash) + u'.' + suffix;
}

QByteArray toMarkdown(const Info &info, const QList<Message> &tree, qint64 activeLeafId)
{
    QString title = info.title.simplified();
    if (title.isEmpty())
        title = tr("Untitled conversation");
    QStringList blocks{ QStringLiteral("# ") + title };

    QStringList facts;
    if (info.created.isValid())
        facts << tr("Created %1").arg(timeText(info.created));
    if (info.updated.isValid())
        facts << tr("updated %1").arg(timeText(info.updated));
    if (!info.settings.model.isEmpty())
        facts << tr("model `%1`").arg(info.settings.model);
    if (!facts.isEmpty())
        blocks << u'*' + facts.join(QStringLiteral(" · ")) + u'*';
    if (!info.settings.systemPrompt.trimmed().isEmpty())
        blocks << details(tr("System prompt"), info.settings.systemPrompt);

    for (const Message &message : activePath(tree, activeLeafId))
        blocks << QStringLiteral("---") << messageText(message);
    return (blocks.join(QStringLiteral("\n\n")) + u'\n').toUtf8();
}
} // namespace ConversationExport

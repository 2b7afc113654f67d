// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/ToolCalls.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include "core/models/MessageModel.h"

namespace ToolCalls {

QList<Conversation::ToolCall> awaiting(const QList<Conversation::Message> &path)
{
    if (path.isEmpty())
        return {};
    const Conversation::Message last = MessageModel::resolvedChoice(path.constLast());
    if (last.role != Conversation::Role::Assistant || last.state != Conversation::State::Complete)
        return {};
    return last.toolCalls;
}

std::expected<QList<Answer>, QString> ordered(
    const QList<Conversation::ToolCall> &calls, const QList<Answer> &answers)
{
    if (calls.isEmpty())
        return std::unexpected(
            QCoreApplication::translate("ToolCalls", "the message has no tool calls to answer"));
    QSet<QString> seen;
    for (const Answer &answer : answers) {
        if (seen.contains(answer.callId))
            return std::unexpected(
                QCoreApplication::translate("ToolCalls", "call %1 is answered twice")
                    .arg(answer.callId));
        seen.insert(answer.callId);
        const bool known = std::any_of(calls.cbegin(), calls.cend(),
            [&](const Conversation::ToolCall &call) { return call.id == answer.callId; });
        if (!known)
            return std::unexpected(QCoreApplication::translate("ToolCalls", "no call %1 to answer")
                                       .arg(answer.callId));
    }
    QList<Answer> result;
    for (const Conversation::ToolCall &call : calls) {
        const auto it = std::find_if(answers.cbegin(), answers.cend(),
            [&](const Answer &answer) { return answer.callId == call.id; });
        if (it == answers.cend())
            return std::unexpected(
                QCoreApplication::translate("ToolCalls", "call %1 (%2) has no answer")
                    .arg(call.id, call.name));
        result.append(*it);
    }
    return result;
}

QStringList answeredIds(const QList<Conversation::Message> &path, qsizetype index)
{
    QStringList ids;
    for (qsizetype i = index + 1; i < path.size(); ++i) {
        if (path.at(i).role != Conversation::Role::Tool)
            break;
        ids.append(path.at(i).toolCallId);
    }
    return ids;
}

QString prettyArguments(const QString &arguments, bool *valid)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && !json.isNull();
    if (valid)
        *valid = ok || arguments.trimmed().isEmpty(); // no arguments at all is not an error
    return ok ? QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed() : arguments;
}

} // namespace ToolCalls

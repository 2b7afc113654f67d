// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageActions.h"

#include <QJsonObject>
#include <QStringList>

#include "core/chat/ToolCalls.h"
#include "core/json/JsonAnswer.h"
#include "core/models/MessageModel.h"

namespace MessageActions {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MessageActions", text);
}

Conversation::Role roleOf(const QModelIndex &index)
{
    return index.data(MessageModel::RoleRole).value<Conversation::Role>();
}

Conversation::State stateOf(const QModelIndex &index)
{
    return index.data(MessageModel::StateRole).value<Conversation::State>();
}
} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Copy:
        return tr("Copy");
    case Action::Edit:
        return tr("Edit");
    case Action::Regenerate:
        return tr("Regenerate");
    case Action::Retry:
        return tr("Retry");
    case Action::Continue:
        return tr("Continue");
    case Action::PreviousSibling:
        return tr("Previous version");
    case Action::NextSibling:
        return tr("Next version");
    case Action::PreviousChoice:
        return tr("Previous choice");
    case Action::NextChoice:
        return tr("Next choice");
    case Action::ToggleReasoning:
        return tr("Reasoning");
    case Action::CopyCode:
        return tr("Copy code");
    case Action::ShowJson:
        return tr("Show JSON");
    case Action::ToggleTokens:
        return tr("Token Probabilities");
    case Action::CompareChoices:
        return tr("Compare the choices side by side");
    case Action::None:
        break;
    }
    return {};
}

QList<Item> footer(const QModelIndex &index, bool tokensShown)
{
    const Conversation::Role role = roleOf(index);
    const Conversation::State state = stateOf(index);
    const bool busy =
        state == Conversation::State::Streaming || state == Conversation::State::Pending;
    const bool readOnly = index.data(MessageModel::ReadOnlyRole).toBool();
    QList<Item> items;
    items.append({ Action::Copy, tr("Copy"), tr("Copy the message's Markdown") });
    if (role == Conversation::Role::User && !readOnly)
        items.append({ Action::Edit, tr("Edit"), tr("Edit and resend this message") });
    if (role == Conversation::Role::Assistant && !busy && !readOnly)
        items.append({ Action::Regenerate, tr("Regenerate"), tr("Ask for another answer") });
    if (offersJson(index))
        items.append({ Action::ShowJson, tr("JSON"),
            tr("Show the answer as a JSON tree, checked against the request's schema") });
    if (role == Conversation::Role::Assistant && !busy
        && !index.data(MessageModel::LogprobsRole).toJsonArray().isEmpty())
        items.append(tokensShown
                ? Item{ Action::ToggleTokens, tr("Formatted"),
                    tr("Show the answer formatted instead of its token probabilities") }
                : Item{ Action::ToggleTokens, tr("Probabilities"),
                    tr("Colour the answer's tokens by probability (the less likely, the "
                       "stronger); hover a token to see the alternatives") });
    if (state == Conversation::State::Failed && !readOnly)
        items.append({ Action::Retry, tr("Retry"), tr("Send the request again") });
    if (state == Conversation::State::Interrupted && !readOnly)
        items.append({ Action::Continue, tr("Continue"), tr("Continue the interrupted answer") });
    const int siblings = index.data(MessageModel::SiblingCountRole).toInt();
    if (siblings > 1) {
        const int current = index.data(MessageModel::SiblingIndexRole).toInt();
        items.append({ Action::PreviousSibling, QStringLiteral("‹"),
            actionName(Action::PreviousSibling), current > 0 });
        items.append({ Action::None, tr("%1/%2").arg(current + 1).arg(siblings),
            tr("Version %1 of %2").arg(current + 1).arg(siblings) });
        items.append({ Action::NextSibling, QStringLiteral("›"), actionName(Action::NextSibling),
            current + 1 < siblings });
    }
    const int choices = index.data(MessageModel::ChoiceCountRole).toInt();
    if (choices > 1) {
        const int active = index.data(MessageModel::ActiveChoiceRole).toInt();
        items.append({ Action::None, tr("Choice %1/%2").arg(active + 1).arg(choices), {} });
        items.append({ Action::PreviousChoice, QStringLiteral("‹"),
            actionName(Action::PreviousChoice), active > 0 });
        items.append({ Action::NextChoice, QStringLiteral("›"), actionName(Action::NextChoice),
            active + 1 < choices });
        items.append({ Action::CompareChoices, tr("Compare"), actionName(Action::CompareChoices) });
    }
    return items;
}

bool offersJson(const QModelIndex &index)
{
    const Conversation::State state = stateOf(index);
    if (roleOf(index) != Conversation::Role::Assistant || state == Conversation::State::Pending
        || state == Conversation::State::Streaming)
        return false;
    const QString text = index.data(MessageModel::TextRole).toString();
    if (QStringView(text).trimmed().isEmpty())
        return false;
    const QString format =
        JsonAnswer::formatType(index.data(MessageModel::RequestRole).toJsonObject());
    return format == QStringLiteral("json_object") || format == QStringLiteral("json_schema")
        || JsonAnswer::looksLikeJson(text);
}

bool offersTokens(const QModelIndex &index)
{
    const Conversation::State state = stateOf(index);
    return roleOf(index) == Conversation::Role::Assistant && state != Conversation::State::Pending
        && state != Conversation::State::Streaming
        && !index.data(MessageModel::LogprobsRole).toJsonArray().isEmpty();
}

QString details(const QModelIndex &index)
{
    QStringList parts;
    if (const QString model = index.data(MessageModel::ModelNameRole).toString(); !model.isEmpty())
        parts.append(model);
    const QJsonObject usage = index.data(MessageModel::UsageRole).toJsonObject();
    if (usage.contains(QStringLiteral("prompt_tokens"))) {
        const int cached = usage.value(QStringLiteral("prompt_tokens_details"))
                               .toObject()
                               .value(QStringLiteral("cached_tokens"))
                               .toInt();
        const int prompt = usage.value(QStringLiteral("prompt_tokens")).toInt();
        parts.append(cached > 0 ? tr("%1 prompt (%2 cached)").arg(prompt).arg(cached)
                                : tr("%1 prompt").arg(prompt));
    }
    if (usage.contains(QStringLiteral("completion_tokens"))) {
        const int reasoning = usage.value(QStringLiteral("completion_tokens_details"))
                                  .toObject()
                                  .value(QStringLiteral("reasoning_tokens"))
                                  .toInt();
        const int completion = usage.value(QStringLiteral("completion_tokens")).toInt();
        parts.append(reasoning > 0
                ? tr("%1 completion (%2 reasoning)").arg(completion).arg(reasoning)
                : tr("%1 completion").arg(completion));
    }
    if (const QString finish = index.data(MessageModel::FinishReasonRole).toString();
        !finish.isEmpty())
        parts.append(finish);
    return parts.join(QStringLiteral(" · "));
}

QString reasoning(const QModelIndex &index)
{
    return index.data(MessageModel::ReasoningRole).toString().trimmed();
}

QString toolCalls(const QModelIndex &index, bool *invalid)
{
    if (invalid)
        *invalid = false;
    const auto calls =
        index.data(MessageModel::ToolCallsRole).value<QList<Conversation::ToolCall>>();
    QStringList blocks;
    for (const Conversation::ToolCall &call : calls) {
        bool valid = true;
        const QString arguments = ToolCalls::prettyArguments(call.arguments, &valid);
        if (invalid && !valid)
            *invalid = true;
        blocks.append(
            call.name + u'(' + (arguments.isEmpty() ? QString() : u'\n' + arguments) + u')');
    }
    return blocks.join(u"\n\n");
}

QString toolResultTitle(const QModelIndex &index)
{
    if (roleOf(index) != Conversation::Role::Tool)
        return {};
    const QString id = index.data(MessageModel::ToolCallIdRole).toString();
    return id.isEmpty() ? tr("Tool result") : tr("Tool result · %1").arg(id);
}

QString accessibleText(const QModelIndex &index)
{
    QString role;
    switch (roleOf(index)) {
    case Conversation::Role::User:
        role = tr("You");
        break;
    case Conversation::Role::Assistant:
        role = tr("Assistant");
        break;
    case Conversation::Role::Tool:
        role = tr("Tool result");
        break;
    default:
        role = tr("System");
        break;
    }
    QString text = role + QStringLiteral(": ") + index.data(MessageModel::TextRole).toString();
    const QString error = index.data(MessageModel::ErrorRole).toString();
    if (stateOf(index) == Conversation::State::Failed)
        text += u'\n' + tr("Failed: %1").arg(error);
    return text;
}
} // namespace MessageActions

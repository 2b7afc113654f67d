// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel's read side: roles, data() and the choice helpers. The write side (paths,
// appends, streaming) is in MessageModel.cpp.
#include <utility>

#include "core/models/MessageModel.h"

using Conversation::Choice;
using Conversation::Message;
using Conversation::Part;

namespace {
//! Choice 0's text. With one text part (every streamed answer) this returns the stored string,
//! which the QVariant then shares: reading TextRole costs O(1) however long the answer is.
QString choiceZeroText(const Message &m);

//! What the view shows for choice 0: the text, or a spoken answer's transcript.
QString shownText(const Message &m)
{
    QString text = choiceZeroText(m);
    return text.isEmpty() ? m.audio.transcript : text;
}

QString choiceZeroText(const Message &m)
{
    const Part *only = nullptr;
    for (const Part &part : m.parts) {
        if (part.type != Part::Type::Text)
            continue;
        if (only)
            return m.text();
        only = &part;
    }
    return only ? only->text : QString();
}

qsizetype choiceZeroLength(const Message &m)
{
    qsizetype length = 0;
    for (const Part &part : m.parts) {
        if (part.type == Part::Type::Text)
            length += part.text.size();
    }
    return length;
}

QString refusalOf(const Message &m)
{
    QString result;
    for (const Part &part : m.parts) {
        if (part.type == Part::Type::Refusal)
            result += part.text;
    }
    return result;
}

//! The active choice if it is one of the extra ones, else nullptr (choice 0 or out of range).
const Choice *extraChoice(const Message &m)
{
    const int active = m.activeChoice;
    return active > 0 && active <= m.choices.size() ? &m.choices.at(active - 1) : nullptr;
}

Part textPart(Part::Type type, const QString &text)
{
    Part part;
    part.type = type;
    part.text = text;
    return part;
}

QList<Choice> allChoices(const Message &m)
{
    QList<Choice> result;
    result.reserve(m.choices.size() + 1);
    Choice zero;
    zero.content = choiceZeroText(m);
    zero.reasoning = m.reasoning;
    zero.refusal = refusalOf(m);
    zero.toolCalls = m.toolCalls;
    zero.finishReason = m.finishReason;
    zero.logprobs = m.logprobs;
    result.append(zero);
    result += m.choices;
    return result;
}
} // namespace

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_path.size());
}

QString MessageModel::accessibleText(const Message &message, const QString &text)
{
    // What a screen reader says for a row: who speaks, what, and what went wrong.
    QString who;
    switch (message.role) {
    case Conversation::Role::User:
        who = tr("You");
        break;
    case Conversation::Role::Assistant:
        who = tr("Assistant");
        break;
    case Conversation::Role::Tool:
        who = tr("Tool result");
        break;
    default:
        who = tr("System");
        break;
    }
    QString spoken = tr("%1: %2").arg(who, text);
    if (message.state == Conversation::State::Failed)
        spoken += u' ' + tr("Failed: %1").arg(message.error);
    else if (message.state == Conversation::State::Interrupted)
        spoken += u' ' + tr("(interrupted)");
    return spoken;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_path.at(index.row());
    const Message *m = m_tree.find(id);
    if (!m)
        return {};
    const Choice *choice = extraChoice(*m);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return choice ? choice->content : shownText(*m);
    case Qt::AccessibleTextRole:
        return accessibleText(*m, choice ? choice->content : shownText(*m));
    case TextLengthRole:
        return int(choice ? choice->content.size() : choiceZeroLength(*m));
    case IdRole:
        return m->id;
    case ParentIdRole:
        return m->parentId;
    case RoleRole:
        return QVariant::fromValue(m->role);
    case PartsRole:
        return QVariant::fromValue(m->parts);
    case ReasoningRole:
        return choice ? choice->reasoning : m->reasoning;
    case ToolCallsRole:
        return QVariant::fromValue(choice ? choice->toolCalls : m->toolCalls);
    case ToolCallIdRole:
        return m->toolCallId;
    case AudioRole:
        return QVariant::fromValue(m->audio);
    case ChoicesRole:
        return QVariant::fromValue(allChoices(*m));
    case ActiveChoiceRole:
        return choice ? m->activeChoice : 0;
    case ChoiceCountRole:
        return int(m->choices.size() + 1);
    case UsageRole:
        return m->usage;
    case FinishReasonRole:
        return choice ? choice->finishReason : m->finishReason;
    case ErrorRole:
        return m->error;
    case StateRole:
        return QVariant::fromValue(m->state);
    case CreatedRole:
        return m->created;
    case ModelNameRole:
        return m->model;
    case RequestRole:
        return m->request;
    case SiblingCountRole:
        return m_tree.siblingCount(id);
    case SiblingIndexRole:
        return m_tree.siblingIndex(id);
    case RevisionRole:
        return m_revision.value(id);
    case LogprobsRole:
        return choice ? choice->logprobs : m->logprobs;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{
        { IdRole, QByteArrayLiteral("messageId") },
        { RoleRole, QByteArrayLiteral("role") },
        { TextRole, QByteArrayLiteral("text") },
        { PartsRole, QByteArrayLiteral("parts") },
        { ReasoningRole, QByteArrayLiteral("reasoning") },
        { ToolCallsRole, QByteArrayLiteral("toolCalls") },
        { ToolCallIdRole, QByteArrayLiteral("toolCallId") },
        { AudioRole, QByteArrayLiteral("audio") },
        { ChoicesRole, QByteArrayLiteral("choices") },
        { ActiveChoiceRole, QByteArrayLiteral("activeChoice") },
        { ChoiceCountRole, QByteArrayLiteral("choiceCount") },
        { UsageRole, QByteArrayLiteral("usage") },
        { FinishReasonRole, QByteArrayLiteral("finishReason") },
        { ErrorRole, QByteArrayLiteral("error") },
        { StateRole, QByteArrayLiteral("state") },
        { CreatedRole, QByteArrayLiteral("created") },
        { ModelNameRole, QByteArrayLiteral("modelName") },
        { RequestRole, QByteArrayLiteral("request") },
        { SiblingCountRole, QByteArrayLiteral("siblingCount") },
        { SiblingIndexRole, QByteArrayLiteral("siblingIndex") },
        { ParentIdRole, QByteArrayLiteral("parentId") },
        { TextLengthRole, QByteArrayLiteral("textLength") },
        { RevisionRole, QByteArrayLiteral("revision") },
        { ReadOnlyRole, QByteArrayLiteral("readOnly") },
        { LogprobsRole, QByteArrayLiteral("logprobs") },
    });
    return names;
}

QStringView MessageModel::textView(qint64 messageId, int choice) const
{
    const Message *m = m_tree.find(messageId);
    if (!m || choice < 0 || choice > m->choices.size())
        return {};
    if (choice > 0)
        return m->choices.at(choice - 1).content;
    const Part *only = nullptr;
    for (const Part &part : m->parts) {
        if (part.type != Part::Type::Text)
            continue;
        if (only)
            return {};
        only = &part;
    }
    if ((!only || only->text.isEmpty()) && !m->audio.transcript.isEmpty())
        return m->audio.transcript; // a spoken answer shows what was said
    return only ? QStringView(only->text) : QStringView(u"");
}

Message MessageModel::resolvedChoice(const Message &message)
{
    const int active = message.activeChoice;
    if (active <= 0 || active > message.choices.size()) {
        Message result = message;
        result.activeChoice = 0;
        return result;
    }
    // Swap the active choice with choice 0, so nothing is lost and choice 0 is what is sent.
    Message result = message;
    const Choice zero = allChoices(message).constFirst();
    const Choice &chosen = message.choices.at(active - 1);
    result.parts.removeIf([](const Part &part) {
        return part.type == Part::Type::Text || part.type == Part::Type::Refusal;
    });
    if (!chosen.content.isEmpty())
        result.parts.append(textPart(Part::Type::Text, chosen.content));
    if (!chosen.refusal.isEmpty())
        result.parts.append(textPart(Part::Type::Refusal, chosen.refusal));
    result.reasoning = chosen.reasoning;
    result.toolCalls = chosen.toolCalls;
    result.finishReason = chosen.finishReason;
    result.logprobs = chosen.logprobs;
    result.choices[active - 1] = zero;
    result.activeChoice = 0;
    return result;
}

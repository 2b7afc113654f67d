// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conversation/Conversation.h"

#include <array>
#include <utility>

namespace Conversation {
namespace {
constexpr std::array<std::pair<Role, const char *>, 5> kRoles{ {
    { Role::System, "system" },
    { Role::Developer, "developer" },
    { Role::User, "user" },
    { Role::Assistant, "assistant" },
    { Role::Tool, "tool" },
} };
constexpr std::array<std::pair<State, const char *>, 5> kStates{ {
    { State::Pending, "pending" },
    { State::Streaming, "streaming" },
    { State::Complete, "complete" },
    { State::Interrupted, "interrupted" },
    { State::Failed, "failed" },
} };
} // namespace

QString Message::text() const
{
    QString result;
    for (const Part &part : parts) {
        if (part.type == Part::Type::Text)
            result += part.text;
    }
    return result;
}

QString titleFromText(const QString &text, int max)
{
    QString line = text.simplified();
    if (line.size() <= max)
        return line;
    line.truncate(max - 1);
    // Don't cut a surrogate pair (emoji) in half.
    if (!line.isEmpty() && line.back().isHighSurrogate())
        line.chop(1);
    return line + QChar(0x2026);
}

QString roleName(Role role)
{
    for (const auto &[r, name] : kRoles) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (const auto &[r, n] : kRoles) {
        if (name == QLatin1String(n)) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString stateName(State state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

bool stateFromName(const QString &name, State *state)
{
    for (const auto &[s, n] : kStates) {
        if (name == QLatin1String(n)) {
            *state = s;
            return true;
        }
    }
    return false;
}
} // namespace Conversation

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/conversation/Conversation.h"

//! Messages and the branched tree the model tests share.
namespace Fixtures {
using Conversation::Message;
using Conversation::Role;

inline Message message(qint64 id, qint64 parentId, Role role, const QString &text)
{
    Message m;
    m.id = id;
    m.conversationId = 1;
    m.parentId = parentId;
    m.role = role;
    Conversation::Part part;
    part.text = text;
    m.parts = { part };
    // Later ids are newer, as with database ids.
    m.created = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(id);
    return m;
}

//! 1 Q1 ─ 2 A1 ┬ 3 Q2a ─ 4 A2a
//!             └ 5 Q2b ┬ 6 A2b-1
//!                     └ 7 A2b-2 ─ 8 Q3
inline QList<Message> branchedTree()
{
    return {
        message(1, 0, Role::User, QStringLiteral("Q1")),
        message(2, 1, Role::Assistant, QStringLiteral("A1")),
        message(3, 2, Role::User, QStringLiteral("Q2a")),
        message(4, 3, Role::Assistant, QStringLiteral("A2a")),
        message(5, 2, Role::User, QStringLiteral("Q2b")),
        message(6, 5, Role::Assistant, QStringLiteral("A2b-1")),
        message(7, 5, Role::Assistant, QStringLiteral("A2b-2")),
        message(8, 7, Role::User, QStringLiteral("Q3")),
    };
}
} // namespace Fixtures

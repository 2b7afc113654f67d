// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/conversation/Conversation.h"

//! Tells screen readers that an answer finished, once per answer and never per token: "Answer
//! finished: <its first words>" or "Answer stopped: <why>".
//!
//! Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent is 6.8), and its AT-SPI bridge
//! drops QAccessible::Alert. So the announcer is an invisible, unfocusable widget whose accessible
//! role is an alert (ATSPI_ROLE_ALERT, what Orca speaks when it starts showing) and whose name is
//! the text: each announcement renames it, hides and shows it again (AT-SPI "showing" state
//! changes) and raises an Alert event (Windows screen readers read the alert's name).
class AnswerAnnouncer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerAnnouncer)

public:
    //! How much of the answer is read out.
    static constexpr qsizetype MaxExcerpt = 100;

    explicit AnswerAnnouncer(QWidget *parent = nullptr);
    ~AnswerAnnouncer() override;

    //! What is said for `message`, an assistant message that stopped streaming ("" for none).
    static QString textFor(const Conversation::Message &message);

    //! Says `message`'s outcome (nothing for a message that is still on its way).
    void announceAnswer(const Conversation::Message &message);
    //! Says `text`.
    void announce(const QString &text);

    //! The last thing said.
    QString lastAnnouncement() const { return accessibleName(); }

Q_SIGNALS:
    void announced(const QString &text);
};

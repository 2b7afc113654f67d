// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AnswerAnnouncer.h"

#include <QAccessible>
#include <QAccessibleWidget>

using namespace Qt::StringLiterals;

namespace {
QAccessibleInterface *alertFactory(const QString &className, QObject *object)
{
    if (className != "AnswerAnnouncer"_L1 || !object || !object->isWidgetType())
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
}

//! The first `MaxExcerpt` characters of `text` on one line, cut at a word when there is one.
QString excerpt(const QString &text)
{
    QString line = text.simplified();
    if (line.size() <= AnswerAnnouncer::MaxExcerpt)
        return line;
    line.truncate(AnswerAnnouncer::MaxExcerpt);
    const qsizetype space = line.lastIndexOf(u' ');
    if (space > AnswerAnnouncer::MaxExcerpt / 2)
        line.truncate(space);
    return line + u'…';
}
} // namespace

AnswerAnnouncer::AnswerAnnouncer(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(u"answerAnnouncer"_s);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFixedSize(1, 1); // shown (screen readers skip hidden objects) but nothing to see
    hide();
}

AnswerAnnouncer::~AnswerAnnouncer() = default;

QString AnswerAnnouncer::textFor(const Conversation::Message &message)
{
    using Conversation::State;
    switch (message.state) {
    case State::Pending:
    case State::Streaming:
        return {};
    case State::Failed:
    case State::Interrupted:
        return tr("Answer stopped: %1")
            .arg(message.error.isEmpty() ? tr("the answer was interrupted")
                                         : excerpt(message.error));
    case State::Complete:
        break;
    }
    if (const QString text = message.text(); !text.trimmed().isEmpty())
        return tr("Answer finished: %1").arg(excerpt(text));
    if (!message.toolCalls.isEmpty()) {
        QStringList names;
        for (const Conversation::ToolCall &call : message.toolCalls)
            names << call.name;
        return tr("Answer finished: the model calls %1").arg(names.join(u", "_s));
    }
    return tr("Answer finished");
}

void AnswerAnnouncer::announceAnswer(const Conversation::Message &message)
{
    if (const QString text = textFor(message); !text.isEmpty())
        announce(text);
}

void AnswerAnnouncer::announce(const QString &text)
{
    // The same words twice are still news: the name is set anew, and the show always happens.
    setAccessibleName(text);
    setAccessibleDescription(text);
    hide();
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(text);
}

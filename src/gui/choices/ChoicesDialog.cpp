// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/choices/ChoicesDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/chat/ToolCalls.h"

namespace {
//! What a choice says: its text, else its refusal, else its tool calls.
QString markdownOf(const Conversation::Choice &choice)
{
    if (!choice.content.isEmpty())
        return choice.content;
    if (!choice.refusal.isEmpty())
        return choice.refusal;
    QStringList calls;
    for (const Conversation::ToolCall &call : choice.toolCalls)
        calls << QStringLiteral("`%1`\n\n```json\n%2\n```")
                     .arg(call.name, ToolCalls::prettyArguments(call.arguments));
    return calls.join(QStringLiteral("\n\n"));
}
} // namespace

ChoicesDialog::ChoicesDialog(
    const QList<Conversation::Choice> &choices, int active, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("choicesDialog"));
    setWindowTitle(tr("Compare %n choice(s)", nullptr, int(choices.size())));
    auto *columns = new QHBoxLayout;
    for (int i = 0; i < choices.size(); ++i) {
        const Conversation::Choice &choice = choices.at(i);
        auto *title = new QLabel(this);
        QString heading = tr("Choice %1 of %2").arg(i + 1).arg(choices.size());
        if (i == active)
            heading = tr("%1 (the conversation follows this one)").arg(heading);
        title->setText(heading);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *details = new QLabel(this);
        details->setForegroundRole(QPalette::PlaceholderText);
        details->setText(
            tr("%1 · %n character(s)", nullptr, int(choice.content.size()))
                .arg(choice.finishReason.isEmpty() ? tr("unfinished") : choice.finishReason));
        auto *view = new QTextBrowser(this);
        view->setObjectName(QStringLiteral("choiceView%1").arg(i));
        view->setOpenExternalLinks(true);
        view->setMarkdown(markdownOf(choice));
        view->setAccessibleName(tr("Choice %1").arg(i + 1));
        auto *button = new QPushButton(tr("Continue with choice %1").arg(i + 1), this);
        button->setObjectName(QStringLiteral("continueChoice%1").arg(i));
        button->setEnabled(i != active);
        connect(button, &QPushButton::clicked, this, [this, i] {
            Q_EMIT chosen(i);
            accept();
        });
        auto *column = new QVBoxLayout;
        column->addWidget(title);
        column->addWidget(details);
        column->addWidget(view, 1);
        column->addWidget(button);
        columns->addLayout(column, 1);
        m_views.append(view);
        m_buttons.append(button);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(qMin(1400, 380 * int(qMax<qsizetype>(choices.size(), 2))), 560);
}

ChoicesDialog::~ChoicesDialog() = default;

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationView: an answer's n choices side by side.
#include <QPersistentModelIndex>

#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/choices/ChoicesDialog.h"

ChoicesDialog *ConversationView::compareChoices(const QModelIndex &index)
{
    const auto choices = index.data(MessageModel::ChoicesRole).value<QList<Conversation::Choice>>();
    if (!index.isValid() || choices.size() < 2)
        return nullptr;
    auto *dialog =
        new ChoicesDialog(choices, index.data(MessageModel::ActiveChoiceRole).toInt(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex row(index);
    connect(dialog, &ChoicesDialog::chosen, this, [this, row](int choice) {
        if (auto *messages = qobject_cast<MessageModel *>(model()); messages && row.isValid())
            messages->setActiveChoice(row.row(), choice);
    });
    dialog->open();
    return dialog;
}

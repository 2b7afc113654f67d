// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationView: the "Show JSON" window of an answer (structured output).
#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/json/JsonResultDialog.h"

JsonResultDialog *ConversationView::showJson(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const char *property = "kaiwaMessageId";
    JsonResultDialog *dialog = nullptr;
    for (JsonResultDialog *open : findChildren<JsonResultDialog *>(Qt::FindDirectChildrenOnly)) {
        if (open->property(property).toLongLong() == id)
            dialog = open;
    }
    if (!dialog) {
        // A window of its own (QDialog with a parent), closed with the view; not modal, so the
        // user can compare it with the conversation.
        dialog = new JsonResultDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProperty(property, id);
    }
    // Read again on every open: the answer may have been continued or switched since.
    dialog->setAnswer(index.data(MessageModel::TextRole).toString(),
        index.data(MessageModel::RequestRole).toJsonObject());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageTextSelector.h"

#include <QKeyEvent>

MessageTextSelector::MessageTextSelector(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("messageTextSelector"));
    setAccessibleName(tr("Message text"));
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
        | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setOpenLinks(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    document()->setDocumentMargin(0);
}

void MessageTextSelector::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void MessageTextSelector::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    // A context menu of its own (Copy) takes the focus only for a moment.
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT closeRequested();
}

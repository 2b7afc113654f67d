// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageTextSelector.h"

#include <QKeyEvent>
#include <QToolTip>

#include "gui/LogprobShading.h"

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
    connect(this, &QTextEdit::cursorPositionChanged, this, &MessageTextSelector::showTokenInfo);
}

void MessageTextSelector::setTokenView(bool tokens)
{
    m_tokens = tokens;
    m_tokenInfo.clear();
    showTokenInfo();
}

void MessageTextSelector::showTokenInfo()
{
    const QTextCursor cursor = textCursor();
    const QString tip = m_tokens && !cursor.hasSelection()
        ? LogprobShading::toolTipAt(*document(), cursor.position())
        : QString();
    const QString info = LogprobShading::oneLine(tip);
    if (info == m_tokenInfo)
        return;
    m_tokenInfo = info;
    // Screen readers hear the token at the cursor as the description.
    setAccessibleDescription(info.isEmpty() && m_tokens
            ? tr("Move the text cursor onto a token to read its probability and alternatives.")
            : info);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Under the cursor, where the eye is; screen readers hear the same line.
    const QRect at = cursorRect(cursor);
    QToolTip::showText(viewport()->mapToGlobal(at.bottomLeft()),
        LogprobShading::displayToolTip(tip), viewport(), at, 60000);
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

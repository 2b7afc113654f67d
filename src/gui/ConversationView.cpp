// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConversationView.h"

#include <QAccessible>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextDocument>

#include "core/models/MessageModel.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageRenderer.h"

namespace {
constexpr int BottomSlack = 4; //!< pixels from the end that still count as "at the bottom"
}

ConversationView::ConversationView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("conversationView"));
    setAccessibleName(tr("Conversation"));
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
        [this, bar](int value) { m_stickToBottom = value >= bar->maximum() - BottomSlack; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_stickToBottom)
            bar->setValue(maximum);
    });
}

ConversationView::~ConversationView() = default;

void ConversationView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    m_delegate->clear();
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, m_delegate, &MessageDelegate::clear);
    m_stickToBottom = true;
    scrollToBottom();
}

void ConversationView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const bool resized = m_delegate->rowsChanged(topLeft, bottomRight, option);
    if (!resized && topLeft == bottomRight && isVisible()) {
        // QListView repaints the whole viewport for a one-row change; a streamed delta that
        // doesn't change the row's height needs only that row.
        viewport()->update(visualRect(topLeft));
        if (QAccessible::isActive()) { // what QAbstractItemView::dataChanged would send
            QAccessibleTableModelChangeEvent event(
                this, QAccessibleTableModelChangeEvent::DataChanged);
            event.setFirstRow(topLeft.row());
            event.setLastRow(topLeft.row());
            event.setFirstColumn(topLeft.column());
            event.setLastColumn(topLeft.column());
            QAccessible::updateAccessibility(&event);
        }
        return;
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
}

bool ConversationView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - BottomSlack;
}

void ConversationView::copyMessage(const QModelIndex &index, bool plainText) const
{
    if (!index.isValid())
        return;
    const QString markdown = index.data(MessageModel::TextRole).toString();
    QGuiApplication::clipboard()->setText(
        plainText ? MessageRenderer::render(markdown, {})->toPlainText() : markdown);
}

void ConversationView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this, index] { copyMessage(index, false); });
    menu.addAction(tr("Copy as Plain Text"), this, [this, index] { copyMessage(index, true); });
    menu.exec(event->globalPos());
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && currentIndex().isValid()) {
        copyMessage(currentIndex(), false);
        return;
    }
    QListView::keyPressEvent(event);
}

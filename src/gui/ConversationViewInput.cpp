// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationView: what the user does with messages — the actions drawn in each row, the
// context menu, the text selector, mouse and keys, copying.
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextDocument>

#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageRenderer.h"
#include "gui/delegates/MessageTextSelector.h"

using MessageActions::Action;

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
    QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid() && event->reason() != QContextMenuEvent::Mouse)
        index = indexAt(QPoint(viewport()->width() / 2, viewport()->height() - 1));
    if (!index.isValid())
        return;
    QPoint where = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse) {
        const QRect rect = visualRect(index).intersected(viewport()->rect());
        where = viewport()->mapToGlobal(rect.isEmpty() ? QPoint() : rect.center());
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageMenu"));
    populateMenu(&menu, index);
    menu.exec(where);
}

void ConversationView::populateMenu(QMenu *menu, const QModelIndex &index)
{
    const QPersistentModelIndex row(index);
    auto add = [&](const QString &text, Action action, int n = 0) {
        QAction *item = menu->addAction(text, this, [this, row, action, n] {
            if (row.isValid())
                trigger(row, action, n);
        });
        item->setObjectName(QStringLiteral("messageAction%1").arg(int(action)));
        return item;
    };
    add(tr("Copy"), Action::Copy);
    menu->addAction(tr("Copy as Plain Text"), this, [this, row] { copyMessage(row, true); });
    menu->addAction(tr("Select Text"), this, [this, row] { openTextSelector(row); });
    const QStringList blocks = m_delegate->codeBlocks(rowOption(index), index);
    for (qsizetype i = 0; i < blocks.size(); ++i)
        add(tr("Copy Code Block %1").arg(i + 1), Action::CopyCode, int(i));
    if (!MessageActions::reasoning(index).isEmpty()) {
        const bool shown =
            m_delegate->isReasoningExpanded(index.data(MessageModel::IdRole).toLongLong());
        add(shown ? tr("Hide Reasoning") : tr("Show Reasoning"), Action::ToggleReasoning);
    }
    const QList<MessageMedia::Item> media = MessageMedia::items(index);
    int images = 0;
    for (const MessageMedia::Item &item : media)
        images += item.isThumbnail() ? 1 : 0;
    int image = 0;
    for (qsizetype i = 0; i < media.size(); ++i) {
        QString text;
        switch (media[i].kind) {
        case MessageMedia::Item::Kind::Image:
            ++image;
            text = images > 1 ? tr("Open Image %1").arg(image) : tr("Open Image");
            break;
        case MessageMedia::Item::Kind::RemoteImage:
            text = tr("Open Image Link (%1)").arg(MessageMedia::label(media[i], -1));
            break;
        case MessageMedia::Item::Kind::Audio:
            text = media[i].spokenAnswer ? tr("Play Spoken Answer") : tr("Play Audio");
            break;
        case MessageMedia::Item::Kind::File:
            if (media[i].part.attachment.isEmpty())
                continue;
            text = tr("Open %1").arg(MessageMedia::label(media[i], -1));
            break;
        }
        QAction *item = menu->addAction(text, this, [this, row, i] {
            if (row.isValid())
                activateMedia(row, int(i));
        });
        item->setObjectName(QStringLiteral("messageMedia%1").arg(i));
    }
    bool separated = false;
    for (const MessageActions::Item &item : MessageActions::footer(index)) {
        if (item.action == Action::None || item.action == Action::Copy)
            continue;
        if (!separated)
            menu->addSeparator();
        separated = true;
        QString text = MessageActions::actionName(item.action);
        if (item.action == Action::ToggleTokens)
            text = m_delegate->showsTokens(index) ? tr("Show Formatted Text")
                                                  : tr("Show Token Probabilities");
        add(text, item.action)->setEnabled(item.enabled);
    }
}

QList<QRect> ConversationView::mediaRects(const QModelIndex &index) const
{
    return m_delegate->mediaRects(rowOption(index), index);
}

void ConversationView::activateMedia(const QModelIndex &index, int media)
{
    if (!index.isValid())
        return;
    const MessageMedia::Item item = MessageMedia::items(index).value(media);
    switch (item.kind) {
    case MessageMedia::Item::Kind::Image:
        if (!item.part.attachment.isEmpty())
            Q_EMIT imageActivated(item.part);
        break;
    case MessageMedia::Item::Kind::RemoteImage: {
        const QUrl url(item.part.url);
        Q_EMIT linkActivated(url);
        if (m_openLinks)
            QDesktopServices::openUrl(url);
        break;
    }
    case MessageMedia::Item::Kind::Audio:
        if (!item.part.attachment.isEmpty())
            Q_EMIT audioActivated(index.data(MessageModel::IdRole).toLongLong(),
                item.part.attachment, item.part.mimeType);
        break;
    case MessageMedia::Item::Kind::File:
        if (!item.part.attachment.isEmpty())
            Q_EMIT fileActivated(item.part);
        break;
    }
}

QRect ConversationView::actionRect(const QModelIndex &index, Action action, int n) const
{
    return m_delegate->actionRect(rowOption(index), index, action, n);
}

void ConversationView::trigger(const QModelIndex &index, Action action, int n)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    auto *messages = qobject_cast<MessageModel *>(model());
    switch (action) {
    case Action::Copy:
        copyMessage(index, false);
        break;
    case Action::Edit:
        Q_EMIT editRequested(id);
        break;
    case Action::Regenerate:
        Q_EMIT regenerateRequested(id);
        break;
    case Action::Retry:
        Q_EMIT retryRequested(id);
        break;
    case Action::Continue:
        Q_EMIT continueRequested(id);
        break;
    case Action::PreviousSibling:
    case Action::NextSibling:
        if (messages) {
            const QList<qint64> ids = messages->siblings(index.row());
            const int to = index.data(MessageModel::SiblingIndexRole).toInt()
                + (action == Action::NextSibling ? 1 : -1);
            if (to >= 0 && to < ids.size())
                messages->switchToSibling(index.row(), ids[to]);
        }
        break;
    case Action::PreviousChoice:
    case Action::NextChoice:
        if (messages)
            messages->setActiveChoice(index.row(),
                index.data(MessageModel::ActiveChoiceRole).toInt()
                    + (action == Action::NextChoice ? 1 : -1));
        break;
    case Action::ToggleReasoning:
        m_delegate->setReasoningExpanded(index, !m_delegate->isReasoningExpanded(id));
        break;
    case Action::CopyCode:
        if (const QStringList blocks = m_delegate->codeBlocks(rowOption(index), index);
            n >= 0 && n < blocks.size())
            QGuiApplication::clipboard()->setText(blocks[n]);
        break;
    case Action::ShowJson:
        showJson(index);
        break;
    case Action::ToggleTokens:
        m_delegate->setTokensShown(index, !m_delegate->showsTokens(index));
        break;
    case Action::CompareChoices:
        compareChoices(index);
        break;
    case Action::None:
        break;
    }
}

void ConversationView::openTextSelector(const QModelIndex &index)
{
    closeTextSelector();
    if (!index.isValid())
        return;
    openPersistentEditor(index);
    m_selector = qobject_cast<MessageTextSelector *>(indexWidget(index));
    if (!m_selector)
        return;
    m_selectorIndex = index;
    connect(m_selector, &MessageTextSelector::closeRequested, this,
        &ConversationView::closeTextSelector, Qt::QueuedConnection);
    connect(m_selector, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        Q_EMIT linkActivated(url);
        if (m_openLinks)
            QDesktopServices::openUrl(url);
    });
    m_selector->setFocus(Qt::OtherFocusReason);
}

MessageTextSelector *ConversationView::textSelector() const
{
    return m_selector;
}

void ConversationView::closeTextSelector()
{
    if (!m_selectorIndex.isValid() && !m_selector)
        return;
    const bool hadFocus = m_selector && m_selector->hasFocus();
    if (m_selectorIndex.isValid())
        closePersistentEditor(m_selectorIndex);
    m_selectorIndex = QPersistentModelIndex();
    m_selector = nullptr;
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void ConversationView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()) {
        const MessageDelegate::Hit hit =
            m_delegate->hitTest(rowOption(index), index, event->position().toPoint());
        if (hit.action != Action::None || !hit.link.isEmpty() || hit.media >= 0) {
            m_pressedIndex = index;
            m_pressedAction = hit.action;
            m_pressedN = hit.n;
            m_pressedLink = hit.link;
            m_pressedMedia = hit.media;
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            event->accept();
            return;
        }
    }
    m_pressedIndex = QPersistentModelIndex();
    QListView::mousePressEvent(event);
}

void ConversationView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressedIndex.isValid()) {
        QListView::mouseReleaseEvent(event);
        return;
    }
    const QPersistentModelIndex index = m_pressedIndex;
    m_pressedIndex = QPersistentModelIndex();
    if (indexAt(event->position().toPoint()) != index)
        return;
    const MessageDelegate::Hit hit =
        m_delegate->hitTest(rowOption(index), index, event->position().toPoint());
    if (hit.action != m_pressedAction || hit.n != m_pressedN || hit.link != m_pressedLink
        || hit.media != m_pressedMedia)
        return;
    if (hit.media >= 0) {
        activateMedia(index, hit.media);
    } else if (hit.action != Action::None) {
        trigger(index, hit.action, hit.n);
    } else {
        const QUrl url(hit.link);
        Q_EMIT linkActivated(url);
        if (m_openLinks)
            QDesktopServices::openUrl(url);
    }
}

void ConversationView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const MessageDelegate::Hit hit = index.isValid()
        ? m_delegate->hitTest(rowOption(index), index, pos)
        : MessageDelegate::Hit{};
    m_delegate->setHover(index, hit, viewport());
    const bool clickable = hit.action != Action::None || !hit.link.isEmpty() || hit.media >= 0;
    viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (event->buttons() != Qt::NoButton && !m_pressedIndex.isValid())
        QListView::mouseMoveEvent(event);
}

void ConversationView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        const MessageDelegate::Hit hit =
            m_delegate->hitTest(rowOption(index), index, event->position().toPoint());
        if (hit.action == Action::None && hit.link.isEmpty() && hit.media < 0)
            openTextSelector(index);
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

bool ConversationView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave) {
        m_delegate->setHover({}, {}, viewport());
        viewport()->unsetCursor();
    }
    return QListView::viewportEvent(event);
}

void ConversationView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->setPalette(palette());
        if (event->type() == QEvent::FontChange)
            m_delegate->clear();
        scheduleDelayedItemsLayout();
        viewport()->update();
    }
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
        contextMenuEvent(&menuEvent);
        return;
    }
    if (event->key() == Qt::Key_F2 && currentIndex().isValid()) {
        openTextSelector(currentIndex());
        return;
    }
    const bool pageUp = event->key() == Qt::Key_PageUp;
    if ((pageUp || event->key() == Qt::Key_PageDown) && event->modifiers() == Qt::NoModifier) {
        // A page of pixels, not of rows (QListView's moves the current row, which jumps when
        // rows are taller than the viewport); the current row follows without scrolling.
        verticalScrollBar()->triggerAction(
            pageUp ? QAbstractSlider::SliderPageStepSub : QAbstractSlider::SliderPageStepAdd);
        const QModelIndex middle = indexAt(viewport()->rect().center());
        if (middle.isValid() && selectionModel())
            selectionModel()->setCurrentIndex(middle, QItemSelectionModel::NoUpdate);
        return;
    }
    if (event->matches(QKeySequence::Copy) && currentIndex().isValid()) {
        copyMessage(currentIndex(), false);
        return;
    }
    const QModelIndex before = currentIndex();
    QListView::keyPressEvent(event);
    if (currentIndex() != before && currentIndex().isValid())
        scrollTo(currentIndex()); // autoScroll is off (see the constructor)
}

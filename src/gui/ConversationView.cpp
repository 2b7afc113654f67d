// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConversationView.h"

#include <limits>

#include <QAccessible>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextDocument>

#include "core/models/MessageModel.h"
#include "gui/RowPrefetcher.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageRenderer.h"
#include "gui/delegates/MessageTextSelector.h"

using MessageActions::Action;

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
    setMouseTracking(true); // hover highlight of the actions
    // No scrollTo() on every click (it jumps to the top of a tall row); keyPressEvent scrolls to
    // the current row when the keyboard moved it.
    setAutoScroll(false);
    m_delegate->setPalette(palette());
    m_prefetcher = new RowPrefetcher(*this);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_stickToBottom = value >= bar->maximum() - BottomSlack;
        if (!m_layingOut && m_selector && !m_selector->hasFocus())
            closeTextSelector();
        if (!m_layingOut) {
            // Scrolled: lay out the rows coming into view before they are painted.
            m_layingOut = true;
            settleViewport();
            m_layingOut = false;
        }
        if (m_prefetcher)
            m_prefetcher->schedule();
    });
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
    m_delegate->setModel(model); // first: its caches must follow the model before the view does
    QListView::setModel(model);
    if (!model)
        return;
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

void ConversationView::doItemsLayout()
{
    if (m_layingOut) {
        QListView::doItemsLayout();
        return;
    }
    m_layingOut = true;
    const Anchor anchor = captureAnchor();
    QListView::doItemsLayout();
    restoreAnchor(anchor);
    settleViewport();
    m_layingOut = false;
    if (m_prefetcher) // null while QListView's constructor lays out
        m_prefetcher->schedule();
}

ConversationView::Anchor ConversationView::captureAnchor() const
{
    if (m_stickToBottom || !model())
        return {};
    const QModelIndex index = indexAt(QPoint(viewport()->width() / 2, 0));
    if (!index.isValid())
        return {};
    return { QPersistentModelIndex(index), visualRect(index).top() };
}

void ConversationView::restoreAnchor(const Anchor &anchor)
{
    QScrollBar *bar = verticalScrollBar();
    if (!anchor.index.isValid()) {
        if (m_stickToBottom)
            bar->setValue(bar->maximum());
        return;
    }
    const int moved = visualRect(anchor.index).top() - anchor.top;
    if (moved != 0)
        bar->setValue(bar->value() + moved);
}

std::pair<int, int> ConversationView::visibleRows() const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows == 0)
        return { 0, -1 };
    const int x = viewport()->width() / 2;
    const QModelIndex top = indexAt(QPoint(x, 0));
    const QModelIndex bottom = indexAt(QPoint(x, viewport()->height() - 1));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : rows - 1;
    return { first, std::min(rows - 1, last + 1) };
}

void ConversationView::settleViewport()
{
    if (!model() || !isVisible())
        return;
    // Each pass makes the rows in view exact; a pass that changed heights can bring other rows
    // into view (the estimates were too tall), so repeat a few times.
    for (int pass = 0; pass < 6; ++pass) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const auto [first, last] = visibleRows();
        bool changed = false;
        for (int row = first; row <= last; ++row)
            changed |= m_delegate->ensureExact(option, model()->index(row, 0, rootIndex()));
        if (!changed)
            return;
        const Anchor anchor = captureAnchor();
        QListView::doItemsLayout();
        restoreAnchor(anchor);
    }
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
    bool separated = false;
    for (const MessageActions::Item &item : MessageActions::footer(index)) {
        if (item.action == Action::None || item.action == Action::Copy)
            continue;
        if (!separated)
            menu->addSeparator();
        separated = true;
        add(MessageActions::actionName(item.action), item.action)->setEnabled(item.enabled);
    }
}

QRect ConversationView::visualRect(const QModelIndex &index) const
{
    QRect rect = QListView::visualRect(index);
    // QListView keeps item heights in a short: a row taller than 32,767 px (an answer of about
    // 35,000 characters) comes back cut off, and its end would be neither painted, repainted
    // while streaming, nor clickable. Everything asks through here, so give it the real height.
    if (rect.height() >= std::numeric_limits<short>::max() && index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = rect;
        rect.setHeight(m_delegate->sizeHint(option, index).height());
    }
    return rect;
}

QStyleOptionViewItem ConversationView::rowOption(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
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
        if (hit.action != Action::None || !hit.link.isEmpty()) {
            m_pressedIndex = index;
            m_pressedAction = hit.action;
            m_pressedN = hit.n;
            m_pressedLink = hit.link;
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
    if (hit.action != m_pressedAction || hit.n != m_pressedN || hit.link != m_pressedLink)
        return;
    if (hit.action != Action::None) {
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
    const bool clickable = hit.action != Action::None || !hit.link.isEmpty();
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
        if (hit.action == Action::None && hit.link.isEmpty())
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

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sidebar/ConversationSidebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/chat/SessionRegistry.h"
#include "core/models/ConversationListModel.h"
#include "core/storage/ConversationStore.h"
#include "gui/sidebar/ConversationListDelegate.h"
#include "gui/sidebar/ConversationListProxy.h"

ConversationSidebar::ConversationSidebar(ConversationListModel &list, SessionRegistry &sessions,
    ConversationStore &store, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_sessions(sessions)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_newButton(new QToolButton(this))
    , m_view(new QListView(this))
    , m_proxy(new ConversationListProxy(this))
    , m_delegate(new ConversationListDelegate(this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoButton(new QPushButton(m_undoBar))
{
    setObjectName(QStringLiteral("conversationSidebar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_newButton->setObjectName(QStringLiteral("newChatButton"));
    m_newButton->setIcon(QIcon(QStringLiteral(":/icons/new-chat.svg")));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_view->setObjectName(QStringLiteral("conversationList"));
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));

    m_proxy->setSourceModel(&m_list);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_newButton);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 4, 6, 4);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBar);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(UndoMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &ConversationSidebar::runSearch);
    connect(&m_undoTimer, &QTimer::timeout, this, &ConversationSidebar::commitDeletes);
    connect(m_undoButton, &QPushButton::clicked, this, &ConversationSidebar::undoDelete);
    connect(m_newButton, &QToolButton::clicked, this, &ConversationSidebar::newChatRequested);
    connect(m_view, &QListView::customContextMenuRequested, this, &ConversationSidebar::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = idAt(current);
            if (id && id != m_current) {
                m_current = id;
                Q_EMIT conversationActivated(id);
            }
        });
    connect(m_delegate, &ConversationListDelegate::renameRequested, &m_sessions,
        &SessionRegistry::rename);
    // Keep the highlighted row on the shown conversation when the list reorders or filters.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
        [this] { setCurrentConversation(m_current); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
        [this] { setCurrentConversation(m_current); });
    retranslate();
}

ConversationSidebar::~ConversationSidebar() = default;

qint64 ConversationSidebar::idAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(ConversationListModel::IdRole).toLongLong() : 0;
}

QModelIndex ConversationSidebar::indexOf(qint64 conversationId) const
{
    const int row = m_list.rowOf(conversationId);
    return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_list.index(row));
}

void ConversationSidebar::setCurrentConversation(qint64 conversationId)
{
    m_current = conversationId;
    const QModelIndex index = indexOf(conversationId);
    QItemSelectionModel *selection = m_view->selectionModel();
    const QSignalBlocker blocker(selection); // showing is not choosing
    if (!index.isValid()) {
        selection->clear();
        m_view->viewport()->update();
        return;
    }
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    m_view->viewport()->update();
}

void ConversationSidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationSidebar::runSearch()
{
    const QString query = m_search->text().simplified();
    QSet<qint64> ids;
    if (!query.isEmpty()) {
        // The full-text index finds words inside messages; titles are matched by the proxy.
        if (auto hits = m_store.search(query, 200)) {
            for (const auto &hit : *hits)
                ids.insert(hit.conversationId);
        }
    }
    m_proxy->setSearch(query, ids);
}

void ConversationSidebar::renameConversation(qint64 conversationId)
{
    const QModelIndex index = indexOf(conversationId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->edit(index);
    }
}

void ConversationSidebar::deleteConversation(qint64 conversationId)
{
    if (!conversationId || m_pendingDeletes.contains(conversationId))
        return;
    const int row = m_list.rowOf(conversationId);
    const QString title = m_list.info(row).title;
    m_pendingDeletes.append(conversationId);
    QSet<qint64> hidden = m_proxy->hiddenIds();
    hidden.insert(conversationId);
    m_proxy->setHidden(hidden);
    m_undoLabel->setText(m_pendingDeletes.size() == 1
            ? tr("Deleted “%1”").arg(title.isEmpty() ? tr("New chat") : title)
            : tr("Deleted %n conversation(s)", nullptr, int(m_pendingDeletes.size())));
    m_undoBar->show();
    m_undoTimer.start();
}

void ConversationSidebar::undoDelete()
{
    m_undoTimer.stop();
    QSet<qint64> hidden = m_proxy->hiddenIds();
    for (qint64 id : std::as_const(m_pendingDeletes))
        hidden.remove(id);
    m_pendingDeletes.clear();
    m_proxy->setHidden(hidden);
    m_undoBar->hide();
}

void ConversationSidebar::commitDeletes()
{
    m_undoTimer.stop();
    const QList<qint64> ids = std::exchange(m_pendingDeletes, {});
    for (qint64 id : ids)
        (void)m_sessions.remove(id); // a failure is reported through storeFailed
    QSet<qint64> hidden = m_proxy->hiddenIds();
    for (qint64 id : ids)
        hidden.remove(id);
    m_proxy->setHidden(hidden);
    m_undoBar->hide();
}

bool ConversationSidebar::isUndoVisible() const
{
    return !m_undoBar->isHidden();
}

void ConversationSidebar::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const qint64 id = idAt(index);
    if (!id)
        return;
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("Rename"), this, [this, id] { renameConversation(id); });
    menu.addAction(pinned ? tr("Unpin") : tr("Pin"), this,
        [this, id, pinned] { m_sessions.setPinned(id, !pinned); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, id] { deleteConversation(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool ConversationSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view
        && event->type() == QEvent::KeyPress) { // the rename editor gets its own keys
        auto *key = static_cast<QKeyEvent *>(event);
        const qint64 id = idAt(m_view->currentIndex());
        if (key->matches(QKeySequence::Delete) && id) {
            deleteConversation(id);
            return true;
        }
        if (key->key() == Qt::Key_Menu
            || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            showMenu(m_view->visualRect(m_view->currentIndex()).center());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConversationSidebar::retranslate()
{
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_newButton->setText(tr("New chat"));
    m_newButton->setToolTip(tr("Start a new chat (Ctrl+N)"));
    m_newButton->setAccessibleName(tr("New chat"));
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setAccessibleDescription(
        tr("Your conversations, pinned first, then the newest; Enter opens one, F2 renames it"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setAccessibleName(tr("Undo delete"));
}

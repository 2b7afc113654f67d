// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/stored/StoredCompletionsWindow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/api/ChatClient.h"
#include "core/chat/ClientPool.h"
#include "core/chat/StoredErrors.h"
#include "core/chat/StoredFetch.h"
#include "core/models/StoredCompletionModel.h"
#include "core/settings/ProfileStore.h"
#include "gui/AppContext.h"
#include "gui/ConversationView.h"
#include "gui/UiSettings.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/stored/StoredDetailPane.h"
#include "gui/stored/StoredFilterBar.h"
#include "gui/stored/StoredMetadataPanel.h"

StoredCompletionsWindow::StoredCompletionsWindow(AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_model(new StoredCompletionModel(this))
{
    setObjectName(QStringLiteral("StoredCompletionsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildLayout();
    retranslate();
    resize(1200, 760);

    connect(m_model, &StoredCompletionModel::errorOccurred, this,
        [this](const QString &message) { showBanner(message, int(InlineMessage::Level::Error)); });
    connect(m_model, &StoredCompletionModel::pageLoaded, this, [this] {
        if (m_banner->level() == InlineMessage::Level::Error)
            m_banner->clear();
        updateStatus();
    });
    connect(m_model, &StoredCompletionModel::loadingChanged, this,
        &StoredCompletionsWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        onCurrentChanged();
    });
    connect(
        m_model, &QAbstractItemModel::rowsRemoved, this, &StoredCompletionsWindow::updateStatus);
    connect(m_model, &StoredCompletionModel::removeFinished, this,
        &StoredCompletionsWindow::onRemoveFinished);
    connect(m_model, &StoredCompletionModel::metadataUpdated, this, [this](const QString &id) {
        const int row = m_model->rowOf(id);
        if (id == m_metadata->completionId() && row >= 0) {
            m_metadata->setCompletion(id, m_model->metadata(row));
            m_metadata->showSaved();
        }
    });
    connect(m_model, &StoredCompletionModel::metadataUpdateFailed, this,
        [this](const QString &id, const QString &message) {
            if (id == m_metadata->completionId())
                m_metadata->showProblem(message);
        });
    connect(m_metadata, &StoredMetadataPanel::saveRequested, this,
        [this](const QString &id, const QJsonObject &metadata) {
            const int row = m_model->rowOf(id);
            if (row < 0)
                return;
            if (const QString problem = m_model->updateMetadata(row, metadata); !problem.isEmpty())
                m_metadata->showProblem(problem);
        });
    connect(m_filters, &StoredFilterBar::applied, m_model, &StoredCompletionModel::setFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StoredCompletionsWindow::onCurrentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StoredCompletionsWindow::updateActions);
    connect(m_detail, &StoredDetailPane::changeAttempted, this, [this] {
        showBanner(tr("Stored completions cannot be changed. Open this one as a conversation "
                      "to edit or continue it."),
            int(InlineMessage::Level::Info));
    });
    connect(
        m_profile, &QComboBox::activated, this, [this] { setProfile(m_profile->currentText()); });
    connect(&m_context.profiles(), &ProfileStore::profilesChanged, this,
        &StoredCompletionsWindow::reloadProfiles);
    connect(m_refresh, &QPushButton::clicked, this, &StoredCompletionsWindow::refresh);
    connect(m_delete, &QPushButton::clicked, this, &StoredCompletionsWindow::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &StoredCompletionsWindow::exportSelection);
    connect(m_open, &QPushButton::clicked, this, &StoredCompletionsWindow::openAsConversation);
    connect(m_clearProblems, &QPushButton::clicked, this, [this] {
        m_problems->clear();
        m_problems->hide();
        m_problemsLabel->hide();
        m_clearProblems->hide();
    });
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &StoredCompletionsWindow::deleteSelected);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &StoredCompletionsWindow::refresh);
    m_model->setFilter(*m_filters->query()); // the bar's order (newest first) from the start

    reloadProfiles();
    QString start = m_context.ui().lastProfile();
    if (!m_context.profiles().contains(start))
        start = m_profile->count() > 0 ? m_profile->itemText(0) : QString();
    setProfile(start);
    m_list->setFocus();
}

StoredCompletionsWindow::~StoredCompletionsWindow() = default;

void StoredCompletionsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StoredCompletionsWindow::reloadProfiles()
{
    const QString current = m_profile->currentText();
    m_profile->clear();
    m_profile->addItems(m_context.profiles().names());
    m_profile->setCurrentIndex(std::max(0, m_profile->findText(current)));
}

void StoredCompletionsWindow::setProfile(const QString &profile)
{
    m_profile->setCurrentIndex(m_profile->findText(profile));
    updateTitle();
    m_banner->clear();
    useClient(nullptr);
    if (profile.isEmpty()) {
        showBanner(tr("There is no profile yet: add one in File › Profiles."),
            int(InlineMessage::Level::Info));
        return;
    }
    m_context.clients().client(profile, this, [this, profile](const ClientPool::Result &result) {
        if (profile != m_profile->currentText())
            return; // another profile was chosen meanwhile
        if (!result) {
            showBanner(StoredErrors::describe(result.error(), {}, StoredErrors::Context::Api),
                int(InlineMessage::Level::Error));
            return;
        }
        useClient(*result);
    });
}

void StoredCompletionsWindow::updateTitle()
{
    const QString profile = m_profile->currentText();
    setWindowTitle(
        profile.isEmpty() ? tr("Stored Completions") : tr("Stored Completions — %1").arg(profile));
}

QString StoredCompletionsWindow::profile() const
{
    return m_profile->currentText();
}

void StoredCompletionsWindow::useClient(ChatClient *client)
{
    m_client = client;
    m_model->setClient(client);
    if (client && m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateActions();
}

void StoredCompletionsWindow::refresh()
{
    m_banner->clear();
    m_model->refresh();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

QString StoredCompletionsWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void StoredCompletionsWindow::showBanner(const QString &text, int level)
{
    m_banner->show(text, InlineMessage::Level(level));
}

QStringList StoredCompletionsWindow::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : rows)
        ids.append(m_model->id(row));
    return ids;
}

void StoredCompletionsWindow::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const QString id = row >= 0 ? m_model->id(row) : QString();
    if (id == m_detail->completionId() && !id.isEmpty())
        return;
    if (id.isEmpty()) {
        m_detail->showCompletion(nullptr, {}, {});
        m_metadata->setCompletion({}, {});
    } else {
        const QJsonObject known = m_model->completionJson(row);
        m_detail->showCompletion(m_client, id, known);
        m_metadata->setCompletion(id, m_model->metadata(row));
        if (known.isEmpty()) { // too big to keep in the list: read it once
            if (StoredFetch *fetch = m_model->detail(row)) {
                connect(fetch, &StoredFetch::finished, this, [this, fetch] {
                    if (fetch->id() == m_detail->completionId())
                        m_detail->setCompletion(fetch->completion());
                    fetch->deleteLater();
                });
                connect(fetch, &StoredFetch::failed, fetch, &QObject::deleteLater);
                fetch->start();
            }
        }
    }
    updateActions();
}

void StoredCompletionsWindow::updateStatus()
{
    const int rows = m_model->rowCount();
    QString text = tr("%n stored completion(s) loaded", nullptr, rows);
    if (m_model->isLoading())
        text += tr(" · loading…");
    else if (m_model->hasMore() && m_model->errorText().isEmpty() && m_client)
        text += tr(" · more when you scroll down");
    m_status->setText(text);
    updateActions();
}

void StoredCompletionsWindow::updateActions()
{
    const bool selected = m_list->selectionModel()->hasSelection();
    const bool exporting = !m_exporter.isNull();
    m_refresh->setEnabled(!m_client.isNull());
    m_open->setEnabled(m_list->currentIndex().isValid() && !m_openPending);
    m_delete->setEnabled(selected);
    m_export->setEnabled(!m_client.isNull() && !exporting);
    m_export->setText(selected ? tr("E&xport Selection…") : tr("E&xport All…"));
}

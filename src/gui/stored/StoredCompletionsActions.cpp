// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoredCompletionsWindow's actions on the selection: delete, export, open as conversation.
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

#include "core/api/ChatClient.h"
#include "core/chat/StoredCompletionExport.h"
#include "core/chat/StoredConversation.h"
#include "core/chat/StoredFetch.h"
#include "core/models/ConversationListModel.h"
#include "core/models/StoredCompletionModel.h"
#include "core/storage/ConversationStore.h"
#include "gui/AppContext.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/stored/StoredCompletionsWindow.h"

void StoredCompletionsWindow::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_client.isNull())
        return;
    const bool confirmed = m_confirm ? m_confirm(ids) : [&] {
        QMessageBox box(QMessageBox::Warning, tr("Delete Stored Completions"),
            tr("Delete %n stored completion(s) from the server? This cannot be undone.", nullptr,
                int(ids.size())),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("storedDeleteConfirmation"));
        QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        if (ids.size() <= 10)
            box.setDetailedText(ids.join(QLatin1Char('\n')));
        box.exec();
        return box.clickedButton() == yes;
    }();
    if (!confirmed)
        return;
    showBanner(tr("Deleting %n completion(s)…", nullptr, int(ids.size())),
        int(InlineMessage::Level::Info));
    m_model->remove(ids);
}

void StoredCompletionsWindow::onRemoveFinished(
    const QStringList &removed, const QMap<QString, QString> &failures)
{
    for (auto it = failures.begin(); it != failures.end(); ++it)
        addProblem(it.key(), tr("not deleted: %1").arg(it.value()));
    if (failures.isEmpty()) {
        showBanner(tr("Deleted %n stored completion(s).", nullptr, int(removed.size())),
            int(InlineMessage::Level::Success));
    } else {
        showBanner(tr("%1 deleted, %2 could not be deleted (see Problems below).")
                       .arg(removed.size())
                       .arg(failures.size()),
            int(InlineMessage::Level::Warning));
    }
}

void StoredCompletionsWindow::addProblem(const QString &id, const QString &message)
{
    auto *item = new QListWidgetItem(tr("%1: %2").arg(id, message), m_problems);
    item->setData(Qt::UserRole, id);
    m_problemsLabel->show();
    m_problems->show();
    m_clearProblems->show();
    m_problems->scrollToItem(item);
}

void StoredCompletionsWindow::exportSelection()
{
    if (m_client.isNull() || !m_exporter.isNull())
        return;
    const QStringList ids = selectedIds();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("stored-completions-%1.jsonl")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = m_savePath
        ? m_savePath(suggested)
        : QFileDialog::getSaveFileName(this, tr("Export Stored Completions"), suggested,
            tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;

    auto *exporter = new StoredCompletionExport(m_client, this);
    m_exporter = exporter;
    connect(exporter, &StoredCompletionExport::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 0)); // unknown total: busy
        m_progress->setValue(done);
        m_progress->setFormat(
            total < 0 ? tr("%1 exported").arg(done) : tr("%1 of %2").arg(done).arg(total));
    });
    connect(exporter, &StoredCompletionExport::itemFailed, this,
        [this](const QString &id, const QString &message) {
            addProblem(id, tr("not exported: %1").arg(message));
        });
    const auto end = [this, exporter](int written, const QString &file) {
        m_progress->hide();
        m_cancelExport->hide();
        exporter->deleteLater();
        m_exporter.clear();
        updateActions();
        Q_EMIT exportEnded(written, file);
    };
    connect(exporter, &StoredCompletionExport::finished, this,
        [this, end](int written, const QString &file) {
            showBanner(tr("Exported %n stored completion(s) to %1.", nullptr, written)
                           .arg(QDir::toNativeSeparators(file)),
                int(InlineMessage::Level::Success));
            end(written, file);
        });
    connect(exporter, &StoredCompletionExport::failed, this, [this, end](const QString &message) {
        showBanner(tr("The export failed: %1").arg(message), int(InlineMessage::Level::Error));
        end(0, {});
    });
    disconnect(m_cancelExport, nullptr, nullptr, nullptr);
    connect(m_cancelExport, &QPushButton::clicked, exporter, &StoredCompletionExport::cancel);

    m_progress->setRange(0, ids.isEmpty() ? 0 : int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelExport->show();
    updateActions();
    bool started = false;
    if (ids.isEmpty()) {
        started = exporter->startFiltered(path, m_model->filter());
    } else {
        QHash<QString, QJsonObject> known;
        for (const QString &id : ids) {
            if (const QJsonObject json = m_model->completionJson(m_model->rowOf(id));
                !json.isEmpty())
                known.insert(id, json);
        }
        started = exporter->start(path, ids, known);
    }
    Q_UNUSED(started) // failed() was emitted and handled when it did not start
}

void StoredCompletionsWindow::openAsConversation()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_openPending)
        return;
    StoredFetch *fetch = m_model->detail(current.row());
    if (!fetch)
        return;
    m_openPending = true;
    updateActions();
    const QString profile = this->profile();
    showBanner(
        tr("Opening %1 as a conversation…").arg(fetch->id()), int(InlineMessage::Level::Info));
    connect(fetch, &StoredFetch::finished, this, [this, fetch, profile] {
        fetch->deleteLater();
        m_openPending = false;
        updateActions();
        const auto id = StoredConversation::open(
            m_context.store(), fetch->completion(), fetch->messages(), profile);
        if (!id) {
            showBanner(tr("The conversation could not be saved: %1").arg(id.error().describe()),
                int(InlineMessage::Level::Error));
            return;
        }
        if (const auto info = m_context.store().conversation(*id))
            m_context.conversations().upsert(*info);
        showBanner(tr("Opened %1 as a conversation in the main window.").arg(fetch->id()),
            int(InlineMessage::Level::Success));
        Q_EMIT conversationOpened(*id);
    });
    connect(fetch, &StoredFetch::failed, this, [this, fetch](const QString &message) {
        fetch->deleteLater();
        m_openPending = false;
        updateActions();
        showBanner(tr("%1 could not be opened: %2").arg(fetch->id(), message),
            int(InlineMessage::Level::Error));
    });
    fetch->start();
}

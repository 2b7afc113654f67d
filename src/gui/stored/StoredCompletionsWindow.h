// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "core/request/Endpoint.h"

class AppContext;
class ChatClient;
class InlineMessage;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class StoredCompletionExport;
class StoredCompletionModel;
class StoredDetailPane;
class StoredFilterBar;
class StoredMetadataPanel;

//! The stored completions of one profile (chosen in the window; OpenAI or Azure): a list loaded
//! page by page as the user scrolls, filtered by the server (model, metadata, order), the
//! selected completion's messages and answer, its metadata (edited within the API's limits),
//! and actions on the selection: delete (confirmed; rows go once the server agreed, failures
//! listed per item), export as JSONL, open as a local conversation. Errors of the API (no
//! permission, not supported, rate limited) show in a banner above the list.
class StoredCompletionsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredCompletionsWindow)

public:
    //! Asked for the export file (suggested name in, chosen path out; empty: cancelled).
    using SavePathProvider = std::function<QString(const QString &suggested)>;
    //! Asked before deleting these ids; true: delete.
    using DeleteConfirmation = std::function<bool(const QStringList &ids)>;

    explicit StoredCompletionsWindow(AppContext &context, QWidget *parent = nullptr);
    ~StoredCompletionsWindow() override;

    //! Shows this profile's stored completions (the combo follows).
    void setProfile(const QString &profile);
    QString profile() const;

    //! Replace the file dialog / confirmation box (tests; scripted use).
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }

    void setDeleteConfirmation(DeleteConfirmation confirm) { m_confirm = std::move(confirm); }

    StoredCompletionModel *model() const { return m_model; }

    QTableView *list() const { return m_list; }

    StoredFilterBar *filterBar() const { return m_filters; }

    StoredDetailPane *detail() const { return m_detail; }

    StoredMetadataPanel *metadataPanel() const { return m_metadata; }

    QListWidget *problems() const { return m_problems; }

    QProgressBar *progress() const { return m_progress; }

    //! The banner's text (errors, results of actions), empty when hidden.
    QString bannerText() const;

    //! The selected ids in list order.
    QStringList selectedIds() const;

public Q_SLOTS:
    void refresh();
    //! Deletes the selection after confirmation.
    void deleteSelected();
    //! Exports the selection, or the whole filtered list when nothing is selected.
    void exportSelection();
    //! Copies the current completion into a new local conversation (conversationOpened()).
    void openAsConversation();

Q_SIGNALS:
    //! A stored completion became local conversation `id` (already in the conversation list).
    void conversationOpened(qint64 id);
    //! An export ended (written lines; the path, or empty when it failed or was cancelled).
    void exportEnded(int written, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void updateTitle();
    void reloadProfiles();
    void useClient(ChatClient *client);
    void showBanner(const QString &text, int level);
    void onCurrentChanged();
    void onRemoveFinished(const QStringList &removed, const QMap<QString, QString> &failures);
    void addProblem(const QString &id, const QString &message);
    void updateStatus();
    void updateActions();

    AppContext &m_context;
    StoredCompletionModel *m_model;
    QPointer<ChatClient> m_client;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileLabel = nullptr;
    StoredFilterBar *m_filters = nullptr;
    InlineMessage *m_banner = nullptr;
    QTableView *m_list = nullptr;
    StoredDetailPane *m_detail = nullptr;
    StoredMetadataPanel *m_metadata = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancelExport = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_clearProblems = nullptr;
    QPointer<StoredCompletionExport> m_exporter;
    SavePathProvider m_savePath;
    DeleteConfirmation m_confirm;
    bool m_openPending = false;
};

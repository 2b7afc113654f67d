// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <memory>

#include <QNetworkAccessManager>
#include <QObject>

#include "core/storage/StoreError.h"

class ClientPool;
class ConversationListModel;
class ConversationStore;
class ModelCatalog;
class ProfileStore;
class SecretStore;
class SessionRegistry;
class UiSettings;

//! Everything the windows share, made once per process: the conversation store, the profiles and
//! their keys, the network, the clients per profile, the open conversations, the model lists and
//! the interface settings. Tests make one on temporary files.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Paths
    {
        QString database; //!< empty: ConversationStore::defaultPath()
        QString profiles; //!< empty: ProfileStore::defaultFilePath()
        QString modelCache; //!< empty: CacheLocation/models.json
        QString uiSettings; //!< empty: AppConfigLocation/kaiwa.ini
    };

    AppContext(const Paths &paths, std::unique_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~AppContext() override;

    //! Opens the conversation store and fills the conversation list. On failure the windows still
    //! work in memory; the error says why (corrupt file, newer version, read-only).
    std::expected<void, StoreError> open();

    ConversationStore &store() const { return *m_store; }

    ProfileStore &profiles() const { return *m_profiles; }

    SecretStore &secrets() const { return *m_secrets; }

    QNetworkAccessManager &network() const { return *m_network; }

    ClientPool &clients() const { return *m_clients; }

    SessionRegistry &sessions() const { return *m_sessions; }

    ConversationListModel &conversations() const { return *m_conversations; }

    ModelCatalog &models() const { return *m_models; }

    UiSettings &ui() const { return *m_ui; }

private:
    Paths m_paths;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ClientPool> m_clients;
    std::unique_ptr<ConversationListModel> m_conversations;
    std::unique_ptr<SessionRegistry> m_sessions;
    std::unique_ptr<ModelCatalog> m_models;
    std::unique_ptr<UiSettings> m_ui;
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AppContext.h"

#include <QStandardPaths>

#include "core/chat/ClientPool.h"
#include "core/chat/SessionRegistry.h"
#include "core/models/ConversationListModel.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/ModelCatalog.h"
#include "core/settings/ProfileStore.h"
#include "core/storage/ConversationStore.h"
#include "gui/UiSettings.h"

AppContext::AppContext(const Paths &paths, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_store(std::make_unique<ConversationStore>())
    , m_profiles(paths.profiles.isEmpty() ? std::make_unique<ProfileStore>()
                                          : std::make_unique<ProfileStore>(paths.profiles))
    , m_secrets(std::move(secrets))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_clients(std::make_unique<ClientPool>(*m_profiles, *m_secrets, *m_network))
    , m_conversations(std::make_unique<ConversationListModel>())
    , m_sessions(std::make_unique<SessionRegistry>(*m_store, *m_conversations, *m_clients))
    , m_models(std::make_unique<ModelCatalog>(paths.modelCache.isEmpty()
              ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                  + QStringLiteral("/models.json")
              : paths.modelCache))
    , m_ui(std::make_unique<UiSettings>(paths.uiSettings))
{}

AppContext::~AppContext()
{
    // Sessions refer to the store and the clients: they go first.
    m_sessions.reset();
    m_clients.reset();
}

std::expected<void, StoreError> AppContext::open()
{
    auto opened = m_paths.database.isEmpty() ? m_store->open() : m_store->open(m_paths.database);
    if (!opened)
        return opened;
    return m_sessions->loadList();
}

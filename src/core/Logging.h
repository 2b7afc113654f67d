// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

//! The one central list of Kaiwa's logging categories (enable with QT_LOGGING_RULES).
Q_DECLARE_LOGGING_CATEGORY(lcApi) // "kaiwa.api"      requests, status codes, request ids
Q_DECLARE_LOGGING_CATEGORY(lcSse) // "kaiwa.api.sse"  stream events (debug only)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // "kaiwa.secrets"
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // "kaiwa.settings"
Q_DECLARE_LOGGING_CATEGORY(lcCli) // "kaiwa.cli"
Q_DECLARE_LOGGING_CATEGORY(
    lcStore) // "kaiwa.store"    the conversation database (message text: debug only)

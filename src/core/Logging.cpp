// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "kaiwa.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSse, "kaiwa.api.sse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "kaiwa.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "kaiwa.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kaiwa.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "kaiwa.store", QtInfoMsg)

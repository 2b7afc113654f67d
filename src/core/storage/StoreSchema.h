// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

class QSqlDatabase;

//! The database schema and its forward migrations. Version N is PRAGMA user_version = N; each
//! step migrateToN() turns version N-1 into N and runs inside the caller's transaction. Adding v2
//! means writing migrateTo2() and appending it to the list in StoreSchema.cpp.
namespace StoreSchema {
//! The version this Kaiwa writes (ConversationStore::SchemaVersion).
int currentVersion();
//! Runs the steps from `from` to currentVersion() and sets user_version; false with `error` set
//! on failure (the caller rolls back).
bool migrate(QSqlDatabase &db, int from, QSqlError *error);
//! "<path>.bak-v<version>-<yyyyMMdd-HHmmss>" (with "-2", "-3"… if that name is taken).
QString backupPath(const QString &path, int version);
} // namespace StoreSchema

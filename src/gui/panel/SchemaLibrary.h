// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QJsonObject>
#include <QObject>
#include <QStringList>

//! Saved json_schema response formats ({name, schema, strict, description}) by name, shared by
//! every ResponseFormatEditor of the process. Kept in "response-schemas.json" under
//! QStandardPaths::AppConfigLocation, read on every call (it is small) and written atomically.
class SchemaLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaLibrary)

public:
    static SchemaLibrary *instance();
    //! Where the library lives (follows AppConfigLocation, so tests can move it).
    static QString filePath();

    //! The saved names, sorted without regard to case. Empty if the file is missing or unreadable.
    QStringList names() const;
    //! The saved json_schema object, or empty.
    QJsonObject schema(const QString &name) const;
    //! Saves `jsonSchema` under its "name", replacing one with the same name. Fails without
    //! touching the file if it can't be read (so a damaged library isn't overwritten) or written.
    std::expected<void, QString> save(const QJsonObject &jsonSchema);
    std::expected<void, QString> remove(const QString &name);

Q_SIGNALS:
    void changed();

private:
    SchemaLibrary() = default;
    std::expected<QList<QJsonObject>, QString> load() const;
    std::expected<void, QString> write(const QList<QJsonObject> &schemas);
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

//! Text forms of the profile fields the editor shows as plain text, and their checks. Problems
//! are translated sentences for the user (context "ProfileFields").
namespace ProfileFields {
using Headers = QList<QPair<QByteArray, QByteArray>>;

//! One "Name: value" per line.
QString headersToText(const Headers &headers);
std::expected<Headers, QString> headersFromText(const QString &text);

//! Indented JSON, or empty text for an empty object.
QString bodyToText(const QJsonObject &body);
//! Empty text is an empty object; anything else must be one JSON object.
std::expected<QJsonObject, QString> bodyFromText(const QString &text);

//! An http(s) URL with a host and no {placeholder} left.
std::expected<QUrl, QString> baseUrlFromText(const QString &text);

//! `base`, or "base 2", "base 3", … whichever is not in `taken` (compared case-insensitively).
QString uniqueName(const QString &base, const QStringList &taken);
} // namespace ProfileFields

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

//! The one place that decides what is secret in a request and hides it, for the request
//! inspector, its saved files and "copy as curl". Secret: the values of Authorization,
//! Proxy-Authorization, api-key and any header whose name says key, token, secret, password,
//! cookie or signature; URL query values with such names; a password in the URL.
namespace Redaction {
//! What replaces a secret.
inline constexpr char kMask[] = "***";

//! Whether a header (case-insensitive name) carries a secret.
bool isSecretHeader(const QByteArray &name);
//! Whether a URL query parameter carries a secret (key, api-key, access_token, sig, …).
bool isSecretQueryItem(const QString &name);

//! The header value as shown: "Bearer sk-abc" → "Bearer ***", "Basic xyz" → "Basic ***",
//! another secret value → "***", anything else unchanged.
QByteArray header(const QByteArray &name, const QByteArray &value);
//! The URL with secret query values and any user password replaced by the mask.
QUrl url(const QUrl &url);

//! The secret strings themselves (without a scheme such as "Bearer "), of at least 6
//! characters, so they can be scrubbed from text where they should never be (bodies, echoes).
QList<QByteArray> secretsIn(const QList<QPair<QByteArray, QByteArray>> &headers, const QUrl &url);
//! `text` with every occurrence of each secret replaced by the mask.
QByteArray scrub(QByteArray text, const QList<QByteArray> &secrets);
QString scrub(QString text, const QList<QByteArray> &secrets);
} // namespace Redaction

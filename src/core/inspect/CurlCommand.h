// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct RequestRecord;

//! "Copy as curl": a bash command that sends a recorded request again. Secrets are never in it:
//! the key is read from an environment variable ($OPENAI_API_KEY, or $AZURE_OPENAI_API_KEY when
//! the request used the api-key header; another secret header from one named after it). The
//! body goes through a quoted here-document, so nothing in it is expanded by the shell.
namespace CurlCommand {
QString build(const RequestRecord &record);
//! The word quoted for bash: bare when safe, else in single quotes.
QString shellQuote(const QString &word);
//! The environment variable a secret header is read from, e.g. "OPENAI_API_KEY".
QString variableFor(const QByteArray &header, bool azureKey);
} // namespace CurlCommand

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"

class ApiReply;

//! Words for the stored-completions window: what went wrong with a request, in the user's
//! language (tr context "StoredCompletions"), e.g. "No permission to use stored completions
//! with this key (HTTP 403): …", "This server does not support stored completions (HTTP 404).",
//! "Rate limited (HTTP 429): try again in 2 min."
namespace StoredErrors {
enum class Context {
    Api, //!< the list (or the API as a whole): 404 means the server has no such API
    Item, //!< one completion: 404 means this completion does not exist (any more)
};

QString describe(const ApiError &error, const RetryPolicy::Headers &headers, Context context);
//! describe() with the reply's error and response headers (retry-after).
QString describe(const ApiReply &reply, Context context);
} // namespace StoredErrors

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include "FakeResponse.h"

class FakeOpenAiServer;

//! One entry of a fake-server script (see FakeScript.cpp for the JSON format).
struct FakeScriptEntry
{
    QByteArray route; //!< empty: the general queue
    bool repeat = false; //!< true: the default answer for route instead of a one-shot
    FakeResponse response;
};

//! Loads JSON scripts for kaiwa-fake-server (and tests that prefer data over code).
namespace FakeScript {
//! baseDir resolves relative "file" entries.
std::expected<QList<FakeScriptEntry>, QString> parse(
    const QJsonArray &script, const QString &baseDir = {});
std::expected<QList<FakeScriptEntry>, QString> load(const QString &path);
//! Enqueues (or installs as defaults) every entry.
void apply(const QList<FakeScriptEntry> &entries, FakeOpenAiServer &server);
} // namespace FakeScript

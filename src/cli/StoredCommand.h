// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CliSession;

//! `kaiwa-cli stored list|get|messages|update|delete`: completions kept with store: true.
namespace StoredCommand {
int run(CliSession &session);
}

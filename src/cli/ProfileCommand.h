// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CliSession;

//! `kaiwa-cli profile list|add|remove|set-key NAME`. Keys go to the OS keychain only, read from
//! standard input (never from argv, where other users could see them).
namespace ProfileCommand {
int run(CliSession &session);
}

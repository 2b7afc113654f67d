// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CliSession;

//! `kaiwa-cli chat [PROMPT]` and `kaiwa-cli complete PROMPT`.
namespace ChatCommand {
int chat(CliSession &session);
int complete(CliSession &session);
int models(CliSession &session);
} // namespace ChatCommand

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CliSession;

//! `kaiwa-cli conversations list|search|export|import`: Kaiwa's conversation history (the app's
//! database) from scripts. Export writes Kaiwa's JSON (all or the given ids) or one conversation
//! as Markdown; import reads Kaiwa's JSON or a ChatGPT conversations.json in one transaction.
namespace ConversationsCommand {
int run(CliSession &session);
}

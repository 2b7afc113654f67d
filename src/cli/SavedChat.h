// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CliSession;
struct ChatRequest;

//! `kaiwa-cli chat --save`: the exchange goes through a ChatSession into Kaiwa's conversation
//! database (the app's history), committed before the request and checkpointed while it streams.
namespace SavedChat {
int run(CliSession &session, const ChatRequest &request);
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

//! kaiwa-cli's help texts, built from CliCommandTable and CliOptionTable and wrapped for an
//! 80-column terminal.
namespace CliHelp {
//! `kaiwa-cli --help`: every command with a one-line summary, the connection and global options.
QString overview();
//! `kaiwa-cli help PATH`: synopsis, description, arguments, the options that apply, examples
//! and exit status. `path` must be in CliCommandTable.
QString forCommand(const QString &path);

//! Wraps `text` (paragraphs separated by '\n') to `width` columns, every line indented by
//! `indent` spaces. Double-width (CJK) characters count twice and may break anywhere.
QString wrap(const QString &text, int indent, int width = 80);
} // namespace CliHelp

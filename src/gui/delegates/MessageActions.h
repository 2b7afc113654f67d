// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QModelIndex>
#include <QString>

//! What a message bubble offers besides its text, read from a MessageModel row: the footer's
//! actions and labels, the muted details (model, usage, finish reason), the reasoning and the tool
//! calls as text. No geometry (MessageLayout) and no painting (MessageChrome).
namespace MessageActions {
Q_NAMESPACE

enum class Action {
    None, //!< a plain label (the "2/3" between the arrows)
    Copy,
    Edit, //!< user messages
    Regenerate, //!< assistant messages
    Retry, //!< failed answers
    Continue, //!< interrupted answers
    PreviousSibling,
    NextSibling,
    PreviousChoice,
    NextChoice,
    ToggleReasoning,
    CopyCode, //!< the n-th code block's button
    ShowJson, //!< answers requested as JSON or whose text is JSON: the tree and schema check
    ToggleTokens, //!< answers with logprobs: token probabilities ⇄ formatted text
    CompareChoices, //!< answers with n > 1 choices: all of them side by side
};
Q_ENUM_NS(Action)

struct Item
{
    Action action = Action::None;
    QString label;
    QString toolTip;
    bool enabled = true;
};

//! The footer line, left to right. `tokensShown`: the row shows its token probabilities (the
//! ToggleTokens item then offers formatted text).
QList<Item> footer(const QModelIndex &index, bool tokensShown = false);
//! A finished answer whose active choice has logprobs (MessageModel::LogprobsRole).
bool offersTokens(const QModelIndex &index);
//! A finished (or failed, or interrupted) answer whose request asked for json_object or
//! json_schema, or whose text looks like JSON (JsonAnswer::looksLikeJson: no parsing).
bool offersJson(const QModelIndex &index);
//! "gpt-4o · 120 prompt (80 cached) · 45 completion (12 reasoning) · stop", or empty.
QString details(const QModelIndex &index);
//! The reasoning text ("" when none).
QString reasoning(const QModelIndex &index);
//! Each tool call as "name(\n  pretty arguments\n)"; `invalid` set when an argument string isn't
//! JSON (then shown as written). Empty when there are none.
QString toolCalls(const QModelIndex &index, bool *invalid = nullptr);
//! "Tool result · call_1" for tool messages, else empty.
QString toolResultTitle(const QModelIndex &index);
//! The text of an item's tool tip / menu entry for actions without a visible label.
QString actionName(Action action);
//! Everything a screen reader should hear for the row: role, state, text.
QString accessibleText(const QModelIndex &index);
} // namespace MessageActions

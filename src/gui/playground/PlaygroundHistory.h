// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

//! One completions playground run: what was asked and what came back (also a partial or failed
//! answer).
struct PlaygroundRun
{
    QDateTime time;
    QString profile;
    QString model;
    QString prompt;
    QString suffix; //!< empty: no insert mode
    QJsonObject params; //!< API names, only the set ones
    QJsonArray choices; //!< text_completion choices: text, index, logprobs, finish_reason
    QString error; //!< shown again when the run is restored

    QJsonObject toJson() const;
    static PlaygroundRun fromJson(const QJsonObject &json);
};

//! The playground's runs, newest first, in a JSON file (AppDataLocation/playground-history.json
//! by default). Keeps the newest kMaxRuns.
class PlaygroundHistory final
{
public:
    static constexpr int kMaxRuns = 200;

    explicit PlaygroundHistory(const QString &path = {});

    static QString defaultPath();

    const QString &path() const { return m_path; }

    //! The saved runs; an unreadable or missing file gives none.
    QList<PlaygroundRun> load() const;
    //! Writes atomically; false when the file cannot be written.
    bool save(const QList<PlaygroundRun> &runs) const;

private:
    QString m_path;
};

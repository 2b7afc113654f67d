// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QLineEdit;

//! Up to four stop sequences, one per line. A line break or tab is typed as \n or \t (and a
//! backslash as \\), so sequences such as "\n\n" can be entered in a one-line field.
class StopEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopEditor)

public:
    static constexpr int MaxSequences = 4;

    explicit StopEditor(QWidget *parent = nullptr);
    ~StopEditor() override;

    //! Shows a string or a list of strings; anything else clears the lines.
    void setValue(const QJsonValue &value);
    //! The non-empty lines as a list, or a problem if there are none.
    std::expected<QJsonValue, QString> value() const;

    static QString escape(const QString &text);
    static QString unescape(const QString &text);

Q_SIGNALS:
    void edited();

private:
    QList<QLineEdit *> m_lines;
};

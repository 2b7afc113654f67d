// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

//! `tool_choice`: auto, none, required, or "call <name>" for each function among the tools,
//! sent as {type: function, function: {name}}. A loaded choice naming a function the tools no
//! longer hold stays visible, marked, with a line saying the server will refuse it; a choice the
//! combo has no entry for (allowed_tools) is kept as loaded.
class ToolChoiceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolChoiceEditor)

public:
    explicit ToolChoiceEditor(QWidget *parent = nullptr);
    ~ToolChoiceEditor() override;

    //! The functions that can be named (from the applied tools); keeps the current choice.
    void setFunctionNames(const QStringList &names);

    QStringList functionNames() const { return m_names; }

    //! Shows a choice; undefined shows "auto", the API's default when tools are sent.
    void setValue(const QJsonValue &value);
    //! The chosen tool_choice, or why it can't be sent (a function not among the tools).
    std::expected<QJsonValue, QString> value() const;
    //! A line under the choice (why it was unset, say); empty: only the automatic one.
    void setNote(const QString &text);

    //! The function a choice names ({type: function, function: {name}}), else empty.
    static QString namedFunction(const QJsonValue &choice);
    static QJsonValue named(const QString &function);

Q_SIGNALS:
    void edited();

private:
    void rebuild();
    void updateNote();

    QComboBox *m_combo;
    QLabel *m_note;
    QStringList m_names;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QString m_extraNote;
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

//! `tools` typed as JSON: a list of function (or custom) tools. Edits take effect only on Apply
//! (or Ctrl+Return) and only when the whole list is valid (toolFromJson, names the API accepts,
//! no name twice); until then the tools applied before keep being sent. Under the text: how many
//! tools are applied and their names, whether the text has unapplied edits, and what may go
//! wrong (strict functions whose parameters strict mode would refuse, fields that are not sent).
class ToolsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolsEditor)

public:
    explicit ToolsEditor(QWidget *parent = nullptr);
    ~ToolsEditor() override;

    //! The applied tools: shown as text (an array) or, undefined, nothing applied; the text is
    //! kept then, so switching the field off and on again loses no work.
    void setValue(const QJsonValue &value);
    //! A conversation's tools (undefined: none, and the text is cleared).
    void load(const QJsonValue &value);
    //! The tools the text describes, as the API takes them, or why it can't be used.
    std::expected<QJsonValue, QString> value() const;

    QPlainTextEdit *textEdit() const { return m_text; }

    //! Validates `text` as a tools list; the result is what the request sends (unknown fields
    //! dropped). Problems name their place: "tools[1].function.name must be a string".
    static std::expected<QJsonArray, QString> parse(const QString &text);
    //! The names of the function tools in a tools value (invalid items skipped).
    static QStringList functionNames(const QJsonValue &tools);
    //! The names of all tools, custom ones included.
    static QStringList toolNames(const QJsonValue &tools);
    //! Indented JSON, two spaces a level (narrow panels), a tool's name before its details and
    //! lists of plain values (`required`, `enum`) on one line.
    static QString format(const QJsonValue &value);

Q_SIGNALS:
    //! The user asked to apply the text (it may be invalid: value() says why).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void addFunction();
    void updateStatus();
    void setNotes(const QStringList &notes);

    QPlainTextEdit *m_text;
    QPushButton *m_add;
    QPushButton *m_apply;
    QLabel *m_summary;
    QLabel *m_pending;
    QLabel *m_notes;
    QJsonValue m_applied = QJsonValue(QJsonValue::Undefined);
    QString m_appliedText;
};

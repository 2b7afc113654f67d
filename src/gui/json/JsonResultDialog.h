// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

#include "core/json/JsonSchema.h"

class JsonTreeView;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

//! An answer read as JSON (structured output): a summary line (which schema applied, valid or
//! how many violations), the JSON tree with violating rows marked, and the violations listed
//! below it; choosing one selects its row. Text that isn't JSON (a stream cut mid-answer) shows
//! the parse error and the text with the place marked instead.
class JsonResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonResultDialog)

public:
    explicit JsonResultDialog(QWidget *parent = nullptr);
    ~JsonResultDialog() override;

    //! Shows `text` parsed as JSON and, when `request`'s response_format is json_schema,
    //! validated against its schema.
    void setAnswer(const QString &text, const QJsonObject &request);

    JsonTreeView *tree() const { return m_tree; }

    const QList<JsonSchema::Violation> &violations() const { return m_violations; }

    bool isJson() const { return m_isJson; }

private:
    void showParseError(const QString &text, const QString &error, qsizetype offset);
    void copyJson() const;

    QLabel *m_summary;
    QLabel *m_error;
    QPlainTextEdit *m_raw;
    QSplitter *m_splitter;
    JsonTreeView *m_tree;
    QLabel *m_violationsTitle;
    QListWidget *m_list;
    QPushButton *m_expand;
    QPushButton *m_collapse;
    QPushButton *m_copy;
    QList<JsonSchema::Violation> m_violations;
    QString m_pretty;
    bool m_isJson = false;
};

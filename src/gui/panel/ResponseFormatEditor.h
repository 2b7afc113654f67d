// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QWidget;

//! `response_format`: text, json_object, or json_schema with a name, the schema as JSON text and
//! `strict`. The schema's description, if one was loaded, is kept. A json_schema can be saved
//! to, picked from and deleted from the SchemaLibrary; with strict on, what strict mode would
//! reject in the schema (JsonSchema::strictProblems) is listed under it.
class ResponseFormatEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseFormatEditor)

public:
    explicit ResponseFormatEditor(QWidget *parent = nullptr);
    ~ResponseFormatEditor() override;

    void setValue(const QJsonValue &value);
    //! The response_format object, or why the input is not one (bad name, invalid schema JSON).
    std::expected<QJsonValue, QString> value() const;

Q_SIGNALS:
    void edited();

private:
    void updateVisibility();
    void updateStrictProblems();
    void refreshLibrary();
    void pickSaved(int index);
    void saveToLibrary();
    void deleteFromLibrary();
    void showLibraryStatus(const QString &text);

    QComboBox *m_type;
    QWidget *m_schemaBox;
    QLineEdit *m_name;
    QPlainTextEdit *m_schema;
    QCheckBox *m_strict;
    QLabel *m_strictProblems;
    QComboBox *m_library;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_libraryStatus;
    QString m_description;
};

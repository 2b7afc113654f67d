// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <functional>

#include <QJsonValue>
#include <QObject>
#include <QString>

class QCheckBox;
class QGridLayout;
class QLabel;
class QWidget;

//! One optional request parameter in the panel: a check box named after the API field that
//! switches it on, an editor for its value and a line for input problems. Unset (unchecked)
//! parameters have an undefined value() and are not sent. The value is what was loaded until the
//! user changes it, so loading and reading back is exact; invalid input is shown, not applied.
class ParameterField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterField)

public:
    //! Shows a value in the editor; an undefined value shows the API's default.
    using Show = std::function<void(const QJsonValue &)>;
    //! The editor's value as JSON, or a (translated) problem to show.
    using Read = std::function<std::expected<QJsonValue, QString>()>;

    //! `id` names the widgets ("<id>Toggle", "<id>Editor") for tests and accessibility.
    ParameterField(const QString &id, const QString &key, QWidget *editor, Show show, Read read,
        QObject *parent = nullptr);
    ~ParameterField() override;

    QString id() const { return m_id; }

    QString key() const { return m_key; }

    //! Renames the API field (the token limit follows the profile); the label shows it.
    void setKey(const QString &key);
    void setDescription(const QString &text);

    QCheckBox *toggle() const { return m_toggle; }

    QWidget *editor() const { return m_editor; }

    QLabel *problemLabel() const { return m_problem; }

    //! Undefined when unset.
    QJsonValue value() const { return m_value; }

    bool isSet() const { return !m_value.isUndefined(); }

    //! Loads a value (undefined: unset) without emitting edited().
    void setValue(const QJsonValue &value);
    //! Lets the user switch the field on (e.g. top_logprobs only with logprobs: true).
    void setAvailable(bool available);
    //! The editor's content changed: applies it if the field is on and the input is valid.
    void editorEdited();
    //! Adds toggle and editor side by side (or the editor below when `wide`) and the problem line.
    void addTo(QGridLayout *grid, bool wide = false);

Q_SIGNALS:
    //! The user changed the value; undefined when they switched the field off.
    void edited(const QJsonValue &value);

private:
    void onToggled(bool on);
    void setProblem(const QString &text);

    QString m_id;
    QString m_key;
    QCheckBox *m_toggle;
    QWidget *m_editor;
    QLabel *m_problem;
    Show m_show;
    Read m_read;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    bool m_loading = false;
};

//! Factories for the usual editors, each wired to ParameterField::editorEdited().
namespace ParameterFields {
ParameterField *number(const QString &id, const QString &key, double min, double max,
    double defaultValue, QWidget *parent);
ParameterField *integer(
    const QString &id, const QString &key, int min, int max, int defaultValue, QWidget *parent);
//! A 64-bit integer typed as text (seed).
ParameterField *integer64(const QString &id, const QString &key, QWidget *parent);
//! One of fixed JSON values, shown with their labels; the first is the API's default.
ParameterField *choice(const QString &id, const QString &key,
    const QList<std::pair<QString, QJsonValue>> &options, QWidget *parent);
} // namespace ParameterFields

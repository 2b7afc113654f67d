// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ParameterField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>

ParameterField::ParameterField(
    const QString &id, const QString &key, QWidget *editor, Show show, Read read, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_key(key)
    , m_toggle(new QCheckBox(key, editor->parentWidget()))
    , m_editor(editor)
    , m_problem(new QLabel(editor->parentWidget()))
    , m_show(std::move(show))
    , m_read(std::move(read))
{
    m_toggle->setObjectName(id + QStringLiteral("Toggle"));
    m_toggle->setAccessibleName(tr("Send %1").arg(key));
    m_editor->setObjectName(id + QStringLiteral("Editor"));
    m_editor->setAccessibleName(key);
    m_editor->setEnabled(false);
    m_problem->setObjectName(id + QStringLiteral("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setTextFormat(Qt::PlainText);
    // Problems stand out by weight, not by a colour that might clash with a dark palette.
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->setIndent(m_toggle->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4);
    connect(m_toggle, &QCheckBox::toggled, this, &ParameterField::onToggled);
    m_show(m_value);
}

ParameterField::~ParameterField() = default;

void ParameterField::setKey(const QString &key)
{
    m_key = key;
    m_toggle->setText(key);
    m_toggle->setAccessibleName(tr("Send %1").arg(key));
    m_editor->setAccessibleName(key);
}

void ParameterField::setDescription(const QString &text)
{
    m_toggle->setToolTip(text);
    m_editor->setToolTip(text);
}

void ParameterField::setValue(const QJsonValue &value)
{
    m_loading = true;
    m_value = value;
    m_toggle->setChecked(!value.isUndefined());
    m_editor->setEnabled(!value.isUndefined());
    m_show(value);
    setProblem({});
    m_loading = false;
}

void ParameterField::setAvailable(bool available)
{
    m_toggle->setEnabled(available || isSet());
}

void ParameterField::editorEdited()
{
    if (m_loading || !m_toggle->isChecked())
        return;
    const auto read = m_read();
    if (!read) {
        setProblem(read.error());
        return;
    }
    setProblem({});
    if (*read == m_value)
        return;
    m_value = *read;
    Q_EMIT edited(m_value);
}

void ParameterField::addTo(QGridLayout *grid, bool wide)
{
    const int row = grid->rowCount();
    grid->addWidget(m_toggle, row, 0, 1, wide ? 2 : 1);
    if (wide)
        grid->addWidget(m_editor, row + 1, 0, 1, 2);
    else
        grid->addWidget(m_editor, row, 1);
    grid->addWidget(m_problem, row + (wide ? 2 : 1), 0, 1, 2);
}

void ParameterField::onToggled(bool on)
{
    if (m_loading)
        return;
    m_editor->setEnabled(on);
    if (on) {
        editorEdited();
        return;
    }
    setProblem({});
    if (m_value.isUndefined())
        return;
    m_value = QJsonValue(QJsonValue::Undefined);
    m_loading = true;
    m_show(m_value); // back to the API's default, as a hint
    m_loading = false;
    Q_EMIT edited(m_value);
}

void ParameterField::setProblem(const QString &text)
{
    m_problem->setText(text.isEmpty() ? text : tr("⚠ %1").arg(text));
    m_problem->setVisible(!text.isEmpty());
}

namespace ParameterFields {
ParameterField *number(const QString &id, const QString &key, double min, double max,
    double defaultValue, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(min, max);
    spin->setDecimals(2);
    spin->setSingleStep(0.05);
    spin->setKeyboardTracking(false);
    auto *field = new ParameterField(
        id, key, spin,
        [spin, defaultValue](
            const QJsonValue &v) { spin->setValue(v.isDouble() ? v.toDouble() : defaultValue); },
        [spin]() -> std::expected<QJsonValue, QString> { return QJsonValue(spin->value()); },
        parent);
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, field, &ParameterField::editorEdited);
    return field;
}

ParameterField *integer(
    const QString &id, const QString &key, int min, int max, int defaultValue, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    auto *field = new ParameterField(
        id, key, spin,
        [spin, defaultValue](const QJsonValue &v) {
            spin->setValue(v.isDouble() ? v.toInt(defaultValue) : defaultValue);
        },
        [spin]() -> std::expected<QJsonValue, QString> { return QJsonValue(spin->value()); },
        parent);
    QObject::connect(spin, &QSpinBox::valueChanged, field, &ParameterField::editorEdited);
    return field;
}

ParameterField *integer64(const QString &id, const QString &key, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(ParameterField::tr("e.g. 42"));
    edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    auto *field = new ParameterField(
        id, key, edit,
        [edit](const QJsonValue &v) {
            edit->setText(v.isDouble() ? QString::number(v.toInteger()) : QString());
        },
        [edit]() -> std::expected<QJsonValue, QString> {
            bool ok = false;
            const qint64 number = edit->text().trimmed().toLongLong(&ok);
            if (!ok)
                return std::unexpected(ParameterField::tr("Enter a whole number."));
            return QJsonValue(number);
        },
        parent);
    QObject::connect(edit, &QLineEdit::textEdited, field, &ParameterField::editorEdited);
    return field;
}

ParameterField *choice(const QString &id, const QString &key,
    const QList<std::pair<QString, QJsonValue>> &options, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &option : options)
        combo->addItem(option.first);
    auto *field = new ParameterField(
        id, key, combo,
        [combo, options](const QJsonValue &v) {
            int index = 0;
            for (qsizetype i = 0; i < options.size(); ++i) {
                if (options.at(i).second == v)
                    index = int(i);
            }
            combo->setCurrentIndex(index);
        },
        [combo, options]() -> std::expected<QJsonValue, QString> {
            return options.value(combo->currentIndex()).second;
        },
        parent);
    QObject::connect(combo, &QComboBox::currentIndexChanged, field, &ParameterField::editorEdited);
    return field;
}
} // namespace ParameterFields

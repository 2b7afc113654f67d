// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ToolChoiceEditor.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ToolChoiceEditor::ToolChoiceEditor(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_note(new QLabel(this))
{
    m_combo->setObjectName(u"toolChoiceCombo"_s);
    m_combo->setAccessibleName(tr("Tool choice"));
    m_combo->setAccessibleDescription(
        tr("Whether the model may, must or must not call a tool, or which one it must call"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(6); // the parameter panel is narrow
    m_note->setObjectName(u"toolChoiceNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_note);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_value = m_combo->currentData().value<QJsonValue>();
        m_extraNote.clear();
        updateNote();
        Q_EMIT edited();
    });
    rebuild();
}

ToolChoiceEditor::~ToolChoiceEditor() = default;

void ToolChoiceEditor::setFunctionNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    rebuild();
}

void ToolChoiceEditor::setValue(const QJsonValue &value)
{
    m_value = value;
    m_extraNote.clear();
    rebuild();
}

std::expected<QJsonValue, QString> ToolChoiceEditor::value() const
{
    const QJsonValue choice = m_combo->currentData().value<QJsonValue>();
    const QString function = namedFunction(choice);
    if (!function.isEmpty() && !m_names.contains(function))
        return std::unexpected(tr("“%1” is not among the tools.").arg(function));
    return choice;
}

void ToolChoiceEditor::setNote(const QString &text)
{
    m_extraNote = text;
    updateNote();
}

QString ToolChoiceEditor::namedFunction(const QJsonValue &choice)
{
    const QJsonObject object = choice.toObject();
    if (object.value(u"type"_s) != QJsonValue(u"function"_s))
        return {};
    return object.value(u"function"_s).toObject().value(u"name"_s).toString();
}

QJsonValue ToolChoiceEditor::named(const QString &function)
{
    return QJsonObject{ { u"type"_s, u"function"_s },
        { u"function"_s, QJsonObject{ { u"name"_s, function } } } };
}

void ToolChoiceEditor::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(u"auto"_s, QVariant::fromValue(QJsonValue(u"auto"_s)));
    m_combo->setItemData(0, tr("The model decides whether to call a tool"), Qt::ToolTipRole);
    m_combo->addItem(u"none"_s, QVariant::fromValue(QJsonValue(u"none"_s)));
    m_combo->setItemData(1, tr("The model answers without calling a tool"), Qt::ToolTipRole);
    m_combo->addItem(u"required"_s, QVariant::fromValue(QJsonValue(u"required"_s)));
    m_combo->setItemData(2, tr("The model calls one or more tools"), Qt::ToolTipRole);
    for (const QString &name : std::as_const(m_names)) {
        m_combo->addItem(tr("call %1").arg(name), QVariant::fromValue(named(name)));
        m_combo->setItemData(
            m_combo->count() - 1, tr("The model calls %1").arg(name), Qt::ToolTipRole);
    }
    int index = 0;
    if (!m_value.isUndefined()) {
        index = -1;
        for (int i = 0; i < m_combo->count() && index < 0; ++i) {
            if (m_combo->itemData(i).value<QJsonValue>() == m_value)
                index = i;
        }
        if (index < 0) {
            // Kept as loaded: a function the tools lost, or a form the combo has no entry for.
            const QString function = namedFunction(m_value);
            const QString label = function.isEmpty()
                ? tr("as loaded: %1")
                      .arg(QString::fromUtf8(
                          QJsonDocument(m_value.toObject()).toJson(QJsonDocument::Compact)))
                : tr("call %1 (not among the tools)").arg(function);
            m_combo->addItem(label, QVariant::fromValue(m_value));
            index = m_combo->count() - 1;
        }
    }
    m_combo->setCurrentIndex(index);
    updateNote();
}

void ToolChoiceEditor::updateNote()
{
    QString text = m_extraNote;
    const QString function = namedFunction(m_combo->currentData().value<QJsonValue>());
    if (text.isEmpty() && !function.isEmpty() && !m_names.contains(function))
        text = tr("“%1” is not among the tools: the server refuses this choice.").arg(function);
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

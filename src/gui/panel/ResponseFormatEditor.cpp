// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ResponseFormatEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QStringList kTypes{ u"text"_s, u"json_object"_s, u"json_schema"_s };
} // namespace

ResponseFormatEditor::ResponseFormatEditor(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_schemaBox(new QWidget(this))
    , m_name(new QLineEdit(m_schemaBox))
    , m_schema(new QPlainTextEdit(m_schemaBox))
    , m_strict(new QCheckBox(tr("Strict"), m_schemaBox))
{
    m_type->setObjectName(u"responseFormatType"_s);
    m_type->setAccessibleName(tr("Response format type"));
    m_type->addItem(tr("Text"), u"text"_s);
    m_type->addItem(tr("JSON object"), u"json_object"_s);
    m_type->addItem(tr("JSON schema"), u"json_schema"_s);

    m_name->setObjectName(u"responseFormatName"_s);
    m_name->setAccessibleName(tr("Schema name"));
    m_name->setPlaceholderText(tr("e.g. answer"));
    m_schema->setObjectName(u"responseFormatSchema"_s);
    m_schema->setAccessibleName(tr("JSON schema"));
    m_schema->setPlaceholderText(u"{\"type\": \"object\", \"properties\": {…}}"_s);
    m_schema->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_schema->setTabChangesFocus(true);
    m_schema->setFixedHeight(m_schema->fontMetrics().lineSpacing() * 6 + 12);
    m_strict->setObjectName(u"responseFormatStrict"_s);
    m_strict->setAccessibleName(tr("Strict schema adherence"));
    m_strict->setToolTip(tr("The model follows the schema exactly (a subset of JSON Schema)"));

    auto *form = new QFormLayout(m_schemaBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Name"), m_name);
    form->addRow(m_schema);
    form->addRow(m_strict);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_type);
    layout->addWidget(m_schemaBox);
    setFocusProxy(m_type);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, &ResponseFormatEditor::edited);
    connect(m_schema, &QPlainTextEdit::textChanged, this, &ResponseFormatEditor::edited);
    connect(m_strict, &QCheckBox::clicked, this, &ResponseFormatEditor::edited);
    updateVisibility();
}

ResponseFormatEditor::~ResponseFormatEditor() = default;

void ResponseFormatEditor::setValue(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonObject schema = object.value(u"json_schema"_s).toObject();
    const QSignalBlocker blocker(m_type);
    m_type->setCurrentIndex(std::max(0, int(kTypes.indexOf(object.value(u"type"_s).toString()))));
    m_name->setText(schema.value(u"name"_s).toString());
    const QJsonValue body = schema.value(u"schema"_s);
    m_schema->blockSignals(true);
    m_schema->setPlainText(body.isObject()
            ? QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented))
            : QString());
    m_schema->blockSignals(false);
    m_strict->setChecked(schema.value(u"strict"_s).toBool());
    m_description = schema.value(u"description"_s).toString();
    updateVisibility();
}

std::expected<QJsonValue, QString> ResponseFormatEditor::value() const
{
    const QString type = m_type->currentData().toString();
    if (type != u"json_schema"_s)
        return QJsonValue(QJsonObject{ { u"type"_s, type } });
    static const QRegularExpression namePattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    const QString name = m_name->text().trimmed();
    if (!namePattern.match(name).hasMatch()) {
        return std::unexpected(
            tr("The schema name must be 1–64 letters, digits, underscores or dashes."));
    }
    QJsonObject body{ { u"name"_s, name } };
    if (!m_description.isEmpty())
        body.insert(u"description"_s, m_description);
    const QString text = m_schema->toPlainText().trimmed();
    if (!text.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return std::unexpected(tr("The schema is not valid JSON: %1 (at character %2)")
                                       .arg(error.errorString())
                                       .arg(error.offset));
        if (!document.isObject())
            return std::unexpected(tr("The schema must be a JSON object."));
        body.insert(u"schema"_s, document.object());
    }
    if (m_strict->isChecked())
        body.insert(u"strict"_s, true);
    return QJsonValue(QJsonObject{ { u"type"_s, type }, { u"json_schema"_s, body } });
}

void ResponseFormatEditor::updateVisibility()
{
    m_schemaBox->setVisible(m_type->currentData().toString() == u"json_schema"_s);
}

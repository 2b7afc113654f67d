// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ResponseFormatEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "core/json/JsonSchema.h"
#include "gui/panel/SchemaLibrary.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList kTypes{ u"text"_s, u"json_object"_s, u"json_schema"_s };
//! Strict-mode problems listed under the schema; the rest are counted.
constexpr int ShownProblems = 3;
} // namespace

ResponseFormatEditor::ResponseFormatEditor(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_schemaBox(new QWidget(this))
    , m_name(new QLineEdit(m_schemaBox))
    , m_schema(new QPlainTextEdit(m_schemaBox))
    , m_strict(new QCheckBox(tr("Strict"), m_schemaBox))
    , m_strictProblems(new QLabel(m_schemaBox))
    , m_library(new QComboBox(m_schemaBox))
    , m_save(new QPushButton(tr("Save"), m_schemaBox))
    , m_delete(new QPushButton(tr("Delete"), m_schemaBox))
    , m_libraryStatus(new QLabel(m_schemaBox))
{
    m_type->setObjectName(u"responseFormatType"_s);
    m_type->setAccessibleName(tr("Response format type"));
    m_type->setAccessibleDescription(tr("Whether the answer is free text, any JSON object or JSON "
                                        "following a schema"));
    m_type->addItem(tr("Text"), u"text"_s);
    m_type->addItem(tr("JSON object"), u"json_object"_s);
    m_type->addItem(tr("JSON schema"), u"json_schema"_s);

    m_name->setObjectName(u"responseFormatName"_s);
    m_name->setAccessibleName(tr("Schema name"));
    m_name->setAccessibleDescription(tr("The name sent with the schema and used to save it"));
    m_name->setPlaceholderText(tr("e.g. answer"));
    m_schema->setObjectName(u"responseFormatSchema"_s);
    m_schema->setAccessibleName(tr("JSON schema"));
    m_schema->setAccessibleDescription(tr("The JSON Schema the answer must follow"));
    m_schema->setPlaceholderText(u"{\"type\": \"object\", \"properties\": {…}}"_s);
    m_schema->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_schema->setTabChangesFocus(true);
    m_schema->setFixedHeight(m_schema->fontMetrics().lineSpacing() * 6 + 12);
    m_strict->setObjectName(u"responseFormatStrict"_s);
    m_strict->setAccessibleName(tr("Strict schema adherence"));
    m_strict->setToolTip(tr("The model follows the schema exactly (a subset of JSON Schema)"));

    m_strictProblems->setObjectName(u"responseFormatStrictProblems"_s);
    m_strictProblems->setWordWrap(true);
    m_strictProblems->setTextFormat(Qt::PlainText);
    m_strictProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_library->setObjectName(u"responseFormatLibrary"_s);
    m_library->setAccessibleName(tr("Saved schemas"));
    m_library->setToolTip(tr("Load a saved schema"));
    m_library->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_library->setMinimumContentsLength(4); // the parameter panel is narrow
    m_save->setObjectName(u"responseFormatSave"_s);
    m_save->setAccessibleName(tr("Save schema"));
    m_save->setToolTip(tr("Save this schema under its name (replacing one of the same name)"));
    m_delete->setObjectName(u"responseFormatDelete"_s);
    m_delete->setAccessibleName(tr("Delete saved schema"));
    m_delete->setToolTip(tr("Delete the chosen saved schema (the editor keeps it: Save brings it "
                            "back)"));
    m_libraryStatus->setObjectName(u"responseFormatLibraryStatus"_s);
    m_libraryStatus->setWordWrap(true);
    m_libraryStatus->setTextFormat(Qt::PlainText);
    m_libraryStatus->hide();

    auto *library = new QHBoxLayout;
    library->setContentsMargins(0, 0, 0, 0);
    library->addWidget(m_library, 1);
    library->addWidget(m_save);
    library->addWidget(m_delete);

    auto *form = new QFormLayout(m_schemaBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(library);
    form->addRow(m_libraryStatus);
    form->addRow(tr("Name"), m_name);
    form->addRow(m_schema);
    form->addRow(m_strict);
    form->addRow(m_strictProblems);

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
    connect(
        m_schema, &QPlainTextEdit::textChanged, this, &ResponseFormatEditor::updateStrictProblems);
    connect(m_strict, &QCheckBox::toggled, this, &ResponseFormatEditor::updateStrictProblems);
    connect(m_library, &QComboBox::activated, this, &ResponseFormatEditor::pickSaved);
    connect(m_library, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_delete->setEnabled(index > 0); });
    connect(m_save, &QPushButton::clicked, this, &ResponseFormatEditor::saveToLibrary);
    connect(m_delete, &QPushButton::clicked, this, &ResponseFormatEditor::deleteFromLibrary);
    connect(SchemaLibrary::instance(), &SchemaLibrary::changed, this,
        &ResponseFormatEditor::refreshLibrary);
    refreshLibrary();
    updateVisibility();
    updateStrictProblems();
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
    {
        // Shows which saved schema this is, if any (by name).
        const QSignalBlocker libraryBlocker(m_library);
        m_library->setCurrentIndex(std::max(0, m_library->findData(m_name->text())));
        m_delete->setEnabled(m_library->currentIndex() > 0);
    }
    updateVisibility();
    updateStrictProblems();
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

void ResponseFormatEditor::updateStrictProblems()
{
    QStringList lines;
    if (m_strict->isChecked()) {
        const QJsonDocument document =
            QJsonDocument::fromJson(m_schema->toPlainText().trimmed().toUtf8());
        if (document.isObject()) {
            const QList<JsonSchema::Violation> problems =
                JsonSchema::strictProblems(document.object());
            for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), ShownProblems); ++i) {
                const JsonSchema::Violation &problem = problems.at(i);
                lines.append(problem.path.isEmpty()
                        ? tr("• %1").arg(problem.message)
                        : tr("• %1: %2").arg(problem.path, problem.message));
            }
            if (problems.size() > ShownProblems)
                lines.append(tr("…and %n more", nullptr, int(problems.size() - ShownProblems)));
            if (!lines.isEmpty())
                lines.prepend(tr("Strict mode may refuse this schema:"));
        }
    }
    m_strictProblems->setText(lines.join(u'\n'));
    m_strictProblems->setVisible(!lines.isEmpty());
}

void ResponseFormatEditor::refreshLibrary()
{
    const QString current = m_library->currentData().toString();
    const QSignalBlocker blocker(m_library);
    m_library->clear();
    const QStringList names = SchemaLibrary::instance()->names();
    m_library->addItem(names.isEmpty() ? tr("None saved") : tr("Saved…"), QString());
    for (const QString &name : names)
        m_library->addItem(name, name);
    m_library->setCurrentIndex(std::max(0, m_library->findData(current)));
    m_delete->setEnabled(m_library->currentIndex() > 0);
}

void ResponseFormatEditor::pickSaved(int index)
{
    const QString name = m_library->itemData(index).toString();
    if (name.isEmpty())
        return;
    const QJsonObject saved = SchemaLibrary::instance()->schema(name);
    if (saved.isEmpty()) {
        showLibraryStatus(tr("“%1” is no longer saved.").arg(name));
        refreshLibrary();
        return;
    }
    setValue(QJsonObject{ { u"type"_s, u"json_schema"_s }, { u"json_schema"_s, saved } });
    showLibraryStatus(QString());
    Q_EMIT edited();
}

void ResponseFormatEditor::saveToLibrary()
{
    const auto format = value();
    if (!format) {
        showLibraryStatus(tr("Not saved: %1").arg(format.error()));
        return;
    }
    const QJsonObject jsonSchema = format->toObject().value(u"json_schema"_s).toObject();
    const QString name = jsonSchema.value(u"name"_s).toString();
    if (const auto saved = SchemaLibrary::instance()->save(jsonSchema); !saved) {
        showLibraryStatus(tr("Not saved: %1").arg(saved.error()));
        return;
    }
    m_library->setCurrentIndex(std::max(0, m_library->findData(name)));
    showLibraryStatus(tr("Saved as “%1”.").arg(name));
}

void ResponseFormatEditor::deleteFromLibrary()
{
    const QString name = m_library->currentData().toString();
    if (name.isEmpty())
        return;
    if (const auto removed = SchemaLibrary::instance()->remove(name); !removed) {
        showLibraryStatus(tr("Not deleted: %1").arg(removed.error()));
        return;
    }
    m_library->setCurrentIndex(0);
    showLibraryStatus(tr("Deleted “%1”.").arg(name));
}

void ResponseFormatEditor::showLibraryStatus(const QString &text)
{
    m_libraryStatus->setText(text);
    m_libraryStatus->setVisible(!text.isEmpty());
}

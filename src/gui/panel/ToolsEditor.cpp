// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ToolsEditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

#include "core/json/JsonSchema.h"

using namespace Qt::StringLiterals;

namespace {
//! Strict-mode problems and dropped fields listed under the text; the rest are counted.
constexpr int ShownNotes = 3;

//! Fields the user typed that toolFromJson does not read, so the request won't carry them.
QStringList droppedFields(const QJsonArray &typed, const QJsonArray &sent)
{
    QStringList out;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QJsonObject from = typed.at(i).toObject();
        const QJsonObject to = sent.at(i).toObject();
        const QString path = u"tools[%1]"_s.arg(i);
        for (const QString &key : from.keys()) {
            if (!to.contains(key))
                out.append(path + u'.' + key);
        }
        const QString type = to.value(u"type"_s).toString();
        const QJsonObject inner = to.value(type).toObject();
        const QJsonObject typedInner = from.value(type).toObject();
        for (const QString &key : typedInner.keys()) {
            // An empty description is simply not sent; that loses nothing.
            if (!inner.contains(key) && key != u"description"_s)
                out.append(path + u'.' + type + u'.' + key);
        }
    }
    return out;
}

QStringList strictNotes(const QJsonArray &tools)
{
    QStringList out;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QJsonObject function = tools.at(i).toObject().value(u"function"_s).toObject();
        if (function.value(u"strict"_s) != QJsonValue(true))
            continue;
        const QJsonValue parameters = function.value(u"parameters"_s);
        if (!parameters.isObject())
            continue;
        for (const JsonSchema::Violation &problem :
            JsonSchema::strictProblems(parameters.toObject())) {
            const QString where = u"tools[%1].function.parameters"_s.arg(i) + problem.path;
            out.append(
                ToolsEditor::tr("strict mode may refuse %1: %2").arg(where, problem.message));
        }
    }
    return out;
}

QJsonObject functionTemplate(const QString &name)
{
    const QJsonObject parameters{ { u"type"_s, u"object"_s }, { u"properties"_s, QJsonObject() },
        { u"required"_s, QJsonArray() }, { u"additionalProperties"_s, false } };
    const QJsonObject function{ { u"name"_s, name },
        { u"description"_s, ToolsEditor::tr("What it does and when to call it") },
        { u"parameters"_s, parameters }, { u"strict"_s, true } };
    return { { u"type"_s, u"function"_s }, { u"function"_s, function } };
}
} // namespace

ToolsEditor::ToolsEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Add function"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_summary(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_notes(new QLabel(this))
{
    m_text->setObjectName(u"toolsText"_s);
    m_text->setAccessibleName(tr("Tools as JSON"));
    m_text->setAccessibleDescription(
        tr("The tools the model may call, as the JSON array the API takes; Ctrl+Return applies"));
    m_text->setPlaceholderText(
        u"[{\"type\": \"function\",\n  \"function\": {\"name\": …, \"parameters\": {…}}}]"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 10 + 12);
    m_add->setObjectName(u"toolsAddFunction"_s);
    m_add->setAccessibleName(tr("Add a function tool"));
    m_add->setToolTip(tr("Adds a function template to the list, to fill in and apply"));
    m_apply->setObjectName(u"toolsApply"_s);
    m_apply->setAccessibleName(tr("Apply tools"));
    m_apply->setToolTip(tr("Use these tools from the next request on (Ctrl+Return)"));
    for (QLabel *label : { m_summary, m_pending, m_notes }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(u"toolsSummary"_s);
    m_pending->setObjectName(u"toolsPending"_s);
    m_pending->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setObjectName(u"toolsNotes"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_pending);
    layout->addWidget(m_notes);
    setFocusProxy(m_text);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_text);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &ToolsEditor::apply);
    connect(m_apply, &QPushButton::clicked, this, &ToolsEditor::apply);
    connect(m_add, &QPushButton::clicked, this, &ToolsEditor::addFunction);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ToolsEditor::updateStatus);
    setNotes({});
    updateStatus();
}

ToolsEditor::~ToolsEditor() = default;

void ToolsEditor::setValue(const QJsonValue &value)
{
    m_applied = value;
    if (value.isUndefined()) {
        m_appliedText.clear();
        setNotes({});
        updateStatus();
        return;
    }
    m_appliedText = ToolsEditor::format(value);
    const QSignalBlocker blocker(m_text);
    if (m_text->toPlainText() != m_appliedText)
        m_text->setPlainText(m_appliedText);
    // Tools stored some other way (by hand, by an older version) are shown with what is wrong.
    const auto checked = parse(m_appliedText);
    if (checked)
        setNotes(strictNotes(*checked));
    else
        setNotes({ tr("These tools can't be sent: %1").arg(checked.error()) });
    updateStatus();
}

void ToolsEditor::load(const QJsonValue &value)
{
    if (value.isUndefined()) {
        const QSignalBlocker blocker(m_text);
        m_text->clear();
    }
    setValue(value);
}

std::expected<QJsonValue, QString> ToolsEditor::value() const
{
    const auto tools = parse(m_text->toPlainText());
    if (!tools)
        return std::unexpected(tools.error());
    return QJsonValue(*tools);
}

void ToolsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        updateStatus();
}

void ToolsEditor::apply()
{
    const QString text = m_text->toPlainText();
    const auto tools = parse(text);
    if (tools) {
        // Shown as it will be sent; the typed fields that are not sent are listed once.
        const QStringList dropped =
            droppedFields(QJsonDocument::fromJson(text.toUtf8()).array(), *tools);
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(ToolsEditor::format(*tools));
        Q_EMIT edited(); // the field reads value() and, through the form, calls setValue()
        QStringList notes;
        for (const QString &field : dropped)
            notes.append(tr("%1 is not a tool field and is not sent").arg(field));
        setNotes(notes + strictNotes(*tools));
    } else {
        Q_EMIT edited(); // the field shows why, and keeps the tools applied before
        QJsonParseError error;
        QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            // The cursor goes to where the JSON breaks (the offset counts UTF-8 bytes).
            QTextCursor cursor = m_text->textCursor();
            cursor.setPosition(int(QString::fromUtf8(text.toUtf8().left(error.offset)).size()));
            m_text->setTextCursor(cursor);
            m_text->setFocus();
        }
    }
    updateStatus();
}

void ToolsEditor::addFunction()
{
    QJsonArray tools;
    const QString text = m_text->toPlainText();
    if (!text.trimmed().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (!document.isArray()) {
            m_pending->setText(tr("Make the text a valid JSON list first; the function is added "
                                  "to it."));
            m_pending->show();
            return;
        }
        tools = document.array();
    }
    const QStringList names = functionNames(tools);
    QString name;
    for (int n = tools.size() + 1; name.isEmpty() || names.contains(name); ++n)
        name = u"function_%1"_s.arg(n);
    tools.append(functionTemplate(name));
    // Replaced through the cursor, so Ctrl+Z brings the text back.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(ToolsEditor::format(tools));
    // The new name is selected, ready to be typed over.
    const QString quoted = u'"' + name + u'"';
    const int at = int(m_text->toPlainText().lastIndexOf(quoted));
    cursor.setPosition(at + 1);
    cursor.setPosition(at + 1 + int(name.size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void ToolsEditor::updateStatus()
{
    const QJsonArray tools = m_applied.toArray();
    const QStringList names = toolNames(tools);
    if (m_applied.isUndefined())
        m_summary->clear();
    else if (tools.isEmpty())
        m_summary->setText(tr("No tools"));
    else
        m_summary->setText(tr("%n tool(s): %1", nullptr, int(tools.size()))
                               .arg(QLocale().createSeparatedList(names)));
    m_summary->setVisible(!m_summary->text().isEmpty());
    const bool pending = isEnabled() && m_text->toPlainText().trimmed() != m_appliedText;
    m_apply->setEnabled(pending);
    m_pending->setText(m_applied.isUndefined()
            ? tr("Not applied yet: Apply (Ctrl+Return) sends these tools.")
            : tr("Edited, not applied: the tools above are still sent."));
    m_pending->setVisible(pending);
}

void ToolsEditor::setNotes(const QStringList &notes)
{
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(notes.size(), ShownNotes); ++i)
        lines.append(tr("• %1").arg(notes.at(i)));
    if (notes.size() > ShownNotes)
        lines.append(tr("…and %n more", nullptr, int(notes.size() - ShownNotes)));
    m_notes->setText(lines.join(u'\n'));
    m_notes->setVisible(!lines.isEmpty());
}

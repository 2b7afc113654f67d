// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ParameterForm.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "gui/panel/ParameterField.h"
#include "gui/panel/ResponseFormatEditor.h"
#include "gui/panel/StopEditor.h"
#include "gui/panel/ToolChoiceEditor.h"
#include "gui/panel/ToolsEditor.h"

using namespace Qt::StringLiterals;

namespace {
const QString kMaxCompletionTokens = u"max_completion_tokens"_s;
const QString kMaxTokens = u"max_tokens"_s;
// Far above any model's output limit, and narrow enough for the side panel.
constexpr int kMaxTokenLimit = 9'999'999;

QGridLayout *section(const QString &title, QVBoxLayout *layout, QWidget *parent)
{
    auto *heading = new QLabel(title, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    return grid;
}
} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
{
    using namespace ParameterFields;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QGridLayout *grid = section(tr("Sampling"), layout, this);
    add(number(u"temperature"_s, u"temperature"_s, 0, 2, 1, this),
        tr("Randomness: 0 is focused and repeatable, 2 is very varied (0–2)"), grid);
    add(number(u"topP"_s, u"top_p"_s, 0, 1, 1, this),
        tr("Nucleus sampling: only the most likely tokens making up this probability (0–1)"), grid);
    add(integer(u"maxTokens"_s, kMaxCompletionTokens, 1, kMaxTokenLimit, 1024, this),
        tr("The most tokens the answer may use (reasoning included); the name is the one the "
           "profile sends"),
        grid);
    add(number(u"presencePenalty"_s, u"presence_penalty"_s, -2, 2, 0, this),
        tr("Positive values favour new topics (−2 to 2)"), grid);
    add(number(u"frequencyPenalty"_s, u"frequency_penalty"_s, -2, 2, 0, this),
        tr("Positive values discourage repeating the same words (−2 to 2)"), grid);
    add(integer64(u"seed"_s, u"seed"_s, this),
        tr("Best-effort repeatable answers for the same seed and parameters"), grid);
    add(integer(u"n"_s, u"n"_s, 1, 128, 1, this),
        tr("How many answers to generate (1–128); every one is billed"), grid);
    auto *stop = new StopEditor(this);
    ParameterField *stopField =
        add(new ParameterField(
                u"stop"_s, u"stop"_s, stop, [stop](const QJsonValue &v) { stop->setValue(v); },
                [stop] { return stop->value(); }, this),
            tr("Up to 4 sequences where the model stops (not included in the answer)"), grid, true);
    connect(stop, &StopEditor::edited, stopField, &ParameterField::editorEdited);

    grid = section(tr("Output"), layout, this);
    QList<std::pair<QString, QJsonValue>> efforts;
    for (const QString &effort :
        { u"medium"_s, u"none"_s, u"minimal"_s, u"low"_s, u"high"_s, u"xhigh"_s, u"max"_s })
        efforts.append({ effort, effort });
    add(choice(u"reasoningEffort"_s, u"reasoning_effort"_s, efforts, this),
        tr("How long reasoning models think before answering; support varies by model"), grid);
    add(choice(
            u"logprobs"_s, u"logprobs"_s, { { tr("true"), true }, { tr("false"), false } }, this),
        tr("Return the log probability of each output token"), grid);
    add(integer(u"topLogprobs"_s, u"top_logprobs"_s, 0, 20, 0, this),
        tr("Also return this many likely alternatives per token (0–20); needs logprobs: true"),
        grid);
    auto *format = new ResponseFormatEditor(this);
    ParameterField *formatField = add(new ParameterField(
                                          u"responseFormat"_s, u"response_format"_s, format,
                                          [format](const QJsonValue &v) { format->setValue(v); },
                                          [format] { return format->value(); }, this),
        tr("Plain text, any JSON object, or JSON that follows a schema"), grid, true);
    connect(format, &ResponseFormatEditor::edited, formatField, &ParameterField::editorEdited);

    grid = section(tr("Tools"), layout, this);
    m_tools = new ToolsEditor(this);
    ParameterField *toolsField = add(
        new ParameterField(
            u"tools"_s, u"tools"_s, m_tools, [this](const QJsonValue &v) { m_tools->setValue(v); },
            [this] { return m_tools->value(); }, this),
        tr("Functions the model may call, as JSON: name, description, parameters (a JSON Schema) "
           "and strict"),
        grid, true);
    connect(m_tools, &ToolsEditor::edited, toolsField, &ParameterField::editorEdited);
    m_toolChoice = new ToolChoiceEditor(this);
    ParameterField *choiceField =
        add(new ParameterField(
                u"toolChoice"_s, u"tool_choice"_s, m_toolChoice,
                [this](const QJsonValue &v) { m_toolChoice->setValue(v); },
                [this] { return m_toolChoice->value(); }, this),
            tr("Whether the model may, must or must not call a tool, or which function it calls; "
               "needs tools"),
            grid);
    connect(m_toolChoice, &ToolChoiceEditor::edited, choiceField, &ParameterField::editorEdited);
    add(choice(u"parallelToolCalls"_s, u"parallel_tool_calls"_s,
            { { tr("true"), true }, { tr("false"), false } }, this),
        tr("Whether the model may call several tools at once; needs tools"), grid);
    updateAvailability();
}

ParameterForm::~ParameterForm()
{
    // Editors losing focus while they are destroyed may still report a change.
    for (ParameterField *f : std::as_const(m_fields))
        f->disconnect(this);
}

ParameterField *ParameterForm::add(
    ParameterField *field, const QString &description, QGridLayout *grid, bool wide)
{
    field->setDescription(description);
    field->addTo(grid, wide);
    connect(field, &ParameterField::edited, this,
        [this, field](const QJsonValue &value) { onEdited(field, value); });
    m_fields.append(field);
    return field;
}

void ParameterForm::setParameters(const QJsonObject &parameters)
{
    // The choice's entries first, so that a named function shows as itself.
    m_toolChoice->setFunctionNames(ToolsEditor::functionNames(parameters.value(u"tools"_s)));
    for (ParameterField *f : std::as_const(m_fields)) {
        QJsonValue value = parameters.value(f->key());
        if (f->id() == u"maxTokens"_s && value.isUndefined()) {
            value = parameters.value(f->key() == kMaxTokens ? kMaxCompletionTokens : kMaxTokens);
        }
        f->setValue(value);
    }
    m_tools->load(parameters.value(u"tools"_s));
    updateAvailability();
}

void ParameterForm::setTokenLimitKey(const QString &key)
{
    field(u"maxTokens"_s)->setKey(key == kMaxTokens ? kMaxTokens : kMaxCompletionTokens);
}

QString ParameterForm::tokenLimitKey() const
{
    return field(u"maxTokens"_s)->key();
}

QStringList ParameterForm::keys()
{
    return { u"temperature"_s, u"top_p"_s, kMaxCompletionTokens, kMaxTokens, u"presence_penalty"_s,
        u"frequency_penalty"_s, u"seed"_s, u"n"_s, u"stop"_s, u"reasoning_effort"_s, u"logprobs"_s,
        u"top_logprobs"_s, u"response_format"_s, u"tools"_s, u"tool_choice"_s,
        u"parallel_tool_calls"_s };
}

ParameterField *ParameterForm::field(const QString &id) const
{
    for (ParameterField *f : m_fields) {
        if (f->id() == id)
            return f;
    }
    return nullptr;
}

void ParameterForm::onEdited(ParameterField *changed, const QJsonValue &value)
{
    Q_EMIT parameterEdited(changed->key(), value);
    // top_logprobs is refused without logprobs: true, so it goes when logprobs does.
    ParameterField *top = field(u"topLogprobs"_s);
    if (changed->id() == u"logprobs"_s && value != QJsonValue(true) && top->isSet()) {
        top->toggle()->setChecked(false);
    }
    if (changed->id() == u"tools"_s)
        onToolsEdited(value);
    else if (changed->id() == u"toolChoice"_s)
        m_toolChoice->setNote({}); // why it was unset no longer holds
    updateAvailability();
}

void ParameterForm::onToolsEdited(const QJsonValue &tools)
{
    m_tools->setValue(tools);
    // tool_choice and parallel_tool_calls are refused without tools, so they go when tools do;
    // a choice naming a function the tools lost would be refused too.
    ParameterField *choiceField = field(u"toolChoice"_s);
    const QString named = ToolChoiceEditor::namedFunction(choiceField->value());
    const QStringList names = ToolsEditor::functionNames(tools);
    m_toolChoice->setFunctionNames(names);
    if (tools.isUndefined() || (!named.isEmpty() && !names.contains(named))) {
        for (ParameterField *f : { choiceField, field(u"parallelToolCalls"_s) }) {
            if (f->isSet())
                f->toggle()->setChecked(false);
        }
    }
    if (!tools.isUndefined() && !named.isEmpty() && !names.contains(named))
        m_toolChoice->setNote(
            tr("tool_choice was unset: “%1” is no longer among the tools.").arg(named));
}

void ParameterForm::updateAvailability()
{
    field(u"topLogprobs"_s)->setAvailable(field(u"logprobs"_s)->value() == QJsonValue(true));
    const bool tools = field(u"tools"_s)->isSet();
    field(u"toolChoice"_s)->setAvailable(tools);
    field(u"parallelToolCalls"_s)->setAvailable(tools);
}

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
    for (ParameterField *f : std::as_const(m_fields)) {
        QJsonValue value = parameters.value(f->key());
        if (f->id() == u"maxTokens"_s && value.isUndefined()) {
            value = parameters.value(f->key() == kMaxTokens ? kMaxCompletionTokens : kMaxTokens);
        }
        f->setValue(value);
    }
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
        u"top_logprobs"_s, u"response_format"_s };
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
    updateAvailability();
}

void ParameterForm::updateAvailability()
{
    field(u"topLogprobs"_s)->setAvailable(field(u"logprobs"_s)->value() == QJsonValue(true));
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/playground/PlaygroundParams.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {
constexpr int kStops = 4; // the API's limit

// Stop sequences are typed with \n, \t and \\ escapes (a newline is the most common stop).
QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            out += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

QString escape(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\t', QStringLiteral("\\t"));
    return text;
}

void setName(QWidget *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
}
} // namespace

void PlaygroundParams::addRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

PlaygroundParams::PlaygroundParams(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_echo(new QCheckBox(this))
    , m_seed(new QLineEdit(this))
    , m_logitBias(new QLineEdit(this))
    , m_biasProblem(new QLabel(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setName(m_echo, "paramEcho");
    m_form->addRow(m_echo);
    m_bestOf = addInt("paramBestOf", 20);
    m_n = addInt("paramN", 128);
    m_logprobs = addInt("paramLogprobs", 5);
    m_logprobs->setMinimum(-1); // 0 is a real value here: the sampled token's logprob only
    m_logprobs->setValue(-1);
    m_maxTokens = addInt("paramMaxTokens", 1'000'000);
    m_temperature = addDouble("paramTemperature", 0.0, 2.0, 0.1);
    m_topP = addDouble("paramTopP", 0.0, 1.0, 0.05);
    m_presence = addDouble("paramPresencePenalty", -2.0, 2.0, 0.1);
    m_frequency = addDouble("paramFrequencyPenalty", -2.0, 2.0, 0.1);
    setName(m_seed, "paramSeed");
    m_seed->setValidator(new QIntValidator(m_seed));
    addRow(m_seed);
    auto *stops = new QWidget(this);
    auto *stopRow = new QHBoxLayout(stops);
    stopRow->setContentsMargins({});
    for (int i = 0; i < kStops; ++i) {
        auto *edit = new QLineEdit(stops);
        edit->setObjectName(QStringLiteral("paramStop%1").arg(i + 1));
        stopRow->addWidget(edit);
        m_stops.append(edit);
    }
    addRow(stops);
    setName(m_logitBias, "paramLogitBias");
    addRow(m_logitBias);
    setName(m_biasProblem, "paramLogitBiasProblem");
    m_biasProblem->setWordWrap(true);
    m_biasProblem->setForegroundRole(QPalette::BrightText);
    m_biasProblem->hide();
    m_form->addRow(m_biasProblem);
    connect(m_logitBias, &QLineEdit::textChanged, this, &PlaygroundParams::checkLogitBias);
    retranslate();
}

QSpinBox *PlaygroundParams::addInt(const char *name, int maximum)
{
    auto *spin = new QSpinBox(this);
    setName(spin, name);
    spin->setRange(0, maximum); // the lowest value means unset
    spin->setValue(0);
    addRow(spin);
    return spin;
}

QDoubleSpinBox *PlaygroundParams::addDouble(
    const char *name, double minimum, double maximum, double step)
{
    auto *spin = new QDoubleSpinBox(this);
    setName(spin, name);
    spin->setDecimals(2);
    spin->setSingleStep(step);
    spin->setRange(minimum - 0.01, maximum); // one step below the range means unset
    spin->setValue(spin->minimum());
    addRow(spin);
    return spin;
}

QJsonObject PlaygroundParams::values() const
{
    QJsonObject json;
    if (m_echo->isChecked())
        json.insert(QStringLiteral("echo"), true);
    const auto putInt = [&json](const char *key, const QSpinBox *spin) {
        if (spin->value() != spin->minimum())
            json.insert(QString::fromLatin1(key), spin->value());
    };
    putInt("best_of", m_bestOf);
    putInt("n", m_n);
    putInt("logprobs", m_logprobs);
    putInt("max_tokens", m_maxTokens);
    const auto putDouble = [&json](const char *key, const QDoubleSpinBox *spin) {
        if (spin->value() > spin->minimum())
            json.insert(QString::fromLatin1(key), spin->value());
    };
    putDouble("temperature", m_temperature);
    putDouble("top_p", m_topP);
    putDouble("presence_penalty", m_presence);
    putDouble("frequency_penalty", m_frequency);
    if (!m_seed->text().isEmpty())
        json.insert(QStringLiteral("seed"), m_seed->text().toLongLong());
    QJsonArray stops;
    for (const QLineEdit *edit : m_stops) {
        if (!edit->text().isEmpty())
            stops.append(unescape(edit->text()));
    }
    if (!stops.isEmpty())
        json.insert(QStringLiteral("stop"), stops);
    const QJsonDocument bias = QJsonDocument::fromJson(m_logitBias->text().toUtf8());
    if (problem().isEmpty() && bias.isObject() && !bias.object().isEmpty())
        json.insert(QStringLiteral("logit_bias"), bias.object());
    return json;
}

void PlaygroundParams::setValues(const QJsonObject &values)
{
    m_echo->setChecked(values.value(QLatin1String("echo")).toBool());
    const auto getInt = [&values](const char *key, QSpinBox *spin) {
        spin->setValue(values.value(QLatin1String(key)).toInt(spin->minimum()));
    };
    getInt("best_of", m_bestOf);
    getInt("n", m_n);
    getInt("logprobs", m_logprobs);
    getInt("max_tokens", m_maxTokens);
    const auto getDouble = [&values](const char *key, QDoubleSpinBox *spin) {
        spin->setValue(values.value(QLatin1String(key)).toDouble(spin->minimum()));
    };
    getDouble("temperature", m_temperature);
    getDouble("top_p", m_topP);
    getDouble("presence_penalty", m_presence);
    getDouble("frequency_penalty", m_frequency);
    const QJsonValue seed = values.value(QLatin1String("seed"));
    m_seed->setText(seed.isDouble() ? QString::number(seed.toInteger()) : QString());
    QJsonArray stops = values.value(QLatin1String("stop")).toArray();
    if (values.value(QLatin1String("stop")).isString())
        stops = { values.value(QLatin1String("stop")) };
    for (int i = 0; i < kStops; ++i)
        m_stops[i]->setText(i < stops.size() ? escape(stops[i].toString()) : QString());
    const QJsonObject bias = values.value(QLatin1String("logit_bias")).toObject();
    m_logitBias->setText(bias.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(bias).toJson(QJsonDocument::Compact)));
}

QString PlaygroundParams::problem() const
{
    const QString text = m_logitBias->text().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return tr("Logit bias must be a JSON object of token ids and biases, e.g. "
                  "{\"50256\": -100}.");
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool number = false;
        it.key().toUInt(&number);
        if (!number)
            return tr("Logit bias: \"%1\" is not a token id (a whole number).").arg(it.key());
        const double bias = it.value().toDouble(1000);
        if (!it.value().isDouble() || bias < -100 || bias > 100)
            return tr("Logit bias: the bias of token %1 must be a number from -100 to 100.")
                .arg(it.key());
    }
    return {};
}

void PlaygroundParams::checkLogitBias()
{
    const QString text = problem();
    m_biasProblem->setText(text);
    m_biasProblem->setVisible(!text.isEmpty());
}

void PlaygroundParams::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaygroundParams::retranslate()
{
    const auto label = [this](QWidget *field, const QString &text, const QString &tip) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        field->setToolTip(tip);
    };
    const QString unset = tr("Default");
    for (QSpinBox *spin : { m_bestOf, m_n, m_logprobs, m_maxTokens })
        spin->setSpecialValueText(unset);
    for (QDoubleSpinBox *spin : { m_temperature, m_topP, m_presence, m_frequency })
        spin->setSpecialValueText(unset);
    m_echo->setText(tr("Ec&ho the prompt"));
    m_echo->setAccessibleName(tr("Echo the prompt"));
    m_echo->setToolTip(tr("The answer repeats the prompt before the completion."));
    label(m_bestOf, tr("&Best of:"),
        tr("Generate this many completions on the server and return the best (not streamed)."));
    label(m_n, tr("&Choices (n):"), tr("How many completions to return."));
    label(m_logprobs, tr("&Logprobs:"),
        tr("Return the log probability of each token and this many likely alternatives (0–5)."));
    label(m_maxTokens, tr("Max to&kens:"), tr("Most tokens to generate (servers default to 16)."));
    label(m_temperature, tr("Temp&erature:"), tr("Sampling temperature, 0 to 2."));
    label(m_topP, tr("T&op p:"), tr("Nucleus sampling: only the tokens in this probability mass."));
    label(m_presence, tr("Presence penalt&y:"), tr("-2 to 2: positive values favour new topics."));
    label(
        m_frequency, tr("&Frequency penalty:"), tr("-2 to 2: positive values reduce repetition."));
    label(
        m_seed, tr("See&d:"), tr("Same seed and parameters: the same answer, if the server can."));
    m_seed->setPlaceholderText(unset);
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_stops.front()->parentWidget())))
        l->setText(tr("Stop se&quences:"));
    for (int i = 0; i < kStops; ++i) {
        m_stops[i]->setAccessibleName(tr("Stop sequence %1").arg(i + 1));
        m_stops[i]->setToolTip(tr("Generation stops before this text. Write a newline as \\n."));
    }
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_stops.front()->parentWidget())))
        l->setBuddy(m_stops.front());
    label(m_logitBias, tr("Lo&git bias:"),
        tr("A JSON object of token ids and biases from -100 (never) to 100 (always)."));
    m_logitBias->setPlaceholderText(QStringLiteral("{\"50256\": -100}"));
    m_biasProblem->setAccessibleName(tr("Logit bias problem"));
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/playground/PlaygroundResult.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QJsonObject>
#include <QLabel>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include "gui/LogprobShading.h"

PlaygroundResult::PlaygroundResult(QWidget *parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_choice(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_view(new QTextEdit(this))
    , m_tokenInfo(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_choice, 1);
    bar->addWidget(m_next);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_tokenInfo);
    m_tokenInfo->setObjectName(QStringLiteral("tokenInfo"));
    m_tokenInfo->setTextFormat(Qt::PlainText);
    m_tokenInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenInfo->hide();
    m_previous->setObjectName(QStringLiteral("previousChoice"));
    m_next->setObjectName(QStringLiteral("nextChoice"));
    m_choice->setObjectName(QStringLiteral("choiceLabel"));
    m_view->setObjectName(QStringLiteral("resultView"));
    m_previous->setText(QStringLiteral("‹"));
    m_next->setText(QStringLiteral("›"));
    m_previous->setFocusPolicy(Qt::StrongFocus);
    m_next->setFocusPolicy(Qt::StrongFocus);
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTabChangesFocus(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_view->textCursor();
        const QString tip = cursor.hasSelection() ? QString() : toolTipAt(cursor.position());
        m_tokenInfo->setText(LogprobShading::oneLine(tip));
        m_tokenInfo->setVisible(!tip.isEmpty());
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { setCurrentChoice(m_current - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setCurrentChoice(m_current + 1); });
    retranslate();
    render();
}

void PlaygroundResult::setRun(
    const QString &prompt, const QString &suffix, bool echo, const QJsonArray &choices)
{
    m_prompt = prompt;
    m_suffix = suffix;
    m_echo = echo;
    // By index: streamed choices may arrive in any order.
    m_choices = {};
    QList<QJsonObject> sorted;
    for (const QJsonValue &choice : choices)
        sorted.append(choice.toObject());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("index")).toInt() < b.value(QLatin1String("index")).toInt();
    });
    for (const QJsonObject &choice : sorted)
        m_choices.append(choice);
    m_current = std::clamp(m_current, 0, std::max(0, int(m_choices.size()) - 1));
    render();
}

void PlaygroundResult::clear()
{
    m_prompt.clear();
    m_suffix.clear();
    m_choices = {};
    m_current = 0;
    render();
}

void PlaygroundResult::setCurrentChoice(int index)
{
    if (index < 0 || index >= m_choices.size() || index == m_current)
        return;
    m_current = index;
    render();
}

QString PlaygroundResult::choiceLabel() const
{
    return m_choice->text();
}

void PlaygroundResult::render()
{
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum() - 4;
    const QJsonObject choice =
        m_choices.isEmpty() ? QJsonObject() : m_choices[m_current].toObject();
    const QString reason = choice.value(QLatin1String("finish_reason")).toString();
    QString label = m_choices.size() > 1
        ? tr("Choice %1 of %2").arg(m_current + 1).arg(m_choices.size())
        : m_choices.isEmpty() ? QString()
                              : tr("Completion");
    if (!m_choices.isEmpty())
        label += reason.isEmpty() ? tr(" · not finished") : tr(" · finished: %1").arg(reason);
    m_choice->setText(label);
    m_choice->setAccessibleName(label);
    m_previous->setVisible(m_choices.size() > 1);
    m_next->setVisible(m_choices.size() > 1);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_choices.size());

    m_view->clear();
    QTextCursor cursor(m_view->document());
    const QPalette palette = m_view->palette();
    const QTextCharFormat normal; // the palette's text colour, also after a theme change
    QTextCharFormat completion = normal;
    QColor plain = palette.color(QPalette::Highlight);
    plain.setAlpha(70);
    completion.setBackground(plain);

    QString text = choice.value(QLatin1String("text")).toString();
    qsizetype promptInText = 0; // with echo, the prompt is part of the choice text
    if (m_echo && text.startsWith(m_prompt))
        promptInText = m_prompt.size();
    else
        cursor.insertText(m_prompt, normal);
    m_completionStart = cursor.position() + int(promptInText);

    const QJsonObject logprobs = choice.value(QLatin1String("logprobs")).toObject();
    const QJsonArray tokens = logprobs.value(QLatin1String("tokens")).toArray();
    const QJsonArray values = logprobs.value(QLatin1String("token_logprobs")).toArray();
    const QJsonArray tops = logprobs.value(QLatin1String("top_logprobs")).toArray();
    qsizetype at = 0;
    const auto plainUpTo = [&](qsizetype end) {
        if (end <= at)
            return;
        if (at < promptInText) {
            const qsizetype stop = std::min(end, promptInText);
            cursor.insertText(text.mid(at, stop - at), normal);
            at = stop;
        }
        if (end > at)
            cursor.insertText(text.mid(at, end - at), completion);
        at = end;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString token = tokens[i].toString();
        if (token.isEmpty() || text.mid(at, token.size()) != token)
            break; // byte tokens or a server whose tokens do not spell the text: plain from here
        if (!values[i].isDouble()) { // the first prompt token has no logprob
            plainUpTo(at + token.size());
            continue;
        }
        LogprobShading::Token shown{ LogprobShading::shownToken(token), values[i].toDouble(), {} };
        QList<std::pair<double, QString>> alternatives;
        const QJsonObject top = tops.at(i).toObject();
        for (auto it = top.begin(); it != top.end(); ++it)
            alternatives.append({ it.value().toDouble(), it.key() });
        std::sort(alternatives.begin(), alternatives.end(), std::greater<>());
        for (const auto &[value, alternative] : alternatives)
            shown.alternatives.append({ LogprobShading::shownToken(alternative), value });
        QTextCharFormat format = normal;
        format.setBackground(LogprobShading::background(palette, shown.logprob));
        format.setToolTip(LogprobShading::toolTip(shown));
        cursor.insertText(token, format);
        at += token.size();
    }
    plainUpTo(text.size());
    if (!m_suffix.isEmpty())
        cursor.insertText(m_suffix, normal);
    if (atEnd)
        scroll->setValue(scroll->maximum());
}

QString PlaygroundResult::toolTipAt(int position) const
{
    return LogprobShading::toolTipAt(*m_view->document(), position);
}

QString PlaygroundResult::tokenInfo() const
{
    return m_tokenInfo->isVisibleTo(this) ? m_tokenInfo->text() : QString();
}

QColor PlaygroundResult::backgroundAt(int position) const
{
    QTextCursor cursor(m_view->document());
    cursor.setPosition(position);
    if (!cursor.movePosition(QTextCursor::NextCharacter))
        return {};
    const QBrush brush = cursor.charFormat().background();
    return brush.style() == Qt::NoBrush ? QColor() : brush.color();
}

bool PlaygroundResult::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        // The middle of the pixel: its left edge may still be the character before.
        const QPointF point(help->pos().x() + 0.5 + m_view->horizontalScrollBar()->value(),
            help->pos().y() + 0.5 + m_view->verticalScrollBar()->value());
        const QString tip = LogprobShading::toolTipAt(*m_view->document(), point);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(
                help->globalPos(), LogprobShading::displayToolTip(tip), m_view->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PlaygroundResult::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        // The view gets the new palette after this widget: draw again once it has.
        QMetaObject::invokeMethod(this, &PlaygroundResult::render, Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void PlaygroundResult::retranslate()
{
    m_previous->setAccessibleName(tr("Previous choice"));
    m_previous->setToolTip(tr("Previous choice"));
    m_next->setAccessibleName(tr("Next choice"));
    m_next->setToolTip(tr("Next choice"));
    m_view->setAccessibleName(tr("Prompt and completion"));
    m_view->setAccessibleDescription(
        tr("Move the text cursor onto a token to read its probability and alternatives."));
    m_tokenInfo->setAccessibleName(tr("Token at the cursor"));
}

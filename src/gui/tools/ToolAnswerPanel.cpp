// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/ToolAnswerPanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/chat/ToolCommand.h"

namespace {
bool looksLikeJson(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
}
} // namespace

ToolAnswerPanel::ToolAnswerPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget(m_scroll))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("toolAnswerPanel"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_heading->setObjectName(QStringLiteral("toolAnswerHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_hint->setObjectName(QStringLiteral("toolAnswerHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("toolAnswerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_send->setObjectName(QStringLiteral("toolAnswerSend"));
    m_send->setDefault(false);

    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(6);
    m_scroll->setObjectName(QStringLiteral("toolAnswerScroll"));
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);
    connect(m_send, &QPushButton::clicked, this, &ToolAnswerPanel::submit);
    retranslate();
    hide();
}

ToolAnswerPanel::~ToolAnswerPanel() = default;

void ToolAnswerPanel::setCalls(qint64 messageId, const QList<Conversation::ToolCall> &calls)
{
    QList<Conversation::ToolCall> shown;
    for (const Row &row : m_rows)
        shown.append(row.call);
    if (messageId == m_messageId && calls == shown)
        return; // the same calls: keep what the user typed
    clearRows();
    m_messageId = calls.isEmpty() ? 0 : messageId;
    m_problem->hide();
    for (const Conversation::ToolCall &call : calls)
        addRow(call);
    retranslate();
    fitHeight();
    setVisible(!calls.isEmpty());
}

void ToolAnswerPanel::fitHeight()
{
    // Tall enough for two calls; more scroll.
    m_listLayout->activate();
    int twoRows = 0;
    for (qsizetype i = 0; i < qMin<qsizetype>(m_rows.size(), 2); ++i)
        twoRows += m_rows.at(i).box->sizeHint().height() + m_listLayout->spacing();
    m_scroll->setFixedHeight(qMin(twoRows, 360));
}

void ToolAnswerPanel::setCommandLine(const QString &commandLine)
{
    m_commandLine = commandLine.trimmed();
    for (Row &row : m_rows) {
        row.run->setVisible(!m_commandLine.isEmpty());
        if (row.command)
            row.command->setCommandLine(m_commandLine);
    }
}

void ToolAnswerPanel::addRow(const Conversation::ToolCall &call)
{
    Row row;
    row.call = call;
    const int index = int(m_rows.size());
    row.box = new QFrame(m_list);
    static_cast<QFrame *>(row.box)->setFrameShape(QFrame::StyledPanel);
    row.box->setObjectName(QStringLiteral("toolCall%1").arg(index));
    row.title = new QLabel(row.box);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.arguments = new QLabel(row.box);
    row.arguments->setObjectName(QStringLiteral("toolArguments%1").arg(index));
    row.arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row.arguments->setTextFormat(Qt::PlainText);
    // No word wrap: pretty-printed JSON has its own lines, and wrapped labels in a scroll area
    // get too little height. Long lines scroll sideways.
    row.arguments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.answer = new QPlainTextEdit(row.box);
    row.answer->setObjectName(QStringLiteral("toolAnswer%1").arg(index));
    row.answer->setTabChangesFocus(true);
    row.answer->setFixedHeight(row.answer->fontMetrics().lineSpacing() * 2 + 14);
    row.answer->installEventFilter(this);
    row.run = new QPushButton(row.box);
    row.run->setObjectName(QStringLiteral("toolRun%1").arg(index));
    row.run->setVisible(!m_commandLine.isEmpty());
    row.note = new QLabel(row.box);
    row.note->setObjectName(QStringLiteral("toolNote%1").arg(index));
    row.note->setWordWrap(true);
    row.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.note->hide();

    auto *answerLine = new QHBoxLayout;
    answerLine->addWidget(row.answer, 1);
    answerLine->addWidget(row.run, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(row.box);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(row.title);
    layout->addWidget(row.arguments);
    layout->addLayout(answerLine);
    layout->addWidget(row.note);
    m_listLayout->addWidget(row.box);
    connect(row.answer, &QPlainTextEdit::textChanged, this, [this, index] {
        m_problem->hide(); // it named a call that may have its answer now
        updateNote(index);
    });
    connect(row.run, &QPushButton::clicked, this, [this, index] { runCommand(index); });
    m_rows.append(row);
    updateNote(index);
}

void ToolAnswerPanel::clearRows()
{
    for (Row &row : m_rows)
        delete row.box; // its command (a child of the box) stops with it
    m_rows.clear();
}

QPlainTextEdit *ToolAnswerPanel::answerEdit(int call) const
{
    return call >= 0 && call < m_rows.size() ? m_rows.at(call).answer : nullptr;
}

QPushButton *ToolAnswerPanel::runButton(int call) const
{
    return call >= 0 && call < m_rows.size() ? m_rows.at(call).run : nullptr;
}

QLabel *ToolAnswerPanel::argumentsLabel(int call) const
{
    return call >= 0 && call < m_rows.size() ? m_rows.at(call).arguments : nullptr;
}

QString ToolAnswerPanel::rowNote(int call) const
{
    return call >= 0 && call < m_rows.size() && !m_rows.at(call).note->isHidden()
        ? m_rows.at(call).note->text()
        : QString();
}

QString ToolAnswerPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ToolAnswerPanel::submit()
{
    QList<ToolCalls::Answer> answers;
    for (const Row &row : m_rows) {
        const QString text = row.answer->toPlainText();
        if (text.trimmed().isEmpty()) {
            m_problem->setText(tr("Answer every call before sending: %1 (%2) has no answer yet.")
                                   .arg(row.call.name, row.call.id));
            m_problem->show();
            row.answer->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (row.command && row.command->isRunning()) {
            m_problem->setText(tr("The command for %1 is still running.").arg(row.call.name));
            m_problem->show();
            return;
        }
        answers.append({ row.call.id, text });
    }
    m_problem->hide();
    if (!answers.isEmpty())
        Q_EMIT answered(m_messageId, answers);
}

void ToolAnswerPanel::runCommand(int call)
{
    Row &row = m_rows[call];
    if (!row.command) {
        row.command = new ToolCommand(row.box);
        connect(row.command, &ToolCommand::finished, this,
            [this, call](const ToolCommand::Result &result) {
                Row &done = m_rows[call];
                done.run->setEnabled(true);
                done.answer->setReadOnly(false);
                done.answer->setPlainText(result.output.trimmed());
                const bool empty = result.ok && result.output.trimmed().isEmpty();
                if (!result.ok)
                    done.note->setText(tr("⚠ The command failed: %1").arg(result.problem));
                else if (empty)
                    done.note->setText(tr("⚠ The command finished but printed nothing."));
                else
                    done.note->setText(tr("From the command; check it before sending."));
                done.note->setForegroundRole(
                    result.ok && !empty ? QPalette::PlaceholderText : QPalette::WindowText);
                done.note->show();
                fitHeight();
                done.answer->setFocus(Qt::OtherFocusReason);
            });
    }
    row.command->setCommandLine(m_commandLine);
    if (!row.command->run(row.call))
        return;
    row.run->setEnabled(false);
    row.answer->setReadOnly(true);
    row.note->setText(tr("Running the command…"));
    row.note->setForegroundRole(QPalette::PlaceholderText);
    row.note->show();
    fitHeight();
}

void ToolAnswerPanel::updateNote(int call)
{
    Row &row = m_rows[call];
    if (row.command && row.command->isRunning())
        return;
    const QString text = row.answer->toPlainText();
    if (looksLikeJson(text) && QJsonDocument::fromJson(text.toUtf8()).isNull()) {
        row.note->setText(tr("This is not valid JSON; it will be sent as text."));
        row.note->setForegroundRole(QPalette::PlaceholderText);
        row.note->show();
    } else if (row.note->text() == tr("This is not valid JSON; it will be sent as text.")) {
        row.note->hide();
    }
}

bool ToolAnswerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ControlModifier) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ToolAnswerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ToolAnswerPanel::retranslate()
{
    m_heading->setText(
        tr("The answer called %n tool(s): give each call its result", nullptr, int(m_rows.size())));
    m_hint->setText(tr("Or write a message below to go on without them."));
    m_send->setText(tr("Send results"));
    m_send->setAccessibleName(tr("Send the tool results"));
    m_send->setToolTip(tr("Ctrl+Enter in a result field"));
    m_scroll->setAccessibleName(tr("Tool calls"));
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        bool valid = true;
        QString pretty = ToolCalls::prettyArguments(row.call.arguments, &valid);
        const QByteArray compact =
            QJsonDocument::fromJson(row.call.arguments.toUtf8()).toJson(QJsonDocument::Compact);
        if (valid && !compact.isEmpty() && compact.size() <= 100)
            pretty = QString::fromUtf8(compact); // short ones read best on one line
        row.title->setText(tr("%1 · %2").arg(row.call.name, row.call.id));
        row.arguments->setText(
            valid ? pretty : tr("⚠ Arguments are not valid JSON:\n%1").arg(pretty));
        row.answer->setPlaceholderText(tr("What %1 returned (text or JSON)").arg(row.call.name));
        row.answer->setAccessibleName(tr("Result of %1").arg(row.call.name));
        row.answer->setAccessibleDescription(
            tr("Call %1 with arguments %2").arg(row.call.id, row.call.arguments));
        row.run->setText(tr("Run command"));
        row.run->setAccessibleName(tr("Run the local command for %1").arg(row.call.name));
        row.run->setToolTip(
            tr("Runs the command set in Settings with this call on its standard input; its "
               "output is put here for you to check."));
    }
}

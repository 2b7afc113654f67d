// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaygroundWindow's widgets, their layout and their texts.
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include "gui/playground/PlaygroundParams.h"
#include "gui/playground/PlaygroundResult.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/profiles/InlineMessage.h"

namespace {
template <typename W>
W *named(QWidget *parent, const char *name)
{
    auto *widget = new W(parent);
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets, int stretchIndex)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    int i = 0;
    for (QWidget *widget : widgets)
        layout->addWidget(widget, i++ == stretchIndex ? 1 : 0);
    return box;
}
} // namespace

void PlaygroundWindow::buildLayout()
{
    m_profile = named<QComboBox>(this, "playgroundProfile");
    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profile);
    m_model = named<QLineEdit>(this, "playgroundModel");
    m_modelLabel = new QLabel(this);
    m_modelLabel->setBuddy(m_model);
    m_run = named<QPushButton>(this, "playgroundRun");
    m_stop = named<QPushButton>(this, "playgroundStop");
    m_banner = named<InlineMessage>(this, "playgroundBanner");
    m_list = named<QListWidget>(this, "playgroundHistory");
    m_prompt = named<QPlainTextEdit>(this, "playgroundPrompt");
    m_promptLabel = new QLabel(this);
    m_promptLabel->setBuddy(m_prompt);
    m_insert = named<QCheckBox>(this, "playgroundInsertMode");
    m_suffix = named<QPlainTextEdit>(this, "playgroundSuffix");
    m_result = named<PlaygroundResult>(this, "playgroundResult");
    m_resultLabel = new QLabel(this);
    m_resultLabel->setBuddy(m_result->view());
    m_params = named<PlaygroundParams>(this, "playgroundParams");
    m_paramsLabel = new QLabel(this);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : { m_prompt, m_suffix }) {
        edit->setFont(fixed);
        edit->setTabChangesFocus(true); // Tab reaches the other controls
    }
    m_suffix->setVisible(false);
    m_suffix->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 5);
    m_run->setDefault(true);
    m_stop->setEnabled(false);
    m_list->setMinimumWidth(180);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long prompts are elided

    auto *top = new QHBoxLayout;
    top->addWidget(m_profileLabel);
    top->addWidget(m_profile);
    top->addSpacing(12);
    top->addWidget(m_modelLabel);
    top->addWidget(m_model, 1);
    top->addSpacing(12);
    top->addWidget(m_run);
    top->addWidget(m_stop);

    auto *editors = new QSplitter(Qt::Vertical, this);
    editors->setObjectName(QStringLiteral("playgroundEditors"));
    editors->setChildrenCollapsible(false);
    editors->addWidget(column(editors, { m_promptLabel, m_prompt, m_insert, m_suffix }, 1));
    editors->addWidget(column(editors, { m_resultLabel, m_result }, 1));
    editors->setStretchFactor(0, 2);
    editors->setStretchFactor(1, 3);

    auto *scroll = named<QScrollArea>(this, "playgroundParamsScroll");
    scroll->setWidget(m_params);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the area follows them
    scroll->setFrameShape(QFrame::NoFrame);
    auto *paramsBox = column(this, { m_paramsLabel, scroll }, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("playgroundSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_list);
    split->addWidget(editors);
    split->addWidget(paramsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 1);
    split->setSizes({ 200, 620, 300 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    m_banner->clear();

    setTabOrder(m_profile, m_model);
    setTabOrder(m_model, m_run);
    setTabOrder(m_run, m_stop);
    setTabOrder(m_stop, m_prompt);
    setTabOrder(m_prompt, m_insert);
    setTabOrder(m_insert, m_suffix);
}

void PlaygroundWindow::retranslate()
{
    setWindowTitle(profile().isEmpty() ? tr("Completions Playground")
                                       : tr("Completions Playground — %1").arg(profile()));
    m_profileLabel->setText(tr("&Profile:"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setAccessibleDescription(tr("The server and account the prompt is sent to"));
    m_modelLabel->setText(tr("&Model:"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setPlaceholderText(tr("A base model, e.g. gpt-3.5-turbo-instruct"));
    m_run->setText(tr("&Run"));
    m_run->setAccessibleName(tr("Run"));
    m_run->setToolTip(tr("Run the prompt (Ctrl+Enter)"));
    m_stop->setText(tr("&Stop"));
    m_stop->setAccessibleName(tr("Stop"));
    m_stop->setToolTip(tr("Stop and keep what arrived (Esc)"));
    m_banner->setAccessibleName(tr("Messages"));
    m_list->setAccessibleName(tr("Run history"));
    m_list->setToolTip(tr("Earlier runs: select one to restore its prompt, parameters and result"));
    m_list->setAccessibleDescription(m_list->toolTip()); // item views don't offer the tooltip
    m_promptLabel->setText(tr("Promp&t:"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setAccessibleDescription(tr("The text the model continues; Ctrl+Enter runs it"));
    m_prompt->setPlaceholderText(tr("Text for the model to continue…"));
    m_insert->setText(tr("&Insert mode: text after the completion (suffix)"));
    m_insert->setAccessibleName(tr("Insert mode"));
    m_suffix->setAccessibleName(tr("Suffix"));
    m_suffix->setAccessibleDescription(tr("Text that follows the inserted completion"));
    m_suffix->setPlaceholderText(tr("Text that follows the inserted completion…"));
    m_resultLabel->setText(tr("Res&ult:"));
    m_paramsLabel->setText(tr("Parameters"));
    m_params->setAccessibleName(tr("Parameters"));
}

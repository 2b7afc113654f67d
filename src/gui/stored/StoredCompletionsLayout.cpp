// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoredCompletionsWindow's widgets, their layout and their texts.
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/api/ChatClient.h"
#include "core/models/StoredCompletionModel.h"
#include "gui/ConversationView.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/stored/StoredCompletionsWindow.h"
#include "gui/stored/StoredDetailPane.h"
#include "gui/stored/StoredFilterBar.h"
#include "gui/stored/StoredMetadataPanel.h"

namespace {
QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

void StoredCompletionsWindow::buildLayout()
{
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("storedProfile"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profile);
    m_filters = new StoredFilterBar(this);
    m_banner = new InlineMessage(this);
    m_banner->setObjectName(QStringLiteral("storedBanner"));

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("storedList"));
    // A table, not a tree: QTreeView fetches every page on its own; QTableView fetches when the
    // last row comes into view. Fixed row heights: 10,000 rows cost no per-row measuring.
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->setShowGrid(false);
    m_list->setTabKeyNavigation(false); // Tab goes on to the messages, arrows move in the list
    m_list->setWordWrap(false);
    m_list->setCornerButtonEnabled(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setModel(m_model);
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = { 175, 140, 95, 190, 220, 220, 60 };
    for (int column = 0; column < StoredCompletionModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);

    m_detail = new StoredDetailPane(this);
    m_metadata = new StoredMetadataPanel(this);
    m_refresh = button(this, "storedRefresh");
    m_open = button(this, "storedOpen");
    m_export = button(this, "storedExport");
    m_delete = button(this, "storedDelete");
    m_cancelExport = button(this, "storedCancelExport");
    m_cancelExport->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("storedProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storedStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_problemsLabel = new QLabel(this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("storedProblems"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().lineSpacing() * 4 + 8);
    m_problemsLabel->setBuddy(m_problems);
    m_clearProblems = button(this, "storedClearProblems");
    m_problemsLabel->hide();
    m_problems->hide();
    m_clearProblems->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_profileLabel);
    top->addWidget(m_profile);
    top->addSpacing(12);
    top->addWidget(m_filters, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("storedDetailSplitter"));
    right->addWidget(m_detail);
    right->addWidget(m_metadata);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    right->setSizes({ 480, 220 });
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("storedSplitter"));
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({ 680, 520 });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refresh);
    actions->addWidget(m_open);
    actions->addWidget(m_export);
    actions->addWidget(m_delete);
    actions->addSpacing(12);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancelExport);
    actions->addWidget(m_status, 1);

    auto *problems = new QHBoxLayout;
    problems->addWidget(m_problemsLabel);
    problems->addStretch(1);
    problems->addWidget(m_clearProblems);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addLayout(problems);
    layout->addWidget(m_problems);
    const QList<QWidget *> order{ m_profile, m_filters->modelEdit(), m_filters->metadataEdit(),
        m_filters->orderBox(), m_filters->applyButton(), m_list, m_detail->view(),
        m_metadata->table(), m_metadata->addButton(), m_metadata->removeButton(),
        m_metadata->saveButton(), m_refresh, m_open, m_export, m_delete };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void StoredCompletionsWindow::retranslate()
{
    updateTitle();
    m_profileLabel->setText(tr("&Profile:"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setAccessibleDescription(tr("The account whose stored completions are listed"));
    m_list->setAccessibleName(tr("Stored completions"));
    m_list->setAccessibleDescription(tr("Completions the server kept; select one to see its "
                                        "messages and metadata"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Load the list again"));
    m_open->setText(tr("Open as &Conversation"));
    m_open->setAccessibleName(tr("Open the selected completion as a conversation"));
    m_export->setAccessibleName(tr("Export as JSON Lines"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setAccessibleName(tr("Delete the selected completions"));
    m_cancelExport->setText(tr("Cancel Export"));
    m_cancelExport->setAccessibleName(tr("Cancel the export"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_problemsLabel->setText(tr("Problems:"));
    m_problems->setAccessibleName(tr("Problems with single completions"));
    m_clearProblems->setText(tr("C&lear Problems"));
    m_clearProblems->setAccessibleName(tr("Clear the problem list"));
    updateActions();
    updateStatus();
}

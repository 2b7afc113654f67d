// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/MetadataEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_storeBox(new QCheckBox(tr("Store completions (store)"), this))
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
{
    m_count->setObjectName(QStringLiteral("metadataCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_storeBox->setObjectName(QStringLiteral("storeToggle"));
    m_storeBox->setAccessibleName(tr("Store completions"));
    m_storeBox->setToolTip(tr("Let OpenAI keep each completion for later retrieval, evals and "
                              "distillation (store: true)"));
    m_table->setObjectName(QStringLiteral("metadataTable"));
    m_table->setAccessibleName(tr("Metadata"));
    m_table->setAccessibleDescription(
        tr("Sent as metadata: up to %1 pairs to filter stored completions by").arg(MaxPairs));
    m_table->setToolTip(
        tr("Sent as metadata: up to %1 pairs to filter stored completions by").arg(MaxPairs));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the panel
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + 3 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
        + 4 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_add->setObjectName(QStringLiteral("metadataAdd"));
    m_add->setAccessibleName(tr("Add metadata pair"));
    m_remove->setObjectName(QStringLiteral("metadataRemove"));
    m_remove->setAccessibleName(tr("Remove metadata pair"));
    m_problem->setObjectName(QStringLiteral("metadataProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->setVisible(false);

    auto *label = new QLabel(tr("Metadata"), this);
    label->setBuddy(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_storeBox);
    layout->addWidget(label);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_storeBox, &QCheckBox::clicked, this, [this](bool checked) {
        m_store = checked;
        // Stored with no metadata, a completion is hard to find again among the account's
        // others: start with app=kaiwa (the Stored Completions window filters by it).
        if (checked && m_metadata.isEmpty() && m_table->rowCount() == 0) {
            addRow(QStringLiteral("app"), QStringLiteral("kaiwa"));
            m_metadata.insert(QStringLiteral("app"), QStringLiteral("kaiwa"));
        }
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &MetadataEditor::onTableEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MetadataEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        onTableEdited();
    });
    updateButtons();
}

MetadataEditor::~MetadataEditor() = default;

void MetadataEditor::setValues(bool store, const QJsonObject &metadata)
{
    m_loading = true;
    m_store = store;
    m_metadata = metadata;
    m_storeBox->setChecked(store);
    m_table->setRowCount(0);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        addRow(it.key(), it.value().toString());
    setProblem({});
    m_loading = false;
    updateButtons();
}

void MetadataEditor::addRow(const QString &key, const QString &value)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_loading = loading;
    updateButtons();
}

void MetadataEditor::onTableEdited()
{
    if (m_loading)
        return;
    QJsonObject pairs;
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue; // a row just added, not filled in yet
        if (key.isEmpty())
            problem = tr("Row %1 has a value but no key.").arg(row + 1);
        else if (key.size() > MaxKeyLength)
            problem = tr("The key in row %1 is %2 characters long; at most %3 are allowed.")
                          .arg(row + 1)
                          .arg(key.size())
                          .arg(MaxKeyLength);
        else if (value.size() > MaxValueLength)
            problem = tr("The value in row %1 is %2 characters long; at most %3 are allowed.")
                          .arg(row + 1)
                          .arg(value.size())
                          .arg(MaxValueLength);
        else if (pairs.contains(key))
            problem = tr("The key \"%1\" appears twice.").arg(key);
        else
            pairs.insert(key, value);
    }
    updateButtons();
    if (problem.isEmpty() && pairs.size() > MaxPairs)
        problem = tr("At most %1 pairs are allowed.").arg(MaxPairs);
    setProblem(problem);
    if (!problem.isEmpty() || pairs == m_metadata)
        return;
    m_metadata = pairs;
    Q_EMIT edited();
}

void MetadataEditor::setProblem(const QString &text)
{
    m_problem->setText(text.isEmpty() ? text : tr("Not applied: %1").arg(text));
    m_problem->setVisible(!text.isEmpty());
}

void MetadataEditor::updateButtons()
{
    const bool full = m_table->rowCount() >= MaxPairs;
    m_add->setEnabled(!full);
    m_add->setToolTip(
        full ? tr("At most %1 pairs are allowed.").arg(MaxPairs) : tr("Add a key/value pair"));
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_count->setText(tr("%1 of %2").arg(m_table->rowCount()).arg(MaxPairs));
    m_count->setToolTip(full ? m_add->toolTip() : QString());
}

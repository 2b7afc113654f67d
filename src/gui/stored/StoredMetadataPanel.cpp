// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/stored/StoredMetadataPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/api/ChatClient.h" // StoredCompletionModel::client() needs the whole type
#include "core/models/StoredCompletionModel.h"
#include "gui/profiles/InlineMessage.h"

namespace {
constexpr int MaxPairs = 16;
} // namespace

StoredMetadataPanel::StoredMetadataPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add Pa&ir"), this))
    , m_remove(new QPushButton(tr("Remo&ve Pair"), this))
    , m_revert(new QPushButton(tr("Rever&t"), this))
    , m_save(new QPushButton(tr("&Save Metadata"), this))
    , m_count(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("storedMetadataPanel"));
    m_table->setObjectName(QStringLiteral("storedMetadataTable"));
    m_table->setAccessibleName(tr("Metadata of the selected completion"));
    m_table->setAccessibleDescription(tr("Key and value pairs; edit them, then Save"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 140);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_add->setObjectName(QStringLiteral("storedMetadataAdd"));
    m_add->setAccessibleName(tr("Add a metadata pair"));
    m_remove->setObjectName(QStringLiteral("storedMetadataRemove"));
    m_remove->setAccessibleName(tr("Remove the selected metadata pair"));
    m_revert->setObjectName(QStringLiteral("storedMetadataRevert"));
    m_revert->setAccessibleName(tr("Revert the metadata to the saved pairs"));
    m_save->setObjectName(QStringLiteral("storedMetadataSave"));
    m_save->setAccessibleName(tr("Save the metadata"));
    m_count->setObjectName(QStringLiteral("storedMetadataCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("storedMetadataMessage"));

    auto *title = new QLabel(tr("Metadata"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &StoredMetadataPanel::addPair);
    connect(m_remove, &QPushButton::clicked, this, &StoredMetadataPanel::removePair);
    connect(m_save, &QPushButton::clicked, this, &StoredMetadataPanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { setCompletion(m_id, m_saved); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) {
            m_message->clear();
            updateState();
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StoredMetadataPanel::updateState);
    setCompletion({}, {});
}

void StoredMetadataPanel::setCompletion(const QString &id, const QJsonObject &metadata)
{
    m_id = id;
    m_saved = metadata;
    m_saving = false;
    m_loading = true;
    m_table->setRowCount(0);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        addRow(it.key(), it.value().toString());
    m_loading = false;
    m_message->clear();
    setEnabled(!id.isEmpty());
    updateState();
}

void StoredMetadataPanel::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

QJsonObject StoredMetadataPanel::metadata() const
{
    QJsonObject out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            out.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return out;
}

QStringList StoredMetadataPanel::problems() const
{
    QStringList out;
    QSet<QString> keys;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString k = key ? key->text().trimmed() : QString();
        if (k.isEmpty()) {
            if (value && !value->text().isEmpty())
                out.append(tr("Row %1 has a value but no key.").arg(row + 1));
            continue;
        }
        if (keys.contains(k))
            out.append(tr("The key “%1” is used twice.").arg(k));
        keys.insert(k);
    }
    out.append(StoredCompletionModel::metadataProblems(metadata()));
    return out;
}

void StoredMetadataPanel::addPair()
{
    if (m_table->rowCount() >= MaxPairs) {
        showProblem(tr("A stored completion can have at most %1 metadata pairs: remove one "
                       "before adding another.")
                        .arg(MaxPairs));
        return;
    }
    m_loading = true;
    addRow({}, {});
    m_loading = false;
    m_message->clear();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
    updateState();
}

void StoredMetadataPanel::removePair()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_message->clear();
    updateState();
}

void StoredMetadataPanel::save()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        showProblem(found.join(QLatin1Char('\n')));
        return;
    }
    m_message->show(tr("Saving…"), InlineMessage::Level::Info);
    m_saving = true; // until the server answered
    updateState();
    Q_EMIT saveRequested(m_id, metadata());
}

void StoredMetadataPanel::showProblem(const QString &text)
{
    m_saving = false;
    updateState();
    m_message->show(text, InlineMessage::Level::Error);
}

void StoredMetadataPanel::showSaved()
{
    m_saving = false;
    updateState();
    m_message->show(tr("Saved."), InlineMessage::Level::Success);
}

QString StoredMetadataPanel::message() const
{
    return m_message->text();
}

void StoredMetadataPanel::updateState()
{
    const int pairs = m_table->rowCount();
    m_count->setText(tr("%1 of %2 pairs").arg(pairs).arg(MaxPairs));
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_revert->setEnabled(!m_id.isEmpty() && !m_saving && metadata() != m_saved);
    m_save->setEnabled(!m_id.isEmpty() && !m_saving);
}

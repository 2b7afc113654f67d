// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/stored/StoredFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/profiles/InlineMessage.h"

StoredFilterBar::StoredFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_model(new QLineEdit(this))
    , m_metadata(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_apply(new QPushButton(tr("&Apply Filters"), this))
    , m_problem(new InlineMessage(this))
{
    setObjectName(QStringLiteral("storedFilterBar"));
    m_model->setObjectName(QStringLiteral("storedFilterModel"));
    m_model->setAccessibleName(tr("Model filter"));
    m_model->setPlaceholderText(tr("Any model"));
    m_model->setClearButtonEnabled(true);
    m_metadata->setObjectName(QStringLiteral("storedFilterMetadata"));
    m_metadata->setAccessibleName(tr("Metadata filter"));
    m_metadata->setPlaceholderText(tr("Metadata, e.g. app=kaiwa, user=alice"));
    m_metadata->setToolTip(tr("Only completions whose metadata has every one of these "
                              "key=value pairs, separated by commas"));
    m_metadata->setClearButtonEnabled(true);
    m_order->setObjectName(QStringLiteral("storedFilterOrder"));
    m_order->setAccessibleName(tr("Order"));
    m_order->setAccessibleDescription(tr("Newest or oldest completions first"));
    m_order->addItem(tr("Newest first"), QStringLiteral("desc"));
    m_order->addItem(tr("Oldest first"), QStringLiteral("asc"));
    m_apply->setObjectName(QStringLiteral("storedFilterApply"));
    m_apply->setAccessibleName(tr("Apply filters"));
    m_problem->setObjectName(QStringLiteral("storedFilterProblem"));

    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    auto *metadataLabel = new QLabel(tr("M&etadata:"), this);
    metadataLabel->setBuddy(m_metadata);
    auto *orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_order);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(modelLabel);
    row->addWidget(m_model, 1);
    row->addWidget(metadataLabel);
    row->addWidget(m_metadata, 2);
    row->addWidget(orderLabel);
    row->addWidget(m_order);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_apply, &QPushButton::clicked, this, &StoredFilterBar::apply);
    connect(m_model, &QLineEdit::returnPressed, this, &StoredFilterBar::apply);
    connect(m_metadata, &QLineEdit::returnPressed, this, &StoredFilterBar::apply);
    connect(m_order, &QComboBox::activated, this, &StoredFilterBar::apply);
}

std::optional<QList<QPair<QString, QString>>> StoredFilterBar::parseMetadata(
    const QString &text, QString *problem)
{
    QList<QPair<QString, QString>> pairs;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = item.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            if (problem)
                *problem = tr("“%1” is not a key=value pair.").arg(item.trimmed());
            return std::nullopt;
        }
        pairs.append({ key, item.mid(equals + 1).trimmed() });
    }
    return pairs;
}

std::optional<Endpoint::ListQuery> StoredFilterBar::query()
{
    QString problem;
    const auto pairs = parseMetadata(m_metadata->text(), &problem);
    if (problem.isEmpty())
        m_problem->clear();
    else
        m_problem->show(problem);
    if (!pairs)
        return std::nullopt;
    Endpoint::ListQuery filter;
    filter.model = m_model->text().trimmed();
    filter.metadata = *pairs;
    filter.order = m_order->currentData().toString();
    return filter;
}

QString StoredFilterBar::problem() const
{
    return m_problem->text();
}

void StoredFilterBar::apply()
{
    if (const auto filter = query())
        Q_EMIT applied(*filter);
}

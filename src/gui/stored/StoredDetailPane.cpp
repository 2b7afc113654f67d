// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/stored/StoredDetailPane.h"

#include <QDateTime>
#include <QIdentityProxyModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "core/models/MessageModel.h"
#include "core/models/StoredMessagesModel.h"
#include "gui/ConversationView.h"

namespace {
//! MessageDelegate caches a layout per message id (MessageModel::IdRole) and revision; stored
//! messages have text ids, so each row gets a number unique across the completions shown.
class NumberedMessages final : public QIdentityProxyModel
{
public:
    explicit NumberedMessages(QObject *parent)
        : QIdentityProxyModel(parent)
    {
        connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_generation; });
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == MessageModel::IdRole)
            return m_generation * 1'000'000 + index.row() + 1;
        if (role == MessageModel::ReadOnlyRole)
            return true; // no Edit or Regenerate: "Open as conversation" is the way to go on
        return QIdentityProxyModel::data(index, role);
    }

private:
    qint64 m_generation = 1;
};

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 6);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}
} // namespace

StoredDetailPane::StoredDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_messages(new StoredMessagesModel(this))
    , m_proxy(new NumberedMessages(this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new ConversationView(this))
{
    setObjectName(QStringLiteral("storedDetailPane"));
    static_cast<NumberedMessages *>(m_proxy)->setSourceModel(m_messages);
    m_heading->setObjectName(QStringLiteral("storedDetailHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_details->setObjectName(QStringLiteral("storedDetailDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("storedDetailStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_view->setObjectName(QStringLiteral("storedMessagesView"));
    m_view->setAccessibleName(tr("Messages of the selected completion"));
    m_view->setModel(m_proxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(
        m_messages, &StoredMessagesModel::loadingChanged, this, &StoredDetailPane::updateStatus);
    connect(m_messages, &StoredMessagesModel::errorOccurred, this, &StoredDetailPane::updateStatus);
    connect(m_messages, &StoredMessagesModel::allLoaded, this, &StoredDetailPane::updateStatus);
    connect(m_view, &ConversationView::editRequested, this, &StoredDetailPane::changeAttempted);
    connect(
        m_view, &ConversationView::regenerateRequested, this, &StoredDetailPane::changeAttempted);
    showCompletion(nullptr, {}, {});
}

StoredDetailPane::~StoredDetailPane() = default;

void StoredDetailPane::showCompletion(
    ChatClient *client, const QString &id, const QJsonObject &completion)
{
    m_id = id;
    m_messages->setCompletion(client, id);
    m_heading->setText(id.isEmpty() ? tr("No completion selected") : id);
    setCompletion(completion);
    if (!id.isEmpty() && m_messages->canFetchMore({}))
        m_messages->fetchMore({});
    updateStatus();
}

void StoredDetailPane::setCompletion(const QJsonObject &completion)
{
    m_messages->setAnswer(completion);
    QStringList lines;
    if (!completion.isEmpty()) {
        QString head = m_id;
        if (const QString model = completion.value(QStringLiteral("model")).toString();
            !model.isEmpty())
            head += QStringLiteral(" · ") + model;
        if (const qint64 created = completion.value(QStringLiteral("created")).toInteger()) {
            head += QStringLiteral(" · ")
                + QLocale().toString(
                    QDateTime::fromSecsSinceEpoch(created).toLocalTime(), QLocale::ShortFormat);
        }
        m_heading->setText(head);
        const QString usage = usageText(completion.value(QStringLiteral("usage")).toObject());
        if (!usage.isEmpty())
            lines.append(usage);
        const QString parameters = parametersText(completion);
        if (!parameters.isEmpty())
            lines.append(tr("Parameters: %1").arg(parameters));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());
}

QString StoredDetailPane::detailsText() const
{
    return m_details->text();
}

QString StoredDetailPane::usageText(const QJsonObject &usage)
{
    if (usage.isEmpty())
        return {};
    return tr("Usage: %1 prompt + %2 completion = %3 tokens")
        .arg(usage.value(QStringLiteral("prompt_tokens")).toInteger())
        .arg(usage.value(QStringLiteral("completion_tokens")).toInteger())
        .arg(usage.value(QStringLiteral("total_tokens")).toInteger());
}

QString StoredDetailPane::parametersText(const QJsonObject &completion)
{
    // Everything else a completion object carries is a request parameter or a server fact.
    static const QStringList skipped{ QStringLiteral("id"), QStringLiteral("object"),
        QStringLiteral("created"), QStringLiteral("model"), QStringLiteral("metadata"),
        QStringLiteral("choices"), QStringLiteral("usage"), QStringLiteral("messages"),
        QStringLiteral("request_id"), QStringLiteral("input_user") };
    QStringList parts;
    for (auto it = completion.begin(); it != completion.end(); ++it) {
        if (skipped.contains(it.key()) || it.value().isNull())
            continue;
        QString value = scalarText(it.value());
        if (value.size() > 80)
            value = value.left(79) + QChar(0x2026);
        parts.append(it.key() + QStringLiteral(" ") + value);
    }
    return parts.join(QStringLiteral(" · "));
}

void StoredDetailPane::updateStatus()
{
    QString text;
    if (m_id.isEmpty())
        text = tr("Select a stored completion to see its messages.");
    else if (!m_messages->errorText().isEmpty())
        text = tr("The messages could not be loaded: %1").arg(m_messages->errorText());
    else if (m_messages->isLoading() && m_messages->rowCount() == 0)
        text = tr("Loading messages…");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_view->setVisible(!m_id.isEmpty());
}

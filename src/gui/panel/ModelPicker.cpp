// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ModelPicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/settings/ModelCatalog.h"

namespace {
constexpr int kStatusTickMs = 30'000;

QString ageText(const QDateTime &fetched)
{
    const qint64 seconds = fetched.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return ModelPicker::tr("Updated just now");
    if (seconds < 3600)
        return ModelPicker::tr("Updated %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return ModelPicker::tr("Updated %n hour(s) ago", nullptr, int(seconds / 3600));
    return ModelPicker::tr("Updated on %1")
        .arg(QLocale().toString(fetched.toLocalTime().date(), QLocale::ShortFormat));
}
} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_models(new QStringListModel(this))
    , m_statusTimer(new QTimer(this))
{
    m_combo->setObjectName(QStringLiteral("modelCombo"));
    m_combo->setAccessibleName(tr("Model"));
    m_combo->setToolTip(tr("The model to ask (any name the server accepts) — Ctrl+K"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_models);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_combo->lineEdit()->setPlaceholderText(tr("Profile default"));
    m_combo->lineEdit()->setClearButtonEnabled(true);

    m_completer = new QCompleter(m_models, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(m_completer);

    m_refresh->setObjectName(QStringLiteral("modelRefreshButton"));
    m_refresh->setAccessibleName(tr("Refresh models"));
    m_refresh->setToolTip(tr("Fetch the list of models from the server"));
    m_refresh->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setFocusPolicy(Qt::StrongFocus);

    m_status->setObjectName(QStringLiteral("modelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_status);
    setFocusProxy(m_combo);

    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &ModelPicker::commitText);
    connect(m_combo, &QComboBox::textActivated, this, &ModelPicker::commitText);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &ModelPicker::commitText);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        if (!m_profile.isEmpty())
            Q_EMIT refreshRequested(m_profile);
    });
    connect(m_statusTimer, &QTimer::timeout, this, &ModelPicker::updateStatus);
    m_statusTimer->start(kStatusTickMs);
    updateStatus();
}

ModelPicker::~ModelPicker()
{
    // Destroying a focused line edit reports editingFinished; this object is half gone by then.
    m_combo->lineEdit()->disconnect(this);
    m_completer->disconnect(this);
}

void ModelPicker::setCatalog(ModelCatalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog) {
        connect(catalog, &ModelCatalog::modelsChanged, this, [this](const QString &profile) {
            if (profile != m_profile)
                return;
            m_error.clear();
            reload();
        });
        connect(catalog, &ModelCatalog::refreshStarted, this, [this](const QString &profile) {
            if (profile == m_profile)
                updateStatus();
        });
        connect(catalog, &ModelCatalog::refreshFailed, this, &ModelPicker::onRefreshFailed);
    }
    m_error.clear();
    reload();
    requestRefreshIfEmpty();
}

void ModelPicker::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    m_error.clear();
    reload();
    requestRefreshIfEmpty();
}

QString ModelPicker::model() const
{
    return m_combo->currentText().trimmed();
}

void ModelPicker::setModel(const QString &model)
{
    m_committed = model;
    m_combo->setEditText(model);
}

void ModelPicker::focusPicker()
{
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->lineEdit()->selectAll();
    // The completer's popup, unlike the combo's own, keeps the keyboard in the text: typing
    // right away narrows the list.
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void ModelPicker::reload()
{
    const QString text = m_combo->currentText();
    const QStringList ids =
        m_catalog && !m_profile.isEmpty() ? m_catalog->models(m_profile) : QStringList();
    if (ids != m_models->stringList()) {
        m_models->setStringList(ids);
        m_combo->setEditText(text); // resetting the model must not change the chosen model
    }
    updateStatus();
}

void ModelPicker::requestRefreshIfEmpty()
{
    if (!m_catalog || m_profile.isEmpty())
        return;
    if (!m_catalog->fetchedAt(m_profile).isValid() && !m_catalog->isRefreshing(m_profile))
        Q_EMIT refreshRequested(m_profile);
}

void ModelPicker::updateStatus()
{
    const bool refreshing = m_catalog && m_catalog->isRefreshing(m_profile);
    m_refresh->setEnabled(m_catalog && !m_profile.isEmpty() && !refreshing);
    QString text;
    QString tip;
    if (!m_catalog || m_profile.isEmpty()) {
        text.clear();
    } else if (refreshing) {
        text = tr("Fetching models…");
    } else if (!m_error.isEmpty()) {
        text = tr("Could not fetch models: %1").arg(m_error);
        tip = text;
    } else if (const QDateTime fetched = m_catalog->fetchedAt(m_profile); fetched.isValid()) {
        text = ageText(fetched);
        tip = tr("%n model(s) offered by %1", nullptr, int(m_models->rowCount())).arg(m_profile);
    } else {
        text = tr("Models not fetched yet");
    }
    m_status->setText(text);
    m_status->setToolTip(tip);
    m_status->setVisible(!text.isEmpty());
}

void ModelPicker::commitText()
{
    const QString text = model();
    if (text == m_committed)
        return;
    m_committed = text;
    Q_EMIT modelChanged(text);
}

void ModelPicker::onRefreshFailed(const QString &profile, const ApiError &error)
{
    if (profile != m_profile)
        return;
    m_error = error.message.isEmpty() ? error.describe() : error.message;
    if (error.httpStatus == 401 || error.httpStatus == 403)
        m_error =
            tr("the server refused the API key (HTTP %1): %2").arg(error.httpStatus).arg(m_error);
    updateStatus();
}

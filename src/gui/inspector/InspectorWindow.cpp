// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/inspector/InspectorWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/inspect/CurlCommand.h"
#include "core/inspect/RequestLog.h"
#include "gui/inspector/RequestDetailView.h"

InspectorWindow::InspectorWindow(QNetworkAccessManager &nam, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_nam(nam)
    , m_log(new RequestLog(RequestLog::kDefaultMaxRecords, this))
    , m_record(new QToolButton(this))
    , m_copyCurl(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new RequestDetailView(this))
{
    setObjectName(QStringLiteral("InspectorWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1000, 680);

    m_record->setObjectName(QStringLiteral("inspectorRecord"));
    m_record->setCheckable(true);
    m_record->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_record->setFocusPolicy(Qt::StrongFocus);
    m_copyCurl->setObjectName(QStringLiteral("inspectorCopyCurl"));
    m_save->setObjectName(QStringLiteral("inspectorSave"));
    m_clear->setObjectName(QStringLiteral("inspectorClear"));
    m_state->setObjectName(QStringLiteral("inspectorState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setModel(m_log);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLog::PathColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_save);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_state, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_record, &QToolButton::toggled, this, &InspectorWindow::setRecording);
    connect(m_copyCurl, &QPushButton::clicked, this, &InspectorWindow::copyAsCurl);
    connect(m_save, &QPushButton::clicked, this, &InspectorWindow::save);
    connect(m_clear, &QPushButton::clicked, m_log, &RequestLog::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InspectorWindow::showCurrent);
    connect(m_log, &RequestLog::recordUpdated, this, [this](int row) {
        if (row == currentRow())
            showCurrent();
    });
    connect(m_log, &QAbstractItemModel::modelReset, this, &InspectorWindow::showCurrent);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow the newest request unless the user picked an older one.
        if (currentRow() < 0 || currentRow() == m_log->rowCount() - 2)
            m_table->selectRow(m_log->rowCount() - 1);
        updateState();
    });
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, &InspectorWindow::updateState);
    connect(m_log, &QAbstractItemModel::modelReset, this, &InspectorWindow::updateState);
    setTabOrder(m_record, m_copyCurl);
    setTabOrder(m_copyCurl, m_save);
    setTabOrder(m_save, m_clear);
    setTabOrder(m_clear, m_table);
    setTabOrder(m_table, m_detail);
    retranslate();
}

InspectorWindow::~InspectorWindow() = default;

bool InspectorWindow::isRecording() const
{
    return m_log->isAttached();
}

void InspectorWindow::setRecording(bool on)
{
    if (on)
        m_log->attach(m_nam);
    else
        m_log->detachAll();
    if (m_record->isChecked() != on)
        m_record->setChecked(on);
    updateState();
}

int InspectorWindow::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool InspectorWindow::copyAsCurl()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    QApplication::clipboard()->setText(CurlCommand::build(m_log->record(row)));
    m_state->setText(tr("Copied as curl. Set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) before "
                        "running it."));
    return true;
}

bool InspectorWindow::saveTo(const QString &path, QString *error)
{
    return m_log->save(path, error);
}

void InspectorWindow::save()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Requests"),
        dir + QStringLiteral("/kaiwa-requests.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Requests"),
            tr("The requests could not be saved to %1: %2").arg(path, error));
}

void InspectorWindow::showCurrent()
{
    const int row = currentRow();
    m_detail->showRecord(row >= 0 && row < m_log->rowCount() ? &m_log->record(row) : nullptr);
    m_copyCurl->setEnabled(row >= 0);
}

void InspectorWindow::updateState()
{
    const int n = m_log->rowCount();
    m_save->setEnabled(n > 0);
    m_clear->setEnabled(n > 0);
    m_copyCurl->setEnabled(currentRow() >= 0);
    if (isRecording())
        m_state->setText(tr("Recording: %n request(s). Keys are hidden.", nullptr, n));
    else if (n > 0)
        m_state->setText(tr("Paused: %n request(s) kept until this window closes.", nullptr, n));
    else
        m_state->setText(tr("Not recording. Turn on Record, then send a message."));
}

void InspectorWindow::closeEvent(QCloseEvent *event)
{
    // Nothing outlives the window unless saved.
    setRecording(false);
    m_log->clear();
    QWidget::closeEvent(event);
}

void InspectorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InspectorWindow::retranslate()
{
    setWindowTitle(tr("Request Inspector — Kaiwa"));
    m_record->setText(tr("● &Record"));
    m_record->setToolTip(tr("Record the requests Kaiwa sends (off while this is not pressed)"));
    m_record->setAccessibleName(tr("Record requests"));
    m_copyCurl->setText(tr("Copy as &curl"));
    m_copyCurl->setAccessibleName(tr("Copy the selected request as a curl command"));
    m_save->setText(tr("&Save…"));
    m_save->setAccessibleName(tr("Save the recorded requests to a JSON file"));
    m_clear->setText(tr("C&lear"));
    m_clear->setAccessibleName(tr("Clear the recorded requests"));
    m_table->setAccessibleName(tr("Recorded requests"));
    m_table->setAccessibleDescription(
        tr("Requests sent while recording, newest last; select one to see its details"));
    m_state->setAccessibleName(tr("Recording state"));
    updateState();
}

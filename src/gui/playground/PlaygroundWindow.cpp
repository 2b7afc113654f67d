// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/playground/PlaygroundWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStringListModel>

#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/chat/ClientPool.h"
#include "core/request/CompletionRequest.h"
#include "core/settings/ModelCatalog.h"
#include "core/settings/ProfileStore.h"
#include "gui/AppContext.h"
#include "gui/UiSettings.h"
#include "gui/playground/PlaygroundParams.h"
#include "gui/playground/PlaygroundResult.h"
#include "gui/profiles/InlineMessage.h"

namespace {
QString historyLabel(const PlaygroundRun &run)
{
    const QString firstLine = run.prompt.section(u'\n', 0, 0).simplified();
    return QStringLiteral("%1 · %2 · %3")
        .arg(run.time.toLocalTime().toString(QStringLiteral("HH:mm")), run.model, firstLine);
}
} // namespace

PlaygroundWindow::PlaygroundWindow(AppContext &context, const QString &historyPath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_history(historyPath)
{
    buildLayout();
    resize(1100, 720);

    connect(m_run, &QPushButton::clicked, this, &PlaygroundWindow::run);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundWindow::stop);
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &PlaygroundWindow::run);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &PlaygroundWindow::stop);
    connect(m_insert, &QCheckBox::toggled, m_suffix, &QWidget::setVisible);
    connect(
        m_profile, &QComboBox::activated, this, [this] { setProfile(m_profile->currentText()); });
    connect(&m_context.profiles(), &ProfileStore::profilesChanged, this,
        &PlaygroundWindow::reloadProfiles);
    connect(m_list, &QListWidget::currentRowChanged, this, &PlaygroundWindow::restore);
    m_modelNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_modelNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_model->setCompleter(completer);
    connect(&m_context.models(), &ModelCatalog::modelsChanged, this, [this](const QString &name) {
        if (name == profile())
            m_modelNames->setStringList(m_context.models().models(name));
    });

    m_runs = m_history.load();
    for (const PlaygroundRun &run : std::as_const(m_runs)) {
        auto *item = new QListWidgetItem(historyLabel(run), m_list);
        item->setToolTip(QLocale().toString(run.time.toLocalTime(), QLocale::LongFormat));
    }
    reloadProfiles();
    QString start = m_context.ui().lastProfile();
    if (!m_context.profiles().contains(start))
        start = m_profile->count() > 0 ? m_profile->itemText(0) : QString();
    setProfile(start);
    retranslate();
    m_prompt->setFocus();
}

PlaygroundWindow::~PlaygroundWindow()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
        m_stream->deleteLater();
    }
}

void PlaygroundWindow::reloadProfiles()
{
    const QString current = m_profile->currentText();
    m_profile->clear();
    m_profile->addItems(m_context.profiles().names());
    m_profile->setCurrentIndex(std::max(0, m_profile->findText(current)));
}

void PlaygroundWindow::setProfile(const QString &profile)
{
    m_profile->setCurrentIndex(m_profile->findText(profile));
    m_modelNames->setStringList(m_context.models().models(profile));
    if (m_model->text().isEmpty()) {
        if (const auto found = m_context.profiles().profile(profile))
            m_model->setText(found->defaultModel);
    }
    retranslate();
}

QString PlaygroundWindow::profile() const
{
    return m_profile->currentText();
}

QString PlaygroundWindow::bannerText() const
{
    return m_banner->text();
}

void PlaygroundWindow::run()
{
    if (m_running)
        return;
    m_banner->clear();
    const auto refuse = [this](const QString &text) {
        m_banner->show(text);
    };
    if (profile().isEmpty())
        return refuse(tr("There is no profile yet: add one in File › Profiles."));
    if (m_model->text().trimmed().isEmpty())
        return refuse(tr("Enter a model."));
    if (m_prompt->toPlainText().isEmpty())
        return refuse(tr("Write a prompt first."));
    if (const QString problem = m_params->problem(); !problem.isEmpty())
        return refuse(problem);

    m_pending = PlaygroundRun{};
    m_pending.time = QDateTime::currentDateTimeUtc();
    m_pending.profile = profile();
    m_pending.model = m_model->text().trimmed();
    m_pending.prompt = m_prompt->toPlainText();
    if (m_insert->isChecked())
        m_pending.suffix = m_suffix->toPlainText();
    m_pending.params = m_params->values();

    CompletionRequest request;
    request.model = m_pending.model;
    request.prompt = m_pending.prompt;
    if (!m_pending.suffix.isEmpty())
        request.suffix = m_pending.suffix;
    for (auto it = m_pending.params.begin(); it != m_pending.params.end(); ++it) {
        if (const QString problem = applyParam(request, it.key(), it.value()); !problem.isEmpty())
            return refuse(tr("%1: %2").arg(it.key(), problem));
    }
    if (!request.bestOf)
        request.stream = true; // best_of cannot be streamed: the server answers at once
    if (const QStringList problems = validate(request); !problems.isEmpty())
        return refuse(problems.join(u'\n'));

    setRunning(true);
    m_result->setRun(m_pending.prompt, m_pending.suffix, request.echo.value_or(false), {});
    const int choices = request.n.value_or(1);
    m_context.clients().client(
        m_pending.profile, this, [this, request, choices](const ClientPool::Result &client) {
            if (!m_running || m_stream)
                return; // stopped while the key was read
            if (!client)
                return finish(client.error());
            auto stream = (*client)->complete(request);
            if (!stream)
                return finish(stream.error());
            (*stream)->setExpectedChoices(choices);
            start(*stream);
        });
}

void PlaygroundWindow::start(ChatStream *stream)
{
    m_stream = stream;
    connect(stream, &ChatStream::updated, this, &PlaygroundWindow::showProgress);
    connect(stream, &ChatStream::finished, this, [this] { finish({}); });
    connect(stream, &ChatStream::failed, this, &PlaygroundWindow::finish);
    stream->start();
}

void PlaygroundWindow::showProgress()
{
    if (!m_stream)
        return;
    m_pending.choices = m_stream->result().value(QLatin1String("choices")).toArray();
    m_result->setRun(m_pending.prompt, m_pending.suffix,
        m_pending.params.value(QLatin1String("echo")).toBool(), m_pending.choices);
}

void PlaygroundWindow::stop()
{
    if (!m_running)
        return;
    if (m_stream) {
        m_stream->cancel(); // failed(Cancelled) follows and keeps what arrived
        return;
    }
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    finish(cancelled);
}

void PlaygroundWindow::finish(const ApiError &error)
{
    if (!m_running)
        return;
    showProgress();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    setRunning(false);
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->show(tr("Stopped: the completion so far is kept."), InlineMessage::Level::Info);
    } else if (error.isError()) {
        m_pending.error = describe(error);
        m_banner->show(m_pending.error);
    }
    addToHistory(m_pending);
    Q_EMIT runFinished();
}

QString PlaygroundWindow::describe(const ApiError &error) const
{
    if (error.kind == ApiError::Kind::Http
        && (error.httpStatus == 404 || error.httpStatus == 405 || error.httpStatus == 501))
        return tr("This server does not offer legacy completions (POST /completions): %1. Base "
                  "models on llama.cpp, vLLM and similar servers do; chat-only services do not.")
            .arg(error.describe());
    return tr("The completion failed: %1").arg(error.describe());
}

void PlaygroundWindow::addToHistory(const PlaygroundRun &run)
{
    m_runs.prepend(run);
    while (m_runs.size() > PlaygroundHistory::kMaxRuns)
        m_runs.removeLast();
    const QSignalBlocker blocker(m_list);
    auto *item = new QListWidgetItem(historyLabel(run));
    item->setToolTip(QLocale().toString(run.time.toLocalTime(), QLocale::LongFormat));
    m_list->insertItem(0, item);
    while (m_list->count() > m_runs.size())
        delete m_list->takeItem(m_list->count() - 1);
    m_list->setCurrentRow(0);
    if (!m_history.save(m_runs))
        m_banner->show(tr("The run history could not be saved to %1.").arg(m_history.path()),
            InlineMessage::Level::Warning);
}

void PlaygroundWindow::restore(int row)
{
    if (m_running || row < 0 || row >= m_runs.size())
        return;
    const PlaygroundRun &run = m_runs[row];
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    if (m_profile->findText(run.profile) >= 0)
        setProfile(run.profile);
    m_model->setText(run.model);
    m_prompt->setPlainText(run.prompt);
    m_insert->setChecked(!run.suffix.isEmpty());
    m_suffix->setPlainText(run.suffix);
    m_params->setValues(run.params);
    m_result->setRun(
        run.prompt, run.suffix, run.params.value(QLatin1String("echo")).toBool(), run.choices);
    if (run.error.isEmpty())
        m_banner->clear();
    else
        m_banner->show(run.error);
}

void PlaygroundWindow::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_list->setEnabled(!running);
}

void PlaygroundWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

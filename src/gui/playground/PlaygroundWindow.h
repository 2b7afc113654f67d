// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include "gui/playground/PlaygroundHistory.h"

class AppContext;
struct ApiError;
class ChatStream;
class InlineMessage;
class PlaygroundParams;
class PlaygroundResult;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

//! The legacy completions playground (`POST /completions`, for base models): a prompt, an
//! optional suffix (insert mode) and the parameters; Run (Ctrl+Enter) streams the completion into
//! the result view right after the prompt, Stop (Esc) keeps what arrived. Every run goes into a
//! history on the side (kept in a JSON file); selecting one restores it. Errors show in a banner.
class PlaygroundWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundWindow)

public:
    //! `historyPath` empty: PlaygroundHistory::defaultPath().
    explicit PlaygroundWindow(
        AppContext &context, const QString &historyPath = {}, QWidget *parent = nullptr);
    ~PlaygroundWindow() override;

    void setProfile(const QString &profile);
    QString profile() const;

    bool isRunning() const { return m_running; }

    const QList<PlaygroundRun> &runs() const { return m_runs; }

    //! Shows a saved run (prompt, parameters, result), as selecting it in the history does.
    void restore(int row);

    PlaygroundParams *params() const { return m_params; }

    PlaygroundResult *result() const { return m_result; }

    QString bannerText() const;

public Q_SLOTS:
    void run();
    void stop();

Q_SIGNALS:
    //! A run ended (finished, failed or stopped) and was added to the history.
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void reloadProfiles();
    void setRunning(bool running);
    void start(ChatStream *stream);
    void showProgress();
    void finish(const ApiError &error);
    void addToHistory(const PlaygroundRun &run);
    QString describe(const ApiError &error) const;

    AppContext &m_context;
    PlaygroundHistory m_history;
    QList<PlaygroundRun> m_runs;
    PlaygroundRun m_pending;
    QPointer<ChatStream> m_stream;
    bool m_running = false;

    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLineEdit *m_model = nullptr;
    QStringListModel *m_modelNames = nullptr; //!< the profile's known models, for completion
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    InlineMessage *m_banner = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_promptLabel = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QCheckBox *m_insert = nullptr;
    QPlainTextEdit *m_suffix = nullptr;
    QLabel *m_resultLabel = nullptr;
    PlaygroundResult *m_result = nullptr;
    QLabel *m_paramsLabel = nullptr;
    PlaygroundParams *m_params = nullptr;
};

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Stored Completions window over real parts (tst_storedwindow, tst_storedactions): the main
// window fixture (SQLite file, a profile pointing at FakeOpenAiServer over loopback) with a
// stateful FakeStoredCompletions behind the server, and the window opened from the File menu.
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include "MainWindowFixture.h"
#include "core/api/ChatClient.h"
#include "core/models/StoredCompletionModel.h"
#include "core/models/StoredMessagesModel.h"
#include "gui/stored/StoredCompletionsWindow.h"
#include "gui/stored/StoredDetailPane.h"
#include "gui/stored/StoredFilterBar.h"
#include "gui/stored/StoredMetadataPanel.h"
#include "support/FakeStoredCompletions.h"

namespace StoredWindowTest {
using namespace Qt::StringLiterals;

struct StoredFixture
{
    //! `open`: the window is opened from the File menu at once.
    explicit StoredFixture(int count, int unsupported = 0, bool open = true)
        : stored(count)
    {
        stored.install(app.server);
        stored.setUnsupported(unsupported);
        QAction *action = app.window->findChild<QAction *>(u"actionStoredCompletions"_s);
        if (!action || !open)
            return;
        action->trigger();
        window = app.window->findChild<StoredCompletionsWindow *>();
    }

    StoredCompletionModel *model() const { return window->model(); }

    //! Errors end at once (retries are RetryPolicy's tests).
    bool noRetries() const
    {
        if (!QTest::qWaitFor([this] { return model()->client() != nullptr; }, 5000))
            return false;
        ApiReply::Options options;
        options.maxRetries = 0;
        model()->client()->setOptions(options);
        return true;
    }

    bool waitLoaded() const
    {
        return QTest::qWaitFor(
            [this] {
                return model()->client() && !model()->isLoading() && model()->rowCount() > 0;
            },
            10'000);
    }

    QList<RecordedRequest> requests(const QByteArray &method, const QByteArray &suffix) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : app.server.requests()) {
            if (r.method == method && r.pathOnly().endsWith(suffix))
                out.append(r);
        }
        return out;
    }

    void select(const QList<int> &rows) const
    {
        QItemSelectionModel *selection = window->list()->selectionModel();
        selection->clear();
        for (int row : rows) {
            selection->select(
                model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        selection->setCurrentIndex(model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }

    FakeStoredCompletions stored; // outlives the server (declared first)
    WindowTest::Fixture app;
    StoredCompletionsWindow *window = nullptr;
};

inline QList<QJsonObject> readJsonl(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        out.append(doc.object());
    }
    return out;
}
} // namespace StoredWindowTest

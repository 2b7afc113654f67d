// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Stored Completions window as a user drives it, over loopback HTTP against the stateful
// FakeStoredCompletions and a real SQLite file: filters sent to the server, metadata edits within
// the API's limits, deletes with a partial failure, JSONL export, "Open as conversation" into the
// main window, and API errors shown in the window.
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

using namespace Qt::StringLiterals;

namespace {
struct StoredFixture
{
    explicit StoredFixture(int count, int unsupported = 0)
        : stored(count)
    {
        stored.install(app.server);
        stored.setUnsupported(unsupported);
        QAction *action = app.window->findChild<QAction *>(u"actionStoredCompletions"_s);
        if (!action)
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
} // namespace

class TestStoredWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensFromTheMenuAndPagesWhileScrolling();
    void filtersAreSentToTheServer();
    void metadataLimitsAndSave();
    void deleteTwoWithOneFailing();
    void exportSelectionAsJsonl();
    void exportTheFilteredList();
    void openAsConversation();
    void detailShowsMessagesAndAnswer();
    void apiErrorsShowInTheBanner_data();
    void apiErrorsShowInTheBanner();
    void controlsAreNamedAndReachable();
    void screenshots();
    void tenThousandRowsScrollSmoothly();
};

void TestStoredWindow::tenThousandRowsScrollSmoothly()
{
    StoredFixture f(10'000);
    QVERIFY(f.waitLoaded());
    f.model()->setPageSize(100);
    f.model()->setLoadFirstMessages(false); // the list's own cost, not 10,000 message requests
    QTableView *list = f.window->list();
    // Scrolling to the end loads the next page each time, until everything is there.
    QElapsedTimer timer;
    timer.start();
    while (f.model()->canFetchMore({}) || f.model()->isLoading()) {
        list->scrollToBottom();
        QVERIFY(QTest::qWaitFor([&] { return !f.model()->isLoading(); }, 5000));
        QVERIFY2(timer.elapsed() < 60'000, "paging stalled");
    }
    QCOMPARE(f.model()->rowCount(), 10'000);
    // A screenful of the list paints quickly anywhere in it (fixed row heights, no widgets).
    QScrollBar *bar = list->verticalScrollBar();
    QElapsedTimer paint;
    paint.start();
    for (int step = 0; step < 20; ++step) {
        bar->setValue(bar->maximum() * step / 19);
        list->viewport()->repaint();
    }
    QVERIFY2(paint.elapsed() < 2000, QByteArray::number(paint.elapsed()).constData());
    QVERIFY(list->findChildren<QWidget *>().size() < 20); // no per-row widgets
}

void TestStoredWindow::opensFromTheMenuAndPagesWhileScrolling()
{
    StoredFixture f(120);
    QVERIFY(f.window);
    QVERIFY(f.window->isVisible());
    QCOMPARE(f.window->profile(), u"Fake"_s);
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.model()->rowCount(), StoredCompletionModel::DefaultPageSize);
    QCOMPARE(f.cell(0, StoredCompletionModel::IdColumn), u"chatcmpl-stored-00119"_s); // newest
    QCOMPARE(f.cell(0, StoredCompletionModel::AnswerColumn),
        u"Answer 119: Tokyo is the capital of Japan."_s);
    // The first user message of shown rows arrives on its own.
    QTRY_VERIFY_WITH_TIMEOUT(
        f.cell(0, StoredCompletionModel::FirstUserColumn).startsWith(u"Question 119.0"_s), 5000);

    QTableView *list = f.window->list();
    QCOMPARE(list->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(f.model()->rowCount(), StoredCompletionModel::DefaultPageSize); // no eager loading
    list->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->rowCount() > StoredCompletionModel::DefaultPageSize, 5000);
    // The same action raises the window instead of opening another.
    f.app.window->findChild<QAction *>(u"actionStoredCompletions"_s)->trigger();
    QCOMPARE(f.app.window->findChildren<StoredCompletionsWindow *>().size(), 1);
}

void TestStoredWindow::filtersAreSentToTheServer()
{
    StoredFixture f(60);
    QVERIFY(f.waitLoaded());
    StoredFilterBar *bar = f.window->filterBar();

    // Text that is no key=value pair is refused before anything is sent.
    const qsizetype before = f.app.server.requests().size();
    bar->metadataEdit()->setText(u"nonsense"_s);
    QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
    QVERIFY(bar->problem().contains(u"nonsense"_s));
    QCOMPARE(f.app.server.requests().size(), before);

    bar->modelEdit()->setText(u"gpt-4.1"_s);
    bar->metadataEdit()->setText(u"user=user-1, app=kaiwa"_s);
    bar->orderBox()->setCurrentIndex(bar->orderBox()->findData(u"asc"_s));
    QTest::keyClick(bar->metadataEdit(), Qt::Key_Return);
    QVERIFY(bar->problem().isEmpty());
    QVERIFY(f.waitLoaded());
    const QUrlQuery query = f.requests("GET", "/chat/completions").last().query();
    QCOMPARE(query.queryItemValue(u"model"_s), u"gpt-4.1"_s);
    QCOMPARE(query.queryItemValue(u"metadata[user]"_s), u"user-1"_s);
    QCOMPARE(query.queryItemValue(u"metadata[app]"_s), u"kaiwa"_s);
    QCOMPARE(query.queryItemValue(u"order"_s), u"asc"_s);
    // i % 3 == 1 and i % 5 == 1: 1, 16, 31, 46, oldest first.
    QCOMPARE(f.model()->rowCount(), 4);
    QCOMPARE(f.cell(0, StoredCompletionModel::IdColumn), u"chatcmpl-stored-00001"_s);
    QCOMPARE(f.cell(3, StoredCompletionModel::IdColumn), u"chatcmpl-stored-00046"_s);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(f.cell(row, StoredCompletionModel::ModelColumn), u"gpt-4.1"_s);
        QVERIFY(f.cell(row, StoredCompletionModel::MetadataColumn).contains(u"user=user-1"_s));
    }
}

void TestStoredWindow::metadataLimitsAndSave()
{
    StoredFixture f(10);
    QVERIFY(f.waitLoaded());
    QVERIFY(f.noRetries());
    f.select({ 0 });
    const QString id = f.model()->id(0);
    StoredMetadataPanel *panel = f.window->metadataPanel();
    QTRY_COMPARE(panel->completionId(), id);
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 3); // app, topic, user

    // Up to 16 pairs; the 17th is refused with a message.
    for (int i = 0; i < 13; ++i) {
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        table->item(table->rowCount() - 1, 0)->setText(u"k%1"_s.arg(i));
    }
    QCOMPARE(table->rowCount(), 16);
    QVERIFY(panel->message().isEmpty());
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 16);
    QVERIFY2(panel->message().contains(u"16"_s), qPrintable(panel->message()));

    // A key longer than 64 characters is named, and nothing is sent.
    table->item(15, 0)->setText(QString(65, u'x'));
    const qsizetype posts = f.requests("POST", id.toUtf8()).size();
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY2(panel->message().contains(u"64"_s), qPrintable(panel->message()));
    QCOMPARE(f.requests("POST", id.toUtf8()).size(), posts);

    // A valid edit is saved, and the list shows the server's answer.
    panel->setCompletion(id, f.model()->metadata(0));
    QCOMPARE(table->rowCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"topic"_s)
            table->item(row, 1)->setText(u"billing"_s);
    }
    QSignalSpy updated(f.model(), &StoredCompletionModel::metadataUpdated);
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(f.requests("POST", id.toUtf8()).size(), posts + 1);
    QCOMPARE(f.stored.completion(id).value(u"metadata"_s).toObject().value(u"topic"_s).toString(),
        u"billing"_s);
    QVERIFY(f.cell(0, StoredCompletionModel::MetadataColumn).contains(u"topic=billing"_s));
    QCOMPARE(panel->message(), u"Saved."_s);
}

void TestStoredWindow::deleteTwoWithOneFailing()
{
    StoredFixture f(10);
    QVERIFY(f.waitLoaded());
    QVERIFY(f.noRetries());
    const QString ok = f.model()->id(0);
    const QString failing = f.model()->id(1);
    f.stored.setFailingDeletes({ failing });
    QStringList asked;
    f.window->setDeleteConfirmation([&](const QStringList &ids) {
        asked = ids;
        return true;
    });
    f.select({ 0, 1 });
    QSignalSpy finished(f.model(), &StoredCompletionModel::removeFinished);
    f.window->list()->setFocus();
    QTest::keyClick(f.window->list(), Qt::Key_Delete);
    QCOMPARE(asked, (QStringList{ ok, failing }));
    QCOMPARE(f.model()->rowCount(), 10); // nothing gone before the server answered
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.model()->rowCount(), 9);
    QCOMPARE(f.model()->rowOf(ok), -1);
    QVERIFY(f.model()->rowOf(failing) >= 0);
    QVERIFY(!f.stored.contains(ok));
    QVERIFY(f.stored.contains(failing));
    QCOMPARE(f.window->problems()->count(), 1);
    QVERIFY(f.window->problems()->item(0)->text().contains(failing));
    QVERIFY(!f.window->problems()->isHidden());
    QVERIFY2(f.window->bannerText().contains(u"could not be deleted"_s),
        qPrintable(f.window->bannerText()));

    // Declining the confirmation deletes nothing.
    f.window->setDeleteConfirmation([](const QStringList &) { return false; });
    f.select({ 0 });
    const qsizetype deletes = f.requests("DELETE", "").size();
    f.window->deleteSelected();
    QTest::qWait(100);
    QCOMPARE(f.requests("DELETE", "").size(), deletes);
}

namespace {
QList<QJsonObject> readJsonl(const QString &path)
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
} // namespace

void TestStoredWindow::exportSelectionAsJsonl()
{
    StoredFixture f(12);
    QVERIFY(f.waitLoaded());
    const QString path = f.app.path("selection.jsonl");
    f.window->setSavePathProvider([&](const QString &suggested) {
        return suggested.endsWith(u".jsonl"_s) ? path : QString();
    });
    f.select({ 0, 2, 3 });
    QSignalSpy ended(f.window, &StoredCompletionsWindow::exportEnded);
    f.window->exportSelection();
    QVERIFY(!f.window->progress()->isHidden());
    QVERIFY(ended.wait(10'000));
    QCOMPARE(ended.first().at(0).toInt(), 3);
    QVERIFY(f.window->progress()->isHidden());
    const QList<QJsonObject> lines = readJsonl(path);
    QCOMPARE(lines.size(), 3);
    const QStringList ids{ f.model()->id(0), f.model()->id(2), f.model()->id(3) };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(lines.at(i).value(u"id"_s).toString(), ids.at(i));
        const QJsonArray messages = lines.at(i).value(u"messages"_s).toArray();
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.size(), f.stored.messages(ids.at(i)).size());
    }
    QVERIFY(f.window->bannerText().contains(u"Exported 3"_s));
}

void TestStoredWindow::exportTheFilteredList()
{
    StoredFixture f(30);
    QVERIFY(f.waitLoaded());
    f.window->filterBar()->modelEdit()->setText(u"gpt-5.4"_s);
    f.window->filterBar()->apply();
    QVERIFY(f.waitLoaded());
    f.window->list()->selectionModel()->clear();
    const QString path = f.app.path("all.jsonl");
    f.window->setSavePathProvider([&](const QString &) { return path; });
    QSignalSpy ended(f.window, &StoredCompletionsWindow::exportEnded);
    f.window->exportSelection();
    QVERIFY(ended.wait(10'000));
    const QList<QJsonObject> lines = readJsonl(path);
    QCOMPARE(lines.size(), 10); // i % 3 == 2 of 30
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(u"model"_s).toString(), u"gpt-5.4"_s);
        QVERIFY(!line.value(u"messages"_s).toArray().isEmpty());
    }
    // Cancelled file dialog: nothing happens.
    f.window->setSavePathProvider([](const QString &) { return QString(); });
    f.window->exportSelection();
    QVERIFY(f.window->progress()->isHidden());
}

void TestStoredWindow::openAsConversation()
{
    StoredFixture f(8);
    QVERIFY(f.waitLoaded());
    // chatcmpl-stored-00005: user, assistant, user, assistant, user, then the answer.
    const int row = f.model()->rowOf(u"chatcmpl-stored-00005"_s);
    QVERIFY(row >= 0);
    f.select({ row });
    QSignalSpy opened(f.window, &StoredCompletionsWindow::conversationOpened);
    QTest::mouseClick(f.window->findChild<QPushButton *>(u"storedOpen"_s), Qt::LeftButton);
    QVERIFY(opened.wait(5000));
    const qint64 id = opened.first().at(0).toLongLong();
    QVERIFY(f.app.context->conversations().rowOf(id) >= 0);
    QCOMPARE(f.app.page()->conversationId(), id);
    QTRY_VERIFY(f.app.model() && f.app.model()->rowCount() == 6);
    QCOMPARE(f.app.text(0), u"Question 5.0 about Tokyo"_s);
    QCOMPARE(f.app.text(4), u"Question 5.2 about Tokyo"_s);
    QCOMPARE(f.app.text(5), u"Answer 5: Tokyo is the capital of Japan."_s);
}

void TestStoredWindow::detailShowsMessagesAndAnswer()
{
    StoredFixture f(8);
    QVERIFY(f.waitLoaded());
    const int row = f.model()->rowOf(u"chatcmpl-stored-00004"_s); // system + user
    f.select({ row });
    StoredDetailPane *detail = f.window->detail();
    QCOMPARE(detail->completionId(), u"chatcmpl-stored-00004"_s);
    StoredMessagesModel *messages = detail->messages();
    // system, user, assistant, user, then the answer
    QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 5, 5000);
    QCOMPARE(messages->index(0, 0).data(StoredMessagesModel::RoleNameRole).toString(), u"system"_s);
    QCOMPARE(messages->index(4, 0).data(StoredMessagesModel::IsAnswerRole).toBool(), true);
    QCOMPARE(messages->index(4, 0).data(MessageModel::TextRole).toString(),
        u"Answer 4: Tokyo is the capital of Japan."_s);
    QVERIFY(detail->detailsText().contains(u"= 36 tokens"_s));
    QVERIFY(detail->detailsText().contains(u"seed 42"_s));
    // The chat view draws them: rows of different messages have their own height.
    QVERIFY(detail->view()->isVisible());
    QVERIFY(detail->view()->visualRect(detail->view()->model()->index(4, 0)).height() > 0);
}

void TestStoredWindow::apiErrorsShowInTheBanner_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("404") << 404 << u"does not support"_s;
    QTest::newRow("403") << 403 << u"permission"_s;
    QTest::newRow("429") << 429 << u"try again"_s;
}

void TestStoredWindow::apiErrorsShowInTheBanner()
{
    QFETCH(int, status);
    QFETCH(QString, words);
    StoredFixture f(5, status == 429 ? 0 : status);
    QVERIFY(f.window);
    QVERIFY(f.noRetries());
    if (status == 429) {
        // The list first, then no other request takes the 429 (first user messages are off).
        QVERIFY(f.waitLoaded());
        f.model()->setLoadFirstMessages(false);
        QTest::qWait(200);
        f.stored.setRateLimited(1, 120);
        f.window->refresh();
    }
    QTRY_VERIFY_WITH_TIMEOUT(f.window->bannerText().contains(words, Qt::CaseInsensitive), 5000);
    QCOMPARE(f.model()->rowCount(), 0);
    if (status == 429) {
        QVERIFY2(f.window->bannerText().contains(u"2 min"_s), qPrintable(f.window->bannerText()));
        // Refresh after the wait: the list loads and the banner goes.
        f.window->refresh();
        QVERIFY(f.waitLoaded());
        QVERIFY(f.window->bannerText().isEmpty());
    }
}

void TestStoredWindow::controlsAreNamedAndReachable()
{
    StoredFixture f(5);
    QVERIFY(f.waitLoaded());
    f.select({ 0 });
    const auto check = [&](QWidget *w) {
        static const QByteArrayList internal{ "QLineEditIconButton", "QTableCornerButton",
            "QHeaderView" }; // Qt's own parts of line edits and tables
        if (internal.contains(w->metaObject()->className()))
            return;
        const QByteArray what =
            w->metaObject()->className() + QByteArray(" ") + w->objectName().toUtf8();
        QVERIFY2(!w->objectName().isEmpty(), what.constData());
        QVERIFY2(!w->accessibleName().isEmpty(), what.constData());
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, what.constData());
    };
    for (QWidget *w : f.window->findChildren<QWidget *>()) {
        if (w->parentWidget()
            && qobject_cast<QAbstractItemView *>(w->parentWidget()->parentWidget()))
            continue; // the views' own scroll bars and editors
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w))
            check(w);
    }
}

void TestStoredWindow::screenshots()
{
    StoredFixture f(40);
    QVERIFY(f.waitLoaded());
    f.select({ 1 });
    QTRY_VERIFY_WITH_TIMEOUT(f.window->detail()->messages()->rowCount() > 1, 5000);
    QTest::qWait(300);
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set KAIWA_SCREENSHOTS to a directory to save the window's pictures");
    QVERIFY(f.window->grab().save(dir + u"/stored-light.png"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    QTest::qWait(300);
    QVERIFY(f.window->grab().save(dir + u"/stored-dark.png"_s));
}

QTEST_MAIN(TestStoredWindow)
#include "tst_storedwindow.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Stored Completions window as a user drives it, over loopback HTTP against the stateful
// FakeStoredCompletions and a real SQLite file: opening from the menu, paging while scrolling
// (10,000 rows), filters sent to the server, the detail pane, profiles (OpenAI and Azure), API
// errors in the banner, names for screen readers, and pictures of the window.
#include "DarkPalette.h"
#include "tst_stored_support.h"

using namespace StoredWindowTest;

class TestStoredWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensFromTheMenuAndPagesWhileScrolling();
    void tenThousandRowsScrollSmoothly();
    void filtersAreSentToTheServer();
    void detailShowsMessagesAndAnswer();
    void keyboardOnly();
    void azureProfile();
    void apiErrorsShowInTheBanner_data();
    void apiErrorsShowInTheBanner();
    void controlsAreNamedAndReachable();
    void screenshots();
};

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
    // Anywhere in it the rows are painted, not made of widgets (how smooth that is:
    // kaiwa-bench-storedlist).
    QScrollBar *bar = list->verticalScrollBar();
    for (int step = 0; step < 20; ++step) {
        bar->setValue(bar->maximum() * step / 19);
        list->viewport()->repaint();
        QVERIFY(list->indexAt(QPoint(4, 4)).isValid());
    }
    QVERIFY(list->findChildren<QWidget *>().size() < 20); // no per-row widgets
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

void TestStoredWindow::keyboardOnly()
{
    StoredFixture f(20, 0, false); // the window is opened with its shortcut below
    QVERIFY(QTest::qWaitForWindowExposed(f.app.window.get()));
    f.app.window->activateWindow();
    QTRY_VERIFY(f.app.window->isActiveWindow());
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    f.window = f.app.window->findChild<StoredCompletionsWindow *>();
    QVERIFY(f.window);
    QVERIFY(f.window->isVisible());
    QCOMPARE(f.window->windowTitle(), u"Stored Completions — Fake"_s);
    QVERIFY(f.waitLoaded());
    f.window->activateWindow();
    QTRY_VERIFY(f.window->isActiveWindow());
    QTRY_VERIFY(f.window->list()->hasFocus());

    // Arrow keys move through the list; the detail and metadata follow.
    QTest::keyClick(f.window->list(), Qt::Key_Down);
    QTest::keyClick(f.window->list(), Qt::Key_Down);
    const QString id = f.model()->id(f.window->list()->currentIndex().row());
    QCOMPARE(f.window->detail()->completionId(), id);
    QCOMPARE(f.window->metadataPanel()->completionId(), id);
    QCOMPARE(f.window->selectedIds(), QStringList{ id });
    // Tab goes on to the messages, then the metadata table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), f.window->detail()->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), f.window->metadataPanel()->table());
    // The filter bar's fields answer Enter.
    QLineEdit *model = f.window->filterBar()->modelEdit();
    model->setFocus();
    QTest::keyClicks(model, u"gpt-4.1"_s);
    QTest::keyClick(model, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->rowCount() == 7 && !f.model()->isLoading(), 5000);

    // The stored messages are read-only: Copy, but no Edit or Regenerate (open as a
    // conversation to go on).
    f.select({ 0 });
    ConversationView *view = f.window->detail()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 1, 5000);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QList<MessageActions::Action> actions;
        for (const MessageActions::Item &item :
            MessageActions::footer(view->model()->index(row, 0)))
            actions.append(item.action);
        QVERIFY(actions.contains(MessageActions::Action::Copy));
        QVERIFY(!actions.contains(MessageActions::Action::Edit));
        QVERIFY(!actions.contains(MessageActions::Action::Regenerate));
    }
}

void TestStoredWindow::azureProfile()
{
    StoredFixture f(6);
    QVERIFY(f.waitLoaded());
    ProviderProfile azure = ProviderProfile::defaultsFor(ProviderProfile::Kind::AzureOpenAI);
    azure.name = u"Azure"_s;
    azure.baseUrl = f.app.server.baseUrl();
    azure.apiVersion = u"2025-03-01-preview"_s;
    azure.defaultModel = u"my-deployment"_s;
    QVERIFY(f.app.context->secrets().writeBlocking(u"Azure"_s, u"azure-key"_s));
    QVERIFY(f.app.context->profiles().save(azure));
    QComboBox *profiles = f.window->findChild<QComboBox *>(u"storedProfile"_s);
    QTRY_VERIFY(profiles->findText(u"Azure"_s) >= 0); // the combo follows the profile store

    const qsizetype before = f.requests("GET", "/chat/completions").size();
    f.window->setProfile(u"Azure"_s);
    QCOMPARE(profiles->currentText(), u"Azure"_s);
    QTRY_VERIFY_WITH_TIMEOUT(f.requests("GET", "/chat/completions").size() > before, 5000);
    QVERIFY(f.waitLoaded());
    QCOMPARE(f.model()->rowCount(), 6);
    const RecordedRequest request = f.requests("GET", "/chat/completions").last();
    QVERIFY2(request.pathOnly().contains("/openai/chat/completions"), request.path.constData());
    QCOMPARE(request.query().queryItemValue(u"api-version"_s), u"2025-03-01-preview"_s);
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
    // A partial failure: the banner and the problem list.
    QVERIFY(f.noRetries());
    f.stored.setFailingDeletes({ f.model()->id(3) });
    f.window->setDeleteConfirmation([](const QStringList &) { return true; });
    f.select({ 2, 3 });
    QSignalSpy finished(f.model(), &StoredCompletionModel::removeFinished);
    f.window->deleteSelected();
    QVERIFY(finished.wait(5000));
    QTest::qWait(100);
    QVERIFY(f.window->grab().save(dir + u"/stored-problems.png"_s));
    // Opened as a conversation: the main window shows it.
    f.select({ 0 });
    QSignalSpy opened(f.window, &StoredCompletionsWindow::conversationOpened);
    f.window->openAsConversation();
    QVERIFY(opened.wait(5000));
    QTest::qWait(300);
    QVERIFY(f.app.window->grab().save(dir + u"/stored-opened.png"_s));
    QApplication::setPalette(TestPalette::dark());
    QTest::qWait(300);
    QVERIFY(f.window->grab().save(dir + u"/stored-dark.png"_s));
}

QTEST_MAIN(TestStoredWindow)
#include "tst_storedwindow.moc"

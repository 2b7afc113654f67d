// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Request Inspector in the real window: opened from View (Ctrl+Shift+I), off until Record is
// pressed, then showing a message sent from the composer over loopback with its headers (key
// hidden), rate limits, stream frames and timings; Copy as curl; closing forgets everything.
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include "DarkPalette.h"
#include "MainWindowFixture.h"
#include "core/inspect/RequestLog.h"
#include "gui/inspector/InspectorWindow.h"
#include "gui/inspector/RequestDetailView.h"

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
FakeResponse limitedAnswer()
{
    FakeResponse response = answer({ u"こんにちは"_s, u"、世界"_s }).withDelay(20);
    response.withHeader("x-request-id", "req_window7")
        .withHeader("x-ratelimit-limit-requests", "60")
        .withHeader("x-ratelimit-remaining-requests", "59")
        .withHeader("x-ratelimit-reset-tokens", "6m0s");
    return response;
}

QString allText(const RequestDetailView *detail)
{
    QString text;
    for (auto tab : { RequestDetailView::RequestTab, RequestDetailView::ResponseTab,
             RequestDetailView::StreamTab, RequestDetailView::SummaryTab })
        text += detail->text(tab);
    return text;
}
} // namespace

class TestInspectorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortcutIsUnique();
    void recordsWhatTheComposerSends();
    void looksRightInLightAndDark();
};

void TestInspectorWindow::shortcutIsUnique()
{
    Fixture f;
    auto *action = f.window->findChild<QAction *>(u"actionRequestInspector"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QVERIFY(!action->text().isEmpty());
    int same = 0;
    for (QAction *a : f.window->findChildren<QAction *>())
        same += a->shortcut() == action->shortcut() ? 1 : 0;
    QCOMPARE(same, 1);
    auto *view = f.window->findChild<QMenu *>(u"menuView"_s);
    QVERIFY(view && view->actions().contains(action));
}

void TestInspectorWindow::recordsWhatTheComposerSends()
{
    Fixture f;
    QVERIFY(f.opened);
    f.server.setDefaultResponse("/chat/completions", limitedAnswer());
    f.window->findChild<QAction *>(u"actionRequestInspector"_s)->trigger();
    auto *inspector = f.window->findChild<InspectorWindow *>();
    QVERIFY(inspector);
    QVERIFY(inspector->isVisible());
    auto *record = inspector->findChild<QToolButton *>(u"inspectorRecord"_s);
    auto *table = inspector->findChild<QTableView *>(u"inspectorTable"_s);
    auto *copy = inspector->findChild<QPushButton *>(u"inspectorCopyCurl"_s);
    auto *detail = inspector->findChild<RequestDetailView *>();
    QVERIFY(record && table && copy && detail);
    for (QWidget *w : std::initializer_list<QWidget *>{ record, table, copy, detail })
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // Off at first: a message sent now leaves no trace.
    QVERIFY(!record->isChecked());
    QVERIFY(!inspector->isRecording());
    f.typeAndSend(u"一つ目"_s);
    QTRY_VERIFY(
        f.model() && f.model()->rowCount() == 2 && f.state(1) == Conversation::State::Complete);
    QCOMPARE(table->model()->rowCount(), 0);

    record->click();
    QVERIFY(inspector->isRecording());
    f.typeAndSend(u"二つ目"_s);
    QTRY_VERIFY(f.model()->rowCount() == 4 && f.state(3) == Conversation::State::Complete);
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    // The newest request is selected and shown.
    const int row = inspector->currentRow();
    QCOMPARE(row, table->model()->rowCount() - 1);
    const RequestRecord &r = inspector->log().record(row);
    QCOMPARE(r.url.path(), u"/v1/chat/completions"_s);
    QTRY_VERIFY(r.isFinished());
    QCOMPARE(table->model()->index(row, RequestLog::StatusColumn).data().toString(), u"200"_s);
    QVERIFY(!table->model()->index(row, RequestLog::TtftColumn).data().toString().isEmpty());

    const QString request = detail->text(RequestDetailView::RequestTab);
    QVERIFY2(request.contains(u"Authorization: Bearer ***"_s), qPrintable(request));
    QVERIFY(request.contains(u"二つ目"_s));
    QVERIFY(request.startsWith(u"POST http://127.0.0.1:"_s));
    const QString response = detail->text(RequestDetailView::ResponseTab);
    QVERIFY2(response.contains(u"request id req_window7"_s), qPrintable(response));
    QVERIFY2(response.contains(u"59 of 60 left"_s), qPrintable(response));
    QVERIFY2(response.contains(u"full again in 6m0s"_s), qPrintable(response));
    const QString stream = detail->text(RequestDetailView::StreamTab);
    QVERIFY2(stream.contains(u"ms  data: [DONE]"_s), qPrintable(stream));
    QVERIFY(stream.contains(u"こんにちは"_s));
    const QString summary = detail->text(RequestDetailView::SummaryTab);
    QVERIFY2(summary.contains(u"Time to first token: "_s) && !summary.contains(u"token: —"_s),
        qPrintable(summary));
    QVERIFY(!allText(detail).contains(u"sk-window"_s));

    QGuiApplication::clipboard()->clear();
    QVERIFY(copy->isEnabled());
    copy->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl -N "_s), qPrintable(curl));
    QVERIFY(curl.contains(u"$OPENAI_API_KEY"_s));
    QVERIFY(curl.contains(u"二つ目"_s));
    QVERIFY(!curl.contains(u"sk-window"_s));

    // Closing stops recording and forgets everything.
    inspector->close();
    QVERIFY(!inspector->isRecording());
    QVERIFY(!RequestObserver::anyAttached());
    QCOMPARE(table->model()->rowCount(), 0);
    f.typeAndSend(u"三つ目"_s);
    QTRY_VERIFY(f.model()->rowCount() == 6 && f.state(5) == Conversation::State::Complete);
    QCOMPARE(table->model()->rowCount(), 0);
    // Opened again: still off.
    QCOMPARE(f.window->showInspector(), inspector);
    QVERIFY(!record->isChecked());
    QVERIFY(detail->text(RequestDetailView::RequestTab).isEmpty());
}

void TestInspectorWindow::looksRightInLightAndDark()
{
    Fixture f;
    QVERIFY(f.opened);
    f.server.setDefaultResponse("/chat/completions", limitedAnswer());
    InspectorWindow *inspector = f.window->showInspector();
    inspector->setRecording(true);
    f.typeAndSend(u"画面のテスト"_s);
    QTRY_VERIFY(inspector->log().rowCount() >= 1
        && inspector->log().record(inspector->log().rowCount() - 1).isFinished());
    auto *detail = inspector->findChild<RequestDetailView *>();
    detail->setCurrentIndex(RequestDetailView::ResponseTab);
    const QString dir = qEnvironmentVariable("KAIWA_GRAB_DIR");
    for (const bool dark : { false, true }) {
        inspector->setPalette(dark ? TestPalette::dark() : QPalette());
        QCoreApplication::processEvents();
        const QImage image = inspector->grab().toImage();
        QVERIFY(!image.isNull());
        // The detail text uses the palette's base and text colours, not fixed light ones.
        const QPlainTextEdit *page =
            detail->findChild<QPlainTextEdit *>(u"inspectorResponseText"_s);
        QCOMPARE(page->palette().color(QPalette::Base), inspector->palette().color(QPalette::Base));
        if (!dir.isEmpty())
            image.save(dir + (dark ? u"/inspector-dark.png"_s : u"/inspector-light.png"_s));
    }
}

QTEST_MAIN(TestInspectorWindow)
#include "tst_inspectorwindow.moc"

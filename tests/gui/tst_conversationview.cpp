// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QIdentityProxyModel>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/delegates/MessageDelegate.h"

namespace {
QList<Conversation::Message> messages(int count)
{
    QList<Conversation::Message> list;
    for (int i = 1; i <= count; ++i) {
        Conversation::Message m;
        m.id = i;
        m.conversationId = 1;
        m.parentId = i - 1;
        m.role = i % 2 ? Conversation::Role::User : Conversation::Role::Assistant;
        Conversation::Part part;
        part.text = QString::fromUtf8("メッセージ %1: some **Markdown** text.").arg(i);
        m.parts = { part };
        list.append(m);
    }
    return list;
}

//! Counts TextRole reads (the delegate falls back to data() when the model isn't a MessageModel).
class CountingProxy final : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == MessageModel::TextRole)
            rows.insert(index.row());
        return QIdentityProxyModel::data(index, role);
    }

    mutable QSet<int> rows;
};

class PaintRecorder final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            region += static_cast<QPaintEvent *>(event)->region();
        return false;
    }

    QRegion region;
};
} // namespace

class TestConversationView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandMessages();
    void streamingStaysAtBottom();
    void userScrolledUpStaysPut();
    void dataChangedRepaintsOneRow();
    void failedMarker();
    void estimatesReplacedInPlace();
    void pageUpToTheTop();
    void answerTallerThanQListViewCanStore();
    void rowsAroundTheViewLaidOutWhenIdle();
};

void TestConversationView::tenThousandMessages()
{
    MessageModel model;
    model.setConversation(1, messages(10000), 0);
    CountingProxy proxy;
    proxy.setSourceModel(&model);
    ConversationView view;
    view.resize(900, 700);
    QElapsedTimer timer;
    timer.start();
    view.setModel(&proxy);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->grab();
    const qint64 ms = timer.elapsed();
    // QListView without uniform sizes lays out every row (sizeHint for all 10,000), so every
    // row's text is read once; the delegate keeps their geometry but at most MaxRenderers
    // documents. Measured and reported, not asserted.
    qInfo("10,000 messages: first paint after %lld ms, TextRole read for %lld rows, %d renderers "
          "kept",
        ms, qsizetype(proxy.rows.size()), view.messageDelegate()->cachedRenderers());
    QVERIFY(view.messageDelegate()->cachedRenderers() <= MessageDelegate::MaxRenderers);
    // Only the rows on screen are laid out exactly (rendered); the others are estimates.
    QVERIFY(view.messageDelegate()->cachedRenderers() < 50);
    QVERIFY(view.isAtBottom());
    QVERIFY(view.verticalScrollBar()->maximum() > 10000 * 20);
}

void TestConversationView::streamingStaysAtBottom()
{
    MessageModel model;
    auto list = messages(40);
    Conversation::Message answer;
    answer.id = 41;
    answer.conversationId = 1;
    answer.parentId = 40;
    answer.role = Conversation::Role::Assistant;
    answer.state = Conversation::State::Streaming;
    list.append(answer);
    model.setConversation(1, list, 41);
    ConversationView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.isAtBottom());
    const int before = view.verticalScrollBar()->maximum();
    for (int i = 0; i < 100; ++i) {
        model.appendDelta(
            41, 0, QString::fromUtf8("ストリーミング中の文章 streaming text %1. ").arg(i));
        if (i % 10 == 9)
            model.appendDelta(41, 0, u"\n\n");
        model.flushDeltas();
        QCoreApplication::processEvents();
        view.viewport()->grab();
        QVERIFY(view.isAtBottom());
    }
    QVERIFY(view.verticalScrollBar()->maximum() > before + 300);
}

void TestConversationView::userScrolledUpStaysPut()
{
    MessageModel model;
    model.setConversation(1, messages(40), 40);
    ConversationView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.isAtBottom());
    view.verticalScrollBar()->setValue(100);
    QCoreApplication::processEvents(); // rows near the viewport get laid out in idle time
    // What the user sees: the row at the top of the view and where it sits. (The scroll value
    // itself may change when rows above are laid out exactly; the content must not move.)
    const QModelIndex top = view.indexAt(QPoint(10, 0));
    const int y = view.visualRect(top).top();
    model.appendDelta(40, 0, QStringLiteral(" more text").repeated(200));
    model.flushDeltas();
    QCoreApplication::processEvents();
    view.viewport()->grab();
    QVERIFY(!view.isAtBottom());
    QCOMPARE(view.indexAt(QPoint(10, 0)), top);
    QCOMPARE(view.visualRect(top).top(), y);
}

void TestConversationView::dataChangedRepaintsOneRow()
{
    MessageModel model;
    model.setConversation(1, messages(20), 20);
    ConversationView view;
    view.resize(500, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    const QModelIndex index = model.index(18);
    const QRect rect = view.visualRect(index);
    QVERIFY(view.viewport()->rect().intersects(rect));
    PaintRecorder recorder;
    view.viewport()->installEventFilter(&recorder);
    QTest::qWait(50);
    QTest::qWait(50);
    QSignalSpy hints(view.messageDelegate(), &QAbstractItemDelegate::sizeHintChanged);
    recorder.region = {};
    // Same length, same height: no relayout, only this row is repainted.
    QVERIFY(model.changeMessage(19,
        [](Conversation::Message &m) {
            m.parts[0].text.replace(QStringLiteral("some"), QStringLiteral("more"));
        },
        { MessageModel::TextRole }));
    QTRY_VERIFY(!recorder.region.isEmpty());
    QTest::qWait(20);
    QCOMPARE(hints.count(), 0);
    QCOMPARE(recorder.region.boundingRect(), rect.intersected(view.viewport()->rect()));
    QCOMPARE(view.visualRect(index), rect);
}

void TestConversationView::failedMarker()
{
    QCOMPARE(MessageDelegate::markerText(Conversation::State::Complete, {}), QString());
    QVERIFY(MessageDelegate::markerText(Conversation::State::Failed, QStringLiteral("HTTP 500"))
                .contains(QStringLiteral("HTTP 500")));
    MessageModel model;
    model.setConversation(1, messages(2), 2);
    ConversationView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int before = view.visualRect(model.index(1)).height();
    QVERIFY(model.setStreamState(2, Conversation::State::Interrupted, QStringLiteral("stopped")));
    QTRY_VERIFY(view.visualRect(model.index(1)).height() > before);
}

namespace {
//! Messages of very different heights, so estimates and exact layouts differ.
QList<Conversation::Message> variedMessages(int count)
{
    QList<Conversation::Message> list = messages(count);
    for (int i = 0; i < count; ++i) {
        QString &text = list[i].parts[0].text;
        if (i % 3 == 1)
            text += QStringLiteral("\n\n```\ncode line\nmore code\n```\n\n- a\n- b\n");
        if (i % 5 == 2)
            text += QString::fromUtf8("\n\n長い日本語の段落。").repeated(i % 7 + 1);
    }
    return list;
}

int firstVisibleRow(const ConversationView &view)
{
    return view.indexAt(QPoint(view.viewport()->width() / 2, 0)).row();
}
} // namespace

void TestConversationView::estimatesReplacedInPlace()
{
    MessageModel model;
    model.setConversation(1, variedMessages(500), 0);
    ConversationView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.isAtBottom());
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    const int row = firstVisibleRow(view);
    const int top = view.visualRect(model.index(row)).top();
    QStyleOptionViewItem option;
    option.widget = &view;
    option.font = view.font();
    for (int r = row; r < row + 3; ++r)
        QVERIFY(view.messageDelegate()->hasExactLayout(option, model.index(r)));
    // Everything back to estimates (as after a font change), then laid out again: the rows on
    // screen become exact, and the first visible row stays exactly where it was.
    view.messageDelegate()->clear();
    view.doItemsLayout();
    QCOMPARE(firstVisibleRow(view), row);
    QCOMPARE(view.visualRect(model.index(row)).top(), top);
    QVERIFY(view.messageDelegate()->hasExactLayout(option, model.index(row)));
    QVERIFY(!view.messageDelegate()->hasExactLayout(option, model.index(0)));
}

void TestConversationView::pageUpToTheTop()
{
    MessageModel model;
    model.setConversation(1, variedMessages(300), 0);
    ConversationView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.isAtBottom());
    QScrollBar *bar = view.verticalScrollBar();
    int presses = 0;
    while (bar->value() > 0 && presses < 1000) {
        const int before = bar->value();
        QTest::keyClick(&view, Qt::Key_PageUp);
        ++presses;
        // A page of pixels: the view moves up by about its height, never jumps back down.
        QVERIFY(bar->value() < before);
        QVERIFY(before - bar->value() <= view.viewport()->height() + 200);
    }
    QCOMPARE(bar->value(), 0);
    QCOMPARE(firstVisibleRow(view), 0);
    QVERIFY(view.currentIndex().isValid());
    QTest::keyClick(&view, Qt::Key_PageDown);
    QVERIFY(bar->value() > 0);
}

void TestConversationView::answerTallerThanQListViewCanStore()
{
    // QListView keeps item heights in a short. A 60,000-character answer is far taller than
    // 32,767 px: its end must still be drawn, repainted and clickable.
    QList<Conversation::Message> list = messages(2);
    QString text;
    for (int i = 0; text.size() < 60000; ++i)
        text += QStringLiteral("段落 %1: 長い回答の一部です。Long answer text.\n\n").arg(i);
    text += QStringLiteral("THE END");
    list[1].parts.first().text = text;
    MessageModel model;
    model.setConversation(1, list, 0);
    ConversationView view;
    view.resize(700, 500);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    QTRY_VERIFY(view.isAtBottom());
    const QModelIndex answer = model.index(1);
    const QRect rect = view.visualRect(answer);
    QVERIFY2(rect.height() > 33000, qPrintable(QString::number(rect.height())));
    QVERIFY(rect.bottom() >= view.viewport()->height() - 10); // it reaches the bottom of the view
    // The row under the bottom of the viewport is the answer (clicks and menus reach it).
    QCOMPARE(view.indexAt(QPoint(100, view.viewport()->height() - 60)), answer);
    // And its last lines are painted: text-coloured pixels in the lower part of the view.
    const QImage image = view.viewport()->grab().toImage();
    const QColor ink = view.palette().color(QPalette::Text);
    int dark = 0;
    for (int y = image.height() / 2; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.lightness() - ink.lightness()) < 60)
                ++dark;
        }
    }
    QVERIFY2(dark > 100, "the end of the answer is not drawn");
}

void TestConversationView::rowsAroundTheViewLaidOutWhenIdle()
{
    // Paging up must find the next page already laid out, not parse it in the frame.
    MessageModel model;
    model.setConversation(1, messages(2000), 0);
    ConversationView view;
    view.resize(600, 500);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.isAtBottom());
    const auto [first, last] = view.visibleRows();
    const MessageDelegate *delegate = view.messageDelegate();
    auto exactAbove = [&] {
        int height = 0;
        int row = first - 1;
        for (; row >= 0 && height < view.viewport()->height(); --row) {
            const QModelIndex index = model.index(row);
            if (!delegate->hasExactLayout(view.rowOption(index), index))
                return false;
            height += view.visualRect(index).height();
        }
        return true;
    };
    QTRY_VERIFY(exactAbove());
    // Far away rows still have only their estimate (memory stays bounded).
    const QModelIndex far = model.index(10);
    QVERIFY(!delegate->hasExactLayout(view.rowOption(far), far));
    QCOMPARE(last, model.rowCount() - 1);
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"

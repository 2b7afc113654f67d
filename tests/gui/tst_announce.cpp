// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers hear when an answer ends (issue 9): while a real answer streams from the fake
// server over loopback, the page's announcer is watched and read as a screen reader reads it.
// One announcement per answer, none per token: "Answer finished: <its
// first words>", or "Answer stopped: <why>" for an error or a stop. The announcing object is an
// alert (what Orca speaks when it starts showing) whose name is the text.
#include <QAccessible>
#include <QSignalSpy>

#include "MainWindowFixture.h"
#include "gui/AnswerAnnouncer.h"

using namespace WindowTest;
using namespace Qt::StringLiterals;
using Conversation::State;

namespace {
//! Everything the page's announcer said, and checks of how a screen reader finds it: an alert
//! (ATSPI_ROLE_ALERT; Orca speaks an alert that starts showing) that is showing, named by the text.
//!
//! The events themselves cannot be captured here: Qt 6.4 drops every accessibility event unless
//! a platform bridge is active (QAccessible::isActive()), which needs a screen reader on the
//! AT-SPI bus, and the offscreen platform has none. So the test reads what the bridge would read.
struct Listener
{
    explicit Listener(AnswerAnnouncer *announcer)
        : announcer(announcer)
        , spy(announcer, &AnswerAnnouncer::announced)
    {}

    QStringList said() const
    {
        QStringList texts;
        for (const QList<QVariant> &args : spy)
            texts << args.constFirst().toString();
        return texts;
    }

    //! What a screen reader finds on the announcer now: "" unless it is a showing alert.
    QString alertText() const
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(announcer);
        if (!iface || iface->role() != QAccessible::AlertMessage || iface->state().invisible)
            return {};
        return iface->text(QAccessible::Name);
    }

    AnswerAnnouncer *announcer;
    QSignalSpy spy;
};
} // namespace

class TestAnnounce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishedAnswerIsAnnouncedOnce();
    void longAnswerIsCut();
    void failedAnswerSaysWhy();
    void stoppedAnswerIsAnnounced();
    void announcerIsOutOfTheWay();
};

void TestAnnounce::finishedAnswerIsAnnouncedOnce()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Listener l(f.page()->announcer());
    QStringList tokens;
    for (const QString &word : u"Paris is the capital of France , on the Seine ."_s.split(u' '))
        tokens << word + u' ';
    f.server.enqueue("/chat/completions", answer(tokens));
    f.typeAndSend(u"What is the capital of France?"_s);
    QTRY_COMPARE(f.state(1), State::Complete);
    QTRY_COMPARE(l.said().size(), 1); // eleven tokens, one announcement
    QCOMPARE(l.said().constFirst(),
        u"Answer finished: Paris is the capital of France , on the Seine ."_s);
    QCOMPARE(l.alertText(), l.said().constFirst());
    QCOMPARE(f.page()->announcer()->lastAnnouncement(), l.said().constFirst());

    // The next answer is announced again, even with the same words.
    f.server.enqueue("/chat/completions", answer(tokens));
    f.typeAndSend(u"Again?"_s);
    QTRY_COMPARE(f.state(3), State::Complete);
    QTRY_COMPARE(l.said().size(), 2);
    QCOMPARE(l.said().at(1), l.said().at(0));
}

void TestAnnounce::longAnswerIsCut()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Listener l(f.page()->announcer());
    const QString sentence = u"Tokyo has many neighbourhoods worth a walk. "_s;
    f.server.enqueue("/chat/completions", answer({ sentence, sentence, sentence, sentence }));
    f.typeAndSend(u"Tell me about Tokyo"_s);
    QTRY_COMPARE(l.said().size(), 1);
    const QString said = l.said().constFirst();
    const QString prefix = u"Answer finished: "_s;
    QVERIFY2(said.startsWith(prefix + u"Tokyo has many neighbourhoods"_s), qPrintable(said));
    QVERIFY2(said.size() <= prefix.size() + AnswerAnnouncer::MaxExcerpt + 1, qPrintable(said));
    QVERIFY2(said.endsWith(u'…'), qPrintable(said));
}

void TestAnnounce::failedAnswerSaysWhy()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Listener l(f.page()->announcer());
    f.server.enqueue("/chat/completions",
        FakeResponse::error(401, u"Incorrect API key provided"_s, u"invalid_api_key"_s));
    f.typeAndSend(u"hello"_s);
    QTRY_COMPARE(f.state(1), State::Failed);
    QTRY_COMPARE(l.said().size(), 1);
    QVERIFY2(
        l.said().constFirst().startsWith(u"Answer stopped: "_s), qPrintable(l.said().constFirst()));
    QVERIFY2(l.said().constFirst().contains(u"Incorrect API key provided"_s),
        qPrintable(l.said().constFirst()));
}

void TestAnnounce::stoppedAnswerIsAnnounced()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Listener l(f.page()->announcer());
    const QByteArray first = contentChunk(u"Once upon a time"_s);
    f.server.enqueue("/chat/completions",
        FakeResponse::sse({ first, contentChunk(u"never"_s) }).stallingAfter(first.size() + 8));
    f.typeAndSend(u"Tell me a long story"_s);
    QTRY_COMPARE(f.text(1), u"Once upon a time"_s);
    QCOMPARE(l.said(), QStringList()); // nothing while it streams
    QTest::keyClick(f.editor(), Qt::Key_Escape);
    QTRY_COMPARE(f.state(1), State::Interrupted);
    QTRY_COMPARE(l.said().size(), 1);
    QVERIFY2(
        l.said().constFirst().startsWith(u"Answer stopped: "_s), qPrintable(l.said().constFirst()));
}

void TestAnnounce::announcerIsOutOfTheWay()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Listener l(f.page()->announcer());
    f.server.enqueue("/chat/completions", answer({ u"Hi."_s }));
    f.typeAndSend(u"hello"_s);
    QTRY_COMPARE(l.said().size(), 1);
    AnswerAnnouncer *announcer = f.page()->announcer();
    QCOMPARE(announcer->focusPolicy(), Qt::NoFocus); // never a Tab stop
    QVERIFY(announcer->width() <= 1 && announcer->height() <= 1); // nothing drawn over the chat
    QVERIFY(announcer->testAttribute(Qt::WA_TransparentForMouseEvents));
    // The composer keeps the focus: announcing does not move it.
    QTRY_VERIFY(f.editor()->hasFocus());
}

QTEST_MAIN(TestAnnounce)
#include "tst_announce.moc"

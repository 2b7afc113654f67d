// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationStore::search: Japanese substrings of 1, 2 and 3+ characters, English words.
#include <QTemporaryDir>
#include <QTest>

#include "StoreTestData.h"

using namespace Conversation;
using namespace StoreTestData;

class TestStoreSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void find_data();
    void find();
    void hitCarriesPlace();
    void checkpointedTextIsSearchable();
    void interruptedAnswerBecomesSearchable();
    void appendedCheckpointsReadWholeAndRecover();
    void commonShortWordFallsBackToScan();
    void limit();

private:
    qint64 add(qint64 conversationId, const QString &text);
    QSet<qint64> ids(const QString &query);
    QTemporaryDir m_dir;
    ConversationStore m_store;
    QHash<QString, qint64> m_ids; // text -> message id
    qint64 m_travel = 0;
};

qint64 TestStoreSearch::add(qint64 conversationId, const QString &text)
{
    Message m = textMessage(conversationId, 0, Role::User, text);
    const auto id = m_store.addMessage(m);
    return id ? *id : 0;
}

QSet<qint64> TestStoreSearch::ids(const QString &query)
{
    const auto hits = m_store.search(query);
    QSet<qint64> result;
    if (!hits)
        return { -1 };
    for (const SearchHit &hit : *hits)
        result.insert(hit.messageId);
    return result;
}

void TestStoreSearch::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("kaiwa.sqlite3"))));
    Info travel;
    travel.title = QStringLiteral("旅行の計画");
    QVERIFY(m_store.createConversation(travel));
    m_travel = travel.id;
    Info work;
    work.title = QStringLiteral("Work notes");
    QVERIFY(m_store.createConversation(work));
    const QStringList texts = {
        QStringLiteral("明日は東京タワーに行きます。"),
        QStringLiteral("日本語の文法について教えてください"),
        QStringLiteral("カタカナとひらがなの違いは？"),
        QStringLiteral("京都の紅葉がきれいです"),
        QStringLiteral("東 京 (with spaces, not the word)"),
        QStringLiteral("最後は東京"), // the query at the very end of the text
        QStringLiteral("東京"), // the whole text is the query
        QStringLiteral("猫"),
        QStringLiteral("The Kaiwa client streams answers."),
        QStringLiteral("kaiwa in lower case, and a SQLite note 🍣 寿司"),
        QStringLiteral("An unrelated message about nothing"),
    };
    for (const QString &text : texts)
        m_ids.insert(text,
            add(text.startsWith(QLatin1Char('T')) || text.startsWith(QLatin1Char('A')) ? work.id
                                                                                       : travel.id,
                text));
}

void TestStoreSearch::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const auto t = [](const char *s) {
        return QString::fromUtf8(s);
    };
    QTest::newRow("2 kanji") << t(
        "東京") << QStringList{ t("明日は東京タワーに行きます。"), t("最後は東京"), t("東京") };
    QTest::newRow("2 kanji, not 京都") << t("京都") << QStringList{ t("京都の紅葉がきれいです") };
    QTest::newRow("3 kanji/kana") << t("日本語")
                                  << QStringList{ t("日本語の文法について教えてください") };
    QTest::newRow("4 katakana") << t("カタカナ")
                                << QStringList{ t("カタカナとひらがなの違いは？") };
    QTest::newRow("2 katakana") << t("タワ") << QStringList{ t("明日は東京タワーに行きます。") };
    QTest::newRow("2 hiragana") << t("がな") << QStringList{ t("カタカナとひらがなの違いは？") };
    QTest::newRow("1 kanji") << t("猫") << QStringList{ t("猫") };
    QTest::newRow("emoji") << t("🍣")
                           << QStringList{ t("kaiwa in lower case, and a SQLite note 🍣 寿司") };
    QTest::newRow("English, any case") << t("KAIWA")
                                       << QStringList{ t("The Kaiwa client streams answers."),
                                              t("kaiwa in lower case, and a SQLite note 🍣 寿司") };
    QTest::newRow("English substring")
        << t("strea") << QStringList{ t("The Kaiwa client streams answers.") };
    QTest::newRow("two words, both")
        << t("kaiwa  sqlite") << QStringList{ t("kaiwa in lower case, and a SQLite note 🍣 寿司") };
    QTest::newRow("Japanese and English")
        << t("寿司 note") << QStringList{ t("kaiwa in lower case, and a SQLite note 🍣 寿司") };
    QTest::newRow("no such word") << t("大阪") << QStringList{};
    QTest::newRow("no such long word") << t("ラーメン屋") << QStringList{};
    QTest::newRow("FTS syntax is text") << t("\"東京\" OR NOT *") << QStringList{};
    QTest::newRow("empty") << t("   ") << QStringList{};
}

void TestStoreSearch::find()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QSet<qint64> want;
    for (const QString &text : expected)
        want.insert(m_ids.value(text));
    QCOMPARE(ids(query), want);
}

void TestStoreSearch::hitCarriesPlace()
{
    const auto hits = m_store.search(QStringLiteral("タワー"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    const SearchHit hit = hits->first();
    QCOMPARE(hit.conversationId, m_travel);
    QCOMPARE(hit.messageId, m_ids.value(QStringLiteral("明日は東京タワーに行きます。")));
    QCOMPARE(hit.title, QStringLiteral("旅行の計画"));
    QVERIFY(hit.snippet.contains(QStringLiteral("タワー")));

    // a long message: the snippet is a window around the match, on one line
    const QString lorem = QStringLiteral("あいうえお\n").repeated(100);
    add(m_travel, lorem + QStringLiteral("ここに富士山がある") + lorem);
    const auto far = m_store.search(QStringLiteral("富士山"));
    QCOMPARE(far->size(), 1);
    QVERIFY(far->first().snippet.contains(QStringLiteral("富士山")));
    QVERIFY(far->first().snippet.size() < 110);
    QVERIFY(far->first().snippet.startsWith(QChar(0x2026)));
    QVERIFY(!far->first().snippet.contains(QLatin1Char('\n')));
}

void TestStoreSearch::checkpointedTextIsSearchable()
{
    Message answer = textMessage(m_travel, 0, Role::Assistant, QString());
    answer.state = State::Streaming;
    QVERIFY(m_store.addMessage(answer));
    QVERIFY(m_store.checkpoint(answer.id, QStringLiteral("北海道の"), QString(), State::Streaming));
    // Not indexed while it streams (that would make streaming cost grow with the answer).
    QCOMPARE(ids(QStringLiteral("北海道")), QSet<qint64>{});
    QVERIFY(
        m_store.checkpoint(answer.id, QStringLiteral("北海道の山"), QString(), State::Complete));
    QCOMPARE(ids(QStringLiteral("北海道")), QSet<qint64>{ answer.id });
    QVERIFY(m_store.checkpoint(answer.id, QStringLiteral("沖縄の海"), QString(), State::Complete));
    QCOMPARE(ids(QStringLiteral("北海道")), QSet<qint64>{}); // the old text left the index
    QCOMPARE(ids(QStringLiteral("沖縄")), QSet<qint64>{ answer.id });
    answer.parts = { textPart(QStringLiteral("更新された本文")) };
    answer.state = State::Complete;
    QVERIFY(m_store.updateMessage(answer));
    QCOMPARE(ids(QStringLiteral("沖縄")), QSet<qint64>{});
    QCOMPARE(ids(QStringLiteral("本文")), QSet<qint64>{ answer.id });
}

void TestStoreSearch::interruptedAnswerBecomesSearchable()
{
    // A crash leaves an answer streaming; the next open() marks it interrupted and indexes it.
    Message answer = textMessage(m_travel, 0, Role::Assistant, QString());
    answer.state = State::Streaming;
    QVERIFY(m_store.addMessage(answer));
    QVERIFY(m_store.checkpoint(
        answer.id, QStringLiteral("途中で切れた答え"), QString(), State::Streaming));
    QCOMPARE(ids(QStringLiteral("途中")), QSet<qint64>{});
    const QString path = m_store.path();
    m_store.close();
    QVERIFY(m_store.open(path));
    QCOMPARE(ids(QStringLiteral("途中")), QSet<qint64>{ answer.id });
    QCOMPARE(m_store.message(answer.id)->state, State::Interrupted);
}

void TestStoreSearch::commonShortWordFallsBackToScan()
{
    // "x" followed by more than 256 different characters: too many trigrams to expand.
    Info many;
    QVERIFY(m_store.createConversation(many));
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("x") + QChar(0x4E00 + i) + QChar(0x4E00 + i) + QLatin1Char(' ');
    const qint64 id = add(many.id, text);
    QCOMPARE(ids(QStringLiteral("x")), QSet<qint64>{ id });
    QCOMPARE(ids(QStringLiteral("X 一一")), QSet<qint64>{ id });
    QCOMPARE(ids(QStringLiteral("x 大阪")), QSet<qint64>{});
}

void TestStoreSearch::limit()
{
    Info bulk;
    QVERIFY(m_store.createConversation(bulk));
    ImportedConversation imported;
    for (int i = 0; i < 120; ++i)
        imported.messages.append(
            textMessage(0, 0, Role::User, QStringLiteral("繰り返し %1").arg(i)));
    QVERIFY(m_store.importConversations({ imported }));
    QCOMPARE(m_store.search(QStringLiteral("繰り返し"))->size(), 50);
    QCOMPARE(m_store.search(QStringLiteral("繰り"), 7)->size(), 7);
    const auto newest = m_store.search(QStringLiteral("繰り返し"), 1);
    QVERIFY(newest->first().snippet.contains(QStringLiteral("119"))); // newest first
}

void TestStoreSearch::appendedCheckpointsReadWholeAndRecover()
{
    // A streaming answer saved in pieces: every reader sees the whole text; after a crash the
    // pieces become the message's text, searchable, marked interrupted.
    Message answer = textMessage(m_travel, 0, Role::Assistant, QString());
    answer.state = State::Pending;
    QVERIFY(m_store.addMessage(answer));
    QVERIFY(m_store.appendCheckpoint(answer.id, u"名古屋の", u"考え", State::Streaming));
    QVERIFY(m_store.appendCheckpoint(answer.id, u"味噌カツ", {}, State::Streaming));
    QVERIFY(m_store.appendCheckpoint(answer.id, {}, u"中…", State::Streaming));
    const auto streaming = m_store.message(answer.id);
    QCOMPARE(streaming->text(), QStringLiteral("名古屋の味噌カツ"));
    QCOMPARE(streaming->reasoning, QStringLiteral("考え中…"));
    QCOMPARE(streaming->state, State::Streaming);
    const QString path = m_store.path();
    m_store.close();
    QVERIFY(m_store.open(path));
    const auto recovered = m_store.message(answer.id);
    QCOMPARE(recovered->state, State::Interrupted);
    QCOMPARE(recovered->text(), QStringLiteral("名古屋の味噌カツ"));
    QCOMPARE(recovered->reasoning, QStringLiteral("考え中…"));
    QCOMPARE(ids(QStringLiteral("味噌カツ")), QSet<qint64>{ answer.id });
    // Saved whole (the session's final record) replaces the pieces instead of adding to them.
    Message whole = *recovered;
    whole.parts = { textPart(QStringLiteral("名古屋の味噌カツと手羽先")) };
    whole.state = State::Complete;
    QVERIFY(m_store.updateMessage(whole));
    QCOMPARE(m_store.message(answer.id)->text(), QStringLiteral("名古屋の味噌カツと手羽先"));
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"

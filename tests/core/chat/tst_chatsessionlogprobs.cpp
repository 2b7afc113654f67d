// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Token log probabilities of an answer: kept with the message (each of n choices its own),
// saved and read back, shown through LogprobsRole; streamed or not.
#include "SessionTestSupport.h"

using namespace SessionTest;

namespace {
//! A `logprobs.content` entry: token, logprob, its UTF-8 bytes and alternatives (token, logprob).
QJsonObject token(
    const QByteArray &utf8, double logprob, const QList<std::pair<QByteArray, double>> &top = {})
{
    auto bytes = [](const QByteArray &b) {
        QJsonArray array;
        for (const char c : b)
            array.append(int(uchar(c)));
        return array;
    };
    auto object = [&](const QByteArray &b, double p) {
        // A token holding part of a character is not valid UTF-8 on its own: the API then
        // gives its text with replacement characters, and the bytes tell the truth.
        return QJsonObject{ { QStringLiteral("token"), QString::fromUtf8(b) },
            { QStringLiteral("logprob"), p }, { QStringLiteral("bytes"), bytes(b) } };
    };
    QJsonObject result = object(utf8, logprob);
    QJsonArray alternatives;
    for (const auto &[b, p] : top)
        alternatives.append(object(b, p));
    result.insert(QStringLiteral("top_logprobs"), alternatives);
    return result;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

//! A content delta of choice `index` carrying the logprobs of its tokens.
QByteArray tokenChunk(const QString &text, const QJsonArray &tokens, int index)
{
    const QJsonObject choice{ { QStringLiteral("index"), index },
        { QStringLiteral("delta"), QJsonObject{ { QStringLiteral("content"), text } } },
        { QStringLiteral("logprobs"), QJsonObject{ { QStringLiteral("content"), tokens } } },
        { QStringLiteral("finish_reason"), QJsonValue() } };
    return chunk(compact(QJsonArray{ choice }));
}

// 京 is E4 BA AC: its first two bytes come as one token, the last as the next.
const QByteArray kKyo = QByteArrayLiteral("\xe4\xba\xac");

QJsonArray firstChoiceTokens()
{
    return { token(kKyo.left(2), -0.9, { { kKyo.left(2), -0.9 }, { "\xe5\xa4", -1.2 } }),
        token(kKyo.mid(2), -0.01), token("都", -2.5, { { "都", -2.5 }, { "阪", -0.2 } }) };
}

QJsonArray secondChoiceTokens()
{
    return { token("奈良", -0.05, { { "奈良", -0.05 }, { "大阪", -3.1 } }) };
}
} // namespace

class TestChatSessionLogprobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedChoicesKeepTheirLogprobs();
    void notStreamedAnswerKeepsLogprobs();
    void answerWithoutLogprobsHasNone();
    void continuedAnswerAppendsItsTokens();
};

void TestChatSessionLogprobs::streamedChoicesKeepTheirLogprobs()
{
    Fixture f;
    Conversation::Settings s = settings();
    s.parameters.insert(QStringLiteral("n"), 2);
    s.parameters.insert(QStringLiteral("logprobs"), true);
    s.parameters.insert(QStringLiteral("top_logprobs"), 2);
    QVERIFY(f.session.create(s));
    const QJsonArray first = firstChoiceTokens();
    const QJsonArray second = secondChoiceTokens();
    // Choice 0's tokens arrive over two chunks, interleaved with choice 1's.
    f.server.enqueue(
        FakeResponse::sse({ tokenChunk(QStringLiteral("京"), QJsonArray{ first[0], first[1] }, 0),
            tokenChunk(QStringLiteral("奈良"), second, 1),
            tokenChunk(QStringLiteral("都"), QJsonArray{ first[2] }, 0), finishChunk("stop", 0),
            finishChunk("stop", 1), usageChunk(), QByteArrayLiteral("[DONE]") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("古都は？"))));
    QVERIFY(finished.wait(5000));
    const QJsonObject sent = f.server.lastRequest().json();
    QCOMPARE(sent.value(QLatin1String("logprobs")), QJsonValue(true));
    QCOMPARE(sent.value(QLatin1String("top_logprobs")).toInt(), 2);

    QCOMPARE(f.text(1), QStringLiteral("京都"));
    QCOMPARE(f.data(1, MessageModel::LogprobsRole).toJsonArray(), first);
    QVERIFY(f.model.setActiveChoice(1, 1));
    QCOMPARE(f.text(1), QStringLiteral("奈良"));
    QCOMPARE(f.data(1, MessageModel::LogprobsRole).toJsonArray(), second);
    const auto choices = f.data(1, MessageModel::ChoicesRole).value<QList<Conversation::Choice>>();
    QCOMPARE(choices.value(0).logprobs, first);
    QCOMPARE(choices.value(1).logprobs, second);

    // Saved, and read back by another connection as a restarted Kaiwa would.
    const qint64 id = f.id(1);
    ConversationStore reopened;
    QVERIFY(reopened.open(f.dbPath()));
    const auto stored = reopened.message(id);
    QVERIFY(stored);
    QCOMPARE(stored->logprobs, first);
    QCOMPARE(stored->choices.size(), 1);
    QCOMPARE(stored->choices.at(0).logprobs, second);
    QCOMPARE(stored->choices.at(0).content, QStringLiteral("奈良"));

    // Sending the chosen choice on swaps its logprobs with choice 0's, like its text.
    const Conversation::Message resolved = MessageModel::resolvedChoice(f.model.message(1));
    QCOMPARE(resolved.logprobs, second);
    QCOMPARE(resolved.choices.at(0).logprobs, first);
}

void TestChatSessionLogprobs::notStreamedAnswerKeepsLogprobs()
{
    // A server that ignores stream: true answers with one chat.completion object.
    Fixture f;
    Conversation::Settings s = settings();
    s.parameters.insert(QStringLiteral("logprobs"), true);
    QVERIFY(f.session.create(s));
    const QJsonArray tokens = firstChoiceTokens();
    const QJsonObject completion{ { QStringLiteral("id"), QStringLiteral("chatcmpl-j") },
        { QStringLiteral("object"), QStringLiteral("chat.completion") },
        { QStringLiteral("created"), 1700000000 }, { QStringLiteral("model"), kServedModel },
        { QStringLiteral("choices"),
            QJsonArray{ QJsonObject{ { QStringLiteral("index"), 0 },
                { QStringLiteral("message"),
                    QJsonObject{ { QStringLiteral("role"), QStringLiteral("assistant") },
                        { QStringLiteral("content"), QStringLiteral("京都") } } },
                { QStringLiteral("logprobs"),
                    QJsonObject{ { QStringLiteral("content"), tokens } } },
                { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } } };
    f.server.enqueue(FakeResponse::json(200, completion));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("古都は？"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.text(1), QStringLiteral("京都"));
    QCOMPARE(f.state(1), Conversation::State::Complete);
    QCOMPARE(f.data(1, MessageModel::LogprobsRole).toJsonArray(), tokens);
    QCOMPARE(f.store.message(f.id(1))->logprobs, tokens);
}

void TestChatSessionLogprobs::answerWithoutLogprobsHasNone()
{
    Fixture f;
    QVERIFY(f.session.create(settings()));
    f.server.enqueue(answer({ QStringLiteral("はい") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("聞こえますか？"))));
    QVERIFY(finished.wait(5000));
    QVERIFY(f.data(1, MessageModel::LogprobsRole).toJsonArray().isEmpty());
    QVERIFY(f.store.message(f.id(1))->logprobs.isEmpty());
}

void TestChatSessionLogprobs::continuedAnswerAppendsItsTokens()
{
    Fixture f;
    Conversation::Settings s = settings();
    s.parameters.insert(QStringLiteral("logprobs"), true);
    QVERIFY(f.session.create(s));
    const QJsonArray before{ token("春は", -0.1), token("あけぼの。", -0.4) };
    FakeResponse cut =
        FakeResponse::sse({ tokenChunk(QStringLiteral("春はあけぼの。"), before, 0) });
    cut.disconnectingAfter(cut.body().size());
    f.server.enqueue(cut);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("枕草子の冒頭"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.state(1), Conversation::State::Interrupted);
    QCOMPARE(f.data(1, MessageModel::LogprobsRole).toJsonArray(), before);

    const QJsonArray after{ token("やうやう", -1.7) };
    f.server.enqueue(FakeResponse::sse({ tokenChunk(QStringLiteral("やうやう"), after, 0),
        finishChunk(), QByteArrayLiteral("[DONE]") }));
    QVERIFY(f.session.continueAnswer(f.id(1)));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.text(1), QStringLiteral("春はあけぼの。やうやう"));
    const QJsonArray whole{ before[0], before[1], after[0] };
    QCOMPARE(f.data(1, MessageModel::LogprobsRole).toJsonArray(), whole);
    QCOMPARE(f.store.message(f.id(1))->logprobs, whole);
}

QTEST_GUILESS_MAIN(TestChatSessionLogprobs)
#include "tst_chatsessionlogprobs.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession against the fake server: what the user sees in the model and finds in the database
// after sending, regenerating, editing, stopping, failing and continuing. Checkpoints and store
// failures are in tst_chatsessionstore.
#include "SessionTestSupport.h"
#include "core/media/Wav.h"

using namespace SessionTest;
using Conversation::Role;
using Conversation::State;

class TestChatSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendStreamsAnswer();
    void userMessageStoredBeforeRequest();
    void requestCarriesSettingsAndHistory();
    void regenerateMakesSibling();
    void editAndResendMakesBranch();
    void stopKeepsPartialText();
    void httpErrorFails();
    void streamErrorAfterContent_data();
    void streamErrorAfterContent();
    void continueAppendsToInterruptedAnswer();
    void choicesRecorded();
    void spokenPcm16AnswerSavedAsWav();
};

void TestChatSession::sendStreamsAnswer()
{
    Fixture f;
    QVERIFY(f.store.isOpen());
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    const QStringList deltas{ QStringLiteral("こんにちは！"), QStringLiteral("今日は"),
        QStringLiteral("何をお手伝い"), QStringLiteral("しましょうか？🌸") };
    f.server.enqueue(answer(deltas));

    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QSignalSpy streaming(&f.session, &ChatSession::streamingChanged);
    QSignalSpy failed(&f.session, &ChatSession::requestFailed);
    QSignalSpy storeFailed(&f.session, &ChatSession::storeFailed);
    QVERIFY(finished.isValid() && streaming.isValid() && failed.isValid() && storeFailed.isValid());
    const QString question = QStringLiteral("日本語で挨拶してください。  短く、丁寧に。");
    QVERIFY(f.session.send(say(question)));
    QVERIFY(f.session.isStreaming());
    QCOMPARE(f.model.rowCount(), 2); // the question and the pending answer at once
    QCOMPARE(f.state(1), State::Pending);
    QVERIFY(finished.wait(5000));

    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.data(0, MessageModel::RoleRole).value<Role>(), Role::User);
    QCOMPARE(f.text(0), question);
    QCOMPARE(f.data(1, MessageModel::RoleRole).value<Role>(), Role::Assistant);
    QCOMPARE(f.text(1), deltas.join(QString()));
    QCOMPARE(f.state(1), State::Complete);
    QCOMPARE(f.data(1, MessageModel::FinishReasonRole).toString(), QStringLiteral("stop"));
    QCOMPARE(f.data(1, MessageModel::ModelNameRole).toString(), kServedModel);
    QCOMPARE(f.data(1, MessageModel::UsageRole).toJsonObject(),
        QJsonDocument::fromJson(kUsageJson).object());
    QCOMPARE(f.data(1, MessageModel::ErrorRole).toString(), QString());
    QCOMPARE(f.data(1, MessageModel::ParentIdRole).toLongLong(), f.id(0));
    QCOMPARE(finished.first().first().toLongLong(), f.id(1));
    QCOMPARE(streaming.size(), 2);
    QVERIFY(!f.session.isStreaming());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(storeFailed.size(), 0);
    QCOMPARE(f.server.requestCount(), 1);

    // A second connection to the same file finds exactly what the user saw.
    ConversationStore reopened;
    QVERIFY(reopened.open(f.dbPath()));
    const auto stored = reopened.messages(*conversation);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0), f.model.message(0));
    QCOMPARE(stored->at(1), f.model.message(1));
    const auto info = reopened.conversation(*conversation);
    QVERIFY(info);
    QCOMPARE(info->title, QStringLiteral("日本語で挨拶してください。 短く、丁寧に。"));
    QVERIFY(!info->titleSetByUser);
    QCOMPARE(info->activeLeafId, f.id(1));
    QCOMPARE(info->settings, settings());
}

void TestChatSession::userMessageStoredBeforeRequest()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    QStringList seenByServerTime;
    QList<State> answerStates;
    connect(&f.server, &FakeOpenAiServer::requestReceived, &f.server, [&] {
        // The request is on the wire: the question must already be durable.
        const auto stored = f.store.messages(*conversation);
        if (!stored)
            return;
        for (const Conversation::Message &m : *stored) {
            if (m.role == Role::User)
                seenByServerTime << m.text();
            else
                answerStates << m.state;
        }
    });
    f.server.enqueue(answer({ QStringLiteral("はい。") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("保存されていますか？"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(seenByServerTime, QStringList{ QStringLiteral("保存されていますか？") });
    QCOMPARE(answerStates, QList<State>{ State::Pending }); // the answer row exists, empty
}

void TestChatSession::requestCarriesSettingsAndHistory()
{
    Fixture f;
    QVERIFY(f.session.create(settings()));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    f.server.enqueue(answer({ QStringLiteral("東京です。") }));
    QVERIFY(f.session.send(say(QStringLiteral("日本の首都は？"))));
    QVERIFY(finished.wait(5000));
    f.server.enqueue(answer({ QStringLiteral("約1400万人です。") }));
    QVERIFY(f.session.send(say(QStringLiteral("人口は？"))));
    QVERIFY(finished.wait(5000));

    QCOMPARE(f.server.requestCount(), 2);
    const RecordedRequest second = f.server.lastRequest();
    QCOMPARE(second.path, QByteArray("/v1/chat/completions"));
    const QJsonObject body = second.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
    QCOMPARE(body.value(QLatin1String("seed")).toInt(), 42);
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    QCOMPARE(sentTurns(second),
        QStringList({ QStringLiteral("system: あなたは親切なアシスタントです。"),
            QStringLiteral("user: 日本の首都は？"), QStringLiteral("assistant: 東京です。"),
            QStringLiteral("user: 人口は？") }));
    // The parameters used are recorded with the answer (without the messages).
    const QJsonObject used = f.data(3, MessageModel::RequestRole).toJsonObject();
    QCOMPARE(used.value(QLatin1String("temperature")).toDouble(), 0.3);
    QVERIFY(!used.contains(QLatin1String("messages")));
    QCOMPARE(f.model.rowCount(), 4);
}

void TestChatSession::regenerateMakesSibling()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    f.server.enqueue(answer({ QStringLiteral("最初の答え") }));
    QVERIFY(f.session.send(say(QStringLiteral("詩を書いて"))));
    QVERIFY(finished.wait(5000));
    const qint64 question = f.id(0);
    const qint64 first = f.id(1);

    f.server.enqueue(answer({ QStringLiteral("別の答え") }));
    QVERIFY(f.session.regenerate(first));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.model.rowCount(), 2);
    QVERIFY(f.id(1) != first);
    QCOMPARE(f.text(1), QStringLiteral("別の答え"));
    QCOMPARE(f.data(1, MessageModel::SiblingCountRole).toInt(), 2);
    QCOMPARE(f.data(1, MessageModel::SiblingIndexRole).toInt(), 1);
    QCOMPARE(f.model.siblings(1), (QList<qint64>{ first, f.id(1) }));

    const auto stored = f.store.messages(*conversation);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->at(1).parentId, question);
    QCOMPARE(stored->at(2).parentId, question);
    QCOMPARE(stored->at(1).text(), QStringLiteral("最初の答え"));
    QCOMPARE(stored->at(2).text(), QStringLiteral("別の答え"));
    QCOMPARE(f.store.conversation(*conversation)->activeLeafId, f.id(1));

    QCOMPARE(sentTurns(f.server.lastRequest()).constLast(), QStringLiteral("user: 詩を書いて"));
}

void TestChatSession::editAndResendMakesBranch()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    f.server.enqueue(answer({ QStringLiteral("A1") }));
    QVERIFY(f.session.send(say(QStringLiteral("Q1"))));
    QVERIFY(finished.wait(5000));
    f.server.enqueue(answer({ QStringLiteral("A2") }));
    QVERIFY(f.session.send(say(QStringLiteral("Q2"))));
    QVERIFY(finished.wait(5000));
    const qint64 oldQuestion = f.id(2);

    f.server.enqueue(answer({ QStringLiteral("A2'") }));
    QVERIFY(f.session.editAndResend(oldQuestion, say(QStringLiteral("Q2 (直した)"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.model.rowCount(), 4);
    QCOMPARE(f.text(0), QStringLiteral("Q1"));
    QCOMPARE(f.text(2), QStringLiteral("Q2 (直した)"));
    QCOMPARE(f.text(3), QStringLiteral("A2'"));
    QCOMPARE(f.data(2, MessageModel::SiblingCountRole).toInt(), 2);
    QCOMPARE(f.data(3, MessageModel::SiblingCountRole).toInt(), 1);
    QCOMPARE(f.model.siblings(2).constFirst(), oldQuestion);
    QCOMPARE(sentTurns(f.server.lastRequest()),
        QStringList({ QStringLiteral("system: あなたは親切なアシスタントです。"),
            QStringLiteral("user: Q1"), QStringLiteral("assistant: A1"),
            QStringLiteral("user: Q2 (直した)") }));

    const auto stored = f.store.messages(*conversation);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 6); // nothing of the old branch is lost
    QCOMPARE(stored->at(4).parentId, f.id(1));
    QCOMPARE(stored->at(4).parentId, stored->at(2).parentId);

    // Switching back shows the old branch again.
    QVERIFY(f.model.switchToSibling(2, oldQuestion));
    QCOMPARE(f.text(3), QStringLiteral("A2"));
}

void TestChatSession::stopKeepsPartialText()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    QList<QByteArray> payloads;
    for (int i = 0; i < 50; ++i)
        payloads << contentChunk(QStringLiteral("言葉%1、").arg(i));
    payloads << finishChunk() << QByteArrayLiteral("[DONE]");
    f.server.enqueue(FakeResponse::sse(payloads).withDelay(40));

    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QSignalSpy failed(&f.session, &ChatSession::requestFailed);
    QVERIFY(f.session.send(say(QStringLiteral("長い話をして"))));
    QVERIFY(QTest::qWaitFor([&] { return f.text(1).size() >= 12; }, 5000));
    f.session.stop();
    QVERIFY(finished.size() == 1 || finished.wait(5000));

    const QString partial = f.text(1);
    QVERIFY(partial.startsWith(QStringLiteral("言葉0、言葉1、")));
    QVERIFY(!partial.contains(QStringLiteral("言葉49")));
    QCOMPARE(f.state(1), State::Interrupted);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    const auto stored = f.store.message(f.id(1));
    QVERIFY(stored);
    QCOMPARE(stored->text(), partial);
    QCOMPARE(stored->state, State::Interrupted);
    QVERIFY(!f.session.isStreaming());
}

void TestChatSession::httpErrorFails()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    f.server.enqueue(FakeResponse::error(401, QStringLiteral("Incorrect API key provided: sk-te**"),
        QStringLiteral("invalid_api_key")));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QSignalSpy failed(&f.session, &ChatSession::requestFailed);
    QVERIFY(f.session.send(say(QStringLiteral("聞こえますか？"))));
    QVERIFY(finished.wait(5000));

    QCOMPARE(failed.size(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.text(0), QStringLiteral("聞こえますか？"));
    QCOMPARE(f.state(1), State::Failed);
    const QString shown = f.data(1, MessageModel::ErrorRole).toString();
    QVERIFY2(shown.contains(QStringLiteral("Incorrect API key provided")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("401")), qPrintable(shown));

    const auto stored = f.store.messages(*conversation);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).text(), QStringLiteral("聞こえますか？"));
    QCOMPARE(stored->at(1).state, State::Failed);
    QCOMPARE(stored->at(1).error, shown);

    // Sending again works and leaves the failed empty answer out of the request.
    f.server.enqueue(answer({ QStringLiteral("はい") }));
    QVERIFY(f.session.send(say(QStringLiteral("もう一度"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(sentTurns(f.server.lastRequest()),
        QStringList({ QStringLiteral("system: あなたは親切なアシスタントです。"),
            QStringLiteral("user: 聞こえますか？"), QStringLiteral("user: もう一度") }));
    QCOMPARE(f.state(3), State::Complete);
}

void TestChatSession::streamErrorAfterContent_data()
{
    QTest::addColumn<bool>("errorEvent");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("kind");
    // Text arrived, so the answer is partial, whatever stopped it: Interrupted, and continue is
    // offered; the error says why (the kind differs).
    QTest::addRow("error event → interrupted")
        << true << State::Interrupted << int(ApiError::Kind::Api);
    QTest::addRow("connection cut → interrupted")
        << false << State::Interrupted << int(ApiError::Kind::Network);
}

void TestChatSession::streamErrorAfterContent()
{
    QFETCH(bool, errorEvent);
    QFETCH(State, state);
    QFETCH(int, kind);
    Fixture f;
    QVERIFY(f.session.create(settings()));
    QList<QByteArray> payloads{ contentChunk(QStringLiteral("半分まで")),
        contentChunk(QStringLiteral("書きました")) };
    FakeResponse response;
    if (errorEvent) {
        payloads << QByteArray(
            R"({"error":{"message":"The server had an error while processing your request.",)"
            R"("type":"server_error","param":null,"code":null}})");
        response = FakeResponse::sse(payloads);
    } else {
        payloads << contentChunk(QStringLiteral("……この先は届かない"));
        response = FakeResponse::sse(payloads);
        response.disconnectingAfter(response.body().indexOf("……"));
    }
    f.server.enqueue(response);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QSignalSpy failed(&f.session, &ChatSession::requestFailed);
    QVERIFY(f.session.send(say(QStringLiteral("続けて"))));
    QVERIFY(finished.wait(5000));

    QCOMPARE(failed.size(), 1);
    QCOMPARE(int(failed.first().first().value<ApiError>().kind), kind);
    QCOMPARE(f.text(1), QStringLiteral("半分まで書きました"));
    QCOMPARE(f.state(1), state);
    QVERIFY(!f.data(1, MessageModel::ErrorRole).toString().isEmpty());
    const auto stored = f.store.message(f.id(1));
    QVERIFY(stored);
    QCOMPARE(stored->text(), QStringLiteral("半分まで書きました"));
    QCOMPARE(stored->state, state);
    QCOMPARE(f.server.requestCount(), 1); // content arrived: never resent
}

void TestChatSession::continueAppendsToInterruptedAnswer()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    FakeResponse cut = FakeResponse::sse({ contentChunk(QStringLiteral("春はあけぼの。")),
        contentChunk(QStringLiteral("やうやう白くなりゆく")) });
    cut.disconnectingAfter(cut.body().size());
    f.server.enqueue(cut);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("枕草子の冒頭"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.state(1), State::Interrupted);
    const qint64 answerId = f.id(1);

    f.server.enqueue(answer({ QStringLiteral("山ぎは、"), QStringLiteral("すこしあかりて。") }));
    QVERIFY(f.session.continueAnswer(answerId));
    QCOMPARE(f.state(1), State::Streaming);
    QVERIFY(finished.wait(5000));

    const QString whole =
        QStringLiteral("春はあけぼの。やうやう白くなりゆく山ぎは、すこしあかりて。");
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.id(1), answerId);
    QCOMPARE(f.text(1), whole);
    QCOMPARE(f.state(1), State::Complete);
    QCOMPARE(f.data(1, MessageModel::ErrorRole).toString(), QString());
    const auto stored = f.store.messages(*conversation);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(1).id, answerId);
    QCOMPARE(stored->at(1).text(), whole);
    QCOMPARE(stored->at(1).state, State::Complete);
    // The partial answer is sent as the last turn for the model to go on from.
    QCOMPARE(sentTurns(f.server.lastRequest()).constLast(),
        QStringLiteral("assistant: 春はあけぼの。やうやう白くなりゆく"));
}

void TestChatSession::choicesRecorded()
{
    Fixture f;
    Conversation::Settings s = settings();
    s.parameters.insert(QStringLiteral("n"), 2);
    const auto conversation = f.session.create(s);
    QVERIFY(conversation);
    f.server.enqueue(FakeResponse::sse({ contentChunk(QStringLiteral("赤"), 0),
        contentChunk(QStringLiteral("青"), 1), contentChunk(QStringLiteral("い花"), 0),
        contentChunk(QStringLiteral("い空"), 1), finishChunk("stop", 0), finishChunk("length", 1),
        usageChunk(), QByteArrayLiteral("[DONE]") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("色を一つ"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.server.lastRequest().json().value(QLatin1String("n")).toInt(), 2);

    QCOMPARE(f.text(1), QStringLiteral("赤い花"));
    QCOMPARE(f.data(1, MessageModel::ChoiceCountRole).toInt(), 2);
    const auto choices = f.data(1, MessageModel::ChoicesRole).value<QList<Conversation::Choice>>();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(1).content, QStringLiteral("青い空"));
    QCOMPARE(choices.at(1).finishReason, QStringLiteral("length"));
    const auto stored = f.store.message(f.id(1));
    QVERIFY(stored);
    QCOMPARE(stored->text(), QStringLiteral("赤い花"));
    QCOMPARE(stored->choices.size(), 1);
    QCOMPARE(stored->choices.at(0).content, QStringLiteral("青い空"));

    // The user picks the second choice; the next question follows from it.
    QVERIFY(f.model.setActiveChoice(1, 1));
    QCOMPARE(f.text(1), QStringLiteral("青い空"));
    f.server.enqueue(answer({ QStringLiteral("はい") }));
    QVERIFY(f.session.send(say(QStringLiteral("なぜ？"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(sentTurns(f.server.lastRequest()).value(2), QStringLiteral("assistant: 青い空"));
}

void TestChatSession::spokenPcm16AnswerSavedAsWav()
{
    Fixture f;
    Conversation::Settings spoken = settings();
    spoken.parameters.insert(QStringLiteral("modalities"),
        QJsonArray{ QStringLiteral("text"), QStringLiteral("audio") });
    spoken.parameters.insert(QStringLiteral("audio"),
        QJsonObject{ { QStringLiteral("voice"), QStringLiteral("alloy") },
            { QStringLiteral("format"), QStringLiteral("pcm16") } });
    QVERIFY(f.session.create(spoken));
    // 0.5 s of 24 kHz mono samples, streamed in base64 fragments with the transcript.
    QByteArray pcm(24000, '\0');
    for (qsizetype i = 0; i < pcm.size(); i += 2)
        pcm[i] = char(i % 251);
    const QByteArray base64 = pcm.toBase64();
    QList<QByteArray> payloads;
    payloads << chunk(
        R"([{"index":0,"delta":{"role":"assistant","audio":{"id":"audio_7","transcript":"はい、"}}}])");
    for (qsizetype at = 0; at < base64.size(); at += 999)
        payloads << chunk(
            R"([{"index":0,"delta":{"audio":{"data":")" + base64.mid(at, 999) + R"("}}}])");
    payloads << chunk(
        R"([{"index":0,"delta":{"audio":{"transcript":"どうぞ。","expires_at":1900000000}},"finish_reason":"stop"}])");
    payloads << QByteArrayLiteral("[DONE]");
    f.server.enqueue(FakeResponse::sse(payloads));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("話して"))));
    QVERIFY(finished.wait(5000));

    const Conversation::Message answer = f.model.message(1);
    QCOMPARE(answer.audio.id, QStringLiteral("audio_7"));
    QCOMPARE(answer.audio.transcript, QStringLiteral("はい、どうぞ。"));
    QCOMPARE(answer.audio.mimeType, QStringLiteral("audio/wav"));
    // The transcript is what the view shows as the message's text.
    QCOMPARE(f.data(1, MessageModel::TextRole).toString(), QStringLiteral("はい、どうぞ。"));
    // …and what the view's renderer reads without copying.
    QCOMPARE(f.model.textView(f.id(1)).toString(), QStringLiteral("はい、どうぞ。"));
    // The stored audio is a playable WAV of the streamed length.
    const auto bytes = f.store.attachment(answer.audio.attachment);
    QVERIFY(bytes);
    const auto info = Wav::parse(*bytes);
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->duration().count(), 500);
    QCOMPARE(bytes->mid(info->dataOffset), pcm);
}

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"

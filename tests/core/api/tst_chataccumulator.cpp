// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QTest>

#include "core/api/ChatAccumulator.h"
#include "core/api/SseParser.h"

namespace {
// Events are handed over the way the parser does: in a buffer with readable padding after them.
void feed(ChatAccumulator &acc, const QByteArray &payload, std::string_view type = "message")
{
    PaddedBuffer buffer;
    buffer.append(payload.constData(), std::size_t(payload.size()));
    acc.addEventData(type, buffer.view());
}

QByteArray chunk(const QByteArray &choices, const QByteArray &extra = {})
{
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
           "\"model\":\"gpt-4o-mini\",\"choices\":["
        + choices + "]" + extra + "}";
}

QByteArray delta(int index, const QByteArray &delta, const QByteArray &finish = "null")
{
    return "{\"index\":" + QByteArray::number(index) + ",\"delta\":" + delta
        + ",\"logprobs\":null,\"finish_reason\":" + finish + "}";
}

QJsonObject message(const ChatAccumulator &acc, int choice = 0)
{
    return acc.toJson()
        .value(QLatin1String("choices"))
        .toArray()
        .at(choice)
        .toObject()
        .value(QLatin1String("message"))
        .toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

struct Recorder : ChatAccumulatorListener
{
    QStringList content;
    QStringList finished;

    void contentDelta(int choice, std::string_view text) override
    {
        content << QString::number(choice) + u':'
                + QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    void choiceFinished(int choice, std::string_view reason) override
    {
        finished << QString::number(choice) + u':'
                + QString::fromUtf8(reason.data(), qsizetype(reason.size()));
    }
};
} // namespace

class TestChatAccumulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assemblesLikeTheSdk();
    void interleavedChoices();
    void toolCallsByIndex();
    void toolCallsWithoutIndexAndWhole();
    void customToolCall();
    void azureFilterChunks();
    void usagePlacements();
    void reasoningFields();
    void audioDeltas();
    void logprobsAppend();
    void errorsInsideTheStream_data();
    void errorsInsideTheStream();
    void truncation();
    void doneStopsAndExtraKeysAreIgnored();
    void malformedJsonKeepsText();
    void invalidUtf8BecomesReplacement();
    void absurdIndexesAreLimited();
    void nonStreamedCompletion();
    void pipelineAtEverySplit();
};

void TestChatAccumulator::assemblesLikeTheSdk()
{
    Recorder rec;
    ChatAccumulator acc(&rec);
    feed(acc,
        chunk(delta(0, R"({"role":"assistant","content":"","refusal":null})"),
            R"(,"system_fingerprint":"fp_1","service_tier":"default")"));
    feed(acc, chunk(delta(0, R"({"content":"こんにちは"})")));
    feed(acc, chunk(delta(0, R"({"content":", \"world\"\n😀"})")));
    feed(acc, chunk(delta(0, "{}", "\"stop\"")));
    feed(
        acc, chunk("", R"(,"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21})"));
    feed(acc, "[DONE]");
    acc.finish();
    QVERIFY(!acc.hasError());
    QVERIFY(acc.isDone());
    const QJsonObject expected =
        QJsonDocument::fromJson(R"({"id":"chatcmpl-1","object":"chat.completion",
        "created":1700000000,"model":"gpt-4o-mini","system_fingerprint":"fp_1","service_tier":"default",
        "choices":[{"index":0,"message":{"role":"assistant","content":"こんにちは, \"world\"\n😀"},
        "finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}})")
            .object();
    QCOMPARE(acc.toJson(), expected);
    QCOMPARE(rec.content,
        (QStringList{ QStringLiteral("0:こんにちは"), QStringLiteral("0:, \"world\"\n😀") }));
    QCOMPARE(rec.finished, QStringList{ QStringLiteral("0:stop") });
}

void TestChatAccumulator::interleavedChoices()
{
    ChatAccumulator acc;
    acc.setExpectedChoices(2);
    feed(acc, chunk(delta(1, R"({"role":"assistant","content":"B1"})")));
    feed(acc,
        chunk(delta(0, R"({"role":"assistant","content":"A1"})") + ','
            + delta(1, R"({"content":"B2"})")));
    feed(acc, chunk(delta(1, "{}", "\"length\"")));
    feed(acc, chunk(delta(0, R"({"content":"A2"})")));
    feed(acc, chunk(delta(0, "{}", "\"stop\"")));
    acc.finish();
    QVERIFY(!acc.hasError());
    const QJsonArray choices = acc.toJson().value(QLatin1String("choices")).toArray();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(0).toObject().value(QLatin1String("index")).toInt(), 0);
    QCOMPARE(str(message(acc, 0), "content"), QStringLiteral("A1A2"));
    QCOMPARE(str(message(acc, 1), "content"), QStringLiteral("B1B2"));
    QCOMPARE(str(choices.at(1).toObject(), "finish_reason"), QStringLiteral("length"));
}

void TestChatAccumulator::toolCallsByIndex()
{
    ChatAccumulator acc;
    feed(acc,
        chunk(delta(0,
            R"({"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}]})")));
    feed(acc,
        chunk(delta(0,
            R"({"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"lookup_ja","arguments":"{\"q\":\"東"}}]})")));
    feed(acc,
        chunk(delta(
            0, R"({"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":\"Tok"}}]})")));
    feed(acc, chunk(delta(0, R"({"tool_calls":[{"index":1,"function":{"arguments":"京\\\""}}]})")));
    feed(acc, chunk(delta(0, R"({"tool_calls":[{"index":0,"function":{"arguments":"yo\"}"}}]})")));
    feed(acc, chunk(delta(0, R"({"tool_calls":[{"index":1,"function":{"arguments":"\"}"}}]})")));
    feed(acc, chunk(delta(0, "{}", "\"tool_calls\"")));
    acc.finish();
    QVERIFY(!acc.hasError());
    const QJsonObject m = message(acc);
    QVERIFY(m.value(QLatin1String("content")).isNull());
    const QJsonArray calls = m.value(QLatin1String("tool_calls")).toArray();
    QCOMPARE(calls.size(), 2);
    const QJsonObject a = calls.at(0).toObject();
    QCOMPARE(str(a, "id"), QStringLiteral("call_a"));
    QCOMPARE(str(a, "type"), QStringLiteral("function"));
    QCOMPARE(
        str(a.value(QLatin1String("function")).toObject(), "name"), QStringLiteral("get_weather"));
    QCOMPARE(str(a.value(QLatin1String("function")).toObject(), "arguments"),
        QStringLiteral("{\"city\":\"Tokyo\"}"));
    const QJsonObject b = calls.at(1).toObject().value(QLatin1String("function")).toObject();
    QCOMPARE(str(b, "arguments"), QStringLiteral("{\"q\":\"東京\\\"\"}"));
    QVERIFY(QJsonDocument::fromJson(str(b, "arguments").toUtf8()).isObject());
}

void TestChatAccumulator::toolCallsWithoutIndexAndWhole()
{
    // Azure AI inference: no index, the id on every update.
    ChatAccumulator azure;
    feed(azure,
        chunk(delta(
            0, R"({"tool_calls":[{"id":"x1","function":{"name":"f","arguments":"{\"a\":"}}]})")));
    feed(azure,
        chunk(
            delta(0, R"({"tool_calls":[{"id":"x2","function":{"name":"g","arguments":"{}"}}]})")));
    feed(azure,
        chunk(delta(
            0, R"({"tool_calls":[{"id":"x1","function":{"arguments":"1}"}}]})", "\"tool_calls\"")));
    azure.finish();
    const QJsonArray calls = message(azure).value(QLatin1String("tool_calls")).toArray();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(str(calls.at(0).toObject().value(QLatin1String("function")).toObject(), "arguments"),
        QStringLiteral("{\"a\":1}"));
    QCOMPARE(str(calls.at(1).toObject().value(QLatin1String("function")).toObject(), "name"),
        QStringLiteral("g"));
    // Ollama: each call whole in one chunk, role repeated on every delta.
    ChatAccumulator ollama;
    feed(ollama,
        chunk(delta(0,
            R"({"role":"assistant","content":"","tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"f","arguments":"{\"x\":1}"}}]})")));
    feed(ollama, chunk(delta(0, R"({"role":"assistant","content":""})", "\"tool_calls\"")));
    ollama.finish();
    QVERIFY(!ollama.hasError());
    QCOMPARE(message(ollama).value(QLatin1String("tool_calls")).toArray().size(), 1);
}

void TestChatAccumulator::customToolCall()
{
    ChatAccumulator acc;
    feed(acc,
        chunk(delta(0,
            R"({"tool_calls":[{"index":0,"id":"c1","type":"custom","custom":{"name":"sql","input":"SELECT "}}]})")));
    feed(acc,
        chunk(
            delta(0, R"({"tool_calls":[{"index":0,"custom":{"input":"1"}}]})", "\"tool_calls\"")));
    acc.finish();
    const QJsonObject call =
        message(acc).value(QLatin1String("tool_calls")).toArray().at(0).toObject();
    QCOMPARE(str(call, "type"), QStringLiteral("custom"));
    QCOMPARE(
        str(call.value(QLatin1String("custom")).toObject(), "input"), QStringLiteral("SELECT 1"));
}

void TestChatAccumulator::azureFilterChunks()
{
    ChatAccumulator acc;
    feed(acc,
        R"({"id":"","object":"","created":0,"model":"","choices":[],"prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]})");
    feed(acc, chunk(delta(0, R"({"role":"assistant","content":"ok"})")));
    feed(acc,
        chunk(
            R"({"index":0,"finish_reason":null,"content_filter_results":{"hate":{"filtered":false}},"content_filter_offsets":{"check_offset":0}})"));
    feed(acc, chunk(delta(0, "{}", "\"stop\"")));
    acc.finish();
    QVERIFY(!acc.hasError());
    QVERIFY(acc.usage().isEmpty()); // the empty-choices filter chunk is not the usage chunk
    QCOMPARE(str(acc.toJson(), "id"), QStringLiteral("chatcmpl-1"));
    QCOMPARE(str(message(acc), "content"), QStringLiteral("ok"));
}

void TestChatAccumulator::usagePlacements()
{
    ChatAccumulator llama; // usage (and timings) inside the finish chunk
    feed(llama,
        chunk(delta(0, R"({"content":"x"})", "\"stop\""),
            R"(,"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2},"timings":{"prompt_n":1})"));
    llama.finish();
    QCOMPARE(llama.usage().value(QLatin1String("total_tokens")).toInt(), 2);
    ChatAccumulator vllm; // cumulative usage on every chunk: the last one counts
    feed(vllm,
        chunk(delta(0, R"({"content":"a"})"),
            R"(,"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6})"));
    feed(vllm,
        chunk(delta(0, R"({"content":"b"})", "\"stop\""),
            R"(,"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7})"));
    feed(vllm, chunk(delta(0, "{}"), R"(,"usage":null)"));
    vllm.finish();
    QCOMPARE(vllm.usage().value(QLatin1String("completion_tokens")).toInt(), 2);
}

void TestChatAccumulator::reasoningFields()
{
    ChatAccumulator acc;
    feed(acc, chunk(delta(0, R"({"reasoning_content":"think "})")));
    feed(acc, chunk(delta(0, R"({"reasoning":"more","content":null})")));
    feed(acc, chunk(delta(0, R"({"content":"answer"})", "\"stop\"")));
    acc.finish();
    QCOMPARE(str(message(acc), "reasoning_content"), QStringLiteral("think more"));
    QCOMPARE(str(message(acc), "content"), QStringLiteral("answer"));
}

void TestChatAccumulator::audioDeltas()
{
    ChatAccumulator acc;
    feed(acc,
        chunk(delta(0,
            R"({"role":"assistant","audio":{"id":"audio_1","data":"UklGR","transcript":"こん"}})")));
    feed(acc, chunk(delta(0, R"({"audio":{"data":"iQAAAA==","transcript":"にちは"}})")));
    feed(acc, chunk(delta(0, R"({"audio":{"expires_at":1730000000}})")));
    acc.finish(); // no finish_reason at all: inferred from the expires_at-only delta
    QVERIFY(!acc.hasError());
    const QJsonObject audio = message(acc).value(QLatin1String("audio")).toObject();
    QCOMPARE(str(audio, "id"), QStringLiteral("audio_1"));
    QCOMPARE(str(audio, "data"), QStringLiteral("UklGRiQAAAA=="));
    QCOMPARE(QByteArray::fromBase64(str(audio, "data").toLatin1()).left(4), QByteArray("RIFF"));
    QCOMPARE(str(audio, "transcript"), QStringLiteral("こんにちは"));
    QCOMPARE(audio.value(QLatin1String("expires_at")).toInteger(), 1730000000);
    QCOMPARE(str(acc.toJson().value(QLatin1String("choices")).toArray().at(0).toObject(),
                 "finish_reason"),
        QStringLiteral("stop"));
}

void TestChatAccumulator::logprobsAppend()
{
    ChatAccumulator acc;
    feed(acc,
        chunk(
            R"({"index":0,"delta":{"content":"a"},"logprobs":{"content":[{"token":"a","logprob":-0.1,"bytes":[97],"top_logprobs":[]}],"refusal":null},"finish_reason":null})"));
    feed(acc,
        chunk(
            R"({"index":0,"delta":{"content":"b"},"logprobs":{"content":[{"token":"b","logprob":-9999.0,"bytes":null,"top_logprobs":[]}]},"finish_reason":"stop"})"));
    acc.finish();
    const QJsonObject choice =
        acc.toJson().value(QLatin1String("choices")).toArray().at(0).toObject();
    const QJsonArray tokens = choice.value(QLatin1String("logprobs"))
                                  .toObject()
                                  .value(QLatin1String("content"))
                                  .toArray();
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(str(tokens.at(1).toObject(), "token"), QStringLiteral("b"));
    QVERIFY(tokens.at(1).toObject().value(QLatin1String("bytes")).isNull());
}

void TestChatAccumulator::errorsInsideTheStream_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("eventType");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addRow("openai error key") << QByteArray(
        R"({"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}})")
                                      << QByteArray("message")
                                      << QStringLiteral("The server had an error") << QString();
    QTest::addRow("openrouter finish error") << chunk(delta(0, R"({"content":""})", "\"error\""),
        R"(,"provider":"openai","error":{"code":"server_error","message":"Provider disconnected unexpectedly"})")
                                             << QByteArray("message")
                                             << QStringLiteral("Provider disconnected unexpectedly")
                                             << QStringLiteral("server_error");
    QTest::addRow("openrouter numeric code")
        << QByteArray(R"({"error":{"code":502,"message":"upstream down"}})")
        << QByteArray("message") << QStringLiteral("upstream down") << QStringLiteral("502");
    QTest::addRow("vllm object error") << QByteArray(
        R"({"object":"error","message":"max_tokens too large","type":"BadRequestError","param":null,"code":400})")
                                       << QByteArray("message")
                                       << QStringLiteral("max_tokens too large")
                                       << QStringLiteral("400");
    QTest::addRow("event error") << QByteArray(
        R"({"error":{"message":"overloaded","code":"overloaded"}})")
                                 << QByteArray("error") << QStringLiteral("overloaded")
                                 << QStringLiteral("overloaded");
    QTest::addRow("event error plain text") << QByteArray("something broke") << QByteArray("error")
                                            << QStringLiteral("something broke") << QString();
}

void TestChatAccumulator::errorsInsideTheStream()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, eventType);
    QFETCH(QString, message);
    QFETCH(QString, code);
    ChatAccumulator acc;
    feed(acc, chunk(delta(0, R"({"role":"assistant","content":"partial "})")));
    feed(acc, payload, eventType.toStdString());
    acc.finish();
    QVERIFY(acc.hasError());
    QCOMPARE(acc.error().kind, ApiError::Kind::Api);
    QCOMPARE(acc.error().message, message);
    QCOMPARE(acc.error().code, code);
    QCOMPARE(str(::message(acc), "content"), QStringLiteral("partial ")); // what arrived is kept
}

void TestChatAccumulator::truncation()
{
    ChatAccumulator cut;
    feed(cut, chunk(delta(0, R"({"content":"half an ans"})")));
    cut.finish();
    QCOMPARE(cut.error().kind, ApiError::Kind::Truncated);
    QCOMPARE(str(message(cut), "content"), QStringLiteral("half an ans"));
    QVERIFY(cut.toJson()
                .value(QLatin1String("choices"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("finish_reason"))
                .isNull());

    ChatAccumulator empty; // a 200 stream with zero bytes
    empty.finish();
    QCOMPARE(empty.error().kind, ApiError::Kind::Truncated);

    ChatAccumulator missing; // n=2 requested, only one choice came
    missing.setExpectedChoices(2);
    feed(missing, chunk(delta(0, R"({"content":"x"})", "\"stop\"")));
    missing.finish();
    QCOMPARE(missing.error().kind, ApiError::Kind::Truncated);

    ChatAccumulator noDone; // finished without [DONE]: success
    feed(noDone, chunk(delta(0, R"({"content":"x"})", "\"eos\"")));
    noDone.finish();
    QVERIFY(!noDone.hasError());
}

void TestChatAccumulator::doneStopsAndExtraKeysAreIgnored()
{
    ChatAccumulator acc;
    feed(acc,
        chunk(delta(0, R"({"content":"a"})", "\"stop\""),
            R"(,"obfuscation":"zz","timings":{"x":1},"moderation":null)"));
    feed(acc, "  [DONE] \r");
    feed(acc, chunk(delta(0, R"({"content":"after done"})")));
    acc.finish();
    QVERIFY(!acc.hasError());
    QCOMPARE(str(message(acc), "content"), QStringLiteral("a"));
}

void TestChatAccumulator::malformedJsonKeepsText()
{
    ChatAccumulator acc;
    feed(acc, chunk(delta(0, R"({"content":"kept"})")));
    feed(acc, R"({"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"x"})");
    feed(acc, chunk(delta(0, R"({"content":"ignored"})")) + " trailing");
    acc.finish();
    QCOMPARE(acc.error().kind, ApiError::Kind::Parse);
    QCOMPARE(str(message(acc), "content"), QStringLiteral("kept"));
}

void TestChatAccumulator::invalidUtf8BecomesReplacement()
{
    ChatAccumulator acc;
    feed(acc,
        chunk(delta(0,
            "{\"content\":\"a\xFF"
            "b\"}",
            "\"stop\"")));
    acc.finish();
    QVERIFY(!acc.hasError());
    QCOMPARE(str(message(acc), "content"), QStringLiteral("a\uFFFDb"));
}

void TestChatAccumulator::absurdIndexesAreLimited()
{
    ChatAccumulator choice;
    feed(choice, chunk(delta(100000, R"({"content":"x"})")));
    QCOMPARE(choice.error().kind, ApiError::Kind::Limit);
    ChatAccumulator tool;
    feed(tool,
        chunk(delta(0, R"({"tool_calls":[{"index":5000000,"function":{"arguments":"x"}}]})")));
    QCOMPARE(tool.error().kind, ApiError::Kind::Limit);
    ChatAccumulator negative;
    feed(negative, chunk(delta(-1, R"({"content":"x"})")));
    QCOMPARE(negative.error().kind, ApiError::Kind::Limit);
}

void TestChatAccumulator::nonStreamedCompletion()
{
    Recorder rec;
    ChatAccumulator acc(&rec);
    acc.setCompletion(
        R"({"id":"chatcmpl-9","object":"chat.completion","created":5,"model":"m","choices":[{"index":0,
        "message":{"role":"assistant","content":"全部","refusal":null,"tool_calls":[{"id":"t","type":"function","function":{"name":"f","arguments":"{}"}}]},
        "logprobs":null,"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})");
    acc.finish();
    QVERIFY(!acc.hasError());
    QCOMPARE(str(message(acc), "content"), QStringLiteral("全部"));
    QCOMPARE(message(acc).value(QLatin1String("tool_calls")).toArray().size(), 1);
    QCOMPARE(acc.usage().value(QLatin1String("total_tokens")).toInt(), 3);
    QCOMPARE(rec.content, QStringList{ QStringLiteral("0:全部") });
}

void TestChatAccumulator::pipelineAtEverySplit()
{
    const QByteArray stream = "\xEF\xBB\xBF: keep-alive\r\n\r\n"
        + ("data: " + chunk(delta(0, R"({"role":"assistant","content":"日本語😀"})")) + "\r\n\r\n")
        + ("data:"
            + chunk(delta(0,
                R"({"tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"f","arguments":"{\"k\":"}}]})"))
            + "\r\r")
        + ("data: "
            + chunk(delta(0, R"({"tool_calls":[{"index":0,"function":{"arguments":"\"é\"}"}}]})",
                "\"tool_calls\""))
            + "\n\n")
        + "data: [DONE]\n\n";
    auto run = [&](qsizetype cut1, qsizetype cut2) {
        ChatAccumulator acc;
        SseParser parser([&](const SseEvent &e) { acc.addEvent(e); });
        parser.feed(stream.constData(), std::size_t(cut1));
        parser.feed(stream.constData() + cut1, std::size_t(cut2 - cut1));
        parser.feed(stream.constData() + cut2, std::size_t(stream.size() - cut2));
        parser.finish();
        acc.finish();
        return acc.hasError() ? QJsonObject{ { QStringLiteral("error"), acc.error().describe() } }
                              : acc.toJson();
    };
    const QJsonObject whole = run(0, 0);
    QCOMPARE(str(message(ChatAccumulator()), "content"), QString());
    QCOMPARE(whole.value(QLatin1String("choices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("message"))
                 .toObject()
                 .value(QLatin1String("content"))
                 .toString(),
        QStringLiteral("日本語😀"));
    for (qsizetype i = 0; i <= stream.size(); i += 1) {
        for (qsizetype j = i; j <= stream.size(); j += 7) {
            if (run(i, j) != whole)
                QFAIL(qPrintable(QStringLiteral("cuts %1/%2 changed the result").arg(i).arg(j)));
        }
    }
}

QTEST_GUILESS_MAIN(TestChatAccumulator)
#include "tst_chataccumulator.moc"

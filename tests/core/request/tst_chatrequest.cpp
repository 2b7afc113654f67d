// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/request/ChatRequest.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;

class TestChatRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlySetFieldsAreSent();
    void tokenLimitField_data();
    void tokenLimitField();
    void extraBodyPrecedence();
    void paramRoundTrip_data();
    void paramRoundTrip();
    void paramErrors_data();
    void paramErrors();
    void unknownParamGoesToExtraBody();
    void nullParamClearsField();
    void seedKeepsPrecision();
    void messages_data();
    void messages();
    void validate_data();
    void validate();
    void parseParamValue_data();
    void parseParamValue();
};

static QJsonValue json(const char *text)
{
    const auto document = QJsonDocument::fromJson("[" + QByteArray(text) + "]");
    Q_ASSERT(document.isArray());
    return document.array().first();
}

static ChatRequest hello()
{
    ChatRequest request;
    request.messages.append(RequestMessage::user(u"Hello"_s));
    return request;
}

void TestChatRequest::onlySetFieldsAreSent()
{
    const ProviderProfile profile;
    ChatRequest request = hello();
    QCOMPARE(toJson(request, profile),
        json(R"({"messages":[{"role":"user","content":"Hello"}]})").toObject());

    request.model = u"gpt-4o"_s;
    request.temperature = 0.0; // zero is a value the user set, not "unset"
    request.stream = false;
    const QJsonObject body = toJson(request, profile);
    QCOMPARE(
        body.keys(), (QStringList{ u"messages"_s, u"model"_s, u"stream"_s, u"temperature"_s }));
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(0.0));
    QCOMPARE(body.value(u"stream"_s), QJsonValue(false));
}

void TestChatRequest::tokenLimitField_data()
{
    QTest::addColumn<ProviderProfile::TokenLimitField>("field");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("absent");
    QTest::addRow("max_completion_tokens") << ProviderProfile::TokenLimitField::MaxCompletionTokens
                                           << u"max_completion_tokens"_s << u"max_tokens"_s;
    QTest::addRow("max_tokens") << ProviderProfile::TokenLimitField::MaxTokens << u"max_tokens"_s
                                << u"max_completion_tokens"_s;
}

void TestChatRequest::tokenLimitField()
{
    QFETCH(ProviderProfile::TokenLimitField, field);
    QFETCH(QString, key);
    QFETCH(QString, absent);
    ProviderProfile profile;
    profile.tokenLimitField = field;
    ChatRequest request = hello();
    QVERIFY(!toJson(request, profile).contains(key));
    // Both CLI spellings land in the one typed field and come out under the profile's name.
    for (const QString &param : { u"max_tokens"_s, u"max_completion_tokens"_s }) {
        QCOMPARE(applyParam(request, param, 256), QString());
        const QJsonObject body = toJson(request, profile);
        QCOMPARE(body.value(key), QJsonValue(256));
        QVERIFY(!body.contains(absent));
    }
}

void TestChatRequest::extraBodyPrecedence()
{
    ProviderProfile profile;
    profile.extraBody = json(R"({"temperature":0.7,"provider":{"order":["a","b"],"sort":"price"},
                                 "models":["x","y"]})")
                            .toObject();
    ChatRequest request = hello();
    request.temperature = 0.5;
    request.topP = 0.9;
    request.extraBody = json(R"({"provider":{"sort":"latency"},"models":["z"]})").toObject();
    const QJsonObject body = toJson(request, profile);
    QCOMPARE(body.value(u"top_p"_s), QJsonValue(0.9)); // untouched typed field
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(0.7)); // profile extra beats typed field
    QCOMPARE(body.value(u"provider"_s),
        json(R"({"order":["a","b"],"sort":"latency"})")); // request extra merges into profile's
    QCOMPARE(body.value(u"models"_s), json(R"(["z"])")); // arrays replace
}

void TestChatRequest::paramRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QHash<QString, int> seen;
    const auto row = [&seen](const char *key, const char *value) {
        const QString name = QString::fromLatin1(key);
        QTest::addRow("%s #%d", key, ++seen[name]) << name << json(value);
    };
    row("model", R"("openai/gpt-4o")");
    row("temperature", "0.2");
    row("top_p", "1");
    row("frequency_penalty", "-1.5");
    row("presence_penalty", "2");
    row("n", "2");
    row("stop", R"("x")");
    row("stop", R"(["x","y"])");
    row("stream", "true");
    row("stream_options", R"({"include_usage":true,"include_obfuscation":false})");
    row("logprobs", "true");
    row("top_logprobs", "5");
    row("logit_bias", R"({"50256":-100,"15":5})");
    row("seed", "42");
    row("response_format", R"({"type":"text"})");
    row("response_format", R"({"type":"json_object"})");
    row("response_format",
        R"({"type":"json_schema","json_schema":{"name":"answer","description":"d",
            "schema":{"type":"object","properties":{"a":{"type":"string"}}},"strict":true}})");
    row("tools", R"([{"type":"function","function":{"name":"get_weather","description":"w",
                      "parameters":{"type":"object","properties":{}},"strict":true}},
                     {"type":"custom","custom":{"name":"sql","description":"q",
                      "format":{"type":"grammar","grammar":{"definition":"x","syntax":"lark"}}}}])");
    row("tool_choice", R"("none")");
    row("tool_choice", R"("auto")");
    row("tool_choice", R"("required")");
    row("tool_choice", R"({"type":"function","function":{"name":"get_weather"}})");
    row("tool_choice", R"({"type":"custom","custom":{"name":"sql"}})");
    row("tool_choice", R"({"type":"allowed_tools","allowed_tools":{"mode":"required",
                           "tools":[{"type":"function","function":{"name":"a"}}]}})");
    row("parallel_tool_calls", "false");
    row("functions", R"([{"name":"f","description":"d","parameters":{"type":"object"}}])");
    row("function_call", R"("auto")");
    row("function_call", R"({"name":"f"})");
    row("modalities", R"(["text","audio"])");
    row("audio", R"({"voice":"alloy","format":"wav"})");
    row("audio", R"({"voice":{"id":"voice_123"},"format":"mp3"})");
    row("prediction", R"({"type":"content","content":"old text"})");
    row("prediction", R"({"type":"content","content":[{"type":"text","text":"a"}]})");
    row("store", "true");
    row("metadata", R"({"project":"kaiwa","run":"1"})");
    row("reasoning_effort", R"("high")");
    row("verbosity", R"("low")");
    row("service_tier", R"("flex")");
    row("web_search_options", R"({"search_context_size":"low","user_location":{"type":"approximate",
         "approximate":{"country":"DE","city":"Berlin","timezone":"Europe/Berlin"}}})");
    row("user", R"("u-1")");
    row("safety_identifier", R"("hash")");
    row("prompt_cache_key", R"("k")");
    row("prompt_cache_retention", R"("24h")");
    row("prompt_cache_options", R"({"ttl":"30m","mode":"explicit"})");
    row("moderation", R"({"model":"omni-moderation-latest","policy":{"input":{"mode":"score"},
                          "output":{"mode":"block"}}})");
    row("messages", R"([{"role":"system","content":"s"},{"role":"user","content":[
          {"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"https://x/y.png",
          "detail":"low"}}]}])");
}

void TestChatRequest::paramRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    ChatRequest request = hello();
    QCOMPARE(applyParam(request, key, value), QString());
    QVERIFY2(request.extraBody.isEmpty(), "a known key must land in a typed field");
    QCOMPARE(toJson(request, ProviderProfile()).value(key), value);
}

void TestChatRequest::paramErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QHash<QString, int> seen;
    const auto row = [&seen](const char *key, const char *value, const char *message) {
        QTest::addRow("%s #%d", key, ++seen[QString::fromLatin1(key)])
            << QString::fromLatin1(key) << json(value) << QString::fromUtf8(message);
    };
    row("temperature", R"("hot")", "temperature must be a number");
    row("n", "1.5", "n must be a whole number");
    row("max_tokens", R"("many")", "max_tokens must be a whole number");
    row("stream", "1", "stream must be true or false");
    row("stop", "3", "stop must be a string or a list of strings");
    row("stop", "[1]", "stop must be a string or a list of strings");
    row("seed", R"("42")", "seed must be a whole number");
    row("metadata", R"({"a":1})", "metadata.a must be a string");
    row("metadata", "[]", "metadata must be an object of strings");
    row("logit_bias", R"({"1":"x"})", "logit_bias.1 must be a whole number");
    row("tools", "{}", "tools must be a list");
    row("tools", R"([{"type":"function"}])", "tools[0].function must be an object");
    row("tools", R"([{"type":"web"}])", "tools[0].type must be function or custom");
    row("tools", R"([{"type":"function","function":{"name":"f","strict":"yes"}}])",
        "tools[0].function.strict must be true or false");
    row("tool_choice", R"("maybe")", "tool_choice must be none, auto, required or an object");
    row("response_format", R"({"type":"xml"})",
        "response_format.type must be text, json_object or json_schema");
    row("response_format", R"({"type":"json_schema","json_schema":{}})",
        "response_format.json_schema.name must be a string");
    row("audio", R"({"voice":"alloy"})", "audio.format must be a string");
    row("messages", R"([{"role":"robot","content":"x"}])",
        "messages[0].role must be one of developer, system, user, assistant, tool, function");
    row("messages", R"([{"role":"user","content":[{"type":"video","video":{}}]}])",
        "messages[0].content[0].type must be one of text, image_url, input_audio, file, refusal");
}

void TestChatRequest::paramErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    ChatRequest request = hello();
    const ChatRequest before = request;
    QCOMPARE(applyParam(request, key, value), message);
    QVERIFY2(request == before, "a rejected parameter must not change the request");
}

void TestChatRequest::unknownParamGoesToExtraBody()
{
    ChatRequest request = hello();
    QCOMPARE(applyParam(request, u"provider"_s, json(R"({"sort":"price"})")), QString());
    QCOMPARE(applyParam(request, u"top_k"_s, 40), QString());
    const QJsonObject body = toJson(request, ProviderProfile());
    QCOMPARE(body.value(u"provider"_s), json(R"({"sort":"price"})"));
    QCOMPARE(body.value(u"top_k"_s), QJsonValue(40));
}

void TestChatRequest::nullParamClearsField()
{
    ChatRequest request = hello();
    QCOMPARE(applyParam(request, u"temperature"_s, 0.3), QString());
    QCOMPARE(applyParam(request, u"temperature"_s, QJsonValue(QJsonValue::Null)), QString());
    QVERIFY(!request.temperature);
    QVERIFY(!toJson(request, ProviderProfile()).contains(u"temperature"_s));
}

void TestChatRequest::seedKeepsPrecision()
{
    ChatRequest request = hello();
    const QJsonValue big = json("9223372036854775807");
    QCOMPARE(applyParam(request, u"seed"_s, big), QString());
    QCOMPARE(*request.seed, std::numeric_limits<qint64>::max());
    request.seed = -9007199254740993LL; // not representable as a double
    const QByteArray text = QJsonDocument(toJson(request, ProviderProfile())).toJson();
    QVERIFY2(text.contains("\"seed\": -9007199254740993"), text.constData());
}

void TestChatRequest::messages_data()
{
    QTest::addColumn<RequestMessage>("message");
    QTest::addColumn<QJsonValue>("expected");

    QTest::addRow("developer") << RequestMessage::developer(u"be brief"_s)
                               << json(R"({"role":"developer","content":"be brief"})");
    RequestMessage named = RequestMessage::user(u"hi"_s);
    named.name = u"ann"_s;
    QTest::addRow("user with name")
        << named << json(R"({"role":"user","content":"hi","name":"ann"})");
    QTest::addRow("user parts") << RequestMessage::user({ MessagePart::makeText(u"look"_s),
        MessagePart::makeImageUrl(u"data:image/png;base64,AAAA"_s, u"high"_s),
        MessagePart::makeInputAudio(u"UklG"_s, u"wav"_s),
        MessagePart::makeFile(u"data:application/pdf;base64,JVBE"_s, u"a.pdf"_s) })
                                << json(R"({"role":"user","content":[{"type":"text","text":"look"},
                 {"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA","detail":"high"}},
                 {"type":"input_audio","input_audio":{"data":"UklG","format":"wav"}},
                 {"type":"file","file":{"file_data":"data:application/pdf;base64,JVBE","filename":"a.pdf"}}]})");
    RequestMessage calls;
    calls.role = RequestMessage::Role::Assistant;
    calls.toolCalls = { { RequestToolCall::Type::Function, u"call_1"_s, u"get_weather"_s,
                            u"{\"city\":\"Paris\"}"_s },
        { RequestToolCall::Type::Custom, u"call_2"_s, u"sql"_s, u"select 1"_s } };
    QTest::addRow("assistant tool calls, no content")
        << calls << json(R"({"role":"assistant","tool_calls":[
                 {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
                 {"id":"call_2","type":"custom","custom":{"name":"sql","input":"select 1"}}]})");
    RequestMessage refusal;
    refusal.role = RequestMessage::Role::Assistant;
    refusal.parts = { MessagePart::makeRefusal(u"no"_s) };
    refusal.audioId = u"audio_1"_s;
    QTest::addRow("assistant refusal part and audio id")
        << refusal << json(R"({"role":"assistant","content":[{"type":"refusal","refusal":"no"}],
                 "audio":{"id":"audio_1"}})");
    QTest::addRow("tool") << RequestMessage::tool(u"call_1"_s, u"18 C"_s)
                          << json(R"({"role":"tool","content":"18 C","tool_call_id":"call_1"})");
    RequestMessage function;
    function.role = RequestMessage::Role::Function;
    function.name = u"f"_s;
    QTest::addRow("function with null content")
        << function << json(R"({"role":"function","content":null,"name":"f"})");
    RequestMessage cached = RequestMessage::user({ MessagePart::makeText(u"long prefix"_s) });
    cached.parts[0].cacheBreakpoint = true;
    QTest::addRow("cache breakpoint")
        << cached << json(R"({"role":"user","content":[{"type":"text","text":"long prefix",
                 "prompt_cache_breakpoint":{"mode":"explicit"}}]})");
}

void TestChatRequest::messages()
{
    QFETCH(RequestMessage, message);
    QFETCH(QJsonValue, expected);
    QCOMPARE(QJsonValue(toJson(message)), expected);
    // What Kaiwa writes it can read back (history files, --param messages=…).
    const auto parsed = messageFromJson(expected, u"m"_s);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(QJsonValue(toJson(*parsed)), expected);
}

void TestChatRequest::validate_data()
{
    QTest::addColumn<QJsonValue>("metadata");
    QTest::addColumn<int>("problems");
    QJsonObject sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen.insert(u"k%1"_s.arg(i), u"v"_s);
    QJsonObject seventeen = sixteen;
    seventeen.insert(u"extra"_s, u"v"_s);
    QTest::addRow("16 pairs ok") << QJsonValue(sixteen) << 0;
    QTest::addRow("17 pairs") << QJsonValue(seventeen) << 1;
    QTest::addRow("64-char key ok")
        << QJsonValue(QJsonObject{ { QString(64, u'k'), u"v"_s } }) << 0;
    QTest::addRow("65-char key") << QJsonValue(QJsonObject{ { QString(65, u'k'), u"v"_s } }) << 1;
    QTest::addRow("512-char value ok")
        << QJsonValue(QJsonObject{ { u"k"_s, QString(512, u'v') } }) << 0;
    QTest::addRow("513-char value")
        << QJsonValue(QJsonObject{ { u"k"_s, QString(513, u'v') } }) << 1;
}

void TestChatRequest::validate()
{
    QFETCH(QJsonValue, metadata);
    QFETCH(int, problems);
    ChatRequest request = hello();
    QCOMPARE(applyParam(request, u"metadata"_s, metadata), QString());
    const QStringList found = ::validate(request);
    QVERIFY2(found.size() == problems, qPrintable(found.join(u"; "_s)));

    ChatRequest combos = hello();
    combos.streamOptions = StreamOptions{ true, std::nullopt };
    combos.topLogprobs = 3;
    QCOMPARE(::validate(combos).size(), 2);
    QVERIFY(::validate(ChatRequest()).contains(u"messages must contain at least one message"_s));
}

void TestChatRequest::parseParamValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addRow("number") << u"0.2"_s << QJsonValue(0.2);
    QTest::addRow("bool") << u"true"_s << QJsonValue(true);
    QTest::addRow("null") << u"null"_s << QJsonValue(QJsonValue::Null);
    QTest::addRow("quoted") << u"\"x\""_s << QJsonValue(u"x"_s);
    QTest::addRow("bare word") << u"alice"_s << QJsonValue(u"alice"_s);
    QTest::addRow("list") << u"[\"a\",\"b\"]"_s << json(R"(["a","b"])");
    QTest::addRow("object") << u"{\"a\":1}"_s << json(R"({"a":1})");
    QTest::addRow("comma text stays text") << u"1,2"_s << QJsonValue(u"1,2"_s);
}

void TestChatRequest::parseParamValue()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QCOMPARE(::parseParamValue(text), expected);
}

QTEST_GUILESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"

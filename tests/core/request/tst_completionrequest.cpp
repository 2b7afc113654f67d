// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/request/CompletionRequest.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;

class TestCompletionRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlySetFieldsAreSent();
    void tokenLimitIsAlwaysMaxTokens();
    void paramRoundTrip_data();
    void paramRoundTrip();
    void paramErrors_data();
    void paramErrors();
    void extraBody();
    void validate();
};

static QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson("[" + QByteArray(text) + "]").array().first();
}

void TestCompletionRequest::onlySetFieldsAreSent()
{
    CompletionRequest request;
    request.model = u"gpt-3.5-turbo-instruct"_s;
    request.prompt = u"Once upon"_s;
    QCOMPARE(toJson(request, ProviderProfile()),
        json(R"({"model":"gpt-3.5-turbo-instruct","prompt":"Once upon"})").toObject());
    request.prompt = QStringList{ u"a"_s, u"b"_s };
    request.logprobs = 0; // zero is set, and an integer here (not chat's boolean)
    const QJsonObject body = toJson(request, ProviderProfile());
    QCOMPARE(body.value(u"prompt"_s), json(R"(["a","b"])"));
    QCOMPARE(body.value(u"logprobs"_s), QJsonValue(0));
}

void TestCompletionRequest::tokenLimitIsAlwaysMaxTokens()
{
    ProviderProfile profile;
    profile.tokenLimitField = ProviderProfile::TokenLimitField::MaxCompletionTokens;
    CompletionRequest request;
    request.prompt = u"x"_s;
    QCOMPARE(applyParam(request, u"max_completion_tokens"_s, 64), QString());
    const QJsonObject body = toJson(request, profile);
    QCOMPARE(body.value(u"max_tokens"_s), QJsonValue(64));
    QVERIFY(!body.contains(u"max_completion_tokens"_s));
}

void TestCompletionRequest::paramRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    const auto row = [](const char *key, const char *value) {
        QTest::addRow("%s", key) << QString::fromLatin1(key) << json(value);
    };
    row("model", R"("davinci-002")");
    row("prompt", R"("text")");
    row("suffix", R"("end")");
    row("echo", "true");
    row("best_of", "3");
    row("logprobs", "5");
    row("n", "2");
    row("max_tokens", "100");
    row("temperature", "0.5");
    row("top_p", "0.5");
    row("frequency_penalty", "1");
    row("presence_penalty", "-1");
    row("seed", "9007199254740993");
    row("stop", R"(["\n\n","END"])");
    row("stream", "true");
    row("stream_options", R"({"include_usage":true})");
    row("logit_bias", R"({"50256":-100})");
    row("user", R"("u")");
}

void TestCompletionRequest::paramRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    CompletionRequest request;
    QCOMPARE(applyParam(request, key, value), QString());
    QVERIFY(request.extraBody.isEmpty());
    QCOMPARE(toJson(request, ProviderProfile()).value(key), value);
}

void TestCompletionRequest::paramErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("logprobs bool")
        << u"logprobs"_s << QJsonValue(true) << u"logprobs must be a whole number"_s;
    QTest::addRow("prompt tokens")
        << u"prompt"_s << json("[1,2]") << u"prompt must be a string or a list of strings"_s;
    QTest::addRow("echo string") << u"echo"_s << json(R"("yes")")
                                 << u"echo must be true or false"_s;
    QTest::addRow("temperature") << u"temperature"_s << json(R"("x")")
                                 << u"temperature must be a number"_s;
}

void TestCompletionRequest::paramErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    CompletionRequest request;
    QCOMPARE(applyParam(request, key, value), message);
    QCOMPARE(request, CompletionRequest());
}

void TestCompletionRequest::extraBody()
{
    ProviderProfile profile;
    profile.extraBody = json(R"({"provider":{"sort":"price"},"echo":false})").toObject();
    CompletionRequest request;
    request.echo = true;
    QCOMPARE(applyParam(request, u"top_k"_s, 40), QString());
    request.extraBody.insert(u"provider"_s, json(R"({"only":["a"]})"));
    const QJsonObject body = toJson(request, profile);
    QCOMPARE(body.value(u"echo"_s), QJsonValue(false));
    QCOMPARE(body.value(u"top_k"_s), QJsonValue(40));
    QCOMPARE(body.value(u"provider"_s), json(R"({"sort":"price","only":["a"]})"));
}

void TestCompletionRequest::validate()
{
    CompletionRequest request;
    QCOMPARE(::validate(request), QStringList{ u"prompt is required"_s });
    request.prompt = u"x"_s;
    QVERIFY(::validate(request).isEmpty());
    request.bestOf = 2;
    request.n = 3;
    request.stream = true;
    QCOMPARE(::validate(request).size(), 2);
}

QTEST_GUILESS_MAIN(TestCompletionRequest)
#include "tst_completionrequest.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the request inspector hides and how it writes "copy as curl": secrets redacted in
// headers and URLs, base64 cut down, and a curl command bash accepts with the key left to the
// environment.
#include <QProcess>
#include <QTest>

#include "core/inspect/BodyText.h"
#include "core/inspect/CurlCommand.h"
#include "core/inspect/Redaction.h"
#include "core/inspect/RequestRecord.h"

using namespace Qt::StringLiterals;

namespace {
//! Whether bash parses `script` (bash -n); the reason in `error` otherwise.
bool bashAccepts(const QString &script, QString *error)
{
    QProcess bash;
    bash.start(u"bash"_s, { u"-n"_s });
    if (!bash.waitForStarted())
        return false;
    bash.write(script.toUtf8());
    bash.closeWriteChannel();
    bash.waitForFinished();
    *error = QString::fromUtf8(bash.readAllStandardError());
    return bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0;
}

RequestRecord chatRecord()
{
    RequestRecord r;
    r.method = "POST";
    r.url = QUrl(u"https://api.openai.com/v1/chat/completions"_s);
    r.requestHeaders = { { "Authorization", "Bearer ***", true },
        { "Content-Type", "application/json", false }, { "Accept", "text/event-stream", false } };
    // Quotes, $, backticks and ! that the shell must not touch.
    r.body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":"
             "\"It\x27s \\\"fine\\\" $HOME `ls` !x\"}],\"stream\":true}";
    r.curlBody = r.body;
    r.bodyBytes = r.body.size();
    return r;
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void urls();
    void secretsAreScrubbed();
    void base64IsElided();
    void prettyKeepsOrder();
    void curlForOpenAi();
    void curlForAzure();
    void curlWithKeyInUrl();
    void curlGetAndDelete();
};

void TestRedaction::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer sk-abc123456")
                            << QByteArray("Bearer ***");
    QTest::newRow("lower case") << QByteArray("authorization") << QByteArray("bearer sk-x")
                                << QByteArray("bearer ***");
    QTest::newRow("api-key") << QByteArray("api-key") << QByteArray("0123456789abcdef")
                             << QByteArray("***");
    QTest::newRow("proxy basic") << QByteArray("Proxy-Authorization")
                                 << QByteArray("Basic dXNlcjpwYXNz") << QByteArray("Basic ***");
    QTest::newRow("custom key header")
        << QByteArray("Ocp-Apim-Subscription-Key") << QByteArray("abcdef123") << QByteArray("***");
    QTest::newRow("x-api-key") << QByteArray("X-Api-Key") << QByteArray("k") << QByteArray("***");
    QTest::newRow("cookie") << QByteArray("Set-Cookie") << QByteArray("session=1")
                            << QByteArray("***");
    QTest::newRow("content type kept")
        << QByteArray("Content-Type") << QByteArray("application/json")
        << QByteArray("application/json");
    QTest::newRow("rate limit tokens kept") << QByteArray("x-ratelimit-remaining-tokens")
                                            << QByteArray("149984") << QByteArray("149984");
    QTest::newRow("request id kept")
        << QByteArray("x-request-id") << QByteArray("req_1") << QByteArray("req_1");
}

void TestRedaction::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, shown);
    QCOMPARE(Redaction::header(name, value), shown);
}

void TestRedaction::urls()
{
    const QUrl url(u"https://user:hunter2secret@example.com/v1/models?key=AIzaSecret123&alt=sse"_s);
    const QString shown = Redaction::url(url).toString();
    QVERIFY2(!shown.contains(u"AIzaSecret123"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"hunter2secret"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"key=***"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"alt=sse"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"/v1/models"_s));
    const QUrl azure(
        u"https://r.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21"_s);
    QCOMPARE(Redaction::url(azure), azure);
}

void TestRedaction::secretsAreScrubbed()
{
    const QList<QByteArray> secrets = Redaction::secretsIn(
        { { "Authorization", "Bearer sk-live-abcdef" }, { "api-key", "sk-live-abcdef" },
            { "Accept", "application/json" } },
        QUrl(u"https://h/x?key=gem-key-9999"_s));
    QVERIFY(secrets.contains("sk-live-abcdef"));
    QVERIFY(secrets.contains("gem-key-9999"));
    QVERIFY(!secrets.contains("application/json"));
    QCOMPARE(Redaction::scrub(QByteArray("echo sk-live-abcdef and gem-key-9999"), secrets),
        QByteArray("echo *** and ***"));
    QCOMPARE(Redaction::scrub(u"キー sk-live-abcdef"_s, secrets), u"キー ***"_s);
    // A short value (an empty or test key) is not scrubbed from ordinary text.
    QVERIFY(Redaction::secretsIn({ { "Authorization", "Bearer abc" } }, {}).isEmpty());
}

void TestRedaction::base64IsElided()
{
    const QByteArray png = QByteArray(3000, 'A') + "==";
    const QByteArray json =
        R"({"content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,)" + png
        + R"("}},{"type":"input_audio","input_audio":{"data":")" + QByteArray(400, 'Q')
        + R"(","format":"wav"}},{"type":"text","text":"短いテキスト"}]})";
    const QByteArray elided = BodyText::elideBase64(json);
    QVERIFY2(elided.size() < 400, elided.constData());
    QVERIFY2(
        elided.contains(R"("url":"[image/png base64: 2248 bytes elided]")"), elided.constData());
    QVERIFY2(elided.contains(R"("data":"[base64: 300 bytes elided]")"), elided.constData());
    QVERIFY(elided.contains("短いテキスト"));
    // Long ordinary text stays.
    const QByteArray prose = R"({"text":")" + QByteArray(500, 'a').replace(7, 1, " ") + R"("})";
    QCOMPARE(BodyText::elideBase64(prose), prose);
}

void TestRedaction::prettyKeepsOrder()
{
    const QByteArray pretty = BodyText::pretty(
        R"({"model":"m","messages":[{"role":"user","content":"a, b: {c}"}],"tools":[],"n":1})");
    QCOMPARE(pretty,
        QByteArray(
            "{\n  \"model\": \"m\",\n  \"messages\": [\n    {\n      \"role\": \"user\",\n"
            "      \"content\": \"a, b: {c}\"\n    }\n  ],\n  \"tools\": [],\n  \"n\": 1\n}"));
    QCOMPARE(BodyText::pretty("plain text"), QByteArray("plain text"));
}

void TestRedaction::curlForOpenAi()
{
    const QString curl = CurlCommand::build(chatRecord());
    QVERIFY2(curl.startsWith(u"curl -N https://api.openai.com/v1/chat/completions \\\n"_s),
        qPrintable(curl));
    QVERIFY2(curl.contains(u"-H \"Authorization: Bearer $OPENAI_API_KEY\""_s), qPrintable(curl));
    QVERIFY2(curl.contains(u"-H 'Content-Type: application/json'"_s), qPrintable(curl));
    QVERIFY2(curl.contains(u"--data-binary @- <<'JSON'\n{\n  \"model\": \"gpt-4o-mini\""_s),
        qPrintable(curl));
    QVERIFY(curl.endsWith(u"\nJSON\n"_s));
    QVERIFY(!curl.contains(u"***"_s));
    QString error;
    QVERIFY2(bashAccepts(curl, &error), qPrintable(error + curl));
}

void TestRedaction::curlForAzure()
{
    RequestRecord r = chatRecord();
    r.url = QUrl(
        u"https://r.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21"_s);
    r.requestHeaders = { { "api-key", "***", true }, { "Content-Type", "application/json", false },
        { "X-Custom-Token", "Bearer ***", true }, { "X-Note", "it's \"quoted\" $x", false } };
    const QString curl = CurlCommand::build(r);
    QVERIFY2(curl.contains(u"-H \"api-key: $AZURE_OPENAI_API_KEY\""_s), qPrintable(curl));
    QVERIFY2(curl.contains(u"-H \"X-Custom-Token: Bearer $X_CUSTOM_TOKEN\""_s), qPrintable(curl));
    QVERIFY2(
        curl.contains(
            u"'https://r.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21'"_s),
        qPrintable(curl));
    QVERIFY2(curl.contains(u"-H 'X-Note: it'\\''s \"quoted\" $x'"_s), qPrintable(curl));
    QString error;
    QVERIFY2(bashAccepts(curl, &error), qPrintable(error + curl));
}

void TestRedaction::curlWithKeyInUrl()
{
    RequestRecord r = chatRecord();
    r.url =
        Redaction::url(QUrl(u"https://g.example/v1beta/chat/completions?alt=sse&key=AIzaXYZ123"_s));
    r.requestHeaders = { { "Content-Type", "application/json", false } };
    const QString curl = CurlCommand::build(r);
    QVERIFY2(curl.contains(
                 u"\"https://g.example/v1beta/chat/completions?alt=sse&key=$OPENAI_API_KEY\""_s),
        qPrintable(curl));
    QVERIFY(!curl.contains(u"AIzaXYZ123"_s));
    QString error;
    QVERIFY2(bashAccepts(curl, &error), qPrintable(error + curl));
}

void TestRedaction::curlGetAndDelete()
{
    RequestRecord r;
    r.method = "GET";
    r.url = QUrl(u"http://127.0.0.1:8080/v1/models"_s);
    r.requestHeaders = { { "Authorization", "Bearer ***", true } };
    QCOMPARE(CurlCommand::build(r),
        u"curl http://127.0.0.1:8080/v1/models \\\n  -H \"Authorization: Bearer $OPENAI_API_KEY\""_s);
    r.method = "DELETE";
    QVERIFY(CurlCommand::build(r).startsWith(u"curl -X DELETE http://"_s));
    QString error;
    QVERIFY2(bashAccepts(CurlCommand::build(r), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"

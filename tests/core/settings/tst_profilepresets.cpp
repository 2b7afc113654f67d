// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every preset builds a profile that reaches the right URL with the right headers and token
// field: checked with the pure Endpoint functions, and once more on the wire through ChatClient
// against FakeOpenAiServer.
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/request/ChatRequest.h"
#include "core/request/Endpoint.h"
#include "core/settings/ProfilePresets.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

class TestProfilePresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allPresetsPresent();
    void endpoints_data();
    void endpoints();
    void onTheWire_data();
    void onTheWire();
    void placeholders();
    void matchFindsThePreset();
};

void TestProfilePresets::allPresetsPresent()
{
    QStringList ids;
    for (const ProfilePreset &p : ProfilePresets::all()) {
        ids.append(p.id);
        QVERIFY2(!p.displayName().isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.hint().isEmpty(), qPrintable(p.id));
        QVERIFY(p.profile.name.isEmpty());
    }
    QCOMPARE(ids,
        QStringList({ u"openai"_s, u"azure-openai"_s, u"azure-inference"_s, u"openrouter"_s,
            u"ofoxai"_s, u"ollama"_s, u"llama-cpp"_s, u"lm-studio"_s }));
    QVERIFY(ProfilePresets::byId(u"ollama"_s).has_value());
    QVERIFY(!ProfilePresets::byId(u"nope"_s).has_value());
}

void TestProfilePresets::endpoints_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("modelsUrl");
    QTest::addColumn<QString>("chatUrl");
    QTest::addColumn<bool>("bearer");
    QTest::addColumn<bool>("apiKeyHeader");
    QTest::addColumn<QByteArray>("extraParameters");
    QTest::addColumn<QString>("tokenField");
    QTest::addColumn<bool>("needsKey");

    QTest::addRow("openai") << u"openai"_s << u"https://api.openai.com/v1/models"_s
                            << u"https://api.openai.com/v1/chat/completions"_s << true << false
                            << QByteArray() << u"max_completion_tokens"_s << true;
    QTest::addRow("azure-openai")
        << u"azure-openai"_s
        << u"https://myres.openai.azure.com/openai/models?api-version=2024-10-21"_s
        << u"https://myres.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2024-10-21"_s
        << false << true << QByteArray() << u"max_completion_tokens"_s << true;
    QTest::addRow("azure-inference")
        << u"azure-inference"_s
        << u"https://myres.services.ai.azure.com/models/models?api-version=2024-05-01-preview"_s
        << u"https://myres.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview"_s
        << true << true << QByteArray("drop") << u"max_tokens"_s << true;
    QTest::addRow("openrouter") << u"openrouter"_s << u"https://openrouter.ai/api/v1/models"_s
                                << u"https://openrouter.ai/api/v1/chat/completions"_s << true
                                << false << QByteArray() << u"max_completion_tokens"_s << true;
    QTest::addRow("ofoxai") << u"ofoxai"_s << u"https://api.ofox.ai/v1/models"_s
                            << u"https://api.ofox.ai/v1/chat/completions"_s << true << false
                            << QByteArray() << u"max_completion_tokens"_s << true;
    QTest::addRow("ollama") << u"ollama"_s << u"http://localhost:11434/v1/models"_s
                            << u"http://localhost:11434/v1/chat/completions"_s << true << false
                            << QByteArray() << u"max_tokens"_s << false;
    QTest::addRow("llama-cpp") << u"llama-cpp"_s << u"http://localhost:8080/v1/models"_s
                               << u"http://localhost:8080/v1/chat/completions"_s << true << false
                               << QByteArray() << u"max_tokens"_s << false;
    QTest::addRow("lm-studio") << u"lm-studio"_s << u"http://localhost:1234/v1/models"_s
                               << u"http://localhost:1234/v1/chat/completions"_s << true << false
                               << QByteArray() << u"max_tokens"_s << false;
}

void TestProfilePresets::endpoints()
{
    QFETCH(QString, id);
    QFETCH(QString, modelsUrl);
    QFETCH(QString, chatUrl);
    QFETCH(bool, bearer);
    QFETCH(bool, apiKeyHeader);
    QFETCH(QByteArray, extraParameters);
    QFETCH(QString, tokenField);
    QFETCH(bool, needsKey);

    const auto preset = ProfilePresets::byId(id);
    QVERIFY(preset);
    QCOMPARE(preset->needsKey, needsKey);
    ProviderProfile profile = preset->makeProfile(u"p"_s, u"myres"_s);
    QCOMPARE(profile.name, u"p"_s);
    if (profile.defaultModel.isEmpty())
        profile.defaultModel = u"dep"_s; // the Azure deployment the user names

    Endpoint::Call models;
    models.operation = Endpoint::Operation::Models;
    const auto modelsRequest = Endpoint::request(profile, u"k"_s, models);
    QVERIFY(modelsRequest);
    QCOMPARE(modelsRequest->url().toString(), modelsUrl);

    Endpoint::Call chat;
    chat.operation = Endpoint::Operation::ChatCompletions;
    const auto chatRequest = Endpoint::request(profile, u"k"_s, chat);
    QVERIFY2(chatRequest, qPrintable(chatRequest ? QString() : chatRequest.error()));
    QCOMPARE(chatRequest->url().toString(), chatUrl);
    QCOMPARE(
        chatRequest->rawHeader("Authorization"), bearer ? QByteArray("Bearer k") : QByteArray());
    QCOMPARE(chatRequest->rawHeader("api-key"), apiKeyHeader ? QByteArray("k") : QByteArray());
    QCOMPARE(chatRequest->rawHeader("extra-parameters"), extraParameters);

    // No key (a local server): no auth header at all.
    const auto keyless = Endpoint::request(profile, QString(), chat);
    QVERIFY(keyless);
    QVERIFY(!keyless->hasRawHeader("Authorization"));
    QVERIFY(!keyless->hasRawHeader("api-key"));

    ChatRequest body;
    body.messages.append(RequestMessage::user(u"hi"_s));
    body.maxTokens = 5;
    const QJsonObject json = toJson(body, profile);
    QCOMPARE(json.value(tokenField).toInteger(), 5);
    QCOMPARE(json.keys().count(u"max_tokens"_s) + json.keys().count(u"max_completion_tokens"_s), 1);
}

void TestProfilePresets::onTheWire_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("path");
    for (const ProfilePreset &p : ProfilePresets::all()) {
        QByteArray path = p.baseUrlFor(u"res"_s).path().toUtf8();
        if (p.id == u"azure-openai"_s)
            path += "/openai";
        path += "/models";
        if (!p.profile.apiVersion.isEmpty())
            path += "?api-version=" + p.profile.apiVersion.toUtf8();
        QTest::addRow("%s", qPrintable(p.id)) << p.id << path;
    }
}

void TestProfilePresets::onTheWire()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, path);
    FakeOpenAiServer server;
    QVERIFY(server.isListening());
    server.enqueue(FakeResponse::models({ u"m1"_s, u"m2"_s }));

    const auto preset = ProfilePresets::byId(id);
    QVERIFY(preset);
    ProviderProfile profile = preset->makeProfile(u"p"_s, u"res"_s);
    // Same path and query, the fake server's host and port.
    profile.baseUrl.setScheme(u"http"_s);
    profile.baseUrl.setHost(u"127.0.0.1"_s);
    profile.baseUrl.setPort(server.port());

    QNetworkAccessManager nam;
    ChatClient client(nam, profile, u"sk-wire"_s);
    auto reply = client.listModels();
    QVERIFY(reply);
    QSignalSpy finished(*reply, &ApiReply::finished);
    (*reply)->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE((*reply)->json().value(u"data"_s).toArray().size(), 2);

    const RecordedRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, path);
    const bool bearer = profile.auth != ProviderProfile::Auth::ApiKeyHeader;
    QCOMPARE(request.header("authorization"), bearer ? QByteArray("Bearer sk-wire") : QByteArray());
    QCOMPARE(request.hasHeader("api-key"),
        profile.auth == ProviderProfile::Auth::ApiKeyHeader
            || profile.auth == ProviderProfile::Auth::Both);
}

void TestProfilePresets::placeholders()
{
    for (const ProfilePreset &p : ProfilePresets::all()) {
        const bool azure = p.id.startsWith(u"azure"_s);
        QCOMPARE(p.placeholder(), azure ? u"resource"_s : QString());
        QCOMPARE(ProfilePresets::hasPlaceholder(p.urlPattern), azure);
        QCOMPARE(p.profile.baseUrl.isEmpty(), azure);
    }
    const auto inference = ProfilePresets::byId(u"azure-inference"_s);
    QVERIFY(inference);
    QCOMPARE(inference->baseUrlFor(u" myres "_s).toString(),
        u"https://myres.services.ai.azure.com/models"_s);
    // A serverless endpoint's whole URL pasted in place of the resource name.
    QCOMPARE(inference->baseUrlFor(u"https://m.eastus2.models.ai.azure.com"_s).toString(),
        u"https://m.eastus2.models.ai.azure.com"_s);
}

void TestProfilePresets::matchFindsThePreset()
{
    for (const ProfilePreset &p : ProfilePresets::all()) {
        const auto found = ProfilePresets::match(p.makeProfile(u"x"_s, u"res"_s));
        QVERIFY2(found, qPrintable(p.id));
        QCOMPARE(found->id, p.id);
    }
    ProviderProfile custom = ProviderProfile::defaultsFor(ProviderProfile::Kind::Gateway);
    custom.baseUrl = QUrl(u"https://gateway.example.com/v1"_s);
    QVERIFY(!ProfilePresets::match(custom));
    ProviderProfile vllm = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    vllm.baseUrl = QUrl(u"http://127.0.0.1:8000/v1"_s);
    QVERIFY(!ProfilePresets::match(vllm));
}

QTEST_GUILESS_MAIN(TestProfilePresets)
#include "tst_profilepresets.moc"

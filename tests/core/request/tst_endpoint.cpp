// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/request/Endpoint.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;
using Endpoint::Operation;
using Kind = ProviderProfile::Kind;
using Auth = ProviderProfile::Auth;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void verbs_data();
    void verbs();
    void headers_data();
    void headers();
    void extraHeadersOverride();
    void listQuery_data();
    void listQuery();
    void errors();
};

static ProviderProfile profile(Kind kind, const char *base, const char *apiVersion = "")
{
    ProviderProfile p;
    p.kind = kind;
    p.baseUrl = QUrl(QString::fromLatin1(base));
    p.apiVersion = QString::fromLatin1(apiVersion);
    return p;
}

static Endpoint::Call call(Operation operation, const QString &model = {}, const QString &id = {})
{
    Endpoint::Call c;
    c.operation = operation;
    c.model = model;
    c.id = id;
    return c;
}

void TestEndpoint::urls_data()
{
    QTest::addColumn<ProviderProfile>("profile");
    QTest::addColumn<Endpoint::Call>("call");
    QTest::addColumn<QString>("expected");

    const auto openai = profile(Kind::OpenAI, "https://api.openai.com/v1");
    QTest::addRow("openai chat") << openai << call(Operation::ChatCompletions, u"gpt-4o"_s)
                                 << u"https://api.openai.com/v1/chat/completions"_s;
    QTest::addRow("openai completions")
        << openai << call(Operation::Completions) << u"https://api.openai.com/v1/completions"_s;
    QTest::addRow("openai models")
        << openai << call(Operation::Models) << u"https://api.openai.com/v1/models"_s;
    QTest::addRow("openai stored get")
        << openai << call(Operation::StoredGet, {}, u"chatcmpl-1"_s)
        << u"https://api.openai.com/v1/chat/completions/chatcmpl-1"_s;
    QTest::addRow("openai stored delete")
        << openai << call(Operation::StoredDelete, {}, u"chatcmpl-1"_s)
        << u"https://api.openai.com/v1/chat/completions/chatcmpl-1"_s;
    QTest::addRow("openai stored messages")
        << openai << call(Operation::StoredMessages, {}, u"chatcmpl-1"_s)
        << u"https://api.openai.com/v1/chat/completions/chatcmpl-1/messages"_s;
    QTest::addRow("id is one path segment")
        << openai << call(Operation::StoredGet, {}, u"a/b c"_s)
        << u"https://api.openai.com/v1/chat/completions/a%2Fb%20c"_s;
    QTest::addRow("trailing slash on base")
        << profile(Kind::Gateway, "https://openrouter.ai/api/v1/")
        << call(Operation::ChatCompletions, u"anthropic/claude-sonnet-4.5"_s)
        << u"https://openrouter.ai/api/v1/chat/completions"_s;
    QTest::addRow("gateway with api-version set")
        << profile(Kind::Gateway, "https://gw.example/v1", "2025-01-01") << call(Operation::Models)
        << u"https://gw.example/v1/models?api-version=2025-01-01"_s;
    QTest::addRow("local") << profile(Kind::Local, "http://localhost:11434/v1")
                           << call(Operation::ChatCompletions, u"llama3"_s)
                           << u"http://localhost:11434/v1/chat/completions"_s;

    const auto azure = profile(Kind::AzureOpenAI, "https://res.openai.azure.com", "2024-10-21");
    QTest::addRow("azure deployment chat")
        << azure << call(Operation::ChatCompletions, u"gpt4o-prod"_s)
        << u"https://res.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"_s;
    QTest::addRow("azure deployment completions")
        << azure << call(Operation::Completions, u"instruct"_s)
        << u"https://res.openai.azure.com/openai/deployments/instruct/completions?api-version=2024-10-21"_s;
    auto azureDefault = azure;
    azureDefault.defaultModel = u"fallback"_s;
    QTest::addRow("azure default deployment")
        << azureDefault << call(Operation::ChatCompletions)
        << u"https://res.openai.azure.com/openai/deployments/fallback/chat/completions?api-version=2024-10-21"_s;
    QTest::addRow("azure base already /openai")
        << profile(Kind::AzureOpenAI, "https://res.openai.azure.com/openai/", "2024-10-21")
        << call(Operation::ChatCompletions, u"d"_s)
        << u"https://res.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21"_s;
    QTest::addRow("azure models")
        << azure << call(Operation::Models)
        << u"https://res.openai.azure.com/openai/models?api-version=2024-10-21"_s;
    QTest::addRow("azure stored get")
        << azure << call(Operation::StoredGet, u"ignored"_s, u"chatcmpl-9"_s)
        << u"https://res.openai.azure.com/openai/chat/completions/chatcmpl-9?api-version=2024-10-21"_s;
    QTest::addRow("azure stored list")
        << azure << call(Operation::StoredList)
        << u"https://res.openai.azure.com/openai/chat/completions?api-version=2024-10-21"_s;

    const auto azureV1 = profile(Kind::AzureOpenAI, "https://res.openai.azure.com/openai/v1/");
    QTest::addRow("azure v1 chat") << azureV1 << call(Operation::ChatCompletions, u"gpt4o"_s)
                                   << u"https://res.openai.azure.com/openai/v1/chat/completions"_s;
    QTest::addRow("azure v1 models")
        << azureV1 << call(Operation::Models) << u"https://res.openai.azure.com/openai/v1/models"_s;
    QTest::addRow("azure v1 with api-version")
        << profile(Kind::AzureOpenAI, "https://res.openai.azure.com/openai/v1", "preview")
        << call(Operation::ChatCompletions, u"gpt4o"_s)
        << u"https://res.openai.azure.com/openai/v1/chat/completions?api-version=preview"_s;

    const auto inference = profile(
        Kind::AzureInference, "https://ep.eastus.models.ai.azure.com", "2024-05-01-preview");
    QTest::addRow("azure inference chat")
        << inference << call(Operation::ChatCompletions, u"mistral-large"_s)
        << u"https://ep.eastus.models.ai.azure.com/chat/completions?api-version=2024-05-01-preview"_s;
    QTest::addRow("azure inference under /models")
        << profile(Kind::AzureInference, "https://r.services.ai.azure.com/models", "2025-05-01")
        << call(Operation::ChatCompletions)
        << u"https://r.services.ai.azure.com/models/chat/completions?api-version=2025-05-01"_s;
}

void TestEndpoint::urls()
{
    QFETCH(ProviderProfile, profile);
    QFETCH(Endpoint::Call, call);
    QFETCH(QString, expected);
    const auto url = Endpoint::url(profile, call);
    QVERIFY2(url.has_value(), qPrintable(url ? QString() : url.error()));
    QCOMPARE(url->toString(QUrl::FullyEncoded), expected);
    const auto request = Endpoint::request(profile, u"sk-test"_s, call);
    QVERIFY(request.has_value());
    QCOMPARE(request->url(), *url);
}

void TestEndpoint::verbs_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("body");
    QTest::addRow("chat") << Operation::ChatCompletions << QByteArray("POST") << true;
    QTest::addRow("completions") << Operation::Completions << QByteArray("POST") << true;
    QTest::addRow("models") << Operation::Models << QByteArray("GET") << false;
    QTest::addRow("list") << Operation::StoredList << QByteArray("GET") << false;
    QTest::addRow("get") << Operation::StoredGet << QByteArray("GET") << false;
    QTest::addRow("update") << Operation::StoredUpdate << QByteArray("POST") << true;
    QTest::addRow("delete") << Operation::StoredDelete << QByteArray("DELETE") << false;
    QTest::addRow("messages") << Operation::StoredMessages << QByteArray("GET") << false;
}

void TestEndpoint::verbs()
{
    QFETCH(Operation, operation);
    QFETCH(QByteArray, verb);
    QFETCH(bool, body);
    QCOMPARE(Endpoint::verb(operation), verb);
    QCOMPARE(Endpoint::hasBody(operation), body);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

void TestEndpoint::headers_data()
{
    QTest::addColumn<ProviderProfile>("profile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Endpoint::Call>("call");
    QTest::addColumn<Headers>("expected"); // value "" = header must be absent

    const QByteArray agent = Endpoint::userAgent();
    auto bearer = profile(Kind::OpenAI, "https://api.openai.com/v1");
    auto streaming = call(Operation::ChatCompletions, u"m"_s);
    streaming.streaming = true;
    QTest::addRow("openai bearer streaming")
        << bearer << u"sk-1"_s << streaming
        << Headers{ { "Authorization", "Bearer sk-1" }, { "api-key", "" },
               { "Content-Type", "application/json" }, { "Accept", "text/event-stream" },
               { "User-Agent", agent }, { "extra-parameters", "" } };
    QTest::addRow("GET has no content type")
        << bearer << u"sk-1"_s << call(Operation::Models)
        << Headers{ { "Authorization", "Bearer sk-1" }, { "Content-Type", "" },
               { "Accept", "application/json" } };

    auto azure = profile(Kind::AzureOpenAI, "https://res.openai.azure.com", "2024-10-21");
    azure.auth = Auth::ApiKeyHeader;
    QTest::addRow("azure api-key")
        << azure << u"az-key"_s << call(Operation::ChatCompletions, u"d"_s)
        << Headers{ { "api-key", "az-key" }, { "Authorization", "" },
               { "Accept", "application/json" } };

    auto inference =
        profile(Kind::AzureInference, "https://ep.models.ai.azure.com", "2024-05-01-preview");
    inference.auth = Auth::Both;
    inference.extraParameters = u"pass-through"_s;
    QTest::addRow("azure inference both + extra-parameters")
        << inference << u"k"_s << call(Operation::ChatCompletions)
        << Headers{ { "Authorization", "Bearer k" }, { "api-key", "k" },
               { "extra-parameters", "pass-through" } };
    auto openaiExtra = bearer;
    openaiExtra.extraParameters = u"drop"_s;
    QTest::addRow("extra-parameters only for azure inference")
        << openaiExtra << u"k"_s << call(Operation::ChatCompletions)
        << Headers{ { "extra-parameters", "" } };

    auto gateway = profile(Kind::Gateway, "https://openrouter.ai/api/v1");
    gateway.extraHeaders = { { "HTTP-Referer", "https://kaiwa.example" }, { "X-Title", "Kaiwa" } };
    QTest::addRow("gateway extra headers")
        << gateway << u"or-key"_s << call(Operation::ChatCompletions)
        << Headers{ { "Authorization", "Bearer or-key" },
               { "HTTP-Referer", "https://kaiwa.example" }, { "X-Title", "Kaiwa" } };

    auto local = profile(Kind::Local, "http://localhost:8080/v1");
    QTest::addRow("local without key") << local << QString() << call(Operation::ChatCompletions)
                                       << Headers{ { "Authorization", "" }, { "api-key", "" },
                                              { "Content-Type", "application/json" } };
    auto none = bearer;
    none.auth = Auth::None;
    QTest::addRow("auth none ignores key") << none << u"sk-1"_s << call(Operation::Models)
                                           << Headers{ { "Authorization", "" }, { "api-key", "" } };
}

void TestEndpoint::headers()
{
    QFETCH(ProviderProfile, profile);
    QFETCH(QString, key);
    QFETCH(Endpoint::Call, call);
    QFETCH(Headers, expected);
    const auto request = Endpoint::request(profile, key, call);
    QVERIFY(request.has_value());
    for (const auto &[name, value] : expected) {
        if (value.isEmpty())
            QVERIFY2(!request->hasRawHeader(name), name.constData());
        else
            QCOMPARE(request->rawHeader(name), value);
    }
}

void TestEndpoint::extraHeadersOverride()
{
    auto p = profile(Kind::Gateway, "https://gw.example/v1");
    p.extraHeaders = { { "Authorization", "Token custom" }, { "User-Agent", "Other/1" } };
    const auto request = Endpoint::request(p, u"sk"_s, call(Operation::ChatCompletions));
    QVERIFY(request.has_value());
    QCOMPARE(request->rawHeader("Authorization"), QByteArray("Token custom"));
    QCOMPARE(request->rawHeader("User-Agent"), QByteArray("Other/1"));
    QVERIFY(Endpoint::userAgent().startsWith("Kaiwa/"));
}

void TestEndpoint::listQuery_data()
{
    QTest::addColumn<Endpoint::Call>("call");
    QTest::addColumn<QString>("expected");

    auto list = call(Operation::StoredList);
    QTest::addRow("no filters") << list << u"https://api.openai.com/v1/chat/completions"_s;
    list.query.after = u"chatcmpl-5"_s;
    list.query.limit = 50;
    list.query.order = u"desc"_s;
    list.query.model = u"gpt-4o"_s;
    list.query.metadata = { { u"project"_s, u"kaiwa"_s }, { u"run id"_s, u"a&b=c+d"_s } };
    QTest::addRow("all filters")
        << list
        << u"https://api.openai.com/v1/chat/completions?after=chatcmpl-5&limit=50&order=desc&model=gpt-4o&metadata[project]=kaiwa&metadata[run%20id]=a%26b%3Dc%2Bd"_s;

    auto messages = call(Operation::StoredMessages, {}, u"chatcmpl-5"_s);
    messages.query = list.query;
    QTest::addRow("messages ignore model and metadata")
        << messages
        << u"https://api.openai.com/v1/chat/completions/chatcmpl-5/messages?after=chatcmpl-5&limit=50&order=desc"_s;
}

void TestEndpoint::listQuery()
{
    QFETCH(Endpoint::Call, call);
    QFETCH(QString, expected);
    const auto url = Endpoint::url(profile(Kind::OpenAI, "https://api.openai.com/v1"), call);
    QVERIFY(url.has_value());
    QCOMPARE(url->toString(QUrl::FullyEncoded), expected);
    // A standard query parser gets the original key/value pairs back.
    if (call.operation == Operation::StoredList && !call.query.metadata.isEmpty()) {
        const QUrlQuery query(*url);
        QCOMPARE(query.queryItemValue(u"metadata[run id]"_s, QUrl::FullyDecoded), u"a&b=c+d"_s);
    }
}

void TestEndpoint::errors()
{
    const auto azure = profile(Kind::AzureOpenAI, "https://res.openai.azure.com", "2024-10-21");
    const auto noDeployment = Endpoint::request(azure, u"k"_s, call(Operation::ChatCompletions));
    QVERIFY(!noDeployment.has_value());
    QVERIFY(noDeployment.error().contains(u"deployment"_s));
    const auto noId = Endpoint::url(azure, call(Operation::StoredGet));
    QVERIFY(!noId.has_value());
    ProviderProfile empty;
    empty.baseUrl = QUrl();
    QVERIFY(!Endpoint::url(empty, call(Operation::Models)).has_value());
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"

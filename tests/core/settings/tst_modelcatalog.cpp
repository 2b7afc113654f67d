// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ModelCatalog over real loopback HTTP against FakeOpenAiServer: the list a profile offers, the
// error of a refused key, the cache file across instances, and broken cache files.
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeOpenAiServer.h"
#include "core/api/ChatClient.h"
#include "core/settings/ModelCatalog.h"

using namespace Qt::StringLiterals;

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refreshFillsTheList();
    void unauthorizedKeepsTheOldList();
    void refreshInFlightIsNotStartedTwice();
    void cacheSurvivesANewInstance();
    void corruptCacheIsIgnored_data();
    void corruptCacheIsIgnored();
    void answerShapes_data();
    void answerShapes();
    void answerWithoutAList();

private:
    QString cachePath() const { return m_dir->filePath(u"cache/models.json"_s); }

    std::unique_ptr<ChatClient> client(const FakeOpenAiServer &server, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_nam;
};

std::unique_ptr<ChatClient> TestModelCatalog::client(
    const FakeOpenAiServer &server, const QString &name)
{
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    profile.name = name;
    profile.baseUrl = server.baseUrl();
    auto result = std::make_unique<ChatClient>(m_nam, profile, u"sk-test"_s);
    result->setOptions(ApiReply::Options{ .maxRetries = 0 });
    return result;
}

void TestModelCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestModelCatalog::refreshFillsTheList()
{
    FakeOpenAiServer server;
    server.enqueue("GET /models",
        FakeResponse::models(
            { u"o3"_s, u"gpt-4o-mini"_s, u"GPT-4.1"_s, u"o3"_s, u"babbage-002"_s }));
    ModelCatalog catalog(cachePath());
    QVERIFY(catalog.models(u"work"_s).isEmpty());
    QVERIFY(!catalog.fetchedAt(u"work"_s).isValid());
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    QSignalSpy failed(&catalog, &ModelCatalog::refreshFailed);
    QVERIFY(changed.isValid());

    const auto work = client(server, u"work"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    catalog.refresh(work.get());
    QVERIFY(catalog.isRefreshing(u"work"_s));
    QVERIFY(changed.wait(5000));

    QCOMPARE(changed.first().first().toString(), u"work"_s);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!catalog.isRefreshing(u"work"_s));
    QCOMPARE(catalog.models(u"work"_s),
        QStringList({ u"babbage-002"_s, u"GPT-4.1"_s, u"gpt-4o-mini"_s, u"o3"_s }));
    QVERIFY(catalog.fetchedAt(u"work"_s) >= before);
    QVERIFY(catalog.fetchedAt(u"work"_s) <= QDateTime::currentDateTimeUtc());
    QVERIFY(catalog.models(u"other"_s).isEmpty());
    QCOMPARE(server.lastRequest().method, QByteArray("GET"));
    QCOMPARE(server.lastRequest().path, QByteArray("/v1/models"));
}

void TestModelCatalog::unauthorizedKeepsTheOldList()
{
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::models({ u"gpt-4o"_s }));
    server.enqueue("GET /models",
        FakeResponse::error(401, u"Incorrect API key provided"_s, u"invalid_api_key"_s));
    ModelCatalog catalog(cachePath());
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    QSignalSpy failed(&catalog, &ModelCatalog::refreshFailed);
    const auto work = client(server, u"work"_s);
    catalog.refresh(work.get());
    QVERIFY(changed.wait(5000));
    const QDateTime fetched = catalog.fetchedAt(u"work"_s);

    catalog.refresh(work.get());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), u"work"_s);
    const auto error = failed.first().at(1).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, u"invalid_api_key"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!catalog.isRefreshing(u"work"_s));
    // The list from before the failure is still offered.
    QCOMPARE(catalog.models(u"work"_s), QStringList{ u"gpt-4o"_s });
    QCOMPARE(catalog.fetchedAt(u"work"_s), fetched);
}

void TestModelCatalog::refreshInFlightIsNotStartedTwice()
{
    FakeOpenAiServer server;
    server.setDefaultResponse("GET /models", FakeResponse::models({ u"a"_s }).withDelay(100));
    ModelCatalog catalog(cachePath());
    QSignalSpy started(&catalog, &ModelCatalog::refreshStarted);
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    const auto work = client(server, u"work"_s);
    const auto other = client(server, u"other"_s);
    catalog.refresh(work.get());
    catalog.refresh(work.get());
    catalog.refresh(other.get());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
    QCOMPARE(started.count(), 2);
    QCOMPARE(server.requestCount(), 2);

    // Once finished, a new refresh goes out again.
    catalog.refresh(work.get());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 5000);
    QCOMPARE(server.requestCount(), 3);
}

void TestModelCatalog::cacheSurvivesANewInstance()
{
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::models({ u"llama3.2"_s, u"qwen3:8b"_s }));
    QDateTime fetched;
    {
        ModelCatalog catalog(cachePath());
        QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
        const auto local = client(server, u"ローカル"_s);
        catalog.refresh(local.get());
        QVERIFY(changed.wait(5000));
        fetched = catalog.fetchedAt(u"ローカル"_s);
    }
    QVERIFY(QFile::exists(cachePath()));
    ModelCatalog reopened(cachePath());
    QCOMPARE(reopened.models(u"ローカル"_s), QStringList({ u"llama3.2"_s, u"qwen3:8b"_s }));
    QCOMPARE(reopened.fetchedAt(u"ローカル"_s), fetched);
    QCOMPARE(reopened.fetchedAt(u"ローカル"_s).timeSpec(), Qt::UTC);
}

void TestModelCatalog::corruptCacheIsIgnored_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("not JSON") << QByteArray("{\"profiles\": {\"work\": [") << QStringList();
    QTest::addRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << QStringList();
    QTest::addRow("an array") << QByteArray("[1, 2, 3]") << QStringList();
    QTest::addRow("profiles not an object") << QByteArray("{\"profiles\": 3}") << QStringList();
    QTest::addRow("one broken entry")
        << QByteArray("{\"profiles\": {\"bad\": {\"models\": 5},"
                      "\"work\": {\"fetchedAt\": \"2026-01-02T03:04:05.000Z\","
                      "\"models\": [\"b\", 7, \"a\", null]}}}")
        << QStringList{ u"a"_s, u"b"_s };
}

void TestModelCatalog::corruptCacheIsIgnored()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, expected);
    QVERIFY(QDir().mkpath(QFileInfo(cachePath()).absolutePath()));
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"model cache"_s));
    ModelCatalog catalog(cachePath());
    QCOMPARE(catalog.models(u"work"_s), expected);
    QVERIFY(catalog.models(u"bad"_s).isEmpty());

    // A refresh replaces the broken file with a readable one.
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::models({ u"m"_s }));
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    const auto other = client(server, u"other"_s);
    catalog.refresh(other.get());
    QVERIFY(changed.wait(5000));
    ModelCatalog reopened(cachePath());
    QCOMPARE(reopened.models(u"other"_s), QStringList{ u"m"_s });
    QCOMPARE(reopened.models(u"work"_s), expected);
}

void TestModelCatalog::answerShapes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("OpenAI") << QByteArray(R"({"object":"list","data":[
        {"id":"gpt-4o","object":"model","created":1,"owned_by":"openai"},
        {"id":"dall-e-3","object":"model","created":1,"owned_by":"system"}]})")
                            << QStringList{ u"dall-e-3"_s, u"gpt-4o"_s };
    QTest::addRow("llama.cpp (data and models, meta null)")
        << QByteArray(R"({"models":[{"name":"/m/qwen.gguf","model":"/m/qwen.gguf"}],
        "object":"list","data":[{"id":"/m/qwen.gguf","object":"model","meta":null}]})")
        << QStringList{ u"/m/qwen.gguf"_s };
    QTest::addRow("Ollama /api/tags") << QByteArray(R"({"models":[
        {"name":"llama3.2:latest","model":"llama3.2:latest","size":1},
        {"name":"Qwen3","model":"qwen3:8b"}]})")
                                      << QStringList{ u"llama3.2:latest"_s, u"qwen3:8b"_s };
    QTest::addRow("LM Studio /api/v0")
        << QByteArray(R"({"object":"list","data":[
        {"id":"qwen2-vl-7b-instruct","object":"model","type":"vlm","state":"not-loaded"},
        {"id":"text-embedding-nomic","type":"embeddings"}]})")
        << QStringList{ u"qwen2-vl-7b-instruct"_s, u"text-embedding-nomic"_s };
    QTest::addRow("plain strings, blanks, junk")
        << QByteArray(R"({"data":["b", " a ", "", 3, {"x":1}, {"id":""}, {"name":"c"}]})")
        << QStringList{ u"a"_s, u"b"_s, u"c"_s };
    QTest::addRow("empty list") << QByteArray(R"({"object":"list","data":[]})") << QStringList();
}

void TestModelCatalog::answerShapes()
{
    QFETCH(QByteArray, answer);
    QFETCH(QStringList, expected);
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::json(200, answer));
    ModelCatalog catalog(cachePath());
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    const auto work = client(server, u"work"_s);
    catalog.refresh(work.get());
    QVERIFY(changed.wait(5000));
    QCOMPARE(catalog.models(u"work"_s), expected);
    QVERIFY(catalog.fetchedAt(u"work"_s).isValid());
}

void TestModelCatalog::answerWithoutAList()
{
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::json(200, QByteArray(R"({"object":"list"})")));
    ModelCatalog catalog(cachePath());
    QSignalSpy failed(&catalog, &ModelCatalog::refreshFailed);
    const auto work = client(server, u"work"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no model list"_s));
    catalog.refresh(work.get());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Parse);
    QVERIFY(!catalog.fetchedAt(u"work"_s).isValid());
    QVERIFY(!QFile::exists(cachePath()));
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"

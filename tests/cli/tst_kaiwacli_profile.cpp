// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box tests of kaiwa-cli profile list|add|remove|set-key and --profile, against the real OS
// keychain: CTest runs this executable inside tests/run-with-keyring.sh (a private D-Bus session
// with a throwaway, unlocked gnome-keyring). The functions share one HOME and run in order.
#include <QJsonArray>
#include <QTest>

#include "CliRunner.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr char kKey[] = "sk-kaiwa-secret-7f3a91c2";
}

class TestKaiwaCliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addAndList();
    void setKeyAndChat();
    void remove();
    void setKeyWithoutKeychain();

private:
    // Only inside run-with-keyring.sh (CTest sets the marker; the script's scratch HOME): run by
    // hand from a desktop session, set-key would write into the user's real keychain.
    bool hasKeyring() const
    {
        return qEnvironmentVariableIsSet("KAIWA_TEST_PRIVATE_KEYRING")
            && qEnvironmentVariable("HOME").contains(u"/kaiwa-keyring."_s)
            && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    }

    QString profilesIni() const { return m_cli.configHome() + u"/Kaiwa/Kaiwa/profiles.ini"_s; }

    QStringList addWork() const
    {
        return { u"profile"_s, u"add"_s, u"work"_s, u"--base-url"_s, m_server.baseUrl().toString(),
            u"--model"_s, u"m"_s, u"--provider"_s, u"gateway"_s, u"--extra-body"_s,
            u"{\"provider\":{\"order\":[\"a\"]}}"_s };
    }

    FakeOpenAiServer m_server;
    CliRunner m_cli;
};

void TestKaiwaCliProfile::initTestCase()
{
    QVERIFY(m_server.isListening());
    QVERIFY(m_cli.isValid());
}

void TestKaiwaCliProfile::addAndList()
{
    KAIWA_CLI_RUN(added, m_cli, addWork());
    KAIWA_CLI_EXIT(added, 0);
    QVERIFY2(added.out.contains("work"), added.describe().constData());
    QVERIFY(QFile::exists(profilesIni()));

    KAIWA_CLI_RUN(text, m_cli, { u"profile"_s, u"list"_s });
    KAIWA_CLI_EXIT(text, 0);
    QCOMPARE(QString::fromUtf8(text.out),
        u"work\tgateway\t%1\tm\n"_s.arg(m_server.baseUrl().toString()));

    KAIWA_CLI_RUN(json, m_cli, { u"--output"_s, u"json"_s, u"profile"_s, u"list"_s });
    KAIWA_CLI_EXIT(json, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject work = profiles.at(0).toObject();
    QCOMPARE(work.value("name"_L1).toString(), u"work"_s);
    QCOMPARE(work.value("kind"_L1).toString(), u"gateway"_s);
    QCOMPARE(work.value("base_url"_L1).toString(), m_server.baseUrl().toString());
    QCOMPARE(work.value("default_model"_L1).toString(), u"m"_s);
    QCOMPARE(compactJson(work.value("extra_body"_L1).toObject()),
        QByteArray(R"({"provider":{"order":["a"]}})"));
    QVERIFY(!json.out.contains(kKey));
}

void TestKaiwaCliProfile::setKeyAndChat()
{
    if (!hasKeyring())
        QSKIP("needs the throwaway keyring: run through ctest (tests/run-with-keyring.sh)");
    KAIWA_CLI_RUN(set, m_cli, { u"profile"_s, u"set-key"_s, u"work"_s }, QByteArray(kKey), 60000);
    KAIWA_CLI_EXIT(set, 0);
    QVERIFY2(!set.err.contains("warning"), set.describe().constData());
    QVERIFY(!set.out.contains(kKey));

    m_server.clearRequests();
    m_server.enqueue(FakeResponse::chatStream({ u"hello"_s }));
    KAIWA_CLI_RUN(chat, m_cli, { u"--profile"_s, u"work"_s, u"chat"_s, u"hi"_s }, {}, 60000);
    KAIWA_CLI_EXIT(chat, 0);
    QCOMPARE(chat.out, QByteArray("hello\n"));
    QCOMPARE(m_server.requestCount(), 1);
    const RecordedRequest request = m_server.lastRequest();
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.header("authorization"), QByteArray(QByteArray("Bearer ") + kKey));
    const QJsonObject body = request.json();
    QCOMPARE(body.value("model"_L1).toString(), u"m"_s);
    QCOMPARE(compactJson(body.value("provider"_L1).toObject()), QByteArray(R"({"order":["a"]})"));

    // The key lives in the keychain only: not in profiles.ini, nor anywhere else under HOME.
    QFile ini(profilesIni());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("work"));
    QVERIFY(!settings.contains(kKey));
    QCOMPARE(m_cli.filesContaining(kKey), QStringList());
}

void TestKaiwaCliProfile::remove()
{
    if (!hasKeyring())
        QSKIP("needs the throwaway keyring: run through ctest (tests/run-with-keyring.sh)");
    KAIWA_CLI_RUN(removed, m_cli, { u"profile"_s, u"remove"_s, u"work"_s }, {}, 60000);
    KAIWA_CLI_EXIT(removed, 0);
    QVERIFY2(removed.out.contains("work"), removed.describe().constData());

    KAIWA_CLI_RUN(list, m_cli, { u"profile"_s, u"list"_s });
    KAIWA_CLI_EXIT(list, 0);
    QCOMPARE(list.out, QByteArray());

    m_server.clearRequests();
    KAIWA_CLI_RUN(gone, m_cli, { u"--profile"_s, u"work"_s, u"chat"_s, u"hi"_s });
    KAIWA_CLI_EXIT(gone, 2);
    QCOMPARE(gone.errLines().size(), 1);
    QVERIFY(gone.err.startsWith("kaiwa-cli: error: "));
    QCOMPARE(m_server.requestCount(), 0);

    // The key went with the profile: the same profile added again has none.
    KAIWA_CLI_RUN(again, m_cli, addWork());
    KAIWA_CLI_EXIT(again, 0);
    m_server.enqueue(FakeResponse::chatStream({ u"hello"_s }));
    KAIWA_CLI_RUN(chat, m_cli, { u"--profile"_s, u"work"_s, u"chat"_s, u"hi"_s }, {}, 60000);
    KAIWA_CLI_EXIT(chat, 0);
    QCOMPARE(m_server.requestCount(), 1);
    QVERIFY(!m_server.lastRequest().hasHeader("authorization"));
}

void TestKaiwaCliProfile::setKeyWithoutKeychain()
{
    CliRunner cli; // a HOME of its own
    QVERIFY(cli.isValid());
    cli.env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    KAIWA_CLI_RUN(added, cli,
        { u"profile"_s, u"add"_s, u"solo"_s, u"--base-url"_s, m_server.baseUrl().toString() });
    KAIWA_CLI_EXIT(added, 0);

    KAIWA_CLI_RUN(set, cli, { u"profile"_s, u"set-key"_s, u"solo"_s }, QByteArray(kKey), 60000);
    KAIWA_CLI_EXIT(set, 1);
    QVERIFY2(
        set.err.contains("kaiwa-cli: error: the key was not saved"), set.describe().constData());
    QVERIFY(!set.out.contains(kKey));
    QVERIFY(!set.err.contains(kKey));
    QCOMPARE(cli.filesContaining(kKey), QStringList());
}

QTEST_GUILESS_MAIN(TestKaiwaCliProfile)
#include "tst_kaiwacli_profile.moc"

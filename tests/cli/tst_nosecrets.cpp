// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The key never leaves the keychain (issue 8): a whole kaiwa-cli session with every log category
// at debug level (a profile whose key is in the real keychain, models, streamed and
// non-streamed chats saved to the history, a legacy completion, stored completions listed,
// fetched, updated and deleted, servers that echo the key back in error messages, headers and
// HTML pages, history exported as JSON and Markdown) and then every byte it printed and every
// file it wrote is searched for the key, whole and in pieces. Runs inside
// tests/run-with-keyring.sh (a private D-Bus session with a throwaway gnome-keyring).
#include <QJsonArray>
#include <QTest>

#include "CliRunner.h"
#include "support/FakeOpenAiServer.h"
#include "support/FakeStoredCompletions.h"

using namespace Qt::StringLiterals;

namespace {
constexpr char kKey[] = "sk-proj-Kaiwa7f3a91c2SecretKeyForTheScan";
}

class TestNoSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeSessionLeavesNoKey();

private:
    //! Runs kaiwa-cli with the saved profile; keeps what it printed for the scan.
    CliResult run(const QStringList &arguments, const QByteArray &input = {})
    {
        CliResult result =
            m_cli.run(QStringList{ u"--profile"_s, u"work"_s } + arguments, input, 60000);
        m_printed += result.out + '\n' + result.err + '\n';
        return result;
    }

    FakeOpenAiServer m_server;
    CliRunner m_cli;
    QByteArray m_printed;
};

void TestNoSecrets::wholeSessionLeavesNoKey()
{
    const bool keyring = qEnvironmentVariableIsSet("KAIWA_TEST_PRIVATE_KEYRING")
        && qEnvironmentVariable("HOME").contains(u"/kaiwa-keyring."_s);
    if (!keyring)
        QSKIP("needs the throwaway keyring: run through ctest (tests/run-with-keyring.sh)");
    QVERIFY(m_server.isListening() && m_cli.isValid());
    m_cli.env.insert(u"QT_LOGGING_RULES"_s, u"kaiwa.*.debug=true"_s); // all Kaiwa logs
    FakeStoredCompletions stored(12);
    stored.install(m_server);

    CliResult r = m_cli.run({ u"profile"_s, u"add"_s, u"work"_s, u"--base-url"_s,
        m_server.baseUrl().toString(), u"--model"_s, u"gpt-4o-mini"_s });
    QCOMPARE(r.exitCode, 0);
    r = m_cli.run({ u"profile"_s, u"set-key"_s, u"work"_s }, QByteArray(kKey), 60000);
    m_printed += r.out + r.err;
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    m_server.setDefaultResponse("/models", FakeResponse::models({ u"gpt-4o-mini"_s }));
    r = run({ u"models"_s });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    m_server.enqueue("/chat/completions", FakeResponse::chatStream({ u"こんにちは"_s }));
    r = run({ u"chat"_s, u"--save"_s, u"挨拶して"_s });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    m_server.enqueue("/chat/completions", FakeResponse::chatCompletion(u"保存しました"_s));
    r = run({ u"chat"_s, u"--no-stream"_s, u"--store"_s, u"--metadata"_s, u"app=kaiwa"_s,
        u"保存して"_s });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    m_server.enqueue("/completions",
        FakeResponse::json(200,
            QJsonObject{ { u"id"_s, u"cmpl-1"_s }, { u"object"_s, u"text_completion"_s },
                { u"created"_s, 1 }, { u"model"_s, u"base"_s },
                { u"choices"_s,
                    QJsonArray{ QJsonObject{ { u"text"_s, u" world"_s }, { u"index"_s, 0 },
                        { u"logprobs"_s, QJsonValue() },
                        { u"finish_reason"_s, u"stop"_s } } } } }));
    r = run({ u"complete"_s, u"--no-stream"_s, u"hello"_s });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const QStringList &command : QList<QStringList>{ { u"stored"_s, u"list"_s, u"--all"_s },
             { u"stored"_s, u"get"_s, u"chatcmpl-stored-00000"_s },
             { u"stored"_s, u"messages"_s, u"chatcmpl-stored-00000"_s },
             { u"stored"_s, u"update"_s, u"chatcmpl-stored-00001"_s, u"--metadata"_s, u"k=v"_s },
             { u"stored"_s, u"delete"_s, u"chatcmpl-stored-00002"_s } }) {
        r = run(command);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

    // Servers that say the key back: OpenAI's 401 text, a proxy page quoting the request's
    // headers, and an error object with the key in every field.
    const QByteArray bearer = QByteArray("Bearer ") + kKey;
    m_server.enqueue("/chat/completions",
        FakeResponse::error(401, u"Incorrect API key provided: %1."_s.arg(QLatin1String(kKey)),
            u"invalid_api_key"_s));
    r = run({ u"chat"_s, u"--save"_s, u"--retries"_s, u"0"_s, u"one"_s });
    QCOMPARE(r.exitCode, 3);
    m_server.enqueue("/chat/completions",
        FakeResponse::html(502,
            "<html><title>502 Bad Gateway</title><body>upstream refused: Authorization: " + bearer
                + "</body></html>")
            .withHeader("x-echo-authorization", bearer));
    r = run({ u"chat"_s, u"--retries"_s, u"0"_s, u"two"_s });
    QCOMPARE(r.exitCode, 3);
    m_server.enqueue("/chat/completions",
        FakeResponse::error(400, QString::fromLatin1(bearer), QString::fromLatin1(kKey),
            QString::fromLatin1(kKey), QString::fromLatin1(kKey)));
    r = run({ u"chat"_s, u"--retries"_s, u"0"_s, u"three"_s });
    QCOMPARE(r.exitCode, 3);
    // And inside a 200 stream.
    m_server.enqueue("/chat/completions",
        FakeResponse::sse({ "{\"error\":{\"message\":\"bad key " + QByteArray(kKey) + "\"}}" }));
    r = run({ u"chat"_s, u"--save"_s, u"--retries"_s, u"0"_s, u"four"_s });
    QCOMPARE(r.exitCode, 3);

    r = run({ u"conversations"_s, u"list"_s });
    QCOMPARE(r.exitCode, 0);
    r = run({ u"conversations"_s, u"export"_s }); // to stdout, which is scanned
    QVERIFY2(r.exitCode == 0 && r.out.contains("挨拶して"), r.describe().constData());
    r = run({ u"--output"_s, u"json"_s, u"conversations"_s, u"list"_s });
    const QJsonArray conversations = QJsonDocument::fromJson(r.out).array();
    QVERIFY2(conversations.size() >= 2, r.describe().constData());
    for (const QJsonValue &conversation : conversations) {
        const QString id = QString::number(conversation.toObject().value(u"id"_s).toInteger());
        r = run({ u"conversations"_s, u"export"_s, u"--format"_s, u"markdown"_s, id });
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("#"), r.describe().constData());
    }

    // The server really got the key (the scan below would be empty-handed otherwise)…
    QVERIFY(m_server.lastRequest().header("authorization") == bearer);
    QVERIFY(m_printed.contains("kaiwa.")); // …and debug logging really was on.
    // Neither the whole key nor a telling piece of it anywhere.
    const QByteArray key(kKey);
    const QList<QByteArray> pieces{ key, key.mid(8, 16), key.right(16) };
    for (const QByteArray &piece : pieces) {
        const qsizetype at = m_printed.indexOf(piece);
        const QByteArray context =
            QByteArray("printed: …") + m_printed.mid(qMax<qsizetype>(0, at - 120), 240) + "…";
        QVERIFY2(at < 0, context.constData());
        QCOMPARE(m_cli.filesContaining(piece), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"

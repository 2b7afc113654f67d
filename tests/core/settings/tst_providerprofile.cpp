// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/settings/ProviderProfile.h"

class TestProviderProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNames_data();
    void kindNames();
    void authNames_data();
    void authNames();
    void tokenLimitFieldNames_data();
    void tokenLimitFieldNames();
    void unknownNames_data();
    void unknownNames();
    void defaults_data();
    void defaults();
};

using Kind = ProviderProfile::Kind;
using Auth = ProviderProfile::Auth;
using Field = ProviderProfile::TokenLimitField;

void TestProviderProfile::kindNames_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addRow("openai") << Kind::OpenAI << QStringLiteral("openai");
    QTest::addRow("azure-openai") << Kind::AzureOpenAI << QStringLiteral("azure-openai");
    QTest::addRow("azure-inference") << Kind::AzureInference << QStringLiteral("azure-inference");
    QTest::addRow("gateway") << Kind::Gateway << QStringLiteral("gateway");
    QTest::addRow("local") << Kind::Local << QStringLiteral("local");
}

void TestProviderProfile::kindNames()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(ProviderProfile::kindName(kind), name);
    Kind parsed = kind == Kind::Local ? Kind::OpenAI : Kind::Local;
    QVERIFY(ProviderProfile::kindFromName(name, &parsed));
    QCOMPARE(parsed, kind);
}

void TestProviderProfile::authNames_data()
{
    QTest::addColumn<Auth>("auth");
    QTest::addColumn<QString>("name");
    QTest::addRow("bearer") << Auth::Bearer << QStringLiteral("bearer");
    QTest::addRow("api-key") << Auth::ApiKeyHeader << QStringLiteral("api-key");
    QTest::addRow("both") << Auth::Both << QStringLiteral("both");
    QTest::addRow("none") << Auth::None << QStringLiteral("none");
}

void TestProviderProfile::authNames()
{
    QFETCH(Auth, auth);
    QFETCH(QString, name);
    QCOMPARE(ProviderProfile::authName(auth), name);
    Auth parsed = auth == Auth::None ? Auth::Bearer : Auth::None;
    QVERIFY(ProviderProfile::authFromName(name, &parsed));
    QCOMPARE(parsed, auth);
}

void TestProviderProfile::tokenLimitFieldNames_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("name");
    QTest::addRow("max_completion_tokens")
        << Field::MaxCompletionTokens << QStringLiteral("max_completion_tokens");
    QTest::addRow("max_tokens") << Field::MaxTokens << QStringLiteral("max_tokens");
}

void TestProviderProfile::tokenLimitFieldNames()
{
    QFETCH(Field, field);
    QFETCH(QString, name);
    QCOMPARE(ProviderProfile::tokenLimitFieldName(field), name);
    Field parsed = field == Field::MaxTokens ? Field::MaxCompletionTokens : Field::MaxTokens;
    QVERIFY(ProviderProfile::tokenLimitFieldFromName(name, &parsed));
    QCOMPARE(parsed, field);
}

void TestProviderProfile::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("empty") << QString();
    QTest::addRow("wrong case") << QStringLiteral("OpenAI");
    QTest::addRow("padded") << QStringLiteral(" bearer");
    QTest::addRow("other") << QStringLiteral("anthropic");
}

void TestProviderProfile::unknownNames()
{
    QFETCH(QString, name);
    Kind kind = Kind::Gateway;
    QVERIFY(!ProviderProfile::kindFromName(name, &kind));
    QCOMPARE(kind, Kind::Gateway); // untouched
    Auth auth = Auth::Both;
    QVERIFY(!ProviderProfile::authFromName(name, &auth));
    QCOMPARE(auth, Auth::Both);
    Field field = Field::MaxTokens;
    QVERIFY(!ProviderProfile::tokenLimitFieldFromName(name, &field));
    QCOMPARE(field, Field::MaxTokens);
}

void TestProviderProfile::defaults_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Auth>("auth");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addRow("openai") << Kind::OpenAI << Auth::Bearer << Field::MaxCompletionTokens
                            << QUrl(QStringLiteral("https://api.openai.com/v1"));
    QTest::addRow("azure-openai") << Kind::AzureOpenAI << Auth::ApiKeyHeader
                                  << Field::MaxCompletionTokens << QUrl();
    QTest::addRow("azure-inference")
        << Kind::AzureInference << Auth::Both << Field::MaxTokens << QUrl();
    QTest::addRow("gateway") << Kind::Gateway << Auth::Bearer << Field::MaxCompletionTokens
                             << QUrl();
    QTest::addRow("local") << Kind::Local << Auth::None << Field::MaxTokens
                           << QUrl(QStringLiteral("http://localhost:8080/v1"));
}

void TestProviderProfile::defaults()
{
    QFETCH(Kind, kind);
    QFETCH(Auth, auth);
    QFETCH(Field, field);
    QFETCH(QUrl, baseUrl);
    const auto p = ProviderProfile::defaultsFor(kind);
    QCOMPARE(p.kind, kind);
    QCOMPARE(p.auth, auth);
    QCOMPARE(p.tokenLimitField, field);
    QCOMPARE(p.baseUrl, baseUrl);
    QVERIFY(p.name.isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderProfile)
#include "tst_providerprofile.moc"

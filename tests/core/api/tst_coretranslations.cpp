// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The core's own messages, which the GUI shows in its banners and the CLI prints, come out in the
// user's language: with the application's Japanese catalogue installed, a bodiless 503, a store
// error for a full disk and a stream that ended early read as Japanese, with the data they carry
// (status, file, SQLite's own words) kept. Needs the Japanese translations in kaiwa_ja.ts.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlError>
#include <QTranslator>

#include "ChatTestSupport.h"
#include "core/storage/StoreError.h"

using namespace Qt::StringLiterals;
using namespace ChatTest;

namespace {
bool hasJapanese(const QString &text)
{
    static const QRegularExpression japanese(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    return text.contains(japanese);
}

//! Three English words in a row: a sentence (or most of one) left untranslated.
bool hasEnglishSentence(const QString &text)
{
    static const QRegularExpression english(u"[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}"_s);
    return text.contains(english);
}
} // namespace

class TestCoreTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bodilessServiceUnavailable();
    void diskFull();
    void streamEndedEarly();

private:
    QTranslator m_translator;
    QNetworkAccessManager m_nam;
};

void TestCoreTranslations::initTestCase()
{
    QVERIFY(m_translator.load(u":/i18n/kaiwa_ja.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestCoreTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestCoreTranslations::bodilessServiceUnavailable()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::json(503, QByteArray()));
    Run run = startChat(m_nam, server.baseUrl(), 0, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 503);
    const QString text = error.describe();
    QVERIFY2(hasJapanese(error.message), qPrintable(text));
    QVERIFY2(text.contains(u"503"_s), qPrintable(text));
    QVERIFY2(!hasEnglishSentence(text), qPrintable(text));
    // Logs stay English whatever the language.
    QVERIFY2(!hasJapanese(error.logText()), qPrintable(error.logText()));
}

void TestCoreTranslations::diskFull()
{
    const QString path = u"/home/user/.local/share/Kaiwa/conversations.sqlite"_s;
    const QSqlError sql(u"driver"_s, u"database or disk is full"_s, QSqlError::StatementError,
        u"13"_s); // SQLITE_FULL
    const StoreError error = StoreError::fromSql(
        sql, QT_TRANSLATE_NOOP("StoreError", "Could not save a message."), path);
    QCOMPARE(error.kind, StoreError::Kind::DiskFull);
    const QString text = error.describe();
    QVERIFY2(hasJapanese(error.message), qPrintable(text));
    QVERIFY2(hasJapanese(error.advice), qPrintable(text));
    QVERIFY2(text.contains(path), qPrintable(text));
    // SQLite's own words stay as they came; everything else is Japanese.
    QVERIFY2(text.contains(u"database or disk is full"_s), qPrintable(text));
    QString rest = text;
    rest.remove(path).remove(u"database or disk is full"_s);
    QVERIFY2(!hasEnglishSentence(rest), qPrintable(text));
    QVERIFY2(!hasJapanese(error.logText()), qPrintable(error.logText()));
}

void TestCoreTranslations::streamEndedEarly()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(
        FakeResponse::sse({ chunk(R"({"role":"assistant","content":"途中まで"})") }));
    Run run = startChat(m_nam, server.baseUrl(), 0, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Truncated);
    QCOMPARE(content(*run.stream), u"途中まで"_s); // what arrived is kept
    const QString text = error.describe();
    QVERIFY2(hasJapanese(error.message), qPrintable(text));
    QVERIFY2(hasJapanese(ApiError::kindText(error.kind)), qPrintable(text));
    QVERIFY2(!hasEnglishSentence(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "tst_coretranslations.moc"

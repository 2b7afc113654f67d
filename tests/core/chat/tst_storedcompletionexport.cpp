// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoredCompletionExport against FakeStoredCompletions: JSONL with every message of each
// completion, for a selection and for the whole filtered list; failures per item and overall.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/chat/StoredCompletionExport.h"
#include "core/models/StoredTestSupport.h"

using namespace Qt::StringLiterals;

namespace {
QList<QJsonObject> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // every line must be one JSON object
        lines.append(doc.object());
    }
    return lines;
}

QString storedId(int i)
{
    return u"chatcmpl-stored-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}
} // namespace

class TestStoredCompletionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectionWithMessages();
    void messagesOverSeveralPages();
    void wholeFilteredList();
    void unreadableItemIsReportedAndLeftOut();
    void failingListWritesNothing();

private:
    QTemporaryDir m_dir;
};

void TestStoredCompletionExport::selectionWithMessages()
{
    StoredTest::Fixture f(10);
    StoredCompletionExport exporter(f.client.get());
    QSignalSpy finished(&exporter, &StoredCompletionExport::finished);
    QSignalSpy progress(&exporter, &StoredCompletionExport::progress);
    const QString path = m_dir.filePath(u"selection.jsonl"_s);
    const QStringList ids{ storedId(4), storedId(1), storedId(8) };
    // The caller already has the first one: no GET for it.
    QVERIFY(exporter.start(path, ids, { { storedId(4), f.stored.completion(storedId(4)) } }));
    QVERIFY(exporter.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QJsonObject line = lines.at(i);
        QCOMPARE(line.value("id"_L1).toString(), ids.at(i));
        QCOMPARE(line.value("messages"_L1).toArray(), f.stored.messages(ids.at(i)));
        line.remove(u"messages"_s);
        QCOMPARE(line, f.stored.completion(ids.at(i)));
    }
    QVERIFY(lines.at(0).value("messages"_L1).toArray().size() >= 2); // system + user at least
    QVERIFY(f.requests("GET", "/chat/completions/" + storedId(4).toUtf8()).isEmpty());
    QCOMPARE(f.requests("GET", "/chat/completions/" + storedId(1).toUtf8()).size(), 1);
}

void TestStoredCompletionExport::messagesOverSeveralPages()
{
    StoredTest::Fixture f(0);
    QJsonArray messages;
    for (int i = 0; i < 230; ++i)
        messages.append(QJsonObject{ { u"role"_s, u"user"_s }, { u"content"_s, u"m%1"_s.arg(i) } });
    f.stored.add(
        QJsonObject{ { u"id"_s, u"chatcmpl-big"_s }, { u"model"_s, u"gpt-4.1"_s } }, messages);
    StoredCompletionExport exporter(f.client.get());
    QSignalSpy finished(&exporter, &StoredCompletionExport::finished);
    const QString path = m_dir.filePath(u"big.jsonl"_s);
    QVERIFY(exporter.start(path, { u"chatcmpl-big"_s }));
    QVERIFY(finished.wait());
    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value("messages"_L1).toArray().size(), 230);
    QCOMPARE(f.requests("GET", "/messages").size(), 3); // 100 + 100 + 30
}

void TestStoredCompletionExport::wholeFilteredList()
{
    StoredTest::Fixture f(250);
    StoredCompletionExport exporter(f.client.get());
    QSignalSpy finished(&exporter, &StoredCompletionExport::finished);
    const QString path = m_dir.filePath(u"filtered.jsonl"_s);
    Endpoint::ListQuery filter;
    filter.metadata = { { u"topic"_s, u"odd"_s } };
    filter.order = u"desc"_s;
    QVERIFY(exporter.startFiltered(path, filter));
    QVERIFY(finished.wait(30'000));
    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), 125);
    QCOMPARE(finished.first().at(0).toInt(), 125);
    QCOMPARE(lines.first().value("id"_L1).toString(), storedId(249));
    QCOMPARE(lines.last().value("id"_L1).toString(), storedId(1));
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value("metadata"_L1).toObject().value("topic"_L1).toString(), u"odd"_s);
        QCOMPARE(
            line.value("messages"_L1).toArray(), f.stored.messages(line.value("id"_L1).toString()));
    }
    const auto lists = f.listRequests();
    QCOMPARE(lists.size(), 2); // 100 + 25, filtered by the server
    QCOMPARE(lists.first().query().queryItemValue(u"metadata[topic]"_s), u"odd"_s);
    // The list items are complete objects: no GET per item.
    QCOMPARE(f.requests("GET", "/chat/completions/" + storedId(1).toUtf8()).size(), 0);
}

void TestStoredCompletionExport::unreadableItemIsReportedAndLeftOut()
{
    StoredTest::Fixture f(5);
    StoredCompletionExport exporter(f.client.get());
    QSignalSpy finished(&exporter, &StoredCompletionExport::finished);
    QSignalSpy itemFailed(&exporter, &StoredCompletionExport::itemFailed);
    const QString path = m_dir.filePath(u"partial.jsonl"_s);
    QVERIFY(exporter.start(path, { storedId(0), u"chatcmpl-gone"_s, storedId(2) }));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(itemFailed.count(), 1);
    QCOMPARE(itemFailed.first().at(0).toString(), u"chatcmpl-gone"_s);
    QVERIFY(itemFailed.first().at(1).toString().contains(u"404"_s));
    const QList<QJsonObject> lines = readLines(path);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).value("id"_L1).toString(), storedId(2));
}

void TestStoredCompletionExport::failingListWritesNothing()
{
    StoredTest::Fixture f(5);
    f.stored.setUnsupported(403);
    StoredCompletionExport exporter(f.client.get());
    QSignalSpy failed(&exporter, &StoredCompletionExport::failed);
    QSignalSpy finished(&exporter, &StoredCompletionExport::finished);
    const QString path = m_dir.filePath(u"denied.jsonl"_s);
    QVERIFY(exporter.startFiltered(path, {}));
    QVERIFY(failed.wait());
    QVERIFY(failed.first().at(0).toString().contains(u"No permission"_s));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!exporter.isRunning());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestStoredCompletionExport)
#include "tst_storedcompletionexport.moc"

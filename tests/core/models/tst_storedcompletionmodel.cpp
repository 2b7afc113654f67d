// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoredCompletionModel against FakeStoredCompletions over loopback: paging, filters, order,
// deletes confirmed by the server, metadata updates, and errors a user must be told about.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "StoredTestSupport.h"
#include "core/models/StoredCompletionModel.h"

using namespace Qt::StringLiterals;
using StoredTest::waitFor;
using Failures = QMap<QString, QString>;

namespace {
//! Calls fetchMore() until the model has everything; false on a stall.
bool loadAll(StoredCompletionModel &model)
{
    while (model.canFetchMore({}) || model.isLoading()) {
        model.fetchMore({});
        if (!waitFor([&] { return !model.isLoading(); }))
            return false;
    }
    return true;
}

QStringList ids(const StoredCompletionModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.id(row));
    return out;
}
} // namespace

class TestStoredCompletionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughEverything();
    void fetchMoreTwiceSendsOneRequest();
    void filtersAreSentToTheServer();
    void order_data();
    void order();
    void columnsShowTheCompletion();
    void firstUserMessageIsLoadedForShownRows();
    void removeOne();
    void removeManyReportsEachFailure();
    void metadataLimitsAreCheckedBeforeSending_data();
    void metadataLimitsAreCheckedBeforeSending();
    void metadataUpdateShowsTheServersAnswer();
    void errorsEndInAClearMessage_data();
    void errorsEndInAClearMessage();
};

void TestStoredCompletionModel::pagesThroughEverything()
{
    StoredTest::Fixture f(250);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    QVERIFY(!model.canFetchMore({})); // no client yet
    model.setClient(f.client.get());
    QVERIFY(model.canFetchMore({}));
    QVERIFY(loadAll(model));

    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.hasMore());
    const QStringList loaded = ids(model);
    QCOMPARE(QSet<QString>(loaded.begin(), loaded.end()).size(), 250); // no duplicate
    QCOMPARE(loaded.first(), u"chatcmpl-stored-00000"_s);
    QCOMPARE(loaded.last(), u"chatcmpl-stored-00249"_s);
    const auto requests = f.listRequests();
    QCOMPARE(requests.size(), 13); // 12 full pages and one of 10
    QVERIFY(!requests.first().query().hasQueryItem(u"after"_s));
    for (int page = 1; page < requests.size(); ++page) {
        QCOMPARE(requests.at(page).query().queryItemValue(u"limit"_s), u"20"_s);
        QCOMPARE(requests.at(page).query().queryItemValue(u"after"_s), loaded.at(page * 20 - 1));
    }
}

void TestStoredCompletionModel::fetchMoreTwiceSendsOneRequest()
{
    StoredTest::Fixture f(100);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    QSignalSpy loading(&model, &StoredCompletionModel::loadingChanged);
    model.setClient(f.client.get());
    model.fetchMore({});
    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(waitFor([&] { return !model.isLoading(); }));
    QTest::qWait(50); // a second request would have arrived by now
    QCOMPARE(f.listRequests().size(), 1);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(loading.count(), 2); // true, false
    QVERIFY(model.canFetchMore({}));
}

void TestStoredCompletionModel::filtersAreSentToTheServer()
{
    StoredTest::Fixture f(300);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    Endpoint::ListQuery filter;
    filter.model = u"gpt-4.1"_s;
    filter.metadata = { { u"user"_s, u"user-1"_s }, { u"topic"_s, u"even"_s } };
    filter.order = u"desc"_s;
    model.setFilter(filter); // no client yet: nothing to ask
    QVERIFY(!model.isLoading());
    model.setClient(f.client.get());
    model.fetchMore({});
    QVERIFY(loadAll(model));

    const RecordedRequest first = f.listRequests().first();
    QCOMPARE(first.path.mid(first.path.indexOf('?') + 1),
        QByteArray("limit=4&order=desc&model=gpt-4.1&metadata[user]=user-1"
                   "&metadata[topic]=even"));
    // The same selection the server holds, newest first, and nothing else.
    QStringList expected;
    for (const auto &item : f.stored.items()) {
        const QJsonObject c = item.completion;
        const QJsonObject meta = c.value("metadata"_L1).toObject();
        if (c.value("model"_L1).toString() == "gpt-4.1"_L1 && meta.value("user"_L1) == "user-1"_L1
            && meta.value("topic"_L1) == "even"_L1)
            expected.prepend(c.value("id"_L1).toString());
    }
    QCOMPARE(expected.size(), 10); // three pages
    QCOMPARE(ids(model), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(
            model.index(row, StoredCompletionModel::ModelColumn).data().toString(), u"gpt-4.1"_s);
        QVERIFY(model.index(row, StoredCompletionModel::MetadataColumn)
                    .data()
                    .toString()
                    .contains(u"user=user-1"_s));
    }
    // Every request carried the filters, not just the first one.
    for (const RecordedRequest &r : f.listRequests())
        QCOMPARE(r.query().queryItemValue(u"model"_s), u"gpt-4.1"_s);

    // Another filter empties the list at once and loads again with it.
    Endpoint::ListQuery other;
    other.model = u"gpt-5.4"_s;
    model.setPageSize(100);
    model.setFilter(other);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(
            model.index(row, 0).data(StoredCompletionModel::ModelRole).toString(), u"gpt-5.4"_s);
}

void TestStoredCompletionModel::order_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("first");
    QTest::addRow("oldest first") << u"asc"_s << u"chatcmpl-stored-00000"_s;
    QTest::addRow("newest first") << u"desc"_s << u"chatcmpl-stored-00044"_s;
}

void TestStoredCompletionModel::order()
{
    QFETCH(QString, order);
    QFETCH(QString, first);
    StoredTest::Fixture f(45);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    model.setPageSize(10);
    model.setClient(f.client.get());
    Endpoint::ListQuery filter;
    filter.order = order;
    model.setFilter(filter);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 45);
    QCOMPARE(model.id(0), first);
    const QDateTime a = model.index(0, 0).data(StoredCompletionModel::CreatedRole).toDateTime();
    const QDateTime b = model.index(44, 0).data(StoredCompletionModel::CreatedRole).toDateTime();
    QVERIFY(order == "asc"_L1 ? a < b : a > b);
}

void TestStoredCompletionModel::columnsShowTheCompletion()
{
    StoredTest::Fixture f(5);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    model.setClient(f.client.get());
    QVERIFY(loadAll(model));
    const int row = model.rowOf(u"chatcmpl-stored-00003"_s);
    QCOMPARE(row, 3);
    auto cell = [&](int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(StoredCompletionModel::IdColumn), u"chatcmpl-stored-00003"_s);
    QCOMPARE(cell(StoredCompletionModel::ModelColumn), u"gpt-4o-mini"_s);
    QCOMPARE(cell(StoredCompletionModel::MetadataColumn), u"app=kaiwa, topic=odd, user=user-3"_s);
    QCOMPARE(
        cell(StoredCompletionModel::AnswerColumn), u"Answer 3: Tokyo is the capital of Japan."_s);
    QCOMPARE(cell(StoredCompletionModel::TokensColumn), QLocale().toString(35));
    const QDateTime created = QDateTime::fromSecsSinceEpoch(1'760'000'000 + 180, Qt::UTC);
    QCOMPARE(cell(StoredCompletionModel::CreatedColumn),
        QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.metadata(row).value("user"_L1).toString(), u"user-3"_s);
    QCOMPARE(model.completionJson(row), f.stored.completion(u"chatcmpl-stored-00003"_s));
}

void TestStoredCompletionModel::firstUserMessageIsLoadedForShownRows()
{
    StoredTest::Fixture f(8);
    StoredCompletionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    QVERIFY(loadAll(model));
    // Row 4 starts with a system message: the column shows the first *user* message.
    const QModelIndex cell = model.index(4, StoredCompletionModel::FirstUserColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    (void)cell.data();
    QVERIFY(waitFor([&] { return cell.data().toString() == "Question 4.0 about Tokyo"_L1; }));
    QVERIFY(!changed.isEmpty());
    QVERIFY(!f.requests("GET", "/chatcmpl-stored-00004/messages").isEmpty());
}

void TestStoredCompletionModel::removeOne()
{
    StoredTest::Fixture f(30);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    QVERIFY(loadAll(model));
    QSignalSpy removed(&model, &StoredCompletionModel::removed);
    QSignalSpy finished(&model, &StoredCompletionModel::removeFinished);
    model.remove({ u"chatcmpl-stored-00007"_s });
    QCOMPARE(model.rowCount(), 30); // not before the server confirmed
    QVERIFY(model.isRemoving());
    QVERIFY(finished.wait());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 29);
    QCOMPARE(model.rowOf(u"chatcmpl-stored-00007"_s), -1);
    QVERIFY(!f.stored.contains(u"chatcmpl-stored-00007"_s));
    QCOMPARE(finished.first().at(0).toStringList(), QStringList{ u"chatcmpl-stored-00007"_s });
    QVERIFY(finished.first().at(1).value<Failures>().isEmpty());
}

void TestStoredCompletionModel::removeManyReportsEachFailure()
{
    StoredTest::Fixture f(30);
    f.stored.setFailingDeletes({ u"chatcmpl-stored-00011"_s, u"chatcmpl-stored-00013"_s });
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    QVERIFY(loadAll(model));
    QSignalSpy failed(&model, &StoredCompletionModel::removeFailed);
    QSignalSpy finished(&model, &StoredCompletionModel::removeFinished);
    QStringList doomed;
    for (int i = 10; i < 16; ++i)
        doomed.append(u"chatcmpl-stored-%1"_s.arg(i, 5, 10, QLatin1Char('0')));
    model.remove(doomed);
    QCOMPARE(model.rowCount(), 30);
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.rowCount(), 26);
    QCOMPARE(failed.count(), 2);
    const auto failures = finished.first().at(1).value<Failures>();
    QCOMPARE(
        failures.keys(), (QStringList{ u"chatcmpl-stored-00011"_s, u"chatcmpl-stored-00013"_s }));
    QVERIFY2(failures.first().contains(u"500"_s), qPrintable(failures.first()));
    QCOMPARE(finished.first().at(0).toStringList().size(), 4);
    // The failed ones stay, on the server and in the list.
    QVERIFY(model.rowOf(u"chatcmpl-stored-00011"_s) >= 0);
    QVERIFY(f.stored.contains(u"chatcmpl-stored-00013"_s));
    QCOMPARE(f.stored.count(), 26);
    // Paging goes on correctly after the deletes.
    QVERIFY(!model.canFetchMore({}));
}

void TestStoredCompletionModel::metadataLimitsAreCheckedBeforeSending_data()
{
    QTest::addColumn<QJsonObject>("metadata");
    QTest::addColumn<QString>("mentions");
    QJsonObject seventeen;
    for (int i = 0; i < 17; ++i)
        seventeen.insert(u"key%1"_s.arg(i), u"v"_s);
    QTest::addRow("17 pairs") << seventeen << u"16"_s;
    QTest::addRow("long key") << QJsonObject{ { QString(65, u'k'), u"v"_s } } << u"64"_s;
    QTest::addRow("long value") << QJsonObject{ { u"k"_s, QString(513, u'v') } } << u"512"_s;
    QTest::addRow("not text") << QJsonObject{ { u"k"_s, 5 } } << u"text"_s;
    QTest::addRow("empty key") << QJsonObject{ { QString(), u"v"_s } } << u"empty"_s;
}

void TestStoredCompletionModel::metadataLimitsAreCheckedBeforeSending()
{
    QFETCH(QJsonObject, metadata);
    QFETCH(QString, mentions);
    StoredTest::Fixture f(3);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    model.setClient(f.client.get());
    QVERIFY(loadAll(model));
    QVERIFY(!StoredCompletionModel::metadataProblems(metadata).isEmpty());
    const QString message = model.updateMetadata(1, metadata);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY(message.contains(u"not saved"_s));
    QTest::qWait(30);
    QVERIFY(f.requests("POST", "/chat/completions/chatcmpl-stored-00001").isEmpty());
    // Exactly 16 pairs at the limits are fine.
    QJsonObject full;
    for (int i = 0; i < 16; ++i)
        full.insert(QString(64, QChar(u'a' + i)), QString(512, u'v'));
    QVERIFY(StoredCompletionModel::metadataProblems(full).isEmpty());
}

void TestStoredCompletionModel::metadataUpdateShowsTheServersAnswer()
{
    StoredTest::Fixture f(3);
    StoredCompletionModel model;
    model.setLoadFirstMessages(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    QVERIFY(loadAll(model));
    QSignalSpy updated(&model, &StoredCompletionModel::metadataUpdated);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QJsonObject metadata{ { u"app"_s, u"kaiwa"_s }, { u"rating"_s, u"good"_s } };
    QCOMPARE(model.updateMetadata(2, metadata), QString());
    QVERIFY(updated.wait());
    QCOMPARE(updated.first().at(0).toString(), u"chatcmpl-stored-00002"_s);
    const auto posts = f.requests("POST", "/chat/completions/chatcmpl-stored-00002");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().json().value("metadata"_L1).toObject(), metadata);
    QCOMPARE(
        f.stored.completion(u"chatcmpl-stored-00002"_s).value("metadata"_L1).toObject(), metadata);
    QCOMPARE(model.index(2, StoredCompletionModel::MetadataColumn).data().toString(),
        u"app=kaiwa, rating=good"_s);
    QCOMPARE(model.metadata(2), metadata);
    QVERIFY(!changed.isEmpty());
}

void TestStoredCompletionModel::errorsEndInAClearMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("403") << 403 << u"No permission"_s;
    QTest::addRow("404") << 404 << u"does not support stored completions"_s;
    QTest::addRow("429") << 429 << u"try again in 2 min"_s;
}

void TestStoredCompletionModel::errorsEndInAClearMessage()
{
    QFETCH(int, status);
    QFETCH(QString, mentions);
    StoredTest::Fixture f(10);
    if (status == 429)
        f.stored.setRateLimited(1, 120);
    else
        f.stored.setUnsupported(status);
    StoredCompletionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(f.client.get());
    QSignalSpy error(&model, &StoredCompletionModel::errorOccurred);
    model.fetchMore({});
    QVERIFY(error.wait());
    const QString message = error.first().at(0).toString();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(model.errorText(), message);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // a view must not hammer a failing server
    // Once the server answers again, refresh() loads.
    f.stored.setUnsupported(0);
    model.refresh();
    QVERIFY(waitFor([&] { return model.rowCount() == 10; }));
    QVERIFY(model.errorText().isEmpty());
}

QTEST_GUILESS_MAIN(TestStoredCompletionModel)
#include "tst_storedcompletionmodel.moc"

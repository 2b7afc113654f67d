// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoredMessagesModel against FakeStoredCompletions over loopback: the request messages of one
// stored completion, page by page, then its answer, with the roles a message delegate reads.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "StoredTestSupport.h"
#include "core/models/StoredMessagesModel.h"

using namespace Qt::StringLiterals;
using StoredTest::waitFor;

namespace {
const QString kId = u"chatcmpl-long"_s;

void addLongCompletion(FakeStoredCompletions &stored, int count)
{
    QJsonArray messages;
    for (int i = 0; i < count; ++i) {
        const bool user = i % 2 == 0;
        messages.append(QJsonObject{ { u"role"_s, user ? u"user"_s : u"assistant"_s },
            { u"content"_s, u"message %1"_s.arg(i) } });
    }
    // One message sent as parts: content_parts carries them.
    messages.append(QJsonObject{ { u"role"_s, u"user"_s }, { u"content"_s, u"Look"_s },
        { u"content_parts"_s,
            QJsonArray{ QJsonObject{ { u"type"_s, u"text"_s }, { u"text"_s, u"Look"_s } },
                QJsonObject{ { u"type"_s, u"image_url"_s },
                    { u"image_url"_s,
                        QJsonObject{ { u"url"_s, u"https://example.com/cat.png"_s } } } } } } });
    stored.add(
        QJsonObject{ { u"id"_s, kId }, { u"object"_s, u"chat.completion"_s },
            { u"created"_s, 1'760'000'000 }, { u"model"_s, u"gpt-4.1"_s },
            { u"choices"_s,
                QJsonArray{ QJsonObject{ { u"index"_s, 0 }, { u"finish_reason"_s, u"stop"_s },
                    { u"message"_s,
                        QJsonObject{
                            { u"role"_s, u"assistant"_s }, { u"content"_s, u"A cat."_s } } } } } },
            { u"usage"_s, QJsonObject{ { u"total_tokens"_s, 99 } } } },
        messages);
}

bool loadAll(StoredMessagesModel &model)
{
    while (model.canFetchMore({}) || model.isLoading()) {
        model.fetchMore({});
        if (!waitFor([&] { return !model.isLoading(); }))
            return false;
    }
    return true;
}
} // namespace

class TestStoredMessagesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughMessagesThenTheAnswer();
    void fetchMoreTwiceSendsOneRequest();
    void unknownCompletionIsAClearError();
};

void TestStoredMessagesModel::pagesThroughMessagesThenTheAnswer()
{
    StoredTest::Fixture f(0);
    addLongCompletion(f.stored, 44); // 45 messages with the parts one
    StoredMessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    model.setCompletion(f.client.get(), kId);
    model.setAnswer(f.stored.completion(kId)); // shown only once every page is in
    QSignalSpy all(&model, &StoredMessagesModel::allLoaded);
    QVERIFY(loadAll(model));
    QCOMPARE(all.count(), 1);
    QCOMPARE(model.rowCount(), 46);

    const auto requests = f.requests("GET", "/chat/completions/" + kId.toUtf8() + "/messages");
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).query().queryItemValue(u"after"_s), kId + u"-19"_s);
    QCOMPARE(requests.at(2).query().queryItemValue(u"after"_s), kId + u"-39"_s);

    auto at = [&](int row, int role) {
        return model.index(row).data(role);
    };
    for (int row = 0; row < 44; ++row) {
        QCOMPARE(at(row, MessageModel::TextRole).toString(), u"message %1"_s.arg(row));
        QCOMPARE(at(row, MessageModel::RoleRole).value<Conversation::Role>(),
            row % 2 ? Conversation::Role::Assistant : Conversation::Role::User);
        QCOMPARE(at(row, StoredMessagesModel::StoredIdRole).toString(),
            kId + u'-' + QString::number(row));
    }
    QCOMPARE(at(0, Qt::DisplayRole).toString(), u"user: message 0"_s);
    const auto parts = at(44, MessageModel::PartsRole).value<QList<Conversation::Part>>();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(1).type, Conversation::Part::Type::Image);
    QCOMPARE(parts.at(1).url, u"https://example.com/cat.png"_s);
    // The answer closes the list.
    QVERIFY(at(45, StoredMessagesModel::IsAnswerRole).toBool());
    QCOMPARE(at(45, MessageModel::TextRole).toString(), u"A cat."_s);
    QCOMPARE(
        at(45, MessageModel::RoleRole).value<Conversation::Role>(), Conversation::Role::Assistant);
    QCOMPARE(at(45, MessageModel::FinishReasonRole).toString(), u"stop"_s);
    QCOMPARE(at(45, MessageModel::UsageRole).toJsonObject().value("total_tokens"_L1).toInt(), 99);
    QCOMPARE(at(45, MessageModel::ModelNameRole).toString(), u"gpt-4.1"_s);
    QVERIFY(!at(44, StoredMessagesModel::IsAnswerRole).toBool());
    // Removing the answer again.
    model.setAnswer({});
    QCOMPARE(model.rowCount(), 45);
}

void TestStoredMessagesModel::fetchMoreTwiceSendsOneRequest()
{
    StoredTest::Fixture f(0);
    addLongCompletion(f.stored, 30);
    StoredMessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setCompletion(f.client.get(), kId);
    model.fetchMore({});
    model.fetchMore({});
    QVERIFY(waitFor([&] { return !model.isLoading(); }));
    QTest::qWait(50);
    QCOMPARE(f.requests("GET", "/messages").size(), 1);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
}

void TestStoredMessagesModel::unknownCompletionIsAClearError()
{
    StoredTest::Fixture f(3);
    StoredMessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy error(&model, &StoredMessagesModel::errorOccurred);
    model.setCompletion(f.client.get(), u"chatcmpl-gone"_s);
    model.fetchMore({});
    QVERIFY(error.wait());
    QVERIFY2(error.first().at(0).toString().contains(u"does not exist"_s),
        qPrintable(error.first().at(0).toString()));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestStoredMessagesModel)
#include "tst_storedmessagesmodel.moc"

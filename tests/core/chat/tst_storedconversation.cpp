// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Open as conversation": a stored completion fetched over loopback (StoredFetch) becomes a local
// conversation in a real SQLite ConversationStore.
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/chat/StoredConversation.h"
#include "core/chat/StoredFetch.h"
#include "core/models/StoredTestSupport.h"

using namespace Qt::StringLiterals;
using Conversation::Role;

class TestStoredConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openFetchedCompletion();
    void imagesAndToolCallsSurvive();
    void fetchFailureIsReported();
};

void TestStoredConversation::openFetchedCompletion()
{
    StoredTest::Fixture f(10);
    // Item 4: system prompt, user, assistant, user; then the answer.
    StoredFetch fetch(f.client.get(), u"chatcmpl-stored-00004"_s);
    QSignalSpy finished(&fetch, &StoredFetch::finished);
    fetch.start();
    QVERIFY(finished.wait());
    QCOMPARE(fetch.messages().size(), 4);

    QTemporaryDir dir;
    ConversationStore store;
    QVERIFY(store.open(dir.filePath(u"kaiwa.sqlite3"_s)).has_value());
    const auto id =
        StoredConversation::open(store, fetch.completion(), fetch.messages(), u"Work"_s);
    QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));

    // Read back from a second connection: it is really in the file.
    ConversationStore reopened;
    QVERIFY(reopened.open(dir.filePath(u"kaiwa.sqlite3"_s)).has_value());
    const auto info = reopened.conversation(*id);
    QVERIFY(info.has_value());
    QCOMPARE(info->title, u"Question 4.0 about Tokyo"_s);
    QCOMPARE(info->settings.model, u"gpt-4.1"_s);
    QCOMPARE(info->settings.profile, u"Work"_s);
    QCOMPARE(info->settings.systemPrompt, u"You are a concise assistant."_s);
    QVERIFY(!info->settings.developerRole);
    QVERIFY(info->settings.store);
    QCOMPARE(info->settings.metadata.value("user"_L1).toString(), u"user-4"_s);

    const auto page = reopened.messagesPage(*id, 0, 50); // the active path
    QVERIFY(page.has_value());
    QCOMPARE(page->size(), 4);
    const QList<Role> roles{ Role::User, Role::Assistant, Role::User, Role::Assistant };
    const QStringList texts{ u"Question 4.0 about Tokyo"_s, u"Earlier answer 4.0"_s,
        u"Question 4.1 about Tokyo"_s, u"Answer 4: Tokyo is the capital of Japan."_s };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(page->at(i).role, roles.at(i));
        QCOMPARE(page->at(i).text(), texts.at(i));
    }
    const Conversation::Message &answer = page->last();
    QCOMPARE(answer.model, u"gpt-4.1"_s);
    QCOMPARE(answer.finishReason, u"stop"_s);
    QCOMPARE(answer.usage.value("total_tokens"_L1).toInt(), 36);
    QCOMPARE(answer.state, Conversation::State::Complete);
    QCOMPARE(answer.created, QDateTime::fromSecsSinceEpoch(1'760'000'000 + 240, Qt::UTC));
    QCOMPARE(info->activeLeafId, answer.id);
}

void TestStoredConversation::imagesAndToolCallsSurvive()
{
    const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                               "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    const QString dataUrl = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    const QJsonArray messages{
        QJsonObject{ { u"id"_s, u"m0"_s }, { u"role"_s, u"developer"_s },
            { u"content"_s, u"Use tools."_s } },
        QJsonObject{ { u"id"_s, u"m1"_s }, { u"role"_s, u"user"_s },
            { u"content"_s, u"What is this?"_s },
            { u"content_parts"_s,
                QJsonArray{
                    QJsonObject{ { u"type"_s, u"text"_s }, { u"text"_s, u"What is this?"_s } },
                    QJsonObject{ { u"type"_s, u"image_url"_s },
                        { u"image_url"_s, QJsonObject{ { u"url"_s, dataUrl } } } } } } },
    };
    const QJsonObject completion{ { u"id"_s, u"chatcmpl-tool"_s }, { u"created"_s, 1'700'000'000 },
        { u"model"_s, u"gpt-4o"_s },
        { u"choices"_s,
            QJsonArray{ QJsonObject{ { u"index"_s, 0 }, { u"finish_reason"_s, u"tool_calls"_s },
                { u"message"_s,
                    QJsonObject{ { u"role"_s, u"assistant"_s }, { u"content"_s, QJsonValue::Null },
                        { u"tool_calls"_s,
                            QJsonArray{
                                QJsonObject{ { u"id"_s, u"call_1"_s }, { u"type"_s, u"function"_s },
                                    { u"function"_s,
                                        QJsonObject{ { u"name"_s, u"lookup"_s },
                                            { u"arguments"_s,
                                                u"{\"q\":\"pixel\"}"_s } } } } } } } } } } } };
    QTemporaryDir dir;
    ConversationStore store;
    QVERIFY(store.open(dir.filePath(u"kaiwa.sqlite3"_s)).has_value());
    const auto id = StoredConversation::open(store, completion, messages, u"p"_s);
    QVERIFY(id.has_value());
    const auto info = store.conversation(*id);
    QVERIFY(info->settings.developerRole);
    QCOMPARE(info->settings.systemPrompt, u"Use tools."_s);
    const auto page = store.messagesPage(*id, 0, 10);
    QCOMPARE(page->size(), 2);
    const Conversation::Part image = page->at(0).parts.at(1);
    QCOMPARE(image.type, Conversation::Part::Type::Image);
    QCOMPARE(image.mimeType, u"image/png"_s);
    QCOMPARE(store.attachment(image.attachment).value(), png);
    const Conversation::Message answer = page->at(1);
    QCOMPARE(answer.toolCalls.size(), 1);
    QCOMPARE(answer.toolCalls.first().name, u"lookup"_s);
    QCOMPARE(answer.toolCalls.first().arguments, u"{\"q\":\"pixel\"}"_s);
    QCOMPARE(answer.finishReason, u"tool_calls"_s);
    QCOMPARE(info->title, u"What is this?"_s);
}

void TestStoredConversation::fetchFailureIsReported()
{
    StoredTest::Fixture f(2);
    StoredFetch fetch(f.client.get(), u"chatcmpl-gone"_s);
    QSignalSpy failed(&fetch, &StoredFetch::failed);
    fetch.start();
    QVERIFY(failed.wait());
    QVERIFY(failed.first().at(0).toString().contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(TestStoredConversation)
#include "tst_storedconversation.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import end to end: a file goes through the importer into the real store (one
// transaction), is searchable there, and comes back out of the store without loss.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/ConversationExport.h"
#include "core/storage/ConversationImport.h"
#include "core/storage/ConversationStore.h"

using namespace Conversation;

class TestImportIntoStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void chatGptExportLandsInTheStore();
    void malformedFileLeavesNothingBehind();
    void storeExportReimportsWithoutLoss();

private:
    static QByteArray data(const char *name);
    ExportedConversation exportFromStore(ConversationStore &store, qint64 id);

    QTemporaryDir m_dir;
    ConversationStore m_store;
};

QByteArray TestImportIntoStore::data(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../../data/import/") + QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestImportIntoStore::init()
{
    m_store.close();
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("kaiwa.sqlite3")));
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("kaiwa.sqlite3"))));
}

ExportedConversation TestImportIntoStore::exportFromStore(ConversationStore &store, qint64 id)
{
    ExportedConversation out;
    out.info = *store.conversation(id);
    out.messages = *store.messages(id);
    auto keep = [&](const QByteArray &hash) {
        if (!hash.isEmpty() && !out.attachments.contains(hash))
            out.attachments.insert(
                hash, { *store.attachment(hash), *store.attachmentMimeType(hash) });
    };
    for (const Message &message : std::as_const(out.messages)) {
        for (const Part &part : message.parts)
            keep(part.attachment);
        keep(message.audio.attachment);
    }
    return out;
}

void TestImportIntoStore::chatGptExportLandsInTheStore()
{
    const QByteArray file = data("chatgpt-conversations.json");
    QVERIFY(!file.isEmpty());
    QCOMPARE(ConversationImport::detect(file), ConversationImport::Format::ChatGptExport);
    const auto parsed = ConversationImport::fromChatGptExport(file);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const auto ids = m_store.importConversations(*parsed);
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().describe()));
    QCOMPARE(ids->size(), parsed->size());
    const auto conversations = m_store.conversations();
    QCOMPARE(conversations->size(), 2);
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        const auto stored = m_store.messages(ids->at(i));
        QCOMPARE(stored->size(), parsed->at(i).messages.size());
        const auto info = m_store.conversation(ids->at(i));
        QCOMPARE(info->title, parsed->at(i).info.title);
        QVERIFY(info->activeLeafId > 0); // the file's current node, mapped to the new ids
        QVERIFY(m_store.message(info->activeLeafId));
    }
    // Imported Japanese is searchable at once, and the hit names its conversation.
    const auto hits = m_store.search(QStringLiteral("大阪"));
    QVERIFY(hits && !hits->isEmpty());
    QCOMPARE(hits->first().title, QStringLiteral("東京と大阪の天気"));
}

void TestImportIntoStore::malformedFileLeavesNothingBehind()
{
    // Two good conversations, then a broken one: the reader refuses the whole file with a place.
    QByteArray file = data("chatgpt-conversations.json");
    file.chop(file.size() - file.lastIndexOf(']'));
    file += ",{\"title\":\"broken\",\"mapping\":{\"a\":{\"id\":\"a\",\"parent\":\"nowhere\","
            "\"children\":[]}},"
            "\"current_node\":\"a\"}]";
    const auto parsed = ConversationImport::fromChatGptExport(file);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().where.contains(QStringLiteral("conversations[2]")),
        qPrintable(parsed.error().where));
    // And the store's own transaction: a list whose last conversation is inconsistent.
    auto good = ConversationImport::fromChatGptExport(data("chatgpt-conversations.json"));
    QVERIFY(good);
    ImportedConversation bad = good->first();
    bad.messages.last().parentId = 987654; // points nowhere
    QList<ImportedConversation> list = *good;
    list.append(bad);
    QVERIFY(!m_store.importConversations(list));
    QCOMPARE(m_store.conversations()->size(), 0);
    QVERIFY(m_store.search(QStringLiteral("大阪"))->isEmpty());
}

void TestImportIntoStore::storeExportReimportsWithoutLoss()
{
    const auto parsed = ConversationImport::fromKaiwaJson(data("kaiwa-example.json"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const auto ids = m_store.importConversations(*parsed);
    QVERIFY(ids);
    const ExportedConversation first = exportFromStore(m_store, ids->first());
    const QByteArray json = ConversationExport::toJson({ first });

    // Into a second database, then out again: the same conversation, the same bytes.
    ConversationStore other;
    QVERIFY(other.open(m_dir.filePath(QStringLiteral("other.sqlite3"))));
    const auto again = ConversationImport::fromKaiwaJson(json);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    const auto otherIds = other.importConversations(*again);
    QVERIFY(otherIds);
    const ExportedConversation second = exportFromStore(other, otherIds->first());
    QCOMPARE(second.messages.size(), first.messages.size());
    QCOMPARE(second.attachments, first.attachments);
    for (qsizetype i = 0; i < first.messages.size(); ++i) {
        QCOMPARE(second.messages.at(i).text(), first.messages.at(i).text());
        QCOMPARE(second.messages.at(i).role, first.messages.at(i).role);
        QCOMPARE(second.messages.at(i).parts, first.messages.at(i).parts);
        QCOMPARE(second.messages.at(i).toolCalls, first.messages.at(i).toolCalls);
        QCOMPARE(second.messages.at(i).audio, first.messages.at(i).audio);
    }
    QCOMPARE(second.info.title, first.info.title);
    QCOMPARE(second.info.settings, first.info.settings);
}

QTEST_GUILESS_MAIN(TestImportIntoStore)
#include "tst_importintostore.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Images and audio survive export and import (issue 5): a conversation whose question carries an
// image and a recording, and whose answer is spoken (its audio stored by hash), is exported by the
// real kaiwa-cli, imported into another home, and found there with the same bytes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliRunner.h"
#include "core/media/Wav.h"
#include "core/storage/ConversationStore.h"

using Conversation::Part;

namespace {
QString databaseOf(const CliRunner &runner)
{
    return runner.home() + QStringLiteral("/.local/share/Kaiwa/Kaiwa/kaiwa.sqlite3");
}
} // namespace

class TestMediaExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imagesAndAudioSurviveExportImport();
};

void TestMediaExport::imagesAndAudioSurviveExportImport()
{
    CliRunner source;
    QVERIFY(source.isValid());
    QVERIFY(QDir().mkpath(QFileInfo(databaseOf(source)).path()));
    const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwA"
                               "ChwGA60e6kgAAAABJRU5ErkJggg==");
    QByteArray pcm(9600, '\0');
    for (qsizetype i = 0; i < pcm.size(); ++i)
        pcm[i] = char(i * 7);
    const QByteArray question = Wav::fromPcm(pcm);
    const QByteArray spoken = Wav::fromPcm(pcm.left(4800));
    qint64 conversationId = 0;
    {
        ConversationStore store;
        QVERIFY(store.open(databaseOf(source)));
        Conversation::Info info;
        info.title = QStringLiteral("画像と音声");
        const auto created = store.createConversation(info);
        QVERIFY(created);
        conversationId = *created;
        Conversation::Message user;
        user.conversationId = conversationId;
        user.role = Conversation::Role::User;
        Part text;
        text.text = QStringLiteral("これは何？");
        Part image;
        image.type = Part::Type::Image;
        image.mimeType = QStringLiteral("image/png");
        image.detail = QStringLiteral("high");
        image.attachment = *store.putAttachment(png, image.mimeType);
        Part audio;
        audio.type = Part::Type::Audio;
        audio.mimeType = QStringLiteral("audio/wav");
        audio.attachment = *store.putAttachment(question, audio.mimeType);
        user.parts = { text, image, audio };
        const auto userId = store.addMessage(user);
        QVERIFY(userId);
        Conversation::Message answer;
        answer.conversationId = conversationId;
        answer.role = Conversation::Role::Assistant;
        answer.parentId = *userId;
        answer.audio.id = QStringLiteral("audio_42");
        answer.audio.transcript = QStringLiteral("猫の写真です。");
        answer.audio.mimeType = QStringLiteral("audio/wav");
        answer.audio.attachment = *store.putAttachment(spoken, answer.audio.mimeType);
        answer.audio.expiresAt = 1900000000;
        QVERIFY(store.addMessage(answer));
    }

    CliResult r = source.run({ QStringLiteral("conversations"), QStringLiteral("export"),
        QString::number(conversationId) });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject exported = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(!exported.isEmpty(), r.describe().constData());

    CliRunner target;
    const QString file = target.writeFile(QStringLiteral("export.json"), r.out);
    r = target.run({ QStringLiteral("conversations"), QStringLiteral("import"), file });
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    ConversationStore store;
    QVERIFY(store.open(databaseOf(target)));
    const auto list = store.conversations();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const auto messages = store.messages(list->first().id);
    QVERIFY(messages);
    QCOMPARE(messages->size(), 2);
    const Conversation::Message &user = messages->at(0);
    QCOMPARE(user.parts.size(), 3);
    QCOMPARE(user.parts[1].detail, QStringLiteral("high"));
    QCOMPARE(*store.attachment(user.parts[1].attachment), png);
    QCOMPARE(*store.attachment(user.parts[2].attachment), question);
    const Conversation::Message &answer = messages->at(1);
    QCOMPARE(answer.audio.id, QStringLiteral("audio_42"));
    QCOMPARE(answer.audio.transcript, QStringLiteral("猫の写真です。"));
    QCOMPARE(*store.attachment(answer.audio.attachment), spoken);
    QCOMPARE(Wav::parse(*store.attachment(answer.audio.attachment))->duration().count(), 100);
}

QTEST_GUILESS_MAIN(TestMediaExport)
#include "tst_mediaexport.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Stored Completions window's actions on the selection, against the stateful
// FakeStoredCompletions over loopback and a real SQLite file: metadata edits within the API's
// limits, deletes with a partial failure, JSONL export, and "Open as conversation" into the
// main window.
#include <QMessageBox>
#include <QTimer>

#include "tst_stored_support.h"

using namespace StoredWindowTest;

class TestStoredActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataLimitsAndSave();
    void deleteTwoWithOneFailing();
    void deleteAsksFirst();
    void exportSelectionAsJsonl();
    void exportTheFilteredList();
    void exportReportsItemsAndCancels();
    void openAsConversation();
};

void TestStoredActions::metadataLimitsAndSave()
{
    StoredFixture f(10);
    QVERIFY(f.waitLoaded());
    QVERIFY(f.noRetries());
    f.select({ 0 });
    const QString id = f.model()->id(0);
    StoredMetadataPanel *panel = f.window->metadataPanel();
    QTRY_COMPARE(panel->completionId(), id);
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 3); // app, topic, user

    // Up to 16 pairs; the 17th is refused with a message.
    for (int i = 0; i < 13; ++i) {
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        table->item(table->rowCount() - 1, 0)->setText(u"k%1"_s.arg(i));
    }
    QCOMPARE(table->rowCount(), 16);
    QVERIFY(panel->message().isEmpty());
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 16);
    QVERIFY2(panel->message().contains(u"16"_s), qPrintable(panel->message()));

    // A key longer than 64 characters is named, and nothing is sent.
    table->item(15, 0)->setText(QString(65, u'x'));
    const qsizetype posts = f.requests("POST", id.toUtf8()).size();
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY2(panel->message().contains(u"64"_s), qPrintable(panel->message()));
    QCOMPARE(f.requests("POST", id.toUtf8()).size(), posts);

    // A valid edit is saved, and the list shows the server's answer.
    panel->setCompletion(id, f.model()->metadata(0));
    QCOMPARE(table->rowCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"topic"_s)
            table->item(row, 1)->setText(u"billing"_s);
    }
    QSignalSpy updated(f.model(), &StoredCompletionModel::metadataUpdated);
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(f.requests("POST", id.toUtf8()).size(), posts + 1);
    QCOMPARE(f.stored.completion(id).value(u"metadata"_s).toObject().value(u"topic"_s).toString(),
        u"billing"_s);
    QVERIFY(f.cell(0, StoredCompletionModel::MetadataColumn).contains(u"topic=billing"_s));
    QCOMPARE(panel->message(), u"Saved."_s);
}

void TestStoredActions::deleteTwoWithOneFailing()
{
    StoredFixture f(10);
    QVERIFY(f.waitLoaded());
    QVERIFY(f.noRetries());
    const QString ok = f.model()->id(0);
    const QString failing = f.model()->id(1);
    f.stored.setFailingDeletes({ failing });
    QStringList asked;
    f.window->setDeleteConfirmation([&](const QStringList &ids) {
        asked = ids;
        return true;
    });
    f.select({ 0, 1 });
    QSignalSpy finished(f.model(), &StoredCompletionModel::removeFinished);
    f.window->list()->setFocus();
    QTest::keyClick(f.window->list(), Qt::Key_Delete);
    QCOMPARE(asked, (QStringList{ ok, failing }));
    QCOMPARE(f.model()->rowCount(), 10); // nothing gone before the server answered
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.model()->rowCount(), 9);
    QCOMPARE(f.model()->rowOf(ok), -1);
    QVERIFY(f.model()->rowOf(failing) >= 0);
    QVERIFY(!f.stored.contains(ok));
    QVERIFY(f.stored.contains(failing));
    QCOMPARE(f.window->problems()->count(), 1);
    QVERIFY(f.window->problems()->item(0)->text().contains(failing));
    QVERIFY(!f.window->problems()->isHidden());
    QVERIFY2(f.window->bannerText().contains(u"could not be deleted"_s),
        qPrintable(f.window->bannerText()));

    // Declining the confirmation deletes nothing.
    f.window->setDeleteConfirmation([](const QStringList &) { return false; });
    f.select({ 0 });
    const qsizetype deletes = f.requests("DELETE", "").size();
    f.window->deleteSelected();
    QTest::qWait(100);
    QCOMPARE(f.requests("DELETE", "").size(), deletes);
}

void TestStoredActions::deleteAsksFirst()
{
    StoredFixture f(5);
    QVERIFY(f.waitLoaded());
    const QString id = f.model()->id(0);
    f.select({ 0 });
    // The real confirmation box: Escape keeps the completion, Delete deletes it.
    QString asked;
    const auto answer = [&](bool yes) {
        QTimer::singleShot(0, [&, yes] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            if (!yes) {
                QTest::keyClick(box, Qt::Key_Escape);
                return;
            }
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
    };
    answer(false);
    f.window->deleteSelected();
    QVERIFY2(asked.contains(u"Delete 1 stored completion"_s), qPrintable(asked));
    QTest::qWait(100);
    QVERIFY(f.requests("DELETE", id.toUtf8()).isEmpty());
    QCOMPARE(f.model()->rowOf(id), 0);

    answer(true);
    QSignalSpy removed(f.model(), &StoredCompletionModel::removed);
    f.window->deleteSelected();
    QVERIFY(removed.wait(5000));
    QCOMPARE(f.model()->rowOf(id), -1);
    QVERIFY(!f.stored.contains(id));
}

void TestStoredActions::exportSelectionAsJsonl()
{
    StoredFixture f(12);
    QVERIFY(f.waitLoaded());
    const QString path = f.app.path("selection.jsonl");
    f.window->setSavePathProvider([&](const QString &suggested) {
        return suggested.endsWith(u".jsonl"_s) ? path : QString();
    });
    f.select({ 0, 2, 3 });
    QSignalSpy ended(f.window, &StoredCompletionsWindow::exportEnded);
    f.window->exportSelection();
    QVERIFY(!f.window->progress()->isHidden());
    QVERIFY(ended.wait(10'000));
    QCOMPARE(ended.first().at(0).toInt(), 3);
    QVERIFY(f.window->progress()->isHidden());
    const QList<QJsonObject> lines = readJsonl(path);
    QCOMPARE(lines.size(), 3);
    const QStringList ids{ f.model()->id(0), f.model()->id(2), f.model()->id(3) };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(lines.at(i).value(u"id"_s).toString(), ids.at(i));
        const QJsonArray messages = lines.at(i).value(u"messages"_s).toArray();
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.size(), f.stored.messages(ids.at(i)).size());
    }
    QVERIFY(f.window->bannerText().contains(u"Exported 3"_s));
}

void TestStoredActions::exportTheFilteredList()
{
    StoredFixture f(30);
    QVERIFY(f.waitLoaded());
    f.window->filterBar()->modelEdit()->setText(u"gpt-5.4"_s);
    f.window->filterBar()->apply();
    QVERIFY(f.waitLoaded());
    f.window->list()->selectionModel()->clear();
    const QString path = f.app.path("all.jsonl");
    f.window->setSavePathProvider([&](const QString &) { return path; });
    QSignalSpy ended(f.window, &StoredCompletionsWindow::exportEnded);
    f.window->exportSelection();
    QVERIFY(ended.wait(10'000));
    const QList<QJsonObject> lines = readJsonl(path);
    QCOMPARE(lines.size(), 10); // i % 3 == 2 of 30
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(u"model"_s).toString(), u"gpt-5.4"_s);
        QVERIFY(!line.value(u"messages"_s).toArray().isEmpty());
    }
    // Cancelled file dialog: nothing happens.
    f.window->setSavePathProvider([](const QString &) { return QString(); });
    f.window->exportSelection();
    QVERIFY(f.window->progress()->isHidden());
}

void TestStoredActions::exportReportsItemsAndCancels()
{
    StoredFixture f(200);
    QVERIFY(f.waitLoaded());
    QVERIFY(f.noRetries());
    const QString path = f.app.path("items.jsonl");
    f.window->setSavePathProvider([&](const QString &) { return path; });

    // Completions the server no longer answers for are listed one by one.
    f.select({ 0, 1 });
    f.stored.setUnsupported(404);
    QSignalSpy ended(f.window, &StoredCompletionsWindow::exportEnded);
    f.window->exportSelection();
    QVERIFY(ended.wait(10'000));
    QCOMPARE(f.window->problems()->count(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString text = f.window->problems()->item(i)->text();
        QVERIFY2(text.startsWith(f.model()->id(i)) && text.contains(u"not exported"_s),
            qPrintable(text));
    }

    // Cancel: no file, the progress goes away.
    f.stored.setUnsupported(0);
    QFile::remove(path);
    f.window->list()->selectionModel()->clear();
    ended.clear();
    f.window->exportSelection();
    QPushButton *cancel = f.window->findChild<QPushButton *>(u"storedCancelExport"_s);
    QVERIFY(!cancel->isHidden());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(ended.size(), 1);
    QVERIFY(ended.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(f.window->progress()->isHidden());
}

void TestStoredActions::openAsConversation()
{
    StoredFixture f(8);
    QVERIFY(f.waitLoaded());
    // chatcmpl-stored-00005: user, assistant, user, assistant, user, then the answer.
    const int row = f.model()->rowOf(u"chatcmpl-stored-00005"_s);
    QVERIFY(row >= 0);
    f.select({ row });
    QSignalSpy opened(f.window, &StoredCompletionsWindow::conversationOpened);
    QTest::mouseClick(f.window->findChild<QPushButton *>(u"storedOpen"_s), Qt::LeftButton);
    QVERIFY(opened.wait(5000));
    const qint64 id = opened.first().at(0).toLongLong();
    QVERIFY(f.app.context->conversations().rowOf(id) >= 0);
    QCOMPARE(f.app.page()->conversationId(), id);
    QTRY_VERIFY(f.app.model() && f.app.model()->rowCount() == 6);
    QCOMPARE(f.app.text(0), u"Question 5.0 about Tokyo"_s);
    QCOMPARE(f.app.text(4), u"Question 5.2 about Tokyo"_s);
    QCOMPARE(f.app.text(5), u"Answer 5: Tokyo is the capital of Japan."_s);
}

QTEST_MAIN(TestStoredActions)
#include "tst_storedactions.moc"

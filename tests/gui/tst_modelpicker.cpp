// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ModelPicker: free text, case-insensitive completion over the cached ids, a refresh request
// when a profile has no list yet (answered over loopback like the app does), and the status line.
#include <memory>

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "FakeOpenAiServer.h"
#include "core/api/ChatClient.h"
#include "core/settings/ModelCatalog.h"
#include "gui/panel/ModelPicker.h"

using namespace Qt::StringLiterals;

class TestModelPicker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void namedForTestsAndScreenReaders();
    void freeTextIsAModel();
    void setModelDoesNotEmit();
    void completionMatchesAnywhereIgnoringCase();
    void refreshRequestedOnlyWithoutAList();
    void refreshFillsTheListOverLoopback();
    void failureIsShownInTheStatus();
    void focusPickerSelectsAndOpensTheList();

private:
    void writeCache(const QString &profile, const QStringList &ids, const QDateTime &fetched);
    std::unique_ptr<ChatClient> client(const FakeOpenAiServer &server, const QString &profile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ModelCatalog> m_catalog;
    ModelPicker *m_picker = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_refresh = nullptr;
    QNetworkAccessManager m_nam;
};

void TestModelPicker::writeCache(
    const QString &profile, const QStringList &ids, const QDateTime &fetched)
{
    const QJsonObject root{ { u"version"_s, 1 },
        { u"profiles"_s,
            QJsonObject{ { profile,
                QJsonObject{ { u"fetchedAt"_s, fetched.toString(Qt::ISODateWithMs) },
                    { u"models"_s, QJsonArray::fromStringList(ids) } } } } } };
    QFile file(m_dir->filePath(u"models.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
}

std::unique_ptr<ChatClient> TestModelPicker::client(
    const FakeOpenAiServer &server, const QString &profile)
{
    ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    p.name = profile;
    p.baseUrl = server.baseUrl();
    auto result = std::make_unique<ChatClient>(m_nam, p, u"sk-test"_s);
    result->setOptions(ApiReply::Options{ .maxRetries = 0 });
    return result;
}

void TestModelPicker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    writeCache(u"work"_s, { u"gpt-4o"_s, u"gpt-4o-mini"_s, u"llama3.2"_s, u"o3-mini"_s },
        QDateTime::currentDateTimeUtc().addSecs(-5 * 60 - 10));
    m_catalog = std::make_unique<ModelCatalog>(m_dir->filePath(u"models.json"_s));
    m_picker = new ModelPicker;
    m_picker->resize(300, m_picker->sizeHint().height());
    m_picker->setCatalog(m_catalog.get());
    m_picker->setProfile(u"work"_s);
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker));
    m_combo = m_picker->findChild<QComboBox *>(u"modelCombo"_s);
    m_status = m_picker->findChild<QLabel *>(u"modelStatus"_s);
    m_refresh = m_picker->findChild<QToolButton *>(u"modelRefreshButton"_s);
    QVERIFY(m_combo && m_status && m_refresh);
}

void TestModelPicker::cleanup()
{
    delete m_picker;
    m_picker = nullptr;
    m_catalog.reset();
}

void TestModelPicker::namedForTestsAndScreenReaders()
{
    QVERIFY(m_combo->isEditable());
    QVERIFY(!m_combo->accessibleName().isEmpty());
    QVERIFY(!m_refresh->accessibleName().isEmpty());
    QVERIFY(!m_refresh->toolTip().isEmpty());
    QVERIFY(m_refresh->focusPolicy() & Qt::TabFocus);
    QCOMPARE(m_combo->count(), 4);
    // English plurals come from kaiwa_en.qm, which this test does not load.
    QCOMPARE(m_status->text(), ModelPicker::tr("Updated %n minute(s) ago", nullptr, 5));
}

void TestModelPicker::freeTextIsAModel()
{
    QSignalSpy changed(m_picker, &ModelPicker::modelChanged);
    m_combo->lineEdit()->setFocus();
    QTest::keyClicks(m_combo->lineEdit(), u"my-finetune:v2"_s);
    QCOMPARE(changed.count(), 0); // not on every key
    QTest::keyClick(m_combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), u"my-finetune:v2"_s);
    QCOMPARE(m_picker->model(), u"my-finetune:v2"_s);
    QCOMPARE(m_combo->count(), 4); // typed names are not added to the server's list
    // Leaving the field with the same text says nothing new.
    QTest::keyClick(m_combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
}

void TestModelPicker::setModelDoesNotEmit()
{
    QSignalSpy changed(m_picker, &ModelPicker::modelChanged);
    m_picker->setModel(u"o3-mini"_s);
    QCOMPARE(m_picker->model(), u"o3-mini"_s);
    m_picker->setModel(u"not-in-the-list"_s);
    QCOMPARE(m_picker->model(), u"not-in-the-list"_s);
    QCOMPARE(changed.count(), 0);
    // A refreshed list keeps the chosen model.
    writeCache(u"work"_s, {}, QDateTime::currentDateTimeUtc());
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::models({ u"x"_s }));
    const auto work = client(server, u"work"_s);
    QSignalSpy updated(m_catalog.get(), &ModelCatalog::modelsChanged);
    m_catalog->refresh(work.get());
    QVERIFY(updated.wait(5000));
    QCOMPARE(m_combo->count(), 1);
    QCOMPARE(m_picker->model(), u"not-in-the-list"_s);
    QCOMPARE(changed.count(), 0);
}

void TestModelPicker::completionMatchesAnywhereIgnoringCase()
{
    QSignalSpy changed(m_picker, &ModelPicker::modelChanged);
    QCompleter *completer = m_combo->completer();
    QVERIFY(completer);
    m_combo->lineEdit()->setFocus();
    m_combo->clearEditText();
    QTest::keyClicks(m_combo->lineEdit(), u"4O"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 2);
    QStringList shown;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        shown.append(completer->completionModel()->index(row, 0).data().toString());
    QCOMPARE(shown, QStringList({ u"gpt-4o"_s, u"gpt-4o-mini"_s }));

    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(m_picker->model(), u"gpt-4o-mini"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), u"gpt-4o-mini"_s);

    m_combo->clearEditText();
    QTest::keyClicks(m_combo->lineEdit(), u"MINI"_s);
    QTRY_COMPARE(completer->completionCount(), 2); // gpt-4o-mini and o3-mini
}

void TestModelPicker::refreshRequestedOnlyWithoutAList()
{
    QSignalSpy requested(m_picker, &ModelPicker::refreshRequested);
    m_picker->setProfile(u"new"_s);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"new"_s);
    QCOMPARE(m_combo->count(), 0);
    QCOMPARE(m_status->text(), u"Models not fetched yet"_s);

    m_picker->setProfile(u"work"_s); // cached: no request
    QCOMPARE(requested.count(), 1);
    QCOMPARE(m_combo->count(), 4);

    QTest::mouseClick(m_refresh, Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().first().toString(), u"work"_s);
}

void TestModelPicker::refreshFillsTheListOverLoopback()
{
    FakeOpenAiServer server;
    server.enqueue("GET /models", FakeResponse::models({ u"qwen3:8b"_s, u"llama3.2"_s }));
    std::unique_ptr<ChatClient> owned;
    // The owner's part: a client for the profile, then the catalog's refresh.
    connect(m_picker, &ModelPicker::refreshRequested, this, [&](const QString &profile) {
        owned = client(server, profile);
        m_catalog->refresh(owned.get());
    });
    m_picker->setProfile(u"ollama"_s);
    QCOMPARE(server.requestCount(), 0); // asynchronous: the request leaves with the event loop
    QCOMPARE(m_status->text(), u"Fetching models…"_s);
    QVERIFY(!m_refresh->isEnabled());
    QTRY_COMPARE(m_combo->count(), 2);
    QCOMPARE(m_combo->itemText(0), u"llama3.2"_s);
    QCOMPARE(m_status->text(), u"Updated just now"_s);
    QVERIFY(m_refresh->isEnabled());
}

void TestModelPicker::failureIsShownInTheStatus()
{
    FakeOpenAiServer server;
    server.enqueue("GET /models",
        FakeResponse::error(401, u"Incorrect API key provided"_s, u"invalid_api_key"_s));
    const auto work = client(server, u"work"_s);
    QSignalSpy failed(m_catalog.get(), &ModelCatalog::refreshFailed);
    m_catalog->refresh(work.get());
    QVERIFY(failed.wait(5000));
    QVERIFY2(
        m_status->text().contains(u"Incorrect API key provided"_s), qPrintable(m_status->text()));
    QVERIFY(m_status->text().contains(u"401"_s));
    QVERIFY(m_status->isVisible());
    QCOMPARE(m_combo->count(), 4); // the cached list stays usable
    QVERIFY(m_refresh->isEnabled());

    // Another profile's failure is not this picker's business.
    m_picker->setProfile(u"other"_s);
    Q_EMIT m_catalog->refreshFailed(u"work"_s, ApiError{});
    QVERIFY(!m_status->text().contains(u"Incorrect"_s));
}

void TestModelPicker::focusPickerSelectsAndOpensTheList()
{
    m_picker->setModel(u"gpt-4o"_s);
    m_picker->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_picker));
    m_picker->focusPicker();
    QVERIFY(m_combo->lineEdit()->hasFocus());
    QCOMPARE(m_combo->lineEdit()->selectedText(), u"gpt-4o"_s);
    QTRY_VERIFY(m_combo->completer()->popup()->isVisible());
    QCOMPARE(m_combo->completer()->completionCount(), 4);
    // Typing replaces the selection and narrows the list.
    QTest::keyClicks(m_combo->lineEdit(), u"llama"_s);
    QCOMPARE(m_combo->lineEdit()->text(), u"llama"_s);
    QTRY_COMPARE(m_combo->completer()->completionCount(), 1);
}

QTEST_MAIN(TestModelPicker)
#include "tst_modelpicker.moc"

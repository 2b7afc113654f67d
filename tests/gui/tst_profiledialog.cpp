// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDialog as a user drives it: add from a preset, edit, save, rename, duplicate, remove,
// inline problems, keychain failure, and the connection test over loopback (FakeOpenAiServer).
//
// Keys go to a MemorySecretStore here: the real keychain needs the private D-Bus session of
// tests/run-with-keyring.sh, which kaiwa_add_test does not provide; KeychainSecretStore itself is
// covered by tests/core/secrets/tst_keychainsecretstore. The dialog only sees the SecretStore
// interface, and FailingSecretStore stands in for a keychain that refuses.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/profiles/ProfileDialog.h"
#include "support/FakeOpenAiServer.h"
#include "tst_profiledialog_support.h"

using namespace Qt::StringLiterals;

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addFromPresetAndSave();
    void editExistingKeepsKey();
    void renameMovesKey();
    void invalidJsonBlocksSave();
    void invalidNameAndUrlBlockSave();
    void keychainFailureKeepsTheKey();
    void duplicateCopiesKeyOnSave();
    void removeAsksFirst();
    void testConnectionListsModels();
    void testConnectionShowsServerError();
    void testConnectionUsesStoredKey();
    void sayHelloShowsAnswer();
    void cancelStopsTheTest();

private:
    void makeDialog(SecretStore &secrets);
    void saveProfile(const QString &name, const QString &url, const QString &key = {});
    void setText(const char *name, const QString &text);
    void setPlainText(const char *name, const QString &text);
    void clickSave();
    QString result() const;
    QString status() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileDialog> m_dialog;
    QNetworkAccessManager m_nam;
};

void TestProfileDialog::initTestCase()
{
    applyScreenshotPalette();
}

void TestProfileDialog::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"profiles.ini"_s));
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_secrets.reset();
}

void TestProfileDialog::makeDialog(SecretStore &secrets)
{
    m_dialog = std::make_unique<ProfileDialog>(*m_store, secrets, m_nam);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::saveProfile(const QString &name, const QString &url, const QString &key)
{
    ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    p.name = name;
    p.baseUrl = QUrl(url);
    QVERIFY(m_store->save(p));
    if (!key.isEmpty())
        QVERIFY(m_secrets->writeBlocking(name, key));
}

void TestProfileDialog::setText(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TestProfileDialog::setPlainText(const char *name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    edit->setPlainText(text);
}

void TestProfileDialog::clickSave()
{
    auto *save = child<QPushButton>(m_dialog.get(), "saveButton");
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

QString TestProfileDialog::result() const
{
    return child<QPlainTextEdit>(m_dialog.get(), "testResultView")->toPlainText();
}

QString TestProfileDialog::status() const
{
    return child<InlineMessage>(m_dialog.get(), "saveStatus")->text();
}

void TestProfileDialog::addFromPresetAndSave()
{
    makeDialog(*m_secrets);
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::profileSaved);
    m_dialog->addFromPreset(u"openrouter"_s);
    auto *list = child<QListWidget>(m_dialog.get(), "profileList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(
        child<QLineEdit>(m_dialog.get(), "baseUrlEdit")->text(), u"https://openrouter.ai/api/v1"_s);
    QVERIFY(
        child<QLabel>(m_dialog.get(), "presetHintLabel")->text().contains(u"openrouter.ai/keys"_s));

    setText("profileNameEdit", u"router"_s);
    setText("apiKeyEdit", u"sk-or-1"_s);
    setPlainText("extraBodyEdit", u"{\"provider\": {\"sort\": \"throughput\"}}"_s);
    screenshot(m_dialog.get(), u"profile-dialog"_s);
    clickSave();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), u"router"_s);

    const auto profile = m_store->profile(u"router"_s);
    QVERIFY(profile);
    QCOMPARE(profile->kind, ProviderProfile::Kind::Gateway);
    QCOMPARE(profile->baseUrl, QUrl(u"https://openrouter.ai/api/v1"_s));
    QCOMPARE(profile->defaultModel, u"openai/gpt-4o-mini"_s);
    QCOMPARE(profile->extraBody.value(u"provider"_s).toObject().value(u"sort"_s).toString(),
        u"throughput"_s);
    QCOMPARE(m_secrets->readBlocking(u"router"_s).value(), std::optional<QString>(u"sk-or-1"_s));
    // The key left the form; the form says one is stored.
    QVERIFY(child<QLineEdit>(m_dialog.get(), "apiKeyEdit")->text().isEmpty());
    QVERIFY(child<QLabel>(m_dialog.get(), "keyStatusLabel")->text().contains(u"is stored"_s));
    QVERIFY(status().contains(u"Saved"_s));
    QCOMPARE(list->item(0)->text(), u"router"_s);
}

void TestProfileDialog::editExistingKeepsKey()
{
    saveProfile(u"work"_s, u"https://api.openai.com/v1"_s, u"sk-work"_s);
    makeDialog(*m_secrets);
    m_dialog->selectProfile(u"work"_s);
    QTRY_VERIFY(child<QLabel>(m_dialog.get(), "keyStatusLabel")->text().contains(u"is stored"_s));
    QVERIFY(child<QLineEdit>(m_dialog.get(), "apiKeyEdit")->text().isEmpty());
    setText("baseUrlEdit", u"https://proxy.example.com/v1"_s);
    setPlainText("extraHeadersEdit", u"OpenAI-Project: proj_1"_s);
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::profileSaved);
    clickSave();
    QTRY_COMPARE(saved.count(), 1);
    const auto profile = m_store->profile(u"work"_s);
    QCOMPARE(profile->baseUrl, QUrl(u"https://proxy.example.com/v1"_s));
    QCOMPARE(profile->extraHeaders.value(0).first, QByteArray("OpenAI-Project"));
    QCOMPARE(profile->extraHeaders.value(0).second, QByteArray("proj_1"));
    QCOMPARE(m_secrets->readBlocking(u"work"_s).value(), std::optional<QString>(u"sk-work"_s));
}

void TestProfileDialog::renameMovesKey()
{
    saveProfile(u"old"_s, u"https://api.openai.com/v1"_s, u"sk-moving"_s);
    makeDialog(*m_secrets);
    m_dialog->selectProfile(u"old"_s);
    setText("profileNameEdit", u"new"_s);
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::profileSaved);
    clickSave();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_store->names(), QStringList{ u"new"_s });
    QCOMPARE(m_secrets->readBlocking(u"new"_s).value(), std::optional<QString>(u"sk-moving"_s));
    QTRY_VERIFY(!m_secrets->contains(u"old"_s));
}

void TestProfileDialog::invalidJsonBlocksSave()
{
    makeDialog(*m_secrets);
    m_dialog->addFromPreset(u"openai"_s);
    setText("apiKeyEdit", u"sk-1"_s);
    setPlainText("extraBodyEdit", u"{\"provider\": "_s);
    auto *problem = child<InlineMessage>(m_dialog.get(), "extraBodyProblem");
    QVERIFY(problem->isVisible()); // shown while typing, before Save
    QVERIFY(problem->text().contains(u"Not valid JSON"_s));
    setPlainText("extraBodyEdit", u"[1, 2]"_s);
    QVERIFY(problem->text().contains(u"JSON object"_s));
    clickSave();
    QVERIFY(status().contains(u"Not saved"_s));
    QVERIFY(m_store->names().isEmpty());
    QCOMPARE(m_secrets->count(), 0);
    // Nothing the user typed is lost.
    QCOMPARE(child<QPlainTextEdit>(m_dialog.get(), "extraBodyEdit")->toPlainText(), u"[1, 2]"_s);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "apiKeyEdit")->text(), u"sk-1"_s);
}

void TestProfileDialog::invalidNameAndUrlBlockSave()
{
    saveProfile(u"taken"_s, u"https://api.openai.com/v1"_s);
    makeDialog(*m_secrets);
    m_dialog->addFromPreset(u"azure-openai"_s);
    // The base URL still says {resource}.
    QVERIFY(child<QLineEdit>(m_dialog.get(), "baseUrlEdit")->text().contains(u"{resource}"_s));
    setText("profileNameEdit", u"Taken"_s);
    clickSave();
    QVERIFY(
        child<InlineMessage>(m_dialog.get(), "baseUrlProblem")->text().contains(u"{resource}"_s));
    QCOMPARE(m_store->names(), QStringList{ u"taken"_s });

    setText("baseUrlEdit", u"https://myres.openai.azure.com"_s);
    clickSave();
    QVERIFY(
        child<InlineMessage>(m_dialog.get(), "nameProblem")->text().contains(u"already exists"_s));
    QVERIFY(!child<InlineMessage>(m_dialog.get(), "baseUrlProblem")->isVisible());
    setText("profileNameEdit", QString());
    clickSave();
    QVERIFY(!child<InlineMessage>(m_dialog.get(), "nameProblem")->text().isEmpty());
    QCOMPARE(m_store->names(), QStringList{ u"taken"_s });
}

void TestProfileDialog::keychainFailureKeepsTheKey()
{
    FailingSecretStore failing;
    makeDialog(failing);
    m_dialog->addFromPreset(u"openai"_s);
    setText("apiKeyEdit", u"sk-precious"_s);
    clickSave();
    QTRY_VERIFY(status().contains(u"could not be stored"_s));
    QVERIFY(status().contains(u"access to the keychain was denied"_s));
    QVERIFY(status().contains(u"locked"_s)); // SecretStore::statusMessage()
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "apiKeyEdit")->text(), u"sk-precious"_s);
    QVERIFY(m_dialog->hasUnsavedChanges()); // Save stays available to try again
    QVERIFY(m_store->contains(u"OpenAI"_s));
}

void TestProfileDialog::duplicateCopiesKeyOnSave()
{
    saveProfile(u"base"_s, u"https://api.openai.com/v1"_s, u"sk-shared"_s);
    makeDialog(*m_secrets);
    m_dialog->selectProfile(u"base"_s);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "duplicateProfileButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "profileNameEdit")->text(), u"base copy"_s);
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::profileSaved);
    clickSave();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_store->names(), QStringList({ u"base"_s, u"base copy"_s }));
    QCOMPARE(
        m_secrets->readBlocking(u"base copy"_s).value(), std::optional<QString>(u"sk-shared"_s));
    QCOMPARE(m_secrets->readBlocking(u"base"_s).value(), std::optional<QString>(u"sk-shared"_s));
}

void TestProfileDialog::removeAsksFirst()
{
    saveProfile(u"gone"_s, u"https://api.openai.com/v1"_s, u"sk-gone"_s);
    saveProfile(u"kept"_s, u"https://api.openai.com/v1"_s);
    makeDialog(*m_secrets);
    m_dialog->selectProfile(u"gone"_s);
    auto *remove = child<QPushButton>(m_dialog.get(), "removeProfileButton");
    const auto answer = [](QMessageBox::StandardButton which) {
        QTimer::singleShot(0, [which] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == u"confirmRemoveBox"_s)
                box->button(which)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_store->names().size(), 2);
    answer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_store->names(), QStringList{ u"kept"_s });
    QTRY_VERIFY(!m_secrets->contains(u"gone"_s));
    QCOMPARE(child<QListWidget>(m_dialog.get(), "profileList")->count(), 1);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "profileNameEdit")->text(), u"kept"_s);
}

void TestProfileDialog::testConnectionListsModels()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::models({ u"llama3.2"_s, u"qwen2.5:7b"_s }));
    makeDialog(*m_secrets);
    m_dialog->addFromPreset(u"ollama"_s);
    setText("baseUrlEdit", server.baseUrl().toString()); // unsaved edit is what gets tested
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY(result().contains(u"offers 2 model"_s));
    QVERIFY(result().contains(u"qwen2.5:7b"_s));
    QCOMPARE(server.lastRequest().path, QByteArray("/v1/models"));
    QVERIFY(!server.lastRequest().hasHeader("authorization")); // no key for a local server
    // The model list is offered for the default model.
    auto *models = child<QComboBox>(m_dialog.get(), "defaultModelCombo");
    QCOMPARE(models->count(), 2);
    QCOMPARE(models->currentText(), u"llama3.2"_s);
    QVERIFY(m_store->names().isEmpty()); // testing does not save
}

void TestProfileDialog::testConnectionShowsServerError()
{
    FakeOpenAiServer server;
    server.enqueue(
        FakeResponse::error(401, u"Incorrect API key provided: sk-bad."_s, u"invalid_api_key"_s));
    makeDialog(*m_secrets);
    m_dialog->addFromPreset(u"openai"_s);
    setText("baseUrlEdit", server.baseUrl().toString());
    setText("apiKeyEdit", u"sk-bad"_s);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY(result().contains(u"401"_s));
    QVERIFY(result().contains(u"Incorrect API key provided: sk-bad."_s));
    QVERIFY(result().contains(u"invalid_api_key"_s));
    QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer sk-bad"));
    screenshot(m_dialog.get(), u"profile-dialog-error"_s);
}

void TestProfileDialog::testConnectionUsesStoredKey()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::models({ u"gpt-4o-mini"_s }));
    saveProfile(u"stored"_s, server.baseUrl().toString(), u"sk-from-keychain"_s);
    makeDialog(*m_secrets);
    m_dialog->selectProfile(u"stored"_s);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY(result().contains(u"offers 1 model"_s));
    QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer sk-from-keychain"));
}

void TestProfileDialog::sayHelloShowsAnswer()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::chatCompletion(u"Hello! How can I help?"_s, u"gpt-4o-mini"_s));
    makeDialog(*m_secrets);
    m_dialog->addFromPreset(u"openai"_s);
    setText("baseUrlEdit", server.baseUrl().toString());
    auto *hello = child<QPushButton>(m_dialog.get(), "sayHelloButton");
    QVERIFY(hello->isEnabled()); // the preset suggests a model
    QTest::mouseClick(hello, Qt::LeftButton);
    QTRY_VERIFY(result().contains(u"Hello! How can I help?"_s));
    QCOMPARE(server.lastRequest().pathOnly(), QByteArray("/v1/chat/completions"));
    QCOMPARE(server.lastRequest().json().value(u"model"_s).toString(), u"gpt-4o-mini"_s);

    child<QComboBox>(m_dialog.get(), "defaultModelCombo")->setCurrentText(QString());
    QVERIFY(!hello->isEnabled());
}

void TestProfileDialog::cancelStopsTheTest()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::models({ u"m"_s }).withDelay(10'000));
    makeDialog(*m_secrets);
    m_dialog->addFromPreset(u"lm-studio"_s);
    setText("baseUrlEdit", server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"), Qt::LeftButton);
    auto *busy = child<QProgressBar>(m_dialog.get(), "testBusyBar");
    auto *cancel = child<QPushButton>(m_dialog.get(), "cancelTestButton");
    QVERIFY(busy->isVisible());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "testConnectionButton")->isEnabled());
    QTRY_COMPARE(server.requestCount(), 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(result().contains(u"cancelled"_s));
    QVERIFY(!busy->isVisible());
    QVERIFY(child<QPushButton>(m_dialog.get(), "testConnectionButton")->isEnabled());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"

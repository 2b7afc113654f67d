// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FirstRunWizard as a new user goes through it: needed() with no profile, preset, the fields that
// preset needs, a connection test over loopback, and Finish saving a profile that then works.
// Keys go to a MemorySecretStore (see tst_profiledialog.cpp for why).
#include <QAbstractButton>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"
#include "gui/profiles/FirstRunPages.h"
#include "gui/profiles/FirstRunWizard.h"
#include "gui/profiles/InlineMessage.h"
#include "support/FakeOpenAiServer.h"
#include "tst_profiledialog_support.h"

using namespace Qt::StringLiterals;

class TestFirstRunWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void neededOnlyWithoutProfiles();
    void localServerEndToEnd();
    void cloudPresetNeedsKey();
    void azureNeedsResourceAndDeployment();
    void keychainFailureKeepsWizardOpen();

private:
    void makeWizard(SecretStore &secrets);
    void goToDetails(const QString &presetId);
    void type(const char *name, const QString &text);

    QAbstractButton *next() const { return m_wizard->button(QWizard::NextButton); }

    QAbstractButton *finish() const { return m_wizard->button(QWizard::FinishButton); }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FirstRunWizard> m_wizard;
    QNetworkAccessManager m_nam;
};

void TestFirstRunWizard::initTestCase()
{
    applyScreenshotPalette();
}

void TestFirstRunWizard::init()
{
    QFile::remove(m_dir.filePath(u"profiles.ini"_s));
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestFirstRunWizard::cleanup()
{
    m_wizard.reset();
    m_store.reset();
    m_secrets.reset();
}

void TestFirstRunWizard::makeWizard(SecretStore &secrets)
{
    m_wizard = std::make_unique<FirstRunWizard>(*m_store, secrets, m_nam);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestFirstRunWizard::goToDetails(const QString &presetId)
{
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::WelcomePageId));
    screenshot(m_wizard.get(), u"wizard-welcome"_s);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::PresetPageId));
    QVERIFY(!next()->isEnabled()); // nothing chosen yet
    m_wizard->presetPage()->selectPreset(presetId);
    QVERIFY(next()->isEnabled());
    screenshot(m_wizard.get(), u"wizard-presets"_s);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::DetailsPageId));
}

void TestFirstRunWizard::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_wizard.get(), name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestFirstRunWizard::neededOnlyWithoutProfiles()
{
    QVERIFY(FirstRunWizard::needed(*m_store));
    ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    p.name = u"any"_s;
    QVERIFY(m_store->save(p));
    QVERIFY(!FirstRunWizard::needed(*m_store));
}

void TestFirstRunWizard::localServerEndToEnd()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::models({ u"llama3.2"_s, u"phi4"_s }));
    server.enqueue(FakeResponse::chatCompletion(u"こんにちは"_s, u"llama3.2"_s));
    makeWizard(*m_secrets);
    QSignalSpy created(m_wizard.get(), &FirstRunWizard::profileCreated);
    goToDetails(u"ollama"_s);
    auto *url = child<QLineEdit>(m_wizard.get(), "serverUrlEdit");
    QCOMPARE(url->text(), u"http://localhost:11434/v1"_s);
    QVERIFY(url->isVisible());
    QVERIFY(!child<QLineEdit>(m_wizard.get(), "resourceEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "wizardModelEdit")->text(), u"llama3.2"_s);
    QVERIFY(next()->isEnabled()); // no key needed
    type("serverUrlEdit", server.baseUrl().toString());
    screenshot(m_wizard.get(), u"wizard-details"_s);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::TestPageId));

    QTest::mouseClick(child<QPushButton>(m_wizard.get(), "testConnectionButton"), Qt::LeftButton);
    auto *result = child<QPlainTextEdit>(m_wizard.get(), "testResultView");
    QTRY_VERIFY(result->toPlainText().contains(u"phi4"_s));
    screenshot(m_wizard.get(), u"wizard-test"_s);
    QVERIFY(m_store->names().isEmpty()); // nothing saved before Finish

    QTest::mouseClick(finish(), Qt::LeftButton);
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(m_wizard->createdProfileName(), u"Ollama"_s);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    const auto profile = m_store->profile(u"Ollama"_s);
    QVERIFY(profile);
    QCOMPARE(profile->kind, ProviderProfile::Kind::Local);
    QCOMPARE(profile->baseUrl, server.baseUrl());
    QCOMPARE(profile->tokenLimitField, ProviderProfile::TokenLimitField::MaxTokens);
    QCOMPARE(m_secrets->count(), 0);

    // The saved profile works as is.
    ChatClient client(m_nam, *profile, QString());
    auto reply = client.listModels();
    QVERIFY(reply);
    server.enqueue(FakeResponse::models({ u"llama3.2"_s }));
    QSignalSpy done(*reply, &ApiReply::finished);
    (*reply)->start();
    QVERIFY(done.wait(5000));
}

void TestFirstRunWizard::cloudPresetNeedsKey()
{
    makeWizard(*m_secrets);
    QSignalSpy created(m_wizard.get(), &FirstRunWizard::profileCreated);
    goToDetails(u"openai"_s);
    QVERIFY(!child<QLineEdit>(m_wizard.get(), "serverUrlEdit")->isVisible());
    QVERIFY(!next()->isEnabled()); // the key is missing
    type("apiKeyEdit", u"sk-first"_s);
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(finish(), Qt::LeftButton);
    QTRY_COMPARE(created.count(), 1);
    const auto profile = m_store->profile(u"OpenAI"_s);
    QVERIFY(profile);
    QCOMPARE(profile->baseUrl, QUrl(u"https://api.openai.com/v1"_s));
    QCOMPARE(profile->defaultModel, u"gpt-4o-mini"_s);
    QCOMPARE(m_secrets->readBlocking(u"OpenAI"_s).value(), std::optional<QString>(u"sk-first"_s));
}

void TestFirstRunWizard::azureNeedsResourceAndDeployment()
{
    makeWizard(*m_secrets);
    goToDetails(u"azure-openai"_s);
    QVERIFY(child<QLineEdit>(m_wizard.get(), "resourceEdit")->isVisible());
    type("apiKeyEdit", u"azure-key"_s);
    QVERIFY(!next()->isEnabled());
    type("resourceEdit", u"contoso"_s);
    QVERIFY(!next()->isEnabled()); // the deployment is missing
    type("wizardModelEdit", u"gpt4o-prod"_s);
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(finish(), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->createdProfileName().isEmpty());
    const auto profile = m_store->profile(u"Azure OpenAI"_s);
    QVERIFY(profile);
    QCOMPARE(profile->baseUrl, QUrl(u"https://contoso.openai.azure.com"_s));
    QCOMPARE(profile->apiVersion, u"2024-10-21"_s);
    QCOMPARE(profile->auth, ProviderProfile::Auth::ApiKeyHeader);
    QCOMPARE(profile->defaultModel, u"gpt4o-prod"_s);
}

void TestFirstRunWizard::keychainFailureKeepsWizardOpen()
{
    FailingSecretStore failing;
    makeWizard(failing);
    goToDetails(u"openrouter"_s);
    type("apiKeyEdit", u"sk-or-keep"_s);
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(finish(), Qt::LeftButton);
    auto *problem = child<InlineMessage>(m_wizard.get(), "wizardProblem");
    QTRY_VERIFY(problem->text().contains(u"could not be stored"_s));
    QVERIFY(m_wizard->isVisible());
    QVERIFY(m_wizard->createdProfileName().isEmpty());
    QVERIFY(m_store->names().isEmpty()); // no half-made profile left behind
    QCOMPARE(child<QLineEdit>(m_wizard.get(), "apiKeyEdit")->text(), u"sk-or-keep"_s);
    QVERIFY(finish()->isEnabled()); // try again
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/FirstRunWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>

#include "core/secrets/SecretStore.h"
#include "core/settings/ProfileStore.h"
#include "gui/profiles/ConnectionTestPanel.h"
#include "gui/profiles/FirstRunPages.h"
#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;

namespace {
QWizardPage *welcomePage()
{
    auto *page = new QWizardPage;
    page->setObjectName(u"welcomePage"_s);
    page->setTitle(FirstRunWizard::tr("Welcome to Kaiwa"));
    auto *text = new QLabel(FirstRunWizard::tr(
        "Kaiwa chats with OpenAI-compatible services: OpenAI, Azure, gateways such as "
        "OpenRouter, or a model running on your own computer with Ollama, llama.cpp or LM "
        "Studio.\n\nLet's set up your first connection. It takes a minute; your API key is kept "
        "in the system keychain, never in a file."));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}
} // namespace

FirstRunWizard::FirstRunWizard(
    ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &nam, QWidget *parent)
    : QWizard(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_presetPage(new PresetPage)
    , m_details(new DetailsPage(*m_presetPage, profiles))
    , m_test(new ConnectionTestPanel(nam))
    , m_problem(new InlineMessage)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Set up Kaiwa"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_presetPage->setObjectName(u"presetPage"_s);
    m_details->setObjectName(u"detailsPage"_s);
    m_problem->setObjectName(u"wizardProblem"_s);

    auto *testPage = new QWizardPage;
    testPage->setObjectName(u"testPage"_s);
    testPage->setTitle(tr("Test the connection"));
    testPage->setSubTitle(tr("Ask the server for its models, or say hello to the model. You can "
                             "also skip this and press Finish."));
    auto *testLayout = new QVBoxLayout(testPage);
    testLayout->addWidget(m_test);
    testLayout->addWidget(m_problem);
    testPage->setFinalPage(true);

    setPage(WelcomePageId, welcomePage());
    setPage(PresetPageId, m_presetPage);
    setPage(DetailsPageId, m_details);
    setPage(TestPageId, testPage);

    for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
             QWizard::CancelButton }) {
        if (QAbstractButton *b = button(which)) {
            b->setObjectName(u"wizardButton%1"_s.arg(int(which)));
            b->setAccessibleName(b->text().remove(u'&'));
        }
    }
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != TestPageId)
            return;
        m_problem->clear();
        m_test->clear();
        const auto built = m_details->profile();
        m_test->setHelloAvailable(built && !built->defaultModel.isEmpty());
    });
    connect(
        m_test, &ConnectionTestPanel::checkRequested, this, [this](ConnectionTester::Check check) {
            const auto built = m_details->profile();
            if (!built)
                m_test->showProblem(built.error());
            else
                m_test->run(check, *built, m_details->apiKey());
        });
    resize(640, 520);
}

bool FirstRunWizard::needed(const ProfileStore &profiles)
{
    return profiles.names().isEmpty();
}

void FirstRunWizard::accept()
{
    if (m_saving)
        return;
    const auto built = m_details->profile();
    if (!built) {
        fail(built.error());
        return;
    }
    if (const auto saved = m_profiles.save(*built); !saved) {
        fail(tr("The profile could not be saved: %1").arg(saved.error().message));
        return;
    }
    const QString name = built->name;
    const QString key = m_details->apiKey();
    m_test->cancel();
    const auto done = [this, name] {
        setSaving(false);
        m_created = name;
        Q_EMIT profileCreated(name);
        QWizard::accept();
    };
    if (key.isEmpty()) {
        done();
        return;
    }
    setSaving(true);
    SecretJob *job = m_secrets.write(name, key);
    connect(job, &SecretJob::finished, this, [this, name, done](const SecretResult &r) {
        if (!r.isError()) {
            done();
            return;
        }
        // The profile exists now; drop it again so a second Finish starts clean and the key
        // the user typed stays in the field.
        m_profiles.remove(name);
        setSaving(false);
        QString text =
            tr("The key could not be stored in the system keychain: %1").arg(r.error.message);
        if (const QString why = m_secrets.statusMessage(); !why.isEmpty())
            text += u' ' + why;
        fail(text);
    });
}

void FirstRunWizard::setSaving(bool saving)
{
    m_saving = saving;
    for (auto which : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton }) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!saving);
    }
}

void FirstRunWizard::fail(const QString &text)
{
    m_problem->show(text);
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Application::start() as a new user meets it: no profile, so the first-run wizard; then the
// window, which chats with the profile the wizard made. The profiles file, the database and the
// settings are the real ones under a scratch XDG home. The local-server preset needs no key, so
// no keychain is involved (tests/core/secrets covers that).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "Application.h"
#include "core/settings/ProfileStore.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/ConversationView.h"
#include "gui/MainWindow.h"
#include "gui/profiles/FirstRunPages.h"
#include "gui/profiles/FirstRunWizard.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

namespace {
QTemporaryDir *home = nullptr;

QString profilesPath()
{
    return home->filePath(u"config/Kaiwa/Kaiwa/profiles.ini"_s);
}

QList<MainWindow *> windows()
{
    QList<MainWindow *> found;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            found.append(window);
    }
    return found;
}

//! Runs `drive` on the wizard once start() shows it (start() blocks in the wizard's exec()).
void whenWizardShows(std::function<void(FirstRunWizard *)> drive)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, drive] {
        auto *wizard = qobject_cast<FirstRunWizard *>(QApplication::activeModalWidget());
        if (!wizard || !wizard->isVisible())
            return;
        poll->deleteLater();
        drive(wizard);
    });
    poll->start();
}

void typeAndSend(MainWindow *window, const QString &text)
{
    auto *editor = window->page()->composer()->findChild<QPlainTextEdit *>();
    editor->setFocus();
    QInputMethodEvent commit; // as a Japanese input method delivers it
    commit.setCommitString(text);
    QCoreApplication::sendEvent(editor, &commit);
    QTest::keyClick(editor, Qt::Key_Return);
}
} // namespace

class TestApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void firstStartMakesAProfileAndChats()
    {
        FakeOpenAiServer server;
        server.setDefaultResponse("/models", FakeResponse::models({ u"llama3.2"_s }));
        server.enqueue(FakeResponse::chatStream({ u"こんにちは"_s, u"！"_s }, u"llama3.2"_s));
        QVERIFY(!QFile::exists(profilesPath()));

        bool sawWizard = false;
        whenWizardShows([&](FirstRunWizard *wizard) {
            sawWizard = true;
            wizard->next(); // welcome → services
            wizard->presetPage()->selectPreset(u"ollama"_s);
            wizard->next(); // → address and model
            auto *url = wizard->findChild<QLineEdit *>(u"serverUrlEdit"_s);
            url->setText(server.baseUrl().toString());
            wizard->next(); // → connection test
            wizard->button(QWizard::FinishButton)->click();
        });
        qobject_cast<Application *>(qApp)->start();
        QVERIFY(sawWizard);
        QVERIFY(QFile::exists(profilesPath()));

        const QList<MainWindow *> shown = windows();
        QCOMPARE(shown.size(), 1);
        MainWindow *window = shown.first();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        typeAndSend(window, u"日本語で挨拶して"_s);
        QTRY_VERIFY(chatRequest(server));
        QCOMPARE(chatRequest(server)->json().value(u"model"_s).toString(), u"llama3.2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pageShows(window, u"こんにちは！"_s), 5000);
        QCOMPARE(conversations(window), 1);
    }

    void cancelledWizardStillOpensAWindow()
    {
        bool sawWizard = false;
        whenWizardShows([&](FirstRunWizard *wizard) {
            sawWizard = true;
            wizard->reject();
        });
        qobject_cast<Application *>(qApp)->start();
        QVERIFY(sawWizard);
        QCOMPARE(windows().size(), 1);
        MainWindow *window = windows().first();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Without a profile a message cannot go anywhere: it is kept in the composer, the user is
        // told what to do, and no empty conversation is left in the list.
        typeAndSend(window, u"もしもし"_s);
        auto *editor = window->page()->composer()->findChild<QPlainTextEdit *>();
        QCOMPARE(editor->toPlainText(), u"もしもし"_s);
        QVERIFY(window->page()->bannerText().contains(u"File ▸ Profiles…"_s));
        QCOMPARE(conversations(window), 0);
    }

    void laterStartsSkipTheWizard()
    {
        ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
        profile.name = u"Mine"_s;
        profile.baseUrl = QUrl(u"http://127.0.0.1:9/v1"_s);
        QVERIFY(ProfileStore(profilesPath()).save(profile));
        bool sawWizard = false;
        whenWizardShows([&](FirstRunWizard *wizard) {
            sawWizard = true;
            wizard->reject();
        });
        qobject_cast<Application *>(qApp)->start();
        QVERIFY(!sawWizard);
        QCOMPARE(windows().size(), 1);
    }

private:
    static std::optional<RecordedRequest> chatRequest(const FakeOpenAiServer &server)
    {
        for (const RecordedRequest &request : server.requests()) {
            if (request.pathOnly().endsWith("/chat/completions"))
                return request;
        }
        return std::nullopt;
    }

    static int conversations(MainWindow *window)
    {
        const auto *list = window->findChild<QAbstractItemView *>(u"conversationList"_s);
        return list && list->model() ? list->model()->rowCount() : -1;
    }

    //! Whether the conversation on the page has a message with `text`.
    static bool pageShows(MainWindow *window, const QString &text)
    {
        const QAbstractItemModel *model = window->page()->view()->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().contains(text))
                return true;
        }
        return false;
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir scratch;
    home = &scratch;
    // Before the application exists: QStandardPaths reads these once.
    qputenv("XDG_CONFIG_HOME", scratch.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", scratch.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", scratch.filePath(u"cache"_s).toUtf8());
    qputenv("HOME", scratch.path().toUtf8());
    Application app(argc, argv);
    TestApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"

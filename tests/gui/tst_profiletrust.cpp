// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile dialog against a local server with a self-signed certificate: the test shows the
// refused certificate, "Trust this certificate…" stores exactly that fingerprint for the profile,
// the next test connects, and revoking it under Network and TLS refuses it again.
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include "../core/net/TestCertificates.h"
#include "../core/net/TlsTestServer.h"
#include "core/net/TlsCertificate.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"
#include "gui/profiles/ProfileDialog.h"
#include "gui/profiles/TlsTrustBar.h"
#include "tst_profiledialog_support.h"

class TestProfileTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trustAndRevoke();
    void chatTrustBar();

private:
    //! Clicks Test connection and waits for the result text.
    QString testConnection(ProfileDialog &dialog);
    //! Runs `act` on the next modal dialog once it shows (exec() blocks the caller).
    void onNextModal(std::function<void(QWidget *)> act);

    TestCertificates m_certs;
};

void TestProfileTrust::initTestCase()
{
    applyScreenshotPalette();
    QVERIFY2(m_certs.make(), qPrintable(m_certs.error()));
}

QString TestProfileTrust::testConnection(ProfileDialog &dialog)
{
    auto *button = child<QPushButton>(&dialog, "testConnectionButton");
    auto *result = child<QPlainTextEdit>(&dialog, "testResultView");
    result->clear();
    button->click();
    // The callers check the text; a timeout shows up there as neither outcome.
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
        [&] {
            const QString text = result->toPlainText();
            return text.startsWith(QStringLiteral("Connected"))
                || text.contains(QStringLiteral("refused"));
        },
        15'000);
    return result->toPlainText();
}

void TestProfileTrust::onNextModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

void TestProfileTrust::trustAndRevoke()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("self.pem"), m_certs.path("self.key")));
    const QString fingerprint =
        TlsCertificate::sha256Of(QSslCertificate::fromPath(m_certs.path("self.pem")).value(0));
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    profile.name = QStringLiteral("Home server");
    profile.baseUrl = server.baseUrl();
    profile.network.proxyMode = NetworkSettings::ProxyMode::None;
    QVERIFY(profiles.save(profile));
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    ProfileDialog dialog(profiles, secrets, nam);
    dialog.resize(900, 700);
    dialog.show();
    dialog.selectProfile(profile.name);

    const QString refused = testConnection(dialog);
    QVERIFY2(refused.contains(QStringLiteral("Kaiwa Self-Signed")), qPrintable(refused));
    QVERIFY(refused.contains(NetworkSettings::displayFingerprint(fingerprint)));
    auto *trust = child<QPushButton>(&dialog, "trustCertificateButton");
    QVERIFY(trust->isVisible());
    QCOMPARE(server.requests(), 0);
    screenshot(&dialog, QStringLiteral("profile-tls-refused"));

    // Trust asks once more, naming the profile; then the fingerprint is stored for it.
    QString question;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        question = box ? box->text() : QString();
        if (auto *confirm = modal->findChild<QPushButton *>(QStringLiteral("confirmTrustButton")))
            confirm->click();
    });
    trust->click();
    QVERIFY(question.contains(QStringLiteral("Home server")));
    QTRY_COMPARE(profiles.profile(profile.name)->network.trustedSha256, QStringList{ fingerprint });
    QVERIFY(!trust->isVisible());

    const QString connected = testConnection(dialog);
    QVERIFY2(connected.startsWith(QStringLiteral("Connected")), qPrintable(connected));
    QCOMPARE(server.requests(), 1);
    QVERIFY(child<QLabel>(&dialog, "networkSummaryLabel")->text().contains(QStringLiteral("1")));

    // Revoke under Network and TLS, then save.
    onNextModal([&](QWidget *modal) {
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("trustedList"));
        if (!list || list->count() != 1)
            return;
        screenshot(modal, QStringLiteral("profile-network-dialog"));
        list->setCurrentRow(0);
        modal->findChild<QPushButton *>(QStringLiteral("revokeTrustButton"))->click();
        qobject_cast<QDialog *>(modal)->accept();
    });
    child<QPushButton>(&dialog, "networkButton")->click();
    dialog.save();
    QTRY_VERIFY(profiles.profile(profile.name)->network.trustedSha256.isEmpty());
    const QString again = testConnection(dialog);
    QVERIFY2(again.contains(QStringLiteral("refused")), qPrintable(again));
    QCOMPARE(server.requests(), 1);
}

void TestProfileTrust::chatTrustBar()
{
    // What a conversation shows after a chat request was refused for its certificate.
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    profile.name = QStringLiteral("Home server");
    QVERIFY(profiles.save(profile));
    TlsFailure failure;
    failure.certificate =
        TlsCertificate::from(QSslCertificate::fromPath(m_certs.path("self.pem")).value(0));
    failure.reasons = { QStringLiteral("The certificate is self-signed, and untrusted") };

    QWidget window;
    auto *bar = new TlsTrustBar(profiles, &window);
    window.resize(900, 80);
    window.show();
    QVERIFY(!bar->isVisible());

    TlsFailure pinned = failure;
    pinned.pinMismatch = true;
    bar->showFailure(profile.name, pinned);
    QVERIFY(!bar->isVisible()); // a pin is the user's own rule: no trust offered

    bar->showFailure(profile.name, failure);
    QVERIFY(bar->isVisible());
    auto *label = child<QLabel>(bar, "tlsTrustLabel");
    QVERIFY(
        label->text().contains(NetworkSettings::displayFingerprint(failure.certificate.sha256)));
    auto *button = child<QPushButton>(bar, "tlsTrustButton");
    QVERIFY(button->text().contains(QStringLiteral("Home server")));
    bar->resize(900, bar->sizeHint().height());
    screenshot(bar, QStringLiteral("chat-tls-trust-bar"));

    // Cancel changes nothing.
    onNextModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    button->click();
    QVERIFY(profiles.profile(profile.name)->network.trustedSha256.isEmpty());
    QVERIFY(bar->isVisible());

    QString details;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        details = box ? box->informativeText() : QString();
        modal->findChild<QPushButton *>(QStringLiteral("confirmTrustButton"))->click();
    });
    button->click();
    QVERIFY(details.contains(QStringLiteral("Kaiwa Self-Signed")));
    QVERIFY(details.contains(NetworkSettings::displayFingerprint(failure.certificate.sha256)));
    QCOMPARE(profiles.profile(profile.name)->network.trustedSha256,
        QStringList{ failure.certificate.sha256 });
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestProfileTrust)
#include "tst_profiletrust.moc"

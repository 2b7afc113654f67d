// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The key stays out of everything the app writes and logs (issue 8), in the whole window: every
// Kaiwa log category at debug level while a conversation streams, a server echoes the key in a
// 401, an HTML page and a header, the request inspector records it all and saves it to a file;
// then every message logged, the failed answers' texts, the clipboard's curl and
// every file in the app's folder are searched for the key. (tests/cli/tst_nosecrets does the same
// for a whole kaiwa-cli session against the real keychain; this window uses the in-memory key
// store, see MainWindowFixture.h.)
#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLoggingCategory>

#include "MainWindowFixture.h"
#include "core/inspect/RequestLog.h"
#include "gui/inspector/InspectorWindow.h"

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
QByteArray g_logged; // every message logged while the test runs

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged +=
        QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}
} // namespace

class TestNoSecretsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionLeavesNoKey();
};

void TestNoSecretsWindow::sessionLeavesNoKey()
{
    const QByteArray key = "sk-window"; // MainWindowFixture's key for the profile
    QLoggingCategory::setFilterRules(u"kaiwa.*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    {
        Fixture f;
        QVERIFY(f.opened);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        InspectorWindow *inspector = f.window->showInspector();
        QVERIFY(inspector);
        inspector->setRecording(true);

        f.server.enqueue("/chat/completions", answer({ u"こんにちは"_s, u"、世界"_s }));
        f.typeAndSend(u"挨拶して"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.state(1), Conversation::State::Complete, 5000);

        const QByteArray bearer = "Bearer " + key;
        f.server.enqueue("/chat/completions",
            FakeResponse::error(401, u"Incorrect API key provided: %1."_s.arg(QLatin1String(key)),
                u"invalid_api_key"_s)
                .withHeader("x-echo-authorization", bearer));
        f.typeAndSend(u"もう一度"_s);
        // A failed answer says why in its own bubble.
        QTRY_COMPARE_WITH_TIMEOUT(f.state(3), Conversation::State::Failed, 5000);
        const QString refused = f.model()->message(3).error;
        QVERIFY2(
            refused.contains(u"401"_s) && refused.contains(u"[API key]"_s), qPrintable(refused));
        f.server.enqueue("/chat/completions",
            FakeResponse::html(502, "<html><title>Bad Gateway</title>" + bearer + "</html>"));
        f.typeAndSend(u"三度目"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.state(5), Conversation::State::Failed, 5000);
        const QString gateway = f.model()->message(5).error;

        QTRY_VERIFY(inspector->log().rowCount() >= 3);
        QString error;
        QVERIFY2(inspector->saveTo(f.path("requests.json"), &error), qPrintable(error));
        QVERIFY(inspector->copyAsCurl());
        const QByteArray shown = (refused + u'\n' + gateway + u'\n' + f.page()->bannerText() + u'\n'
            + QGuiApplication::clipboard()->text())
                                     .toUtf8();
        // The server did get the key, so there was something to leak.
        QCOMPARE(f.server.lastRequest().header("authorization"), bearer);
        QVERIFY(g_logged.contains("kaiwa."));
        for (const QByteArray &where : { shown, g_logged }) {
            const qsizetype at = where.indexOf(key);
            QVERIFY2(at < 0, where.mid(qMax<qsizetype>(0, at - 100), 200).constData());
        }
        f.window->close();
        QCOMPARE(filesContaining(f.dir.path(), key), QStringList());
    }
    qInstallMessageHandler(previous);
}

QTEST_MAIN(TestNoSecretsWindow)
#include "tst_nosecretswindow.moc"

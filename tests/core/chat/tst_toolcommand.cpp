// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The optional local command for tool calls (issue 7), run for real through /bin/sh: what it
// reads, what it answers, and each way it can go wrong reported rather than sent.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/chat/ToolCommand.h"

using namespace Qt::StringLiterals;

namespace {
Conversation::ToolCall weatherCall(const QString &arguments = u"{\"city\":\"東京\"}"_s)
{
    return { u"call_1"_s, u"function"_s, u"get_weather"_s, arguments };
}

//! Runs `shell` (a /bin/sh script) for `call` and waits for its result.
ToolCommand::Result runShell(
    const QString &shell, const Conversation::ToolCall &call = weatherCall(), int timeoutMs = 10000)
{
    ToolCommand command;
    command.setCommandLine(u"/bin/sh -c \""_s + shell + u'"');
    command.setTimeout(timeoutMs);
    QSignalSpy finished(&command, &ToolCommand::finished);
    if (!command.run(call))
        return { false, {}, u"not started"_s };
    if (!finished.wait(timeoutMs + 5000))
        return { false, {}, u"no result"_s };
    return finished.first().first().value<ToolCommand::Result>();
}
} // namespace

Q_DECLARE_METATYPE(ToolCommand::Result)

class TestToolCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { qRegisterMetaType<ToolCommand::Result>(); }

    void readsTheCallAndAnswers()
    {
        const ToolCommand::Result result =
            runShell(u"cat; echo $KAIWA_TOOL_NAME $KAIWA_TOOL_CALL_ID"_s);
        QVERIFY2(result.ok, qPrintable(result.problem));
        const QStringList lines = result.output.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject input = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(input.value(u"name"_s).toString(), u"get_weather"_s);
        QCOMPARE(input.value(u"id"_s).toString(), u"call_1"_s);
        // Arguments arrive parsed, not as JSON text inside a string.
        QCOMPARE(input.value(u"arguments"_s).toObject().value(u"city"_s).toString(), u"東京"_s);
        QCOMPARE(lines[1], u"get_weather call_1"_s);
    }

    void invalidArgumentsArriveAsText()
    {
        const ToolCommand::Result result = runShell(u"cat"_s, weatherCall(u"{\"city\":"_s));
        QVERIFY(result.ok);
        const QJsonObject input = QJsonDocument::fromJson(result.output.toUtf8()).object();
        QCOMPARE(input.value(u"arguments"_s).toString(), u"{\"city\":"_s);
    }

    void failureSaysWhy()
    {
        const ToolCommand::Result result =
            runShell(u"echo partial; echo no such city >&2; exit 3"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"exit code 3"_s), qPrintable(result.problem));
        QVERIFY2(result.problem.contains(u"no such city"_s), qPrintable(result.problem));
        QCOMPARE(result.output, u"partial\n"_s); // what it wrote is still there to read
    }

    void slowCommandIsStopped()
    {
        const ToolCommand::Result result = runShell(u"sleep 20"_s, weatherCall(), 1000);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"did not finish within 1 second"_s),
            qPrintable(result.problem));
    }

    void floodIsCutOff()
    {
        const ToolCommand::Result result = runShell(u"yes 0123456789"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"more than 1 MB"_s), qPrintable(result.problem));
        QCOMPARE(result.output.size(), ToolCommand::MaxOutputBytes);
    }

    void missingProgram()
    {
        ToolCommand command;
        command.setCommandLine(u"/nonexistent/kaiwa-tool --flag"_s);
        QSignalSpy finished(&command, &ToolCommand::finished);
        QVERIFY(command.run(weatherCall()));
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<ToolCommand::Result>();
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"could not be started"_s), qPrintable(result.problem));
    }

    void nothingToRunAndOneAtATime()
    {
        ToolCommand command;
        QVERIFY(!command.run(weatherCall())); // no command configured
        command.setCommandLine(u"sleep 5"_s);
        QVERIFY(command.run(weatherCall()));
        QVERIFY(!command.run(weatherCall()));
        QSignalSpy finished(&command, &ToolCommand::finished);
        command.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!command.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestToolCommand)
#include "tst_toolcommand.moc"

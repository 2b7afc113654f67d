// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box tests of kaiwa-cli's help: the overview lists every command, each command answers
// `COMMAND --help` and `help COMMAND` with its own synopsis and exactly the options that apply to
// it (the option table decides, the same table the binary refuses options with), everything fits
// an 80-column terminal, and an unknown command is a usage error that names the known ones.
#include <QRegularExpression>
#include <QTest>

#include "CliRunner.h"
#include "cli/CliCommandTable.h"
#include "cli/CliHelp.h"
#include "cli/CliOptionTable.h"

using namespace Qt::StringLiterals;

namespace {
// "--name" as a whole word in `text`.
bool mentions(const QString &text, const QString &option)
{
    const QRegularExpression re(
        u"(?<![a-z-])--"_s + QRegularExpression::escape(option) + u"(?![a-z0-9-])"_s);
    return re.match(text).hasMatch();
}

// Lines of 80 columns or more (every help text here is ASCII in the C locale).
QStringList tooWide(const QString &text)
{
    QStringList wide;
    for (const QString &line : text.split(u'\n')) {
        if (line.size() >= 80)
            wide.append(line);
    }
    return wide;
}
} // namespace

class TestKaiwaCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewListsEveryCommand();
    void commandHelp_data();
    void commandHelp();
    void groupHelp_data();
    void groupHelp();
    void unknownCommand_data();
    void unknownCommand();
    void inapplicableOptionRefused_data();
    void inapplicableOptionRefused();
    void connectionOptionsAcceptedEverywhere();
    void groupWithoutSubcommand();
    void wrapsTextWithoutSpaces();

private:
    CliRunner m_cli;
    QString m_overview;
    //! From the overview's Commands section: path ("stored list") → synopsis ("stored list").
    QList<QPair<QString, QString>> m_commands;
};

void TestKaiwaCliHelp::initTestCase()
{
    QVERIFY(m_cli.isValid());
    KAIWA_CLI_RUN(r, m_cli, { u"--help"_s });
    KAIWA_CLI_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    m_overview = QString::fromUtf8(r.out);
    const qsizetype start = m_overview.indexOf(u"\nCommands:\n"_s);
    QVERIFY2(start >= 0, r.out.constData());
    const QStringList lines = m_overview.mid(start + 11).split(u'\n');
    static const QRegularExpression entry(
        u"^  ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)((?: [A-Z\\[].*?)?)(?:  +\\S.*)?$"_s);
    for (const QString &line : lines) {
        if (line.isEmpty())
            break;
        const auto match = entry.match(line);
        if (match.hasMatch())
            m_commands.append({ match.captured(1), match.captured(1) + match.captured(2) });
    }
    QVERIFY2(m_commands.size() > 10, qPrintable(m_overview));
}

void TestKaiwaCliHelp::overviewListsEveryCommand()
{
    // The overview and the command table agree: nothing runnable is missing from the overview.
    QStringList listed;
    for (const auto &[path, synopsis] : std::as_const(m_commands))
        listed.append(path);
    QStringList runnable;
    for (const CliCommandInfo *command : CliCommandTable::runnable())
        runnable.append(command->name());
    QCOMPARE(listed, runnable);
    for (const QString &expected :
        { u"kaiwa-cli help COMMAND"_s, u"Connection options"_s, u"Global options"_s })
        QVERIFY2(m_overview.contains(expected), qPrintable(expected));
    for (const CliOptionInfo &option : CliOptionTable::all()) {
        if (option.scope != CliOptionInfo::Scope::Command)
            QVERIFY2(mentions(m_overview, option.longName()), option.name);
    }
    QVERIFY2(tooWide(m_overview).isEmpty(), qPrintable(tooWide(m_overview).join(u'\n')));

    KAIWA_CLI_RUN(bare, m_cli, { u"help"_s });
    KAIWA_CLI_EXIT(bare, 0);
    QCOMPARE(QString::fromUtf8(bare.out), m_overview);
}

void TestKaiwaCliHelp::commandHelp_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("synopsis");
    for (const auto &[path, synopsis] : std::as_const(m_commands))
        QTest::newRow(qPrintable(path)) << path << synopsis;
}

void TestKaiwaCliHelp::commandHelp()
{
    QFETCH(QString, path);
    QFETCH(QString, synopsis);
    const QStringList words = path.split(u' ');
    KAIWA_CLI_RUN(viaOption, m_cli, words + QStringList{ u"--help"_s });
    KAIWA_CLI_EXIT(viaOption, 0);
    QVERIFY2(viaOption.err.isEmpty(), viaOption.err.constData());
    KAIWA_CLI_RUN(viaCommand, m_cli, QStringList{ u"help"_s } + words);
    KAIWA_CLI_EXIT(viaCommand, 0);
    QCOMPARE(viaCommand.out, viaOption.out);
    const QString help = QString::fromUtf8(viaOption.out);

    QVERIFY2(
        help.startsWith(u"Usage: kaiwa-cli [OPTIONS] "_s + synopsis + u'\n'), qPrintable(help));
    QVERIFY2(help != m_overview, "a command's help is its own, not the overview");
    QVERIFY2(help.contains(u"\nExamples:\n  "_s), qPrintable(help));
    QVERIFY2(help.contains(u"\nExit status: 0 success"_s), qPrintable(help));
    QVERIFY2(tooWide(help).isEmpty(), qPrintable(tooWide(help).join(u'\n')));

    // Exactly the options that apply: every one the binary accepts here is mentioned, no other
    // command's option is.
    const CliCommandInfo *command = CliCommandTable::find(path);
    QVERIFY(command);
    for (const CliOptionInfo &option : CliOptionTable::all()) {
        using Scope = CliOptionInfo::Scope;
        const bool applies = option.scope == Scope::Global
            || (option.scope == Scope::Connection
                && (command->usesConnection || option.listedFor(path)))
            || (option.scope == Scope::Command && CliOptionTable::accepts(option, path));
        QVERIFY2(mentions(help, option.longName()) == applies,
            qPrintable(u"--%1 %2 in the help of %3:\n%4"_s.arg(
                option.longName(), applies ? u"missing"_s : u"does not belong"_s, path, help)));
    }
}

void TestKaiwaCliHelp::groupHelp_data()
{
    QTest::addColumn<QString>("group");
    QStringList groups;
    for (const auto &[path, synopsis] : std::as_const(m_commands)) {
        if (path.contains(u' ') && !groups.contains(path.section(u' ', 0, 0)))
            groups.append(path.section(u' ', 0, 0));
    }
    QVERIFY(groups.size() >= 3);
    for (const QString &group : std::as_const(groups))
        QTest::newRow(qPrintable(group)) << group;
}

void TestKaiwaCliHelp::groupHelp()
{
    QFETCH(QString, group);
    KAIWA_CLI_RUN(r, m_cli, { group, u"--help"_s });
    KAIWA_CLI_EXIT(r, 0);
    KAIWA_CLI_RUN(same, m_cli, { u"help"_s, group });
    QCOMPARE(same.out, r.out);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.startsWith(u"Usage: kaiwa-cli [OPTIONS] "_s + group + u" SUBCOMMAND"_s),
        qPrintable(help));
    for (const auto &[path, synopsis] : std::as_const(m_commands)) {
        if (path.startsWith(group + u' ')) {
            const QString sub = path.section(u' ', 1);
            QVERIFY2(help.contains(u"\n  "_s + sub), qPrintable(sub + u" not in:\n"_s + help));
            for (const CliOptionInfo *option : CliOptionTable::listedFor(path))
                QVERIFY2(mentions(help, option->longName()), option->name);
        }
    }
    QVERIFY2(tooWide(help).isEmpty(), qPrintable(tooWide(help).join(u'\n')));
}

void TestKaiwaCliHelp::unknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("group"); // "": the top-level commands must be named
    QTest::newRow("help nosuch") << QStringList{ u"help"_s, u"nosuch"_s } << QString();
    QTest::newRow("nosuch --help") << QStringList{ u"nosuch"_s, u"--help"_s } << QString();
    QTest::newRow("nosuch") << QStringList{ u"nosuch"_s } << QString();
    QTest::newRow("help stored nosuch")
        << QStringList{ u"help"_s, u"stored"_s, u"nosuch"_s } << u"stored"_s;
    QTest::newRow("profile nosuch --help")
        << QStringList{ u"profile"_s, u"nosuch"_s, u"--help"_s } << u"profile"_s;
}

void TestKaiwaCliHelp::unknownCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, group);
    KAIWA_CLI_RUN(r, m_cli, arguments);
    KAIWA_CLI_EXIT(r, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"kaiwa-cli: error: unknown "_s) && err.contains(u"\"nosuch\""_s),
        qPrintable(err));
    for (const auto &[path, synopsis] : std::as_const(m_commands)) {
        const QString name = group.isEmpty() ? path.section(u' ', 0, 0)
            : path.startsWith(group + u' ')  ? path.section(u' ', 1)
                                             : QString();
        if (!name.isEmpty())
            QVERIFY2(err.contains(name), qPrintable(name + u" not named in: "_s + err));
    }
}

void TestKaiwaCliHelp::inapplicableOptionRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("option");
    for (const auto &[path, synopsis] : std::as_const(m_commands)) {
        if (path == u"help"_s) // help answers whatever else is on the line
            continue;
        for (const CliOptionInfo &option : CliOptionTable::all()) {
            if (!CliOptionTable::accepts(option, path)) {
                QTest::newRow(qPrintable(path + u" --"_s + option.longName()))
                    << path << option.longName();
                break;
            }
        }
    }
}

void TestKaiwaCliHelp::inapplicableOptionRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, option);
    const CliOptionInfo *info = CliOptionTable::find(option);
    QVERIFY(info);
    QStringList arguments = path.split(u' ');
    arguments << u"x"_s << u"--"_s + option;
    if (info->valueName)
        arguments << u"1"_s;
    KAIWA_CLI_RUN(r, m_cli, arguments);
    KAIWA_CLI_EXIT(r, 2);
    QCOMPARE(QString::fromUtf8(r.err),
        u"kaiwa-cli: error: --%1 does not apply to %2 (see: kaiwa-cli help %2)\n"_s.arg(
            option, path));
    QVERIFY(r.out.isEmpty());
}

void TestKaiwaCliHelp::connectionOptionsAcceptedEverywhere()
{
    // `alias k='kaiwa-cli --profile work --timeout 5'` keeps working with local commands.
    KAIWA_CLI_RUN(r, m_cli,
        { u"--profile"_s, u"work"_s, u"--timeout"_s, u"5"_s, u"conversations"_s, u"list"_s });
    KAIWA_CLI_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestKaiwaCliHelp::groupWithoutSubcommand()
{
    KAIWA_CLI_RUN(r, m_cli, { u"stored"_s });
    KAIWA_CLI_EXIT(r, 2);
    QCOMPARE(QString::fromUtf8(r.err),
        u"kaiwa-cli: error: stored needs a subcommand: list, get, messages, update, delete (see: "
        "kaiwa-cli help stored)\n"_s);
}

void TestKaiwaCliHelp::wrapsTextWithoutSpaces()
{
    // A Japanese translation has no spaces to break at and two columns per character.
    const QString sentence = u"会話の履歴を検索します。"_s.repeated(12);
    const QString wrapped = CliHelp::wrap(sentence, 28);
    const QStringList lines = wrapped.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 3, qPrintable(wrapped));
    QString joined;
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QString(28, u' ')), qPrintable(line));
        QVERIFY2(28 + 2 * (line.size() - 28) < 80, qPrintable(line)); // each character 2 columns
        joined += line.mid(28);
    }
    QCOMPARE(joined, sentence);
    // Latin text breaks at spaces only, and never loses a word.
    const QString english = u"Lists the models of the server, one id per line. "_s.repeated(4);
    QCOMPARE(CliHelp::wrap(english, 0).simplified(), english.simplified());
    for (const QString &line : CliHelp::wrap(english, 0).split(u'\n'))
        QVERIFY2(line.size() < 80, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestKaiwaCliHelp)
#include "tst_kaiwacli_help.moc"

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// docs/man/kaiwa-cli.1 against the binary: every command and subcommand that `kaiwa-cli --help`
// lists and every option that any command's help names is documented (and nothing more), the
// page lints clean with mandoc and groff, and the .gz that is installed is reproducible.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "CliRunner.h"

using namespace Qt::StringLiterals;

namespace {
struct Tool
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    Tool tool;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return tool;
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(30000))
        return tool;
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.out = process.readAllStandardOutput();
    tool.err = process.readAllStandardError();
    return tool;
}

QString manPath(const char *page)
{
    return QStringLiteral(KAIWA_MAN_SOURCE_DIR "/") + QLatin1String(page);
}

// The page as a reader sees it (mandoc, no bold or underline, no line breaks below 200 columns),
// cut into sections by their headings.
QMap<QString, QStringList> renderedSections(const QString &page, QString *problem)
{
    const Tool mandoc =
        runTool(u"mandoc"_s, { u"-T"_s, u"ascii"_s, u"-O"_s, u"width=200"_s, page });
    if (mandoc.exitCode != 0) {
        *problem = u"mandoc could not render "_s + page + u": "_s + QString::fromUtf8(mandoc.err);
        return {};
    }
    static const QRegularExpression overstrike(u".\b"_s);
    const QString text = QString::fromUtf8(mandoc.out).remove(overstrike);
    QMap<QString, QStringList> sections;
    QString current;
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty() && !line.at(0).isSpace())
            current = line.trimmed();
        else
            sections[current].append(line);
    }
    return sections;
}
} // namespace

class TestKaiwaCliManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentsEveryCommand();
    void documentsEveryOptionAndNoOther();
    void hasTheUsualSections();
    void lintsClean();
    void installedCompressedAndReproducible();

private:
    CliRunner m_cli;
    QStringList m_commands; //!< "models", "stored list", … from `kaiwa-cli --help`
    QSet<QString> m_options; //!< every --name in any help text
    QMap<QString, QStringList> m_man;
};

void TestKaiwaCliManPage::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"mandoc"_s).isEmpty(),
        "mandoc is missing: install the Debian package mandoc (scripts/install-deps.sh does)");
    QVERIFY2(!QStandardPaths::findExecutable(u"groff"_s).isEmpty(),
        "groff is missing: install the Debian package groff-base");
    QVERIFY(m_cli.isValid());
    KAIWA_CLI_RUN(overview, m_cli, { u"--help"_s });
    KAIWA_CLI_EXIT(overview, 0);
    const QString text = QString::fromUtf8(overview.out);
    const qsizetype start = text.indexOf(u"\nCommands:\n"_s);
    QVERIFY2(start >= 0, overview.out.constData());
    static const QRegularExpression entry(u"^  ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?=\\s|$)"_s);
    for (const QString &line : text.mid(start + 11).split(u'\n')) {
        if (line.isEmpty())
            break;
        if (const auto match = entry.match(line); match.hasMatch())
            m_commands.append(match.captured(1));
    }
    QVERIFY2(m_commands.size() > 10, overview.out.constData());

    // Options: those the overview names and those each command's help names.
    static const QRegularExpression option(u"(?<![a-z-])--([a-z][a-z0-9-]*)"_s);
    QStringList helps{ text };
    QStringList groups;
    for (const QString &command : std::as_const(m_commands)) {
        KAIWA_CLI_RUN(help, m_cli, QStringList{ u"help"_s } + command.split(u' '));
        KAIWA_CLI_EXIT(help, 0);
        helps.append(QString::fromUtf8(help.out));
        if (command.contains(u' ') && !groups.contains(command.section(u' ', 0, 0)))
            groups.append(command.section(u' ', 0, 0));
    }
    for (const QString &group : std::as_const(groups)) {
        KAIWA_CLI_RUN(help, m_cli, { u"help"_s, group });
        KAIWA_CLI_EXIT(help, 0);
        helps.append(QString::fromUtf8(help.out));
    }
    for (const QString &help : std::as_const(helps)) {
        for (auto it = option.globalMatch(help); it.hasNext();)
            m_options.insert(it.next().captured(1));
    }
    QVERIFY2(m_options.size() > 30, qPrintable(QStringList(m_options.values()).join(u' ')));

    QString problem;
    m_man = renderedSections(manPath("kaiwa-cli.1"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestKaiwaCliManPage::documentsEveryCommand()
{
    // Every command is a tag of its own in COMMANDS ("       stored list ID"), not just a word
    // somewhere in a paragraph.
    const QStringList lines = m_man.value(u"COMMANDS"_s);
    QStringList missing;
    for (const QString &command : std::as_const(m_commands)) {
        const QRegularExpression tag(
            u"^ {7}"_s + QRegularExpression::escape(command) + u"(?=\\s|$)"_s);
        bool found = false;
        for (const QString &line : lines)
            found = found || tag.match(line).hasMatch();
        if (!found)
            missing.append(command);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"not in the COMMANDS section of kaiwa-cli.1: "_s + missing.join(u", "_s)));
}

void TestKaiwaCliManPage::documentsEveryOptionAndNoOther()
{
    static const QRegularExpression tag(u"^ {7}(?:-[a-z], )?--([a-z][a-z0-9-]*)"_s);
    QSet<QString> documented;
    for (const QString &line : m_man.value(u"OPTIONS"_s)) {
        if (const auto match = tag.match(line); match.hasMatch())
            documented.insert(match.captured(1));
    }
    QStringList missing = QSet<QString>(m_options).subtract(documented).values();
    QStringList unknown = QSet<QString>(documented).subtract(m_options).values();
    missing.sort();
    unknown.sort();
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"options kaiwa-cli knows but kaiwa-cli.1 does not document: --"_s
            + missing.join(u", --"_s)));
    QVERIFY2(unknown.isEmpty(),
        qPrintable(
            u"options kaiwa-cli.1 documents but no help names: --"_s + unknown.join(u", --"_s)));
}

void TestKaiwaCliManPage::hasTheUsualSections()
{
    for (const QString &section :
        { u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"COMMANDS"_s, u"OPTIONS"_s, u"ENVIRONMENT"_s,
            u"FILES"_s, u"EXIT STATUS"_s, u"EXAMPLES"_s, u"SEE ALSO"_s })
        QVERIFY2(m_man.contains(section), qPrintable(section));
    const QString environment = m_man.value(u"ENVIRONMENT"_s).join(u'\n');
    for (const QString &variable : { u"KAIWA_API_KEY"_s, u"OPENAI_API_KEY"_s, u"QT_LOGGING_RULES"_s,
             u"http_proxy"_s, u"https_proxy"_s, u"no_proxy"_s })
        QVERIFY2(environment.contains(variable), qPrintable(variable));
    const QString files = m_man.value(u"FILES"_s).join(u'\n');
    QVERIFY(files.contains(u"Kaiwa/Kaiwa/profiles.ini"_s));
    QVERIFY(files.contains(u"Kaiwa/Kaiwa/kaiwa.sqlite3"_s));
    // Exit codes of CliSession::Exit, each a tag.
    const QString exits = m_man.value(u"EXIT STATUS"_s).join(u'\n');
    for (int code = 0; code <= 4; ++code)
        QVERIFY2(exits.contains(u"\n       %1 "_s.arg(code))
                || exits.startsWith(u"       %1 "_s.arg(code)),
            qPrintable(QString::number(code)));
    QVERIFY(m_man.value(u"SEE ALSO"_s).join(u' ').contains(u"kaiwa(1)"_s));
}

void TestKaiwaCliManPage::lintsClean()
{
    const QString page = manPath("kaiwa-cli.1");
    const Tool mandoc = runTool(u"mandoc"_s, { u"-T"_s, u"lint"_s, u"-W"_s, u"warning"_s, page });
    QVERIFY2(mandoc.exitCode == 0 && mandoc.out.isEmpty() && mandoc.err.isEmpty(),
        QByteArray(mandoc.out + mandoc.err).constData());
    const Tool groff = runTool(u"groff"_s, { u"-man"_s, u"-ww"_s, u"-z"_s, page });
    QVERIFY2(groff.exitCode == 0 && groff.out.isEmpty() && groff.err.isEmpty(),
        QByteArray(groff.out + groff.err).constData());
}

void TestKaiwaCliManPage::installedCompressedAndReproducible()
{
    const QString page = manPath("kaiwa-cli.1");
    const QString gz = QStringLiteral(KAIWA_MAN_BUILD_DIR "/") + page.section(u'/', -1) + u".gz"_s;
    QFile file(gz);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(gz));
    const QByteArray header = file.read(10);
    QCOMPARE(header.left(3), QByteArray("\x1f\x8b\x08"));
    QVERIFY2((header.at(3) & 0x08) == 0, "gzip -n: no file name stored");
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0')); // gzip -n: no time stamp
    const Tool gunzip = runTool(u"gzip"_s, { u"-dc"_s, gz });
    QCOMPARE(gunzip.exitCode, 0);
    QFile source(page);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY2(gunzip.out == source.readAll(), "the .gz is out of date: rebuild kaiwa_cli_man_page");
}

QTEST_GUILESS_MAIN(TestKaiwaCliManPage)
#include "tst_kaiwacli_manpage.moc"

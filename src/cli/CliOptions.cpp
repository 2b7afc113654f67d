// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QUrl>

#include "cli/CliCommandTable.h"
#include "cli/CliHelp.h"
#include "cli/CliOptionTable.h"

namespace {
// A command-specific option given to a command it does not apply to: a usage error rather than
// silently ignored. Connection and global options stay accepted everywhere.
QString inapplicableOption(const QCommandLineParser &parser, const QString &path)
{
    for (const QString &name : parser.optionNames()) {
        const CliOptionInfo *option = CliOptionTable::find(name);
        if (option && !CliOptionTable::accepts(*option, path))
            return QCoreApplication::translate(
                "kaiwa-cli", "--%1 does not apply to %2 (see: kaiwa-cli help %2)")
                .arg(option->longName(), path);
    }
    return {};
}
} // namespace

QString CliOptions::parse(const QStringList &arguments, CliOptions &o, QString *helpText)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(CliOptionTable::parserOptions());
    if (!parser.parse(arguments))
        return parser.errorText();
    o.words = parser.positionalArguments();
    const bool helpCommand = o.words.value(0) == QLatin1String("help");
    if (parser.isSet(QStringLiteral("help")) || helpCommand) {
        QString path;
        QStringList named = helpCommand ? o.words.mid(1) : o.words;
        if (named.isEmpty() && helpCommand && parser.isSet(QStringLiteral("help")))
            named = o.words; // kaiwa-cli help --help
        if (const QString problem = CliCommandTable::resolve(named, &path); !problem.isEmpty())
            return problem;
        *helpText = path.isEmpty() ? CliHelp::overview() : CliHelp::forCommand(path);
        return {};
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *helpText = QStringLiteral("kaiwa-cli ") + QCoreApplication::applicationVersion() + u'\n';
        return {};
    }
    if (o.words.isEmpty())
        return QCoreApplication::translate("kaiwa-cli", "no command given (see: kaiwa-cli --help)");
    QString path;
    if (const QString problem = CliCommandTable::resolve(o.words, &path); !problem.isEmpty())
        return problem;
    if (const auto subcommands = CliCommandTable::subcommandsOf(path); !subcommands.isEmpty()) {
        QStringList names;
        for (const CliCommandInfo *sub : subcommands)
            names.append(sub->name().section(u' ', 1));
        return QCoreApplication::translate(
            "kaiwa-cli", "%1 needs a subcommand: %2 (see: kaiwa-cli help %1)")
            .arg(path, names.join(QStringLiteral(", ")));
    }
    if (const QString problem = inapplicableOption(parser, path); !problem.isEmpty())
        return problem;
    auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    auto values = [&](const char *name) {
        return parser.values(QString::fromLatin1(name));
    };
    auto isSet = [&](const char *name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    o.baseUrl = value("base-url");
    o.provider = value("provider");
    o.apiKeyEnvGiven = isSet("api-key-env");
    o.apiKeyEnv = value("api-key-env");
    o.apiVersion = value("api-version");
    for (const QString &header : values("header")) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return QCoreApplication::translate(
                "kaiwa-cli", "--header must look like 'Name: value'");
        o.headers.append(
            { header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8() });
    }
    o.profile = value("profile");
    bool ok = true;
    if (isSet("timeout")) {
        o.timeoutSeconds = value("timeout").toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0)
            return QCoreApplication::translate(
                "kaiwa-cli", "--timeout needs a positive number of seconds");
    }
    if (isSet("retries")) {
        o.retries = value("retries").toInt(&ok);
        if (!ok || o.retries < 0)
            return QCoreApplication::translate("kaiwa-cli", "--retries needs a number, 0 or more");
    }
    if (isSet("output")) {
        if (value("output") == QLatin1String("json"))
            o.output = Output::Json;
        else if (value("output") != QLatin1String("text"))
            return QCoreApplication::translate("kaiwa-cli", "--output must be text or json");
    }
    o.model = value("model");
    o.system = value("system");
    o.messagesFile = value("messages-file");
    o.images = values("image");
    o.audio = value("audio");
    o.params = values("param");
    o.noStream = isSet("no-stream");
    o.store = isSet("store");
    o.save = isSet("save");
    for (const QString &pair : values("metadata")) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return QCoreApplication::translate("kaiwa-cli", "--metadata must look like K=V");
        o.metadata.append({ pair.left(eq), pair.mid(eq + 1) });
    }
    o.suffix = value("suffix");
    o.format = value("format");
    if (isSet("limit")) {
        o.limit = value("limit").toInt(&ok);
        if (!ok || o.limit <= 0)
            return QCoreApplication::translate("kaiwa-cli", "--limit needs a positive number");
    }
    o.order = value("order");
    if (!o.order.isEmpty() && o.order != QLatin1String("asc") && o.order != QLatin1String("desc"))
        return QCoreApplication::translate("kaiwa-cli", "--order must be asc or desc");
    o.after = value("after");
    o.all = isSet("all");
    o.auth = value("auth");
    o.tokenField = value("token-field");
    o.extraBody = value("extra-body");
    o.extraParameters = value("extra-parameters");
    o.proxy = value("proxy");
    o.caFile = value("ca-file");
    o.clientCert = value("client-cert");
    o.clientKey = value("client-key");
    o.pins = values("pin");
    o.trusts = values("trust");
    return {};
}

QString CliOptions::applyNetwork(NetworkSettings &n) const
{
    if (!proxy.isEmpty()) {
        const QUrl url(proxy, QUrl::StrictMode);
        if (NetworkSettings::proxyModeFromName(proxy, &n.proxyMode)
            && !n.hasManualProxy()) { // "system" or "none"
        } else if (url.isValid()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("socks5"))
            && !url.host().isEmpty() && url.port() > 0 && url.password().isEmpty()) {
            n.proxyMode = url.scheme() == QLatin1String("http")
                ? NetworkSettings::ProxyMode::Http
                : NetworkSettings::ProxyMode::Socks5;
            n.proxyHost = url.host();
            n.proxyPort = quint16(url.port());
            n.proxyUser = url.userName();
        } else {
            return QCoreApplication::translate("kaiwa-cli",
                "--proxy must be system, none, http://[USER@]HOST:PORT or "
                "socks5://[USER@]HOST:PORT (never a password: it goes to the keychain)");
        }
    }
    if (!caFile.isEmpty())
        n.caCertificatesPath = caFile;
    if (!clientCert.isEmpty())
        n.clientCertificatePath = clientCert;
    if (!clientKey.isEmpty())
        n.clientKeyPath = clientKey;
    for (const auto &[given, list] :
        { std::pair{ &pins, &n.pinnedSha256 }, std::pair{ &trusts, &n.trustedSha256 } }) {
        for (const QString &text : *given) {
            const QString fingerprint = NetworkSettings::normalizeFingerprint(text);
            if (fingerprint.isEmpty())
                return QCoreApplication::translate(
                    "kaiwa-cli", "\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits)")
                    .arg(text);
            if (!list->contains(fingerprint))
                list->append(fingerprint);
        }
    }
    return {};
}

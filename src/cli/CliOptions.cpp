// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
QString commandsHelp()
{
    return QCoreApplication::translate("kaiwa-cli",
        "Commands:\n"
        "  models                       list the server's model ids\n"
        "  chat [PROMPT]                send a chat completion (streams by default)\n"
        "  complete PROMPT              legacy /completions\n"
        "  stored list|get|messages|update|delete   stored completions (store: true)\n"
        "  profile list|add|remove|set-key|set-proxy-password NAME   saved provider profiles\n"
        "  conversations list|search|export|import  Kaiwa's conversation history\n"
        "\n"
        "Exit codes: 0 success, 2 usage error, 3 API error, 4 network error, timeout or a\n"
        "stream that ended early. The API key comes from the OS keychain (--profile) or from\n"
        "$KAIWA_API_KEY / $OPENAI_API_KEY; it is never accepted on the command line.");
}
} // namespace

QString CliOptions::parse(const QStringList &arguments, CliOptions &o, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("kaiwa-cli",
                                         "Talk to any OpenAI-compatible Chat Completions API.")
        + u"\n\n" + commandsHelp());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("kaiwa-cli", "Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QCoreApplication::translate("kaiwa-cli", "Show the version."));
    auto opt = [](const char *name, const QString &description, const char *value = nullptr) {
        return value
            ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value))
            : QCommandLineOption(QString::fromLatin1(name), description);
    };
    const QList<QCommandLineOption> all{
        help,
        version,
        opt("base-url",
            QCoreApplication::translate(
                "kaiwa-cli", "Base URL of the API, e.g. https://api.openai.com/v1."),
            "URL"),
        opt("provider",
            QCoreApplication::translate(
                "kaiwa-cli", "openai, azure-openai, azure-inference, gateway or local."),
            "KIND"),
        opt("api-key-env",
            QCoreApplication::translate(
                "kaiwa-cli", "Environment variable that holds the API key."),
            "VAR"),
        opt("api-version",
            QCoreApplication::translate("kaiwa-cli", "api-version query parameter (Azure)."), "V"),
        opt("header",
            QCoreApplication::translate(
                "kaiwa-cli", "Extra request header 'Name: value' (repeatable)."),
            "HEADER"),
        opt("profile",
            QCoreApplication::translate(
                "kaiwa-cli", "Use a saved profile (its key comes from the OS keychain)."),
            "NAME"),
        opt("timeout",
            QCoreApplication::translate("kaiwa-cli",
                "Seconds without data before giving up (connect and stream; default 60)."),
            "SECONDS"),
        opt("retries",
            QCoreApplication::translate(
                "kaiwa-cli", "Retries for connection errors, 408, 409, 429 and 5xx (default 2)."),
            "N"),
        opt("output", QCoreApplication::translate("kaiwa-cli", "text or json."), "FORMAT"),
        opt("model", QCoreApplication::translate("kaiwa-cli", "Model id (or Azure deployment)."),
            "MODEL"),
        opt("system", QCoreApplication::translate("kaiwa-cli", "System prompt."), "TEXT"),
        opt("messages-file",
            QCoreApplication::translate("kaiwa-cli", "JSON array of messages sent before PROMPT."),
            "FILE"),
        opt("image",
            QCoreApplication::translate("kaiwa-cli", "Image file or URL to attach (repeatable)."),
            "FILE_OR_URL"),
        opt("audio", QCoreApplication::translate("kaiwa-cli", "Audio file to attach (wav or mp3)."),
            "FILE"),
        opt("param",
            QCoreApplication::translate(
                "kaiwa-cli", "Request parameter KEY=JSON, or KEY=@file.json (repeatable)."),
            "KEY=JSON"),
        opt("no-stream",
            QCoreApplication::translate(
                "kaiwa-cli", "Ask for one JSON answer instead of a stream.")),
        opt("store",
            QCoreApplication::translate(
                "kaiwa-cli", "Store the completion on the server (store: true).")),
        opt("save",
            QCoreApplication::translate(
                "kaiwa-cli", "Also save the exchange in Kaiwa's conversation history.")),
        opt("metadata", QCoreApplication::translate("kaiwa-cli", "Metadata K=V (repeatable)."),
            "K=V"),
        opt("suffix",
            QCoreApplication::translate(
                "kaiwa-cli", "Text after the completion (legacy completions)."),
            "TEXT"),
        opt("format", QCoreApplication::translate("kaiwa-cli", "Export format: json or markdown."),
            "FORMAT"),
        opt("limit", QCoreApplication::translate("kaiwa-cli", "Items per page."), "N"),
        opt("order", QCoreApplication::translate("kaiwa-cli", "asc or desc."), "ORDER"),
        opt("after", QCoreApplication::translate("kaiwa-cli", "List after this id."), "ID"),
        opt("all", QCoreApplication::translate("kaiwa-cli", "Follow every page.")),
        opt("auth",
            QCoreApplication::translate(
                "kaiwa-cli", "Profile auth: bearer, api-key, both or none."),
            "STYLE"),
        opt("token-field",
            QCoreApplication::translate(
                "kaiwa-cli", "Profile token-limit field: max_completion_tokens or max_tokens."),
            "FIELD"),
        opt("extra-body",
            QCoreApplication::translate(
                "kaiwa-cli", "Profile JSON object merged into every request body."),
            "JSON"),
        opt("extra-parameters",
            QCoreApplication::translate(
                "kaiwa-cli", "Profile extra-parameters header (Azure AI inference)."),
            "VALUE"),
        opt("proxy",
            QCoreApplication::translate("kaiwa-cli",
                "Proxy: system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (the "
                "password: kaiwa-cli profile set-proxy-password NAME)."),
            "URL"),
        opt("ca-file",
            QCoreApplication::translate("kaiwa-cli", "PEM file of extra CA certificates."), "PATH"),
        opt("client-cert",
            QCoreApplication::translate("kaiwa-cli", "PEM client certificate (mutual TLS)."),
            "PATH"),
        opt("client-key",
            QCoreApplication::translate("kaiwa-cli", "Its PEM private key (no passphrase)."),
            "PATH"),
        opt("pin",
            QCoreApplication::translate("kaiwa-cli",
                "SHA-256 fingerprint the server's certificate or its CA must have (repeatable)."),
            "SHA256"),
        opt("trust",
            QCoreApplication::translate("kaiwa-cli",
                "Accept this one certificate despite its TLS errors (SHA-256, repeatable)."),
            "SHA256"),
    };
    parser.addOptions(all);
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("kaiwa-cli", "What to do (see Commands)."));
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(help)) {
        *helpText = parser.helpText();
        return {};
    }
    if (parser.isSet(version)) {
        *helpText = QStringLiteral("kaiwa-cli ") + QCoreApplication::applicationVersion() + u'\n';
        return {};
    }
    auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    auto values = [&](const char *name) {
        return parser.values(QString::fromLatin1(name));
    };
    auto isSet = [&](const char *name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    o.words = parser.positionalArguments();
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
    if (o.words.isEmpty())
        return QCoreApplication::translate("kaiwa-cli", "no command given (try --help)");
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

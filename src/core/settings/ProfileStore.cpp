// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/ProfileStore.h"

#include <algorithm>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

#include "core/Logging.h"

namespace {
constexpr int FormatVersion = 1;

QString versionKey()
{
    return QStringLiteral("formatVersion");
}

ApiError settingsError(ApiError::Kind kind, const QString &code, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    return error;
}

//! Reads the profile's entries; warns about (and skips) every value it cannot use.
class ProfileReader
{
public:
    ProfileReader(const QSettings &settings, const QString &name)
        : m_settings(settings)
        , m_name(name)
        , m_prefix(ProfileStore::groupForName(name) + u'/')
    {}

    std::optional<QString> text(const QString &key) const
    {
        const QVariant value = m_settings.value(m_prefix + key);
        if (!value.isValid())
            return std::nullopt;
        // QSettings splits an unquoted INI value at commas (hand-edited JSON, for instance).
        if (value.typeId() == QMetaType::QStringList)
            return value.toStringList().join(QStringLiteral(", "));
        if (value.canConvert<QString>())
            return value.toString();
        warn(key, QStringLiteral("not text"));
        return std::nullopt;
    }

    template <typename Enum>
    void readEnum(const QString &key, bool (*fromName)(const QString &, Enum *), Enum *out) const
    {
        if (const auto value = text(key); value && !fromName(*value, out))
            warn(key, QStringLiteral("unknown value “%1”").arg(*value));
    }

    void warn(const QString &key, const QString &why) const
    {
        qCWarning(lcSettings).noquote()
            << QStringLiteral("%1: ignoring “%2” of profile “%3”: %4")
                   .arg(QDir::toNativeSeparators(m_settings.fileName()), key, m_name, why);
    }

private:
    const QSettings &m_settings;
    QString m_name;
    QString m_prefix;
};

std::optional<QList<QPair<QByteArray, QByteArray>>> headersFromJson(const QString &text)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &entry : document.array()) {
        const auto pair = entry.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return std::nullopt;
        const QString name = pair.at(0).toString();
        const QString value = pair.at(1).toString();
        const auto isLatin1 = [](const QString &s) {
            return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() <= 0xff; });
        };
        if (name.isEmpty() || !isLatin1(name) || !isLatin1(value))
            return std::nullopt;
        headers.append({ name.toLatin1(), value.toLatin1() });
    }
    return headers;
}

QString headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{ QString::fromLatin1(name), QString::fromLatin1(value) });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

ProviderProfile readProfile(const QSettings &settings, const QString &name)
{
    const ProfileReader reader(settings, name);
    ProviderProfile p;
    p.name = name;
    reader.readEnum(QStringLiteral("kind"), &ProviderProfile::kindFromName, &p.kind);
    if (const auto value = reader.text(QStringLiteral("baseUrl")); value && !value->isEmpty()) {
        const QUrl url(*value, QUrl::StrictMode);
        if (url.isValid() && !url.isRelative())
            p.baseUrl = url;
        else
            reader.warn(QStringLiteral("baseUrl"), QStringLiteral("not an absolute URL"));
    }
    reader.readEnum(QStringLiteral("auth"), &ProviderProfile::authFromName, &p.auth);
    p.apiVersion = reader.text(QStringLiteral("apiVersion")).value_or(QString());
    if (const auto value = reader.text(QStringLiteral("extraHeaders"));
        value && !value->isEmpty()) {
        if (auto headers = headersFromJson(*value))
            p.extraHeaders = std::move(*headers);
        else
            reader.warn(QStringLiteral("extraHeaders"),
                QStringLiteral("not a JSON array of [name, value] pairs"));
    }
    if (const auto value = reader.text(QStringLiteral("extraBody")); value && !value->isEmpty()) {
        QJsonParseError parseError;
        const auto document = QJsonDocument::fromJson(value->toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject())
            p.extraBody = document.object();
        else
            reader.warn(QStringLiteral("extraBody"), QStringLiteral("not a JSON object"));
    }
    p.extraParameters = reader.text(QStringLiteral("extraParameters")).value_or(QString());
    p.defaultModel = reader.text(QStringLiteral("defaultModel")).value_or(QString());
    reader.readEnum(QStringLiteral("tokenLimitField"), &ProviderProfile::tokenLimitFieldFromName,
        &p.tokenLimitField);
    p.network = NetworkSettings::read(settings, ProfileStore::groupForName(name) + u'/',
        [&reader](const QString &key, const QString &why) { reader.warn(key, why); });
    return p;
}
} // namespace

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/profiles.ini");
}

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultFilePath(), parent)
{}

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
    if (m_settings.status() == QSettings::FormatError)
        qCWarning(lcSettings).noquote()
            << QDir::toNativeSeparators(filePath) << "is not a valid INI file; no profiles loaded";
    if (m_settings.value(versionKey(), FormatVersion).toInt() > FormatVersion)
        qCWarning(lcSettings).noquote() << QDir::toNativeSeparators(
            filePath) << "was written by a newer Kaiwa; some settings may be lost";
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::filePath() const
{
    return m_settings.fileName();
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const auto groups = m_settings.childGroups();
    for (const auto &group : groups) {
        const QString name = nameForGroup(group);
        if (nameProblem(name).isEmpty())
            result.append(name);
        else
            qCWarning(lcSettings) << "ignoring profile group" << group << "with an invalid name";
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return result;
}

QList<ProviderProfile> ProfileStore::list() const
{
    QList<ProviderProfile> result;
    const auto all = names();
    for (const auto &name : all)
        result.append(readProfile(m_settings, name));
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return nameProblem(name).isEmpty() && m_settings.childGroups().contains(groupForName(name));
}

std::optional<ProviderProfile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    return readProfile(m_settings, name);
}

std::expected<void, ApiError> ProfileStore::save(const ProviderProfile &p)
{
    if (const QString problem = nameProblem(p.name); !problem.isEmpty())
        return std::unexpected(
            settingsError(ApiError::Kind::Usage, QStringLiteral("profile-name-invalid"), problem));
    m_settings.setValue(versionKey(), FormatVersion);
    m_settings.beginGroup(groupForName(p.name));
    m_settings.remove(QString()); // drop keys an older version of this profile had
    m_settings.setValue(QStringLiteral("kind"), ProviderProfile::kindName(p.kind));
    m_settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString(QUrl::FullyEncoded));
    m_settings.setValue(QStringLiteral("auth"), ProviderProfile::authName(p.auth));
    m_settings.setValue(QStringLiteral("apiVersion"), p.apiVersion);
    m_settings.setValue(QStringLiteral("extraHeaders"), headersToJson(p.extraHeaders));
    m_settings.setValue(QStringLiteral("extraBody"),
        QString::fromUtf8(QJsonDocument(p.extraBody).toJson(QJsonDocument::Compact)));
    m_settings.setValue(QStringLiteral("extraParameters"), p.extraParameters);
    m_settings.setValue(QStringLiteral("defaultModel"), p.defaultModel);
    m_settings.setValue(
        QStringLiteral("tokenLimitField"), ProviderProfile::tokenLimitFieldName(p.tokenLimitField));
    p.network.write(m_settings);
    m_settings.endGroup();
    return sync();
}

std::expected<void, ApiError> ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return std::unexpected(settingsError(ApiError::Kind::Usage,
            QStringLiteral("profile-not-found"), tr("There is no profile called “%1”.").arg(name)));
    m_settings.remove(groupForName(name));
    return sync();
}

std::expected<void, ApiError> ProfileStore::rename(const QString &oldName, const QString &newName)
{
    auto p = profile(oldName);
    if (!p)
        return std::unexpected(
            settingsError(ApiError::Kind::Usage, QStringLiteral("profile-not-found"),
                tr("There is no profile called “%1”.").arg(oldName)));
    if (oldName == newName)
        return {};
    if (contains(newName))
        return std::unexpected(
            settingsError(ApiError::Kind::Usage, QStringLiteral("profile-name-taken"),
                tr("A profile called “%1” already exists.").arg(newName)));
    p->name = newName;
    if (auto saved = save(*p); !saved)
        return saved;
    return remove(oldName);
}

QString ProfileStore::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A profile needs a name.");
    if (name.trimmed().isEmpty())
        return tr("A profile name cannot consist of spaces only.");
    if (std::any_of(name.cbegin(), name.cend(),
            [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A profile name cannot contain line breaks, tabs or other control characters.");
    return {};
}

QString ProfileStore::groupForName(const QString &name)
{
    QString group;
    group.reserve(name.size());
    for (const QChar c : name) {
        if (c == u'%')
            group += QStringLiteral("%25");
        else if (c == u'/')
            group += QStringLiteral("%2F");
        else if (c == u'\\')
            group += QStringLiteral("%5C");
        else
            group += c;
    }
    return group;
}

QString ProfileStore::nameForGroup(const QString &group)
{
    QString name;
    name.reserve(group.size());
    for (qsizetype i = 0; i < group.size(); ++i) {
        const QStringView rest = QStringView(group).mid(i, 3);
        if (rest.compare(u"%25", Qt::CaseInsensitive) == 0)
            name += u'%';
        else if (rest.compare(u"%2F", Qt::CaseInsensitive) == 0)
            name += u'/';
        else if (rest.compare(u"%5C", Qt::CaseInsensitive) == 0)
            name += u'\\';
        else {
            name += group.at(i);
            continue;
        }
        i += 2;
    }
    return name;
}

std::expected<void, ApiError> ProfileStore::sync()
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        Q_EMIT profilesChanged();
        return {};
    case QSettings::AccessError:
        return std::unexpected(
            settingsError(ApiError::Kind::Usage, QStringLiteral("settings-not-writable"),
                tr("Could not save the profiles to “%1”. Check that the folder exists and that you "
                   "may write to it.")
                    .arg(QDir::toNativeSeparators(m_settings.fileName()))));
    case QSettings::FormatError:
        return std::unexpected(settingsError(ApiError::Kind::Parse,
            QStringLiteral("settings-malformed"),
            tr("“%1” is not a valid settings file, so Kaiwa did not overwrite it. Fix or remove it "
               "and try again.")
                .arg(QDir::toNativeSeparators(m_settings.fileName()))));
    }
    return {};
}

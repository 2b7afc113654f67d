// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes the ways metadata (key/value pairs to find stored completions by) gets from text the
// user typed into a request or a URL:
//  - StoredFilterBar::parseMetadata(): the stored-completions filter "app=kaiwa, user=alice"
//    (a static function of the filter bar that needs no widget);
//  - Endpoint::listQuery() and Endpoint::url(): the pairs as metadata[key]=value in the list URL;
//  - validateMetadata(): the API's limits, used by the request builder and by the stored
//    completions' metadata editor (through StoredCompletionModel::metadataProblems());
//  - toJson(ChatRequest) and applyParam("metadata", parseParamValue(text)): the request body and
//    the CLI's `--param metadata=JSON`.
// The metadata editor of the parameter panel (MetadataEditor) and the stored completion's
// metadata panel read their pairs from table cells inside the widget; their limits are the ones
// validateMetadata() checks.
// The first byte is the control header: bit 0: the rest is UTF-16 (lone surrogates possible)
// rather than UTF-8. The text is parsed as a filter; split at NUL bytes it is also read as
// alternating raw keys and values (any character, '=' ',' '&' '[' '%' included).
// Checked: parseMetadata() gives trimmed non-empty keys or refuses with a message, and its pairs
// written back as text parse to the same pairs; every pair survives the URL query (decoded, it is
// the same key and value, in order) and the JSON body; validateMetadata() finds a problem exactly
// when a limit is broken; applyParam() accepts exactly objects of strings.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QJsonDocument>
#include <QUrlQuery>

#include "core/request/ChatRequest.h"
#include "core/request/Endpoint.h"
#include "core/settings/ProviderProfile.h"
#include "gui/stored/StoredFilterBar.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "fuzz_metadata: check failed: %s (line %d)\n", #cond, __LINE__);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

using namespace Qt::StringLiterals;

namespace {

using Pairs = QList<QPair<QString, QString>>;

// The API's limits as ChatRequest.h documents them for validateMetadata().
constexpr qsizetype kMaxPairs = 16;
constexpr qsizetype kMaxKeyLength = 64;
constexpr qsizetype kMaxValueLength = 512;

// What a string is after a trip through UTF-8 (lone surrogates become U+FFFD).
QString viaUtf8(const QString &s)
{
    return QString::fromUtf8(s.toUtf8());
}

void checkFilterText(const QString &text)
{
    QString problem;
    const std::optional<Pairs> pairs = StoredFilterBar::parseMetadata(text, &problem);
    if (!pairs) {
        CHECK(!problem.isEmpty());
        return;
    }
    CHECK(problem.isEmpty());
    QStringList written;
    for (const auto &[key, value] : *pairs) {
        CHECK(!key.isEmpty() && key == key.trimmed() && value == value.trimmed());
        CHECK(!key.contains(u',') && !key.contains(u'=') && !value.contains(u','));
        written.append(key + u'=' + value);
    }
    const std::optional<Pairs> again = StoredFilterBar::parseMetadata(written.join(u", "), nullptr);
    CHECK(again && *again == *pairs);
}

// The query as a server reads it: split at '&' and the first '=', then percent-decoded bytes.
QList<QPair<QByteArray, QByteArray>> serverReads(const QString &query)
{
    QList<QPair<QByteArray, QByteArray>> items;
    if (query.isEmpty())
        return items;
    for (const QString &item : query.split(u'&')) {
        const QByteArray raw = item.toLatin1();
        CHECK(QString::fromLatin1(raw) == item); // percent-encoded: ASCII only
        const qsizetype equals = raw.indexOf('=');
        CHECK(equals > 0);
        items.append({ QByteArray::fromPercentEncoding(raw.left(equals)),
            QByteArray::fromPercentEncoding(raw.mid(equals + 1)) });
    }
    return items;
}

void checkUrl(const Pairs &pairs)
{
    Endpoint::ListQuery query;
    query.metadata = pairs;
    const auto items = serverReads(Endpoint::listQuery(query).query(QUrl::FullyEncoded));
    CHECK(items.size() == pairs.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        CHECK(items[i].first == (u"metadata["_s + pairs[i].first + u']').toUtf8());
        CHECK(items[i].second == pairs[i].second.toUtf8());
    }

    ProviderProfile profile;
    profile.baseUrl = QUrl(u"https://api.example.com/v1"_s);
    Endpoint::Call call;
    call.operation = Endpoint::Operation::StoredList;
    call.query = query;
    const std::expected<QUrl, QString> url = Endpoint::url(profile, call);
    CHECK(url.has_value() && url->isValid());
    const QUrl sent(url->toString(QUrl::FullyEncoded), QUrl::StrictMode);
    CHECK(sent.isValid());
    CHECK(serverReads(sent.query(QUrl::FullyEncoded)) == items);
}

void checkLimits(const Pairs &pairs)
{
    QMap<QString, QString> map;
    for (const auto &[key, value] : pairs)
        map.insert(key, value);
    int broken = map.size() > kMaxPairs ? 1 : 0;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        broken += it.key().size() > kMaxKeyLength ? 1 : 0;
        broken += it.value().size() > kMaxValueLength ? 1 : 0;
    }
    CHECK(validateMetadata(map).size() == broken);

    ChatRequest request;
    request.metadata = map;
    const QJsonObject body = toJson(request, ProviderProfile{});
    const QJsonObject metadata = body.value(u"metadata"_s).toObject();
    CHECK(metadata.size() == map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        CHECK(metadata.value(it.key()) == it.value());
    // The body as sent: serialised and read back, the same pairs (Qt writes a lone surrogate as
    // an escape, or as U+FFFD).
    const QJsonObject sent = QJsonDocument::fromJson(QJsonDocument(body).toJson())
                                 .object()
                                 .value(u"metadata"_s)
                                 .toObject();
    CHECK(sent.size() <= map.size());
    if (sent.size() == map.size()) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString got = sent.value(it.key()).toString();
            if (sent.contains(it.key()))
                CHECK(got == it.value() || got == viaUtf8(it.value()));
        }
    }

    ChatRequest viaParam;
    CHECK(applyParam(viaParam, u"metadata"_s, metadata).isEmpty());
    CHECK(viaParam.metadata == map);
}

void checkParam(const QString &text)
{
    const QJsonValue value = parseParamValue(text);
    ChatRequest request;
    const QString error = applyParam(request, u"metadata"_s, value);
    bool strings = value.isObject();
    for (const QJsonValue &v : value.toObject())
        strings = strings && v.isString();
    CHECK(error.isEmpty() == strings);
    CHECK(request.metadata.has_value() == strings);
    if (strings) {
        CHECK(request.metadata->size() == value.toObject().size());
        (void)validate(request);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const bool utf16 = data[0] & 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const QString text = utf16 ? QString(reinterpret_cast<const QChar *>(
                                             QByteArray(bytes, qsizetype(size - 1)).constData()),
                             qsizetype((size - 1) / 2))
                               : QString::fromUtf8(bytes, qsizetype(size - 1));

    checkFilterText(text);
    QString problem;
    if (const std::optional<Pairs> pairs = StoredFilterBar::parseMetadata(text, &problem)) {
        checkUrl(*pairs);
        checkLimits(*pairs);
    }

    const QStringList fields = text.split(QChar(0));
    Pairs raw;
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
        raw.append({ fields[i], fields[i + 1] });
    checkUrl(raw);
    checkLimits(raw);

    checkParam(text);
    return 0;
}

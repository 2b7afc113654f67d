// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Differential fuzzing of JsonCursor and ChunkReader against QJsonDocument and a plain reference
// validator (ReferenceJson.h). The input is one or more documents separated by NUL bytes (never
// valid inside JSON); they go through one ChunkReader in turn, so its envelope cache (a chunk that
// starts like the previous one) is exercised, and each also through a fresh reader.
//
// Checked, for every document:
//  1. JsonCursor accepts exactly what strict RFC 8259 accepts within kMaxDepth, with the same
//     error kind (syntax, UTF-8, depth), and ChunkReader agrees with it.
//  2. QJsonDocument accepts ⇒ the lax reference accepts (Qt's known extras, listed there).
//     Strict accepts ⇒ Qt accepts, unless a number overflows or underflows a double.
//  3. Both accept ⇒ the tree JsonCursor decodes equals Qt's: strings compared as UTF-8 after
//     mapping Qt's lone surrogates to U+FFFD (JsonCursor's documented choice), duplicate keys
//     resolved last-wins as Qt does, numbers compared as doubles.
//  4. The fields ChunkReader extracts equal Qt's (documents without duplicate keys), and a
//     cached-envelope read gives the same fields as a fresh one.
// Every document sits in a buffer whose padding is '"', '\\' or 'a', so reading the padding as
// data shows up as a difference.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include "ReferenceJson.h"
#include "core/api/ChunkReader.h"
#include "core/api/JsonCursor.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(                                                                          \
                stderr, "fuzz_jsoncursor: check failed: %s (line %d)\n", #cond, __LINE__);         \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace {

struct Walk
{
    const char *begin; //!< the input, to tell views into it from views into the arena
    const char *end;
    bool duplicateKeys = false;
    bool ambiguous = false; //!< a key whose first character Qt may have dropped (see below)
    bool bomKey = false; //!< a key that starts with a raw BOM, which Qt drops ("\uFEFFid" → "id")
};

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// UTF-8 to QString keeping a leading U+FEFF (QString::fromUtf8 drops it).
QString decode(std::string_view s)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(s.data(), qsizetype(s.size())));
}

// Qt's JSON parser decodes a string without escapes with QString::fromUtf8, which drops a BOM
// written as raw bytes at its start; a string with any escape is decoded piece by piece and keeps
// it (as does an escaped \ufeff). JsonCursor keeps it, which is right; to compare, the same
// character is dropped here where Qt drops it.
QString asQtReads(std::string_view decoded, bool rawBom)
{
    QString s = decode(decoded);
    if (rawBom)
        s.remove(0, 1);
    return s;
}

// Builds a QJsonValue from what JsonCursor reads; false when the cursor failed.
QJsonValue readValue(JsonCursor &c, Walk &walk);

QJsonObject readObject(JsonCursor &c, Walk &walk, bool &isObject)
{
    QJsonObject object;
    isObject = c.object([&](std::string_view key) {
        // A key that is a view into the input had no escapes: its bytes are its raw text. One in
        // the arena may start with a raw BOM or an escaped one; which is not known here.
        const bool inInput = key.data() >= walk.begin && key.data() < walk.end;
        const bool bom = key.starts_with(kBom);
        walk.ambiguous = walk.ambiguous || (bom && !inInput);
        walk.bomKey = walk.bomKey || bom;
        const QString k = asQtReads(key, bom && inInput);
        const QJsonValue v = readValue(c, walk);
        if (object.contains(k))
            walk.duplicateKeys = true;
        object.insert(k, v); // last wins, as in QJsonDocument
    });
    return object;
}

QJsonValue readValue(JsonCursor &c, Walk &walk)
{
    switch (c.peek()) {
    case '{': {
        bool isObject = false;
        QJsonObject o = readObject(c, walk, isObject);
        return o;
    }
    case '[': {
        QJsonArray array;
        c.array([&]() { array.append(readValue(c, walk)); });
        return array;
    }
    case '"': {
        const std::string_view raw(c.position() + 1, std::size_t(walk.end - c.position() - 1));
        std::string_view s;
        c.readString(s);
        // A string that is a view into the input had no escapes (as for keys above).
        const bool inInput = s.data() >= walk.begin && s.data() < walk.end;
        return asQtReads(s, raw.starts_with(kBom) && inInput);
    }
    default: {
        const std::string_view raw = c.readRaw();
        if (raw == "true")
            return true;
        if (raw == "false")
            return false;
        if (raw == "null")
            return QJsonValue::Null;
        return std::strtod(std::string(raw).c_str(), nullptr);
    }
    }
}

// Qt keeps lone surrogates in its UTF-16 strings; JsonCursor turns them into U+FFFD.
QString withoutLoneSurrogates(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (ch.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.append(ch);
            out.append(s.at(++i));
        } else if (ch.isSurrogate()) {
            out.append(QChar(0xFFFD));
        } else {
            out.append(ch);
        }
    }
    return out;
}

// Qt's tree in JsonCursor's terms; `ambiguous` when two keys become one after the mapping.
QJsonValue normalised(const QJsonValue &v, bool &ambiguous)
{
    if (v.isString())
        return withoutLoneSurrogates(v.toString());
    if (v.isDouble())
        return v.toDouble();
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(normalised(item, ambiguous));
        return out;
    }
    if (v.isObject()) {
        const QJsonObject in = v.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = withoutLoneSurrogates(it.key());
            ambiguous = ambiguous || out.contains(key);
            out.insert(key, normalised(it.value(), ambiguous));
        }
        return out;
    }
    return v;
}

bool sameString(std::string_view got, const QJsonValue &want)
{
    if (!want.isString())
        return false;
    const QByteArray qt = want.toString().toUtf8();
    const auto same = [&](std::string_view s) {
        return QByteArrayView(s.data(), qsizetype(s.size())) == qt;
    };
    return same(got) || (got.starts_with(kBom) && same(got.substr(3))); // Qt drops a raw BOM
}

// A field ChunkReader reads with readString: a string in Qt's tree, or empty.
void checkStringField(std::string_view got, const QJsonObject &o, const QString &key)
{
    const QJsonValue want = o.value(key);
    if (want.isString())
        CHECK(sameString(got, want));
    else
        CHECK(got.empty());
}

void checkChunk(const ChunkView &chunk, const QJsonObject &root)
{
    checkStringField(chunk.id, root, QStringLiteral("id"));
    checkStringField(chunk.object, root, QStringLiteral("object"));
    checkStringField(chunk.model, root, QStringLiteral("model"));
    checkStringField(chunk.systemFingerprint, root, QStringLiteral("system_fingerprint"));
    checkStringField(chunk.serviceTier, root, QStringLiteral("service_tier"));
    const QJsonValue created = root.value(QStringLiteral("created"));
    if (created.isDouble() && std::fabs(created.toDouble()) < 9.0e15
        && created.toDouble() == std::trunc(created.toDouble()))
        CHECK(chunk.created == std::int64_t(created.toDouble()));
    const QJsonValue usage = root.value(QStringLiteral("usage"));
    CHECK(usage.isObject() == !chunk.usageJson.empty());
    if (usage.isObject()) {
        bool ambiguous = false;
        const QJsonDocument got =
            QJsonDocument::fromJson(QByteArray::fromStdString(chunk.usageJson));
        CHECK(
            got.isObject() && normalised(got.object(), ambiguous) == normalised(usage, ambiguous));
    }
    const QJsonValue choices = root.value(QStringLiteral("choices"));
    CHECK(chunk.hasChoices == choices.isArray());
    if (!choices.isArray())
        return;
    const QJsonArray array = choices.toArray();
    CHECK(chunk.choices.size() == std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const ChoiceDelta &d = chunk.choices[std::size_t(i)];
        const QJsonObject choice = array.at(i).toObject();
        checkStringField(d.finishReason, choice, QStringLiteral("finish_reason"));
        CHECK(d.hasFinishReason == choice.value(QStringLiteral("finish_reason")).isString());
        const QJsonValue index = choice.value(QStringLiteral("index"));
        if (index.isDouble() && std::fabs(index.toDouble()) < 9.0e15
            && index.toDouble() == std::trunc(index.toDouble()))
            CHECK(d.index == std::int64_t(index.toDouble()));
        if (choice.contains(QStringLiteral("message")) || choice.contains(QStringLiteral("text")))
            continue; // aliases of delta / content: which one wins depends on key order
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        checkStringField(d.role, delta, QStringLiteral("role"));
        checkStringField(d.refusal, delta, QStringLiteral("refusal"));
        CHECK(d.hasContent == delta.value(QStringLiteral("content")).isString());
        if (d.hasContent)
            CHECK(sameString(d.content, delta.value(QStringLiteral("content"))));
        const QJsonValue calls = delta.value(QStringLiteral("tool_calls"));
        if (!calls.isArray())
            continue;
        const QJsonArray callArray = calls.toArray();
        CHECK(d.fragmentCount == std::size_t(callArray.size()));
        for (qsizetype j = 0; j < callArray.size(); ++j) {
            const ToolCallFragment &f = chunk.fragments[d.firstFragment + std::size_t(j)];
            const QJsonObject call = callArray.at(j).toObject();
            checkStringField(f.id, call, QStringLiteral("id"));
            if (call.contains(QStringLiteral("custom")))
                continue;
            const QJsonObject function = call.value(QStringLiteral("function")).toObject();
            if (function.contains(QStringLiteral("input")))
                continue; // an alias of arguments
            checkStringField(f.name, function, QStringLiteral("name"));
            checkStringField(f.arguments, function, QStringLiteral("arguments"));
        }
    }
}

JsonCursor::Error referenceError(ReferenceJson::Error e)
{
    return e == ReferenceJson::Error::Utf8 ? JsonCursor::Error::Utf8 : JsonCursor::Error::Syntax;
}

void checkDocument(std::string_view doc, char padding, ChunkReader &sharedReader)
{
    std::string buffer(doc);
    buffer.append(64, padding);
    const std::string_view json(buffer.data(), doc.size());

    // 1. JsonCursor against the strict reference.
    std::string arena;
    JsonCursor cursor(json, arena);
    Walk walk{ json.data(), json.data() + json.size() };
    bool isObject = false;
    const QJsonObject tree = readObject(cursor, walk, isObject);
    const bool cursorAccepts = isObject && cursor.ok() && cursor.atEnd();

    ReferenceJson strict(doc.data(), doc.size(), false);
    const bool strictValid = strict.validObject();
    const bool strictAccepts = strictValid && strict.maxDepth() <= JsonCursor::kMaxDepth;
    CHECK(cursorAccepts == strictAccepts);
    // JsonCursor stops at the first container past kMaxDepth; the reference goes on, so it saw
    // that depth exactly when JsonCursor reports it, and otherwise fails the same way.
    if (!cursor.ok()) {
        const bool tooDeep = strict.maxDepth() > JsonCursor::kMaxDepth;
        CHECK((cursor.error() == JsonCursor::Error::Depth) == tooDeep);
        if (!tooDeep)
            CHECK(cursor.error() == referenceError(strict.error()));
    }

    ChunkView fresh;
    ChunkReader freshReader;
    CHECK(freshReader.read(json, fresh) == cursorAccepts);
    CHECK(freshReader.failedOnUtf8() == (cursor.error() == JsonCursor::Error::Utf8));
    ChunkView shared;
    CHECK(sharedReader.read(json, shared) == cursorAccepts);

    // 2. QJsonDocument against the references.
    QJsonParseError qtError{};
    const QJsonDocument qt =
        QJsonDocument::fromJson(QByteArray(doc.data(), qsizetype(doc.size())), &qtError);
    const bool qtAccepts = qtError.error == QJsonParseError::NoError && qt.isObject();
    if (qtAccepts) {
        ReferenceJson lax(doc.data(), doc.size(), true);
        CHECK(lax.validObject());
    }
    if (strictAccepts && !qtAccepts)
        CHECK(strict.hasOutOfRangeNumber() && qtError.error == QJsonParseError::IllegalNumber);

    // 3. and 4. Same values.
    if (!cursorAccepts || !qtAccepts)
        return;
    bool ambiguous = false;
    const QJsonObject want = normalised(qt.object(), ambiguous).toObject();
    if (!ambiguous && !walk.ambiguous)
        CHECK(tree == want);
    // With duplicate keys ChunkReader keeps the last string, Qt the last value of any type; with
    // Qt's BOM quirk on keys, Qt's tree has keys the document does not.
    if (walk.duplicateKeys || ambiguous || walk.ambiguous || walk.bomKey)
        return;
    checkChunk(fresh, want);
    checkChunk(shared, want);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    static constexpr char kPaddings[] = { '"', '\\', 'a' };
    const char padding = kPaddings[size % 3];
    ChunkReader reader;
    std::size_t start = 0;
    for (int documents = 0; documents < 8 && start <= input.size(); ++documents) {
        std::size_t end = input.find('\0', start);
        if (end == std::string_view::npos)
            end = input.size();
        checkDocument(input.substr(start, end - start), padding, reader);
        start = end + 1;
    }
    return 0;
}

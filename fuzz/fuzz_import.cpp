// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes the conversation importers (src/core/storage/ConversationImport*.cpp): Kaiwa's own JSON
// export and ChatGPT's conversations.json. The input is the file's bytes.
// Must never crash, hang, leak or hit undefined behaviour. Checked on top:
//  1. Every reader either returns conversations or refuses with a message (never an empty one).
//  2. fromAny() agrees with detect(): Unknown is refused, otherwise it gives what the detected
//     format's reader gives.
//  3. Each conversation's messages refer only to earlier messages of the same conversation
//     (ordered parents first, as ConversationStore::importConversations() expects).
//  4. Kaiwa JSON is lossless: what was read, exported again and read back is the same, and a
//     ChatGPT import exported as Kaiwa JSON reads back too (the user can export what they
//     imported).
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QDateTime>
#include <QSet>

#include "core/storage/ConversationExport.h"
#include "core/storage/ConversationImport.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "fuzz_import: check failed: %s (line %d)\n", #cond, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace {

using Result = std::expected<QList<ImportedConversation>, ImportError>;

void checkResult(const Result &result)
{
    if (!result) {
        CHECK(!result.error().message.isEmpty());
        return;
    }
    for (const ImportedConversation &conversation : *result) {
        QSet<qint64> seen;
        for (const Conversation::Message &message : conversation.messages) {
            if (message.parentId != 0)
                CHECK(seen.contains(message.parentId));
            CHECK(!seen.contains(message.id));
            seen.insert(message.id);
        }
    }
}

bool sameConversations(const QList<ImportedConversation> &a, const QList<ImportedConversation> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i].info == b[i].info) || a[i].messages != b[i].messages
            || a[i].attachments != b[i].attachments)
            return false;
    }
    return true;
}

// Exports `conversations` as Kaiwa JSON and reads them back: the same conversations again.
void checkRoundTrip(const QList<ImportedConversation> &conversations)
{
    static const QDateTime exported = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const QByteArray json = ConversationExport::toJson(conversations, exported);
    const Result again = ConversationImport::fromKaiwaJson(json);
    if (!again) {
        std::fprintf(stderr, "re-import refused: %s at %s\n", qPrintable(again.error().message),
            qPrintable(again.error().where));
    }
    CHECK(again.has_value());
    CHECK(ConversationExport::toJson(*again, exported) == json);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConversationImport::Format format = ConversationImport::detect(bytes);

    const Result kaiwa = ConversationImport::fromKaiwaJson(bytes);
    const Result chatGpt = ConversationImport::fromChatGptExport(bytes);
    const Result any = ConversationImport::fromAny(bytes);
    checkResult(kaiwa);
    checkResult(chatGpt);
    checkResult(any);

    switch (format) {
    case ConversationImport::Format::Unknown:
        CHECK(!any.has_value());
        break;
    case ConversationImport::Format::KaiwaJson:
        CHECK(any.has_value() == kaiwa.has_value());
        if (any)
            CHECK(sameConversations(*any, *kaiwa));
        break;
    case ConversationImport::Format::ChatGptExport:
        CHECK(any.has_value() == chatGpt.has_value());
        if (any)
            CHECK(sameConversations(*any, *chatGpt));
        break;
    }

    if (kaiwa)
        checkRoundTrip(*kaiwa);
    if (chatGpt)
        checkRoundTrip(*chatGpt);
    return 0;
}

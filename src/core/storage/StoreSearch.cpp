// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationStore::search: substring search over message text with FTS5's trigram tokenizer.
//
// A word of 3+ characters is a trigram phrase query (a substring match, case-insensitive). Trigram
// cannot match shorter words directly, so a 1- or 2-character word is expanded into the indexed
// trigrams that start with it (from the fts5vocab table, a range scan of the term index):
// because the index holds text + two U+001F, every occurrence of the word starts some trigram.
// A word so common that it starts more than MaxExpansion trigrams is checked by a scan instead,
// which is fast exactly because such a word is found in the first few rows it reads.
#include <QStringList>

#include "core/storage/ConversationStore.h"
#include "core/storage/StoreStatements.h"

namespace {
constexpr int MaxExpansion = 256;
constexpr int SnippetBefore = 30;
constexpr int SnippetLength = 100;

QString quoted(QString term)
{
    return QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString snippetAround(const QString &text, const QString &word)
{
    const qsizetype at = qMax<qsizetype>(0, text.indexOf(word, 0, Qt::CaseInsensitive));
    qsizetype start = qMax<qsizetype>(0, at - SnippetBefore);
    qsizetype end = qMin(text.size(), start + SnippetLength);
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    QString snippet = text.mid(start, end - start);
    for (QChar &c : snippet) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    if (start > 0)
        snippet.prepend(QChar(0x2026));
    if (end < text.size())
        snippet.append(QChar(0x2026));
    return snippet;
}
} // namespace

std::expected<QList<SearchHit>, StoreError> ConversationStore::search(
    const QString &query, int limit) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    QString cleaned = query;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    const QStringList words = cleaned.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return QList<SearchHit>{};
    StoreStatements &s = *m_statements;
    const char *what = QT_TRANSLATE_NOOP("StoreError", "Could not search the conversations.");

    QStringList expression; // ANDed FTS5 terms
    QStringList scanned; // words too common for the index: checked on the text
    for (const QString &word : words) {
        if (word.toUcs4().size() >= 3) {
            expression.append(quoted(word));
            continue;
        }
        s.vocabulary.bindValue(0, word.toLower());
        s.vocabulary.bindValue(1, word.toLower());
        s.vocabulary.bindValue(2, MaxExpansion + 1);
        if (!s.vocabulary.exec())
            return std::unexpected(sqlError(s.vocabulary, what));
        QStringList trigrams;
        while (s.vocabulary.next())
            trigrams.append(quoted(s.vocabulary.value(0).toString()));
        s.vocabulary.finish();
        if (trigrams.isEmpty())
            return QList<SearchHit>{}; // in no message at all
        if (trigrams.size() > MaxExpansion)
            scanned.append(word);
        else
            expression.append(
                QLatin1Char('(') + trigrams.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }

    // When some words are only checked here, read more rows than asked for so that enough pass.
    const int rows =
        scanned.isEmpty() || (expression.isEmpty() && scanned.size() == 1) ? limit : limit * 20;
    QSqlQuery *q = nullptr;
    if (!expression.isEmpty()) {
        q = &s.matchFts;
        q->bindValue(0, expression.join(QLatin1String(" AND ")));
    } else {
        q = &s.scan;
        q->bindValue(0, scanned.takeFirst().toLower());
    }
    q->bindValue(1, rows);
    if (!q->exec())
        return std::unexpected(sqlError(*q, what));
    QList<SearchHit> hits;
    while (q->next() && hits.size() < limit) {
        const QString text = q->value(3).toString();
        const bool all = std::all_of(scanned.cbegin(), scanned.cend(),
            [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
        if (all) {
            hits.append({ q->value(1).toLongLong(), q->value(0).toLongLong(),
                q->value(2).toString(), snippetAround(text, words.first()) });
        }
    }
    q->finish();
    return hits;
}

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

//! Font families for the UI: \a primary first, then CJK fonts whose Han glyphs suit \a locale.
//! Han unification means the same code point looks different in Japanese and Chinese fonts; left
//! to itself fontconfig often picks a Chinese face for kanji. Japanese is the default for every
//! locale that is not Chinese or Korean, because Kaiwa's first users read Japanese.
QStringList uiFontFamilies(const QString &primary, const QLocale &locale);

// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FontFallback.h"

namespace {

// Families that are missing on a system are skipped by QFont, so one list serves every platform:
// macOS, Windows, then the Noto/Source Han fonts Linux distributions ship.
QStringList japaneseFamilies()
{
    return { QStringLiteral("Hiragino Sans"), QStringLiteral("Yu Gothic UI"),
        QStringLiteral("Meiryo UI"), QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("Source Han Sans JP") };
}

QStringList chineseFamilies(const QLocale &locale)
{
    const bool traditional = locale.script() == QLocale::TraditionalHanScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macao;
    if (traditional) {
        return { QStringLiteral("PingFang TC"), QStringLiteral("Microsoft JhengHei UI"),
            QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Source Han Sans TC") };
    }
    return { QStringLiteral("PingFang SC"), QStringLiteral("Microsoft YaHei UI"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC") };
}

QStringList koreanFamilies()
{
    return { QStringLiteral("Apple SD Gothic Neo"), QStringLiteral("Malgun Gothic"),
        QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Source Han Sans KR") };
}

} // namespace

QStringList uiFontFamilies(const QString &primary, const QLocale &locale)
{
    QStringList families{ primary };
    switch (locale.language()) {
    case QLocale::Chinese:
        families << chineseFamilies(locale);
        break;
    case QLocale::Korean:
        families << koreanFamilies();
        break;
    default:
        families << japaneseFamilies();
        break;
    }
    families.removeDuplicates();
    return families;
}

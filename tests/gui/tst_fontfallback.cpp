// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "gui/FontFallback.h"

class TestFontFallback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cjkFace_data();
    void cjkFace();
    void primaryComesFirst();
};

void TestFontFallback::cjkFace_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("excluded");

    const QStringList notJp{ QStringLiteral("Noto Sans CJK JP") };
    const QStringList notCn{ QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Noto Sans CJK TC") };
    QTest::addRow("ja_JP") << QStringLiteral("ja_JP") << QStringLiteral("Noto Sans CJK JP")
                           << notCn;
    // Kaiwa's users read Japanese replies even with an English desktop.
    QTest::addRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Noto Sans CJK JP")
                           << notCn;
    QTest::addRow("C") << QStringLiteral("C") << QStringLiteral("Noto Sans CJK JP") << notCn;
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("Noto Sans CJK SC")
                           << notJp;
    QTest::addRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("Noto Sans CJK TC")
                           << notJp;
    QTest::addRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("Noto Sans CJK TC")
                           << notJp;
    QTest::addRow("ko_KR") << QStringLiteral("ko_KR") << QStringLiteral("Noto Sans CJK KR")
                           << notJp;
}

void TestFontFallback::cjkFace()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QFETCH(QStringList, excluded);

    const QStringList families = uiFontFamilies(QStringLiteral("DejaVu Sans"), QLocale(locale));
    QVERIFY2(families.contains(expected), qPrintable(families.join(u',')));
    for (const QString &family : excluded) {
        QVERIFY2(!families.contains(family), qPrintable(family));
    }
}

void TestFontFallback::primaryComesFirst()
{
    const QStringList families =
        uiFontFamilies(QStringLiteral("Noto Sans CJK JP"), QLocale(QLocale::Japanese));
    QCOMPARE(families.first(), QStringLiteral("Noto Sans CJK JP"));
    QCOMPARE(families.count(QStringLiteral("Noto Sans CJK JP")), 1);
}

QTEST_GUILESS_MAIN(TestFontFallback)
#include "tst_fontfallback.moc"

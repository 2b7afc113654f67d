// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QTest>

#include "core/request/JsonMerge.h"

using namespace Qt::StringLiterals;

class TestJsonMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
};

static QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void TestJsonMerge::merge_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("overlay");
    QTest::addColumn<QJsonObject>("expected");

    QTest::addRow("empty overlay") << parse(R"({"a":1})") << QJsonObject() << parse(R"({"a":1})");
    QTest::addRow("new key") << parse(R"({"a":1})") << parse(R"({"b":2})")
                             << parse(R"({"a":1,"b":2})");
    QTest::addRow("scalar replaces")
        << parse(R"({"a":1})") << parse(R"({"a":"x"})") << parse(R"({"a":"x"})");
    QTest::addRow("objects merge recursively")
        << parse(R"({"provider":{"order":["a"],"sort":"price","deep":{"x":1,"y":2}}})")
        << parse(R"({"provider":{"sort":"latency","deep":{"y":3}}})")
        << parse(R"({"provider":{"order":["a"],"sort":"latency","deep":{"x":1,"y":3}}})");
    QTest::addRow("array replaces, no concat")
        << parse(R"({"stop":["a","b"]})") << parse(R"({"stop":["c"]})")
        << parse(R"({"stop":["c"]})");
    QTest::addRow("null replaces")
        << parse(R"({"a":{"b":1}})") << parse(R"({"a":null})") << parse(R"({"a":null})");
    QTest::addRow("object replaces scalar")
        << parse(R"({"a":1})") << parse(R"({"a":{"b":1}})") << parse(R"({"a":{"b":1}})");
    QTest::addRow("scalar replaces object")
        << parse(R"({"a":{"b":1}})") << parse(R"({"a":2})") << parse(R"({"a":2})");
}

void TestJsonMerge::merge()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, overlay);
    QFETCH(QJsonObject, expected);
    QCOMPARE(JsonMerge::deepMerged(base, overlay), expected);
    QJsonObject inPlace = base;
    JsonMerge::deepMerge(inPlace, overlay);
    QCOMPARE(inPlace, expected);
}

QTEST_GUILESS_MAIN(TestJsonMerge)
#include "tst_jsonmerge.moc"

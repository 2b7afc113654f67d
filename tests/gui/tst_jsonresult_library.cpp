// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "DarkPalette.h"
#include "gui/panel/ResponseFormatEditor.h"
#include "gui/panel/SchemaLibrary.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject format(const QString &name, bool strict)
{
    QJsonObject schema{ { u"name"_s, name },
        { u"schema"_s, object(R"({"type": "object", "properties": {"city": {"type": "string"}},
                "required": ["city"], "additionalProperties": false})") } };
    if (strict)
        schema.insert(u"strict"_s, true);
    return { { u"type"_s, u"json_schema"_s }, { u"json_schema"_s, schema } };
}

template <typename T>
T *child(QWidget &editor, const QString &name)
{
    auto *widget = editor.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

QStringList comboNames(QComboBox *combo)
{
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names.append(combo->itemData(i).toString());
    return names;
}
} // namespace

class TestJsonResultLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveListPickDelete();
    void damagedFileIsNotOverwritten();
    void strictProblemsListed();
    void screenshots();

private:
    QTemporaryDir m_config;
};

void TestJsonResultLibrary::initTestCase()
{
    QVERIFY(m_config.isValid());
    // AppConfigLocation follows XDG_CONFIG_HOME, read on every call: the library goes here.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QVERIFY(SchemaLibrary::filePath().startsWith(m_config.path()));
}

void TestJsonResultLibrary::init()
{
    QFile::remove(SchemaLibrary::filePath());
}

void TestJsonResultLibrary::saveListPickDelete()
{
    ResponseFormatEditor first;
    ResponseFormatEditor second;
    first.show();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    auto *firstLibrary = child<QComboBox>(first, u"responseFormatLibrary"_s);
    auto *secondLibrary = child<QComboBox>(second, u"responseFormatLibrary"_s);
    QCOMPARE(comboNames(firstLibrary), QStringList());
    QVERIFY(!child<QPushButton>(first, u"responseFormatDelete"_s)->isEnabled());

    first.setValue(format(u"weather"_s, true));
    child<QPushButton>(first, u"responseFormatSave"_s)->click();
    QVERIFY(QFile::exists(SchemaLibrary::filePath()));
    QVERIFY(child<QLabel>(first, u"responseFormatLibraryStatus"_s)->text().contains(u"weather"_s));
    first.setValue(format(u"Address"_s, false));
    child<QPushButton>(first, u"responseFormatSave"_s)->click();
    // Both editors list them, sorted without regard to case; the saved one is shown as chosen.
    QCOMPARE(comboNames(secondLibrary), (QStringList{ u"Address"_s, u"weather"_s }));
    QCOMPARE(comboNames(firstLibrary), (QStringList{ u"Address"_s, u"weather"_s }));
    QCOMPARE(firstLibrary->currentData().toString(), u"Address"_s);
    QCOMPARE(SchemaLibrary::instance()->schema(u"weather"_s),
        format(u"weather"_s, true).value(u"json_schema"_s).toObject());

    // Picking one in the other editor (keyboard on the closed combo) loads name, schema, strict.
    auto *type = child<QComboBox>(second, u"responseFormatType"_s);
    type->setCurrentIndex(type->findData(u"json_schema"_s));
    QSignalSpy edited(&second, &ResponseFormatEditor::edited);
    secondLibrary->setFocus();
    QTest::keyClick(secondLibrary, Qt::Key_Down);
    QTest::keyClick(secondLibrary, Qt::Key_Down);
    QCOMPARE(secondLibrary->currentData().toString(), u"weather"_s);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(second.value().value_or(QJsonValue()), QJsonValue(format(u"weather"_s, true)));
    QCOMPARE(child<QLineEdit>(second, u"responseFormatName"_s)->text(), u"weather"_s);
    QVERIFY(child<QCheckBox>(second, u"responseFormatStrict"_s)->isChecked());

    // Deleting it: gone from the file and both lists; the editor keeps what it shows.
    auto *remove = child<QPushButton>(second, u"responseFormatDelete"_s);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(comboNames(secondLibrary), QStringList{ u"Address"_s });
    QCOMPARE(comboNames(firstLibrary), QStringList{ u"Address"_s });
    QVERIFY(SchemaLibrary::instance()->schema(u"weather"_s).isEmpty());
    QCOMPARE(second.value().value_or(QJsonValue()), QJsonValue(format(u"weather"_s, true)));
    QVERIFY(!remove->isEnabled());
    QVERIFY(child<QLabel>(second, u"responseFormatLibraryStatus"_s)->text().contains(u"Deleted"_s));

    // An invalid schema name is not saved, and says why.
    child<QLineEdit>(second, u"responseFormatName"_s)->setText(u"no spaces allowed"_s);
    child<QPushButton>(second, u"responseFormatSave"_s)->click();
    QVERIFY(
        child<QLabel>(second, u"responseFormatLibraryStatus"_s)->text().startsWith(u"Not saved"_s));
    QCOMPARE(SchemaLibrary::instance()->names(), QStringList{ u"Address"_s });
}

void TestJsonResultLibrary::damagedFileIsNotOverwritten()
{
    QFile file(SchemaLibrary::filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schemas\": [ {\"name\": \"precious\"");
    file.close();
    ResponseFormatEditor editor;
    editor.setValue(format(u"weather"_s, false));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    child<QPushButton>(editor, u"responseFormatSave"_s)->click();
    auto *status = child<QLabel>(editor, u"responseFormatLibraryStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"damaged"_s), qPrintable(status->text()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"schemas\": [ {\"name\": \"precious\""));
}

void TestJsonResultLibrary::strictProblemsListed()
{
    ResponseFormatEditor editor;
    editor.setValue(format(u"weather"_s, false));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *problems = child<QLabel>(editor, u"responseFormatStrictProblems"_s);
    auto *schema = child<QPlainTextEdit>(editor, u"responseFormatSchema"_s);
    auto *strict = child<QCheckBox>(editor, u"responseFormatStrict"_s);
    schema->setPlainText(uR"({"type": "object", "properties": {"a": {"type": "string"}}})"_s);
    QVERIFY(!problems->isVisible()); // only with strict on
    strict->click();
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"additionalProperties"_s), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(u"/properties/a"_s));
    schema->setPlainText(QString::fromUtf8(QJsonDocument(
        format(u"x"_s, true).value(u"json_schema"_s).toObject().value(u"schema"_s).toObject())
                                               .toJson()));
    QVERIFY(!problems->isVisible());
}

void TestJsonResultLibrary::screenshots()
{
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set KAIWA_SCREENSHOTS to a directory to save the editor's pictures");
    SchemaLibrary::instance()->save(format(u"weather"_s, true).value(u"json_schema"_s).toObject());
    const QPalette light = QApplication::palette();
    for (const bool dark : { false, true }) {
        if (dark) {
            QApplication::setPalette(TestPalette::dark());
        }
        ResponseFormatEditor editor;
        editor.setValue(format(u"weather"_s, true));
        child<QPlainTextEdit>(editor, u"responseFormatSchema"_s)
            ->setPlainText(uR"({"type": "object", "properties": {"city": {"type": "string"}}})"_s);
        editor.resize(300, editor.sizeHint().height());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.resize(300, editor.sizeHint().height());
        QVERIFY(editor.grab().save(
            dir + (dark ? u"/schemalibrary-dark.png"_s : u"/schemalibrary-light.png"_s)));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestJsonResultLibrary)
#include "tst_jsonresult_library.moc"

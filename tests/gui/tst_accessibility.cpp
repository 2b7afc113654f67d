// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Names for screen readers (issue 9): the whole window with a conversation, and every dialog and
// window reachable from its menus, is walked as an assistive technology sees it (through
// QAccessibleInterface, so a label's buddy and a tooltip count as Qt makes them count). Every
// visible control a user can reach must have a name; every input, list and icon-only button must
// also have a description saying what it is for.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>
#include <QWizard>

#include "MainWindowFixture.h"
#include "gui/SettingsDialog.h"
#include "gui/choices/ChoicesDialog.h"
#include "gui/inspector/InspectorWindow.h"
#include "gui/json/JsonResultDialog.h"
#include "gui/media/AudioPlayerWidget.h"
#include "gui/media/ImageViewer.h"
#include "gui/media/RecorderWidget.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/profiles/FirstRunWizard.h"
#include "gui/profiles/NetworkDialog.h"
#include "gui/profiles/ProfileDialog.h"
#include "gui/stored/StoredCompletionsWindow.h"
#include "gui/tools/ToolAnswerPanel.h"

using namespace WindowTest;
using namespace Qt::StringLiterals;

namespace {
//! A part of a composite control that the control itself speaks for.
bool isInnerPart(const QWidget *widget)
{
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        area && area->viewport() == widget)
        return true; // the scrolled view speaks for its viewport
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
        if (p->isWindow())
            break;
    }
    // Scroll bars of a scrolled view belong to the view (and are not reached with Tab).
    return qobject_cast<const QScrollBar *>(widget) != nullptr;
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTabBar *>(w) || (w->focusPolicy() & Qt::TabFocus);
}

//! Text that does not say what a button does: none, or a symbol such as "✕", "…" or "+".
bool isSymbolOnly(const QString &text)
{
    QString plain = text;
    plain.remove(u'&');
    return std::none_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.isLetter(); });
}

//! A control that needs a description besides its name: it takes input, lists things, or shows
//! only an icon or a symbol.
bool needsDescription(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return isSymbolOnly(button->text());
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly();
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

QString describe(const QWidget *w)
{
    QString where = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        where += u" \""_s + w->objectName() + u'"';
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) {
            where += u" in "_s + p->objectName();
            break;
        }
    }
    return where;
}

//! The name a screen reader says. On Linux Qt 6.4 gives a combo box its current text as its name
//! and points at its label through a "labelled by" relation instead, which Orca reads: a combo
//! counts as named by its own accessible name or by a label whose buddy it is, never by its value.
QString nameOf(const QWidget *w, QAccessibleInterface *iface)
{
    if (!qobject_cast<const QComboBox *>(w))
        return iface->text(QAccessible::Name).trimmed();
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName().trimmed();
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto &[label, relation] : labels)
        if (!label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name).trimmed();
    return {};
}

//! Every visible interactive widget of `root`'s window without a name (or a needed description).
QStringList problems(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || !isInteractive(w) || isInnerPart(w))
            continue;
        if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<const QAbstractButton *>(w))
            continue; // e.g. a label; buttons are reached by mouse and by screen-reader actions
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            found << describe(w) + u": no accessible interface"_s;
            continue;
        }
        const QString name = nameOf(w, iface);
        if (name.isEmpty())
            found << describe(w) + u": no name"_s;
        else if (needsDescription(w) && iface->text(QAccessible::Description).trimmed().isEmpty())
            found << describe(w) + u": no description (name \""_s + name + u"\")"_s;
    }
    return found;
}

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

#define CHECK_NAMED(widget)                                                                        \
    do {                                                                                           \
        const QStringList found = problems(widget);                                                \
        QVERIFY2(found.isEmpty(), qPrintable(u"\n  "_s + found.join(u"\n  "_s)));                  \
    } while (false)
} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowWithAConversation();
    void settingsDialog();
    void profileDialogAndNetwork();
    void firstRunWizardPages();
    void toolWindows();
    void answerDialogs();
    void mediaAndToolWidgets();
    void walkerCatchesAnUnnamedControl();
};

void TestAccessibility::mainWindowWithAConversation()
{
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ u"Paris is the "_s, u"capital."_s }));
    f.typeAndSend(u"What is the capital of France?"_s);
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE(f.state(1), Conversation::State::Complete);
    f.page()->setPanelVisible(true);
    // The JSON-schema library's controls show with a json_schema response format.
    if (auto *type = f.page()->panel()->findChild<QComboBox *>(u"responseFormatType"_s)) {
        type->setCurrentIndex(type->findData(u"json_schema"_s));
        Q_EMIT type->activated(type->currentIndex());
    }
    CHECK_NAMED(f.window.get());
}

void TestAccessibility::settingsDialog()
{
    Fixture f;
    SettingsDialog dialog(f.context->ui(), f.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList found = problems(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(u"\n  "_s + found.join(u"\n  "_s)));
}

void TestAccessibility::profileDialogAndNetwork()
{
    Fixture f;
    ProfileDialog dialog(
        f.context->profiles(), f.context->secrets(), f.context->network(), f.window.get());
    dialog.show();
    dialog.selectProfile(u"Fake"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CHECK_NAMED(&dialog);

    NetworkDialog network(u"Fake"_s, {}, false, f.window.get());
    network.show();
    QVERIFY(QTest::qWaitForWindowExposed(&network));
    CHECK_NAMED(&network);
}

void TestAccessibility::firstRunWizardPages()
{
    Fixture f;
    FirstRunWizard wizard(f.context->profiles(), f.context->secrets(), f.context->network());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QSet<int> seen;
    for (int step = 0; step < 4 && !seen.contains(wizard.currentId()); ++step) {
        seen.insert(wizard.currentId());
        const QStringList found = problems(&wizard);
        QVERIFY2(found.isEmpty(),
            qPrintable(u"page %1:\n  "_s.arg(wizard.currentId()) + found.join(u"\n  "_s)));
        wizard.next();
    }
    QVERIFY(seen.size() >= 3);
}

void TestAccessibility::toolWindows()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    StoredCompletionsWindow *stored = f.window->showStoredCompletions();
    QVERIFY(QTest::qWaitForWindowExposed(stored));
    CHECK_NAMED(stored);
    InspectorWindow *inspector = f.window->showInspector();
    QVERIFY(QTest::qWaitForWindowExposed(inspector));
    CHECK_NAMED(inspector);
    PlaygroundWindow *playground = f.window->showPlayground();
    QVERIFY(QTest::qWaitForWindowExposed(playground));
    CHECK_NAMED(playground);
}

void TestAccessibility::answerDialogs()
{
    Conversation::Choice first;
    first.content = u"One answer"_s;
    first.finishReason = u"stop"_s;
    Conversation::Choice second;
    second.content = u"Another answer"_s;
    second.finishReason = u"length"_s;
    ChoicesDialog choices({ first, second }, 0);
    choices.show();
    QVERIFY(QTest::qWaitForWindowExposed(&choices));
    CHECK_NAMED(&choices);

    JsonResultDialog json;
    json.setAnswer(u"{\"city\": \"Paris\", \"days\": [1, 2]}"_s, {});
    json.show();
    QVERIFY(QTest::qWaitForWindowExposed(&json));
    CHECK_NAMED(&json);
    JsonResultDialog broken;
    broken.setAnswer(u"{\"city\": "_s, {});
    broken.show();
    QVERIFY(QTest::qWaitForWindowExposed(&broken));
    CHECK_NAMED(&broken);

    ImageViewer viewer;
    viewer.setImage(pngBytes(), u"image/png"_s, u"cyan.png"_s);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    CHECK_NAMED(&viewer);
}

void TestAccessibility::mediaAndToolWidgets()
{
    ToolAnswerPanel tools;
    tools.setCommandLine(u"echo"_s);
    tools.setCalls(7,
        { Conversation::ToolCall{
              u"call_a"_s, u"function"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s },
            Conversation::ToolCall{ u"call_b"_s, u"function"_s, u"get_time"_s, u"{"_s } });
    tools.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tools));
    CHECK_NAMED(&tools);

    RecorderWidget recorder;
    recorder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&recorder));
    CHECK_NAMED(&recorder);

    AudioPlayerWidget player;
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    CHECK_NAMED(&player);
}

void TestAccessibility::walkerCatchesAnUnnamedControl()
{
    // The walk itself must be able to fail: an icon-only button and a bare line edit.
    QWidget window;
    auto *button = new QToolButton(&window);
    button->setObjectName(u"bare"_s);
    auto *edit = new QLineEdit(&window);
    edit->setObjectName(u"bareEdit"_s);
    edit->move(0, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList found = problems(&window);
    QCOMPARE(found.size(), 2);
    QVERIFY(found.join(u' ').contains(u"bare"_s));
    button->setText(u"✕"_s);
    button->setAccessibleName(u"Close"_s);
    edit->setAccessibleName(u"City"_s);
    found = problems(&window);
    QCOMPARE(found.size(), 2); // named now, but what they do is still unsaid
    QVERIFY(found.constFirst().contains(u"no description"_s));
    button->setToolTip(u"Close the panel"_s); // Qt gives the tooltip as the description
    edit->setAccessibleDescription(u"Where the weather is asked for"_s);
    QCOMPARE(problems(&window), QStringList());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

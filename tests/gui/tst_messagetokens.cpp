// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chat view's token probabilities: an answer with logprobs shows its tokens on a background
// stronger the less likely they were, hovering one lists its alternatives, the keyboard reaches
// the same through the text selector, and the footer switches back to formatted text.
#include <QApplication>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

#include "DarkPalette.h"
#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/LogprobShading.h"
#include "gui/delegates/MessageActions.h"
#include "gui/delegates/MessageChrome.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageTextSelector.h"

using namespace Qt::StringLiterals;
using Action = MessageActions::Action;
using Conversation::Role;

namespace {
constexpr double kLikely = -0.01; // p ≈ 99 %
constexpr double kUnlikely = -4.6; // p ≈ 1 %

QJsonObject token(
    const QByteArray &utf8, double logprob, const QList<std::pair<QByteArray, double>> &top = {})
{
    auto object = [](const QByteArray &b, double p) {
        QJsonArray bytes;
        for (const char c : b)
            bytes.append(int(uchar(c)));
        return QJsonObject{ { u"token"_s, QString::fromUtf8(b) }, { u"logprob"_s, p },
            { u"bytes"_s, bytes } };
    };
    QJsonObject result = object(utf8, logprob);
    QJsonArray alternatives;
    for (const auto &[b, p] : top)
        alternatives.append(object(b, p));
    result.insert(u"top_logprobs"_s, alternatives);
    return result;
}

Conversation::Message message(qint64 id, qint64 parent, Role role, const QString &text)
{
    Conversation::Message m;
    m.id = id;
    m.conversationId = 1;
    m.parentId = parent;
    m.role = role;
    Conversation::Part part;
    part.text = text;
    m.parts = { part };
    return m;
}

// "京都は**古都**です。": 京 arrives as two byte tokens; 都 (the first time) is unlikely.
const QString kAnswer = u"京都は**古都**です。"_s;

QJsonArray answerTokens()
{
    const QByteArray kyo = "\xe4\xba\xac";
    QJsonArray tokens{ token(kyo.left(2), -0.3, { { kyo.left(2), -0.3 }, { "\xe5\xa4", -1.6 } }),
        token(kyo.mid(2), -0.001),
        token("都", kUnlikely, { { "阪", -0.05 }, { "都", kUnlikely }, { "<b>", -6.0 } }) };
    for (const char *piece : { "は", "**", "古", "都", "**", "です", "。" })
        tokens.append(token(piece, kLikely, { { piece, kLikely } }));
    return tokens;
}

//! A question, an answer with logprobs (and a second choice with its own) and a plain answer.
QList<Conversation::Message> conversation()
{
    auto answer = message(2, 1, Role::Assistant, kAnswer);
    answer.logprobs = answerTokens();
    answer.model = u"gpt-4o"_s;
    answer.finishReason = u"stop"_s;
    Conversation::Choice other;
    other.content = u"奈良です。"_s;
    other.finishReason = u"stop"_s;
    other.logprobs = { token("奈良", -2.3, { { "奈良", -2.3 }, { "大阪", -0.2 } }),
        token("です。", kLikely) };
    answer.choices = { other };
    return { message(1, 0, Role::User, u"日本の古都は？"_s), answer,
        message(3, 2, Role::User, u"ありがとう"_s),
        message(4, 3, Role::Assistant, u"どういたしまして。"_s) };
}

QColor blend(const QColor &base, const QColor &over)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(base.redF() * (1 - a) + over.redF() * a),
        float(base.greenF() * (1 - a) + over.greenF() * a),
        float(base.blueF() * (1 - a) + over.blueF() * a));
}

bool near(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) <= 3 && std::abs(qGreen(a) - b.green()) <= 3
        && std::abs(qBlue(a) - b.blue()) <= 3;
}

//! The points of `rect` in `image` painted `colour`.
QList<QPoint> pointsOf(const QImage &image, const QRect &rect, const QColor &colour)
{
    QList<QPoint> points;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (near(image.pixel(x, y), colour))
                points.append({ x, y });
        }
    }
    return points;
}

struct Fixture
{
    MessageModel model;
    ConversationView view;

    Fixture()
    {
        model.setConversation(1, conversation(), 4);
        view.resize(640, 520);
        view.setModel(&model);
        view.show();
    }

    QModelIndex row(int r) const { return model.index(r); }

    QImage image() { return view.viewport()->grab().toImage(); }

    //! The background the view paints for a token of this log probability in row `r`.
    QColor tokenColour(double logprob) const
    {
        const QColor bubble = MessageChrome::Colors::from(view.palette(), Role::Assistant).bubble;
        return blend(bubble, LogprobShading::background(view.palette(), logprob));
    }

    QString toolTipAt(QPoint pos)
    {
        QHelpEvent event(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view.viewport(), &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }
};
} // namespace

class TestMessageTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spansJoinSplitCharacters();
    void unlikelyTokensStandOutAndShowAlternatives();
    void footerSwitchesToFormattedText();
    void keyboardReadsTheTokenAtTheCursor();
    void eachChoiceShowsItsOwnTokens();
    void screenshots();
};

void TestMessageTokens::spansJoinSplitCharacters()
{
    const QList<LogprobShading::Span> spans = LogprobShading::spans(answerTokens());
    QCOMPARE(spans.size(), 9);
    QCOMPARE(spans[0].text, u"京"_s); // two tokens, one character
    QCOMPARE(spans[0].tokens.size(), 2);
    QCOMPARE(spans[0].tokens[0].token, u"‹E4 BA›"_s);
    QVERIFY(qFuzzyCompare(spans[0].logprob, -0.301));
    QCOMPARE(spans[1].text, u"都"_s);
    QCOMPARE(spans[1].tokens[0].alternatives.value(0).token, u"“阪”"_s); // most likely first
    QString joined;
    for (const auto &span : spans)
        joined += span.text;
    QCOMPARE(joined, kAnswer);
}

void TestMessageTokens::unlikelyTokensStandOutAndShowAlternatives()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *delegate = qobject_cast<MessageDelegate *>(f.view.itemDelegate());
    QVERIFY(delegate->showsTokens(f.row(1)));
    QVERIFY(!delegate->showsTokens(f.row(3))); // no logprobs: Markdown as always
    const QRect answer = f.view.visualRect(f.row(1));
    const QImage image = f.image();
    const QList<QPoint> unlikely = pointsOf(image, answer, f.tokenColour(kUnlikely));
    const QList<QPoint> likely = pointsOf(image, answer, f.tokenColour(kLikely));
    QVERIFY2(unlikely.size() > 20, "the unlikely token has its strong background");
    QVERIFY2(likely.size() > 20, "the likely tokens have their faint background");
    QVERIFY(f.tokenColour(kUnlikely) != f.tokenColour(kLikely));
    // The plain answer below has neither.
    const QRect plain = f.view.visualRect(f.row(3));
    QVERIFY(pointsOf(image, plain, f.tokenColour(kUnlikely)).isEmpty());

    // Hovering the unlikely token: itself, its probability and the alternatives, most likely
    // first; markup-like tokens stay text.
    const QString tip = f.toolTipAt(unlikely.at(unlikely.size() / 2));
    QVERIFY2(tip.startsWith(u"“都”: 1.0%"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Alternatives:\n  “阪”  95.1%\n  “都”  1.0%\n  “<b>”  0.2%"_s),
        qPrintable(tip));
    QVERIFY(!Qt::mightBeRichText(tip)); // shown as written
    // Anywhere on the token, its left edge and right half included, names that token.
    for (const QPoint &point : { unlikely.first(), unlikely.last() })
        QVERIFY2(f.toolTipAt(point).startsWith(u"“都”"_s), qPrintable(f.toolTipAt(point)));
    QCOMPARE(LogprobShading::displayToolTip(u"“<b>”: 1.0%"_s),
        u"<p style=\"white-space:pre\">“&lt;b&gt;”: 1.0%</p>"_s);
    const QString likelyTip = f.toolTipAt(likely.at(likely.size() / 2));
    QVERIFY2(likelyTip.contains(u"99.0%"_s), qPrintable(likelyTip));
}

void TestMessageTokens::footerSwitchesToFormattedText()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *delegate = qobject_cast<MessageDelegate *>(f.view.itemDelegate());
    QVERIFY(f.view.actionRect(f.row(3), Action::ToggleTokens).isEmpty()); // nothing to switch
    const QRect toggle = f.view.actionRect(f.row(1), Action::ToggleTokens);
    QVERIFY(!toggle.isEmpty());
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, toggle.center());
    QVERIFY(!delegate->showsTokens(f.row(1)));
    QTRY_VERIFY(pointsOf(f.image(), f.view.visualRect(f.row(1)), f.tokenColour(kUnlikely))
                    .isEmpty()); // Markdown again: **古都** is bold, no colours
    // The context menu offers the way back.
    QMenu menu;
    f.view.populateMenu(&menu, f.row(1));
    QAction *back = menu.findChild<QAction *>(u"messageAction%1"_s.arg(int(Action::ToggleTokens)));
    QVERIFY(back);
    QCOMPARE(back->text(), u"Show Token Probabilities"_s);
    back->trigger();
    QVERIFY(delegate->showsTokens(f.row(1)));
    QTRY_VERIFY(
        !pointsOf(f.image(), f.view.visualRect(f.row(1)), f.tokenColour(kUnlikely)).isEmpty());
}

void TestMessageTokens::keyboardReadsTheTokenAtTheCursor()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setFocus();
    f.view.setCurrentIndex(f.row(1));
    QTest::keyClick(&f.view, Qt::Key_F2); // the text selector over the answer
    MessageTextSelector *selector = f.view.textSelector();
    QVERIFY(selector);
    QCOMPARE(selector->toPlainText(), kAnswer); // the tokens as written
    QTest::keyClick(selector, Qt::Key_Home);
    QTest::keyClick(selector, Qt::Key_Right); // onto 都
    QCOMPARE(selector->tokenInfo(),
        u"“都”: 1.0% · Alternatives: “阪”  95.1%, “都”  1.0%, “<b>”  0.2%"_s);
    QCOMPARE(selector->accessibleDescription(), selector->tokenInfo());
    QTest::keyClick(selector, Qt::Key_Home); // 京: both of its tokens
    QVERIFY2(
        selector->tokenInfo().startsWith(u"‹E4 BA›: 74.1%"_s), qPrintable(selector->tokenInfo()));
    QVERIFY2(
        selector->tokenInfo().contains(u" | ‹AC›: 99.9%"_s), qPrintable(selector->tokenInfo()));
}

void TestMessageTokens::eachChoiceShowsItsOwnTokens()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QVERIFY(f.model.setActiveChoice(1, 1));
    const QColor nara = f.tokenColour(-2.3);
    QList<QPoint> points;
    QTRY_VERIFY((points = pointsOf(f.image(), f.view.visualRect(f.row(1)), nara)).size() > 20);
    const QString tip = f.toolTipAt(points.at(points.size() / 2));
    QVERIFY2(tip.startsWith(u"“奈良”: 10.0%"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"“大阪”  81.9%"_s), qPrintable(tip));
}

void TestMessageTokens::screenshots()
{
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set KAIWA_SCREENSHOTS to a directory to save the view's pictures");
    // A longer answer whose tokens range from sure to unlikely, Markdown markup included.
    const QString text =
        u"京都には千年以上の歴史があり、**金閣寺**や清水寺など多くの寺院があります。"
        u"\n\n- 春は桜\n- 秋は紅葉"_s;
    QJsonArray tokens;
    const double steps[] = { -0.01, -0.2, -0.05, -1.2, -0.7, -3.5, -0.01, -0.4, -2.2 };
    for (qsizetype at = 0, i = 0; at < text.size(); ++i) {
        const qsizetype length = std::min<qsizetype>(1 + i % 3, text.size() - at);
        const QByteArray piece = text.mid(at, length).toUtf8();
        tokens.append(token(piece, steps[i % 9], { { piece, steps[i % 9] }, { "の", -1.9 } }));
        at += length;
    }
    QList<Conversation::Message> messages = conversation();
    messages[3].parts[0].text = text;
    messages[3].logprobs = tokens;
    const QPalette light = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? TestPalette::dark() : light);
        const QString suffix = dark ? u"-dark.png"_s : u"-light.png"_s;
        MessageModel model;
        model.setConversation(1, messages, 4);
        ConversationView view;
        view.resize(640, 420);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + u"/messagetokens"_s + suffix));
        // The tool tip of an unlikely token.
        const QImage image = view.viewport()->grab().toImage();
        const QColor bubble = MessageChrome::Colors::from(view.palette(), Role::Assistant).bubble;
        const QList<QPoint> points = pointsOf(image, view.visualRect(model.index(3)),
            blend(bubble, LogprobShading::background(view.palette(), -3.5)));
        QVERIFY(!points.isEmpty());
        QHelpEvent event(
            QEvent::ToolTip, points.first(), view.viewport()->mapToGlobal(points.first()));
        QApplication::sendEvent(view.viewport(), &event);
        QVERIFY(QToolTip::isVisible());
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->inherits("QTipLabel") && widget->isVisible())
                QVERIFY(widget->grab().save(dir + u"/messagetokens-tooltip"_s + suffix));
        }
        QToolTip::hideText();
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMessageTokens)
#include "tst_messagetokens.moc"

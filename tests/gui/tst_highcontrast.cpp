// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Readable in every palette (issue 9): the app derives message bubbles, code blocks, muted and
// error text and log-probability shading from the system palette. Under the ordinary light and
// dark palettes and under both high-contrast ones (white on black and black on white, built like
// Windows' High Contrast themes), text must keep a WCAG AA contrast of 4.5:1 against what it is
// drawn on: checked on the colours the code picks, and on the rendered conversation.
#include <QApplication>
#include <QMap>
#include <QStyle>

#include "DarkPalette.h"
#include "MainWindowFixture.h"
#include "gui/Contrast.h"
#include "gui/LogprobShading.h"
#include "gui/delegates/MessageChrome.h"

using namespace WindowTest;
using namespace Qt::StringLiterals;

namespace {
QPalette highContrast(const QColor &ink, const QColor &paper, const QColor &highlight,
    const QColor &highlighted, const QColor &link, const QColor &gray)
{
    QPalette p;
    for (const auto role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase,
             QPalette::Button, QPalette::ToolTipBase })
        p.setColor(role, paper);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
             QPalette::ToolTipText, QPalette::BrightText })
        p.setColor(role, ink);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlighted);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::PlaceholderText, gray);
    // Frames and check boxes are drawn in these: the ink, as the Windows themes draw borders.
    for (const auto role :
        { QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow })
        p.setColor(role, ink);
    for (const auto role : { QPalette::Text, QPalette::ButtonText, QPalette::WindowText })
        p.setColor(QPalette::Disabled, role, gray);
    return p;
}

//! Windows "High Contrast Black": white on black, cyan selection, yellow links.
QPalette whiteOnBlack()
{
    return highContrast(Qt::white, Qt::black, QColor(0x1a, 0xeb, 0xff), Qt::black,
        QColor(0xff, 0xff, 0x00), QColor(0x3f, 0xf2, 0x3f));
}

//! Windows "High Contrast White": black on white, purple selection, dark blue links.
QPalette blackOnWhite()
{
    return highContrast(Qt::black, Qt::white, QColor(0x37, 0x00, 0x6e), Qt::white,
        QColor(0x00, 0x00, 0x9f), QColor(0x60, 0x00, 0x00));
}

QMap<QString, QPalette> palettes()
{
    return { { u"light"_s, QApplication::style()->standardPalette() },
        { u"dark"_s, TestPalette::dark() }, { u"white on black"_s, whiteOnBlack() },
        { u"black on white"_s, blackOnWhite() } };
}

QString rgb(const QColor &c)
{
    return c.name();
}
} // namespace

class TestHighContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chromeColours_data();
    void chromeColours();
    void logprobShading_data();
    void logprobShading();
    void renderedConversation_data();
    void renderedConversation();
    void contrastMaths();
};

void TestHighContrast::chromeColours_data()
{
    QTest::addColumn<QPalette>("palette");
    const auto all = palettes();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
}

void TestHighContrast::chromeColours()
{
    QFETCH(QPalette, palette);
    QStringList low;
    for (const auto role :
        { Conversation::Role::User, Conversation::Role::Assistant, Conversation::Role::Tool }) {
        const auto colors = MessageChrome::Colors::from(palette, role);
        const QList<std::pair<const char *, std::pair<QColor, QColor>>> pairs = {
            { "text on bubble", { colors.text, colors.bubble } },
            { "text on hovered bubble", { colors.text, colors.hover } },
            { "text in code block", { colors.text, colors.code } },
            { "muted on bubble", { colors.muted, colors.bubble } },
            { "error on bubble", { colors.error, colors.bubble } },
            { "action on bubble", { colors.action, colors.bubble } },
            { "action on hovered bubble", { colors.action, colors.hover } },
        };
        for (const auto &[what, fgbg] : pairs) {
            const double r = Contrast::ratio(fgbg.first, fgbg.second);
            if (r < Contrast::Text)
                low << u"role %1, %2: %3 on %4 = %5"_s.arg(int(role))
                           .arg(QLatin1String(what), rgb(fgbg.first), rgb(fgbg.second))
                           .arg(r, 0, 'f', 2);
        }
    }
    QVERIFY2(low.isEmpty(), qPrintable(low.join(u"\n"_s)));
}

void TestHighContrast::logprobShading_data()
{
    chromeColours_data();
}

void TestHighContrast::logprobShading()
{
    QFETCH(QPalette, palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor bubble =
        MessageChrome::Colors::from(palette, Conversation::Role::Assistant).bubble;
    bool shaded = false;
    for (const double logprob : { 0.0, -0.1, -0.7, -2.0, -5.0, -30.0 }) {
        const QColor shade = LogprobShading::background(palette, logprob);
        for (const QColor &under : { palette.color(QPalette::Base), bubble }) {
            const QColor seen = Contrast::over(shade, under);
            const double r = Contrast::ratio(text, seen);
            QVERIFY2(r >= Contrast::Text,
                qPrintable(u"logprob %1: %2 on %3 = %4"_s.arg(logprob)
                               .arg(rgb(text), rgb(seen))
                               .arg(r, 0, 'f', 2)));
            shaded = shaded || seen != under;
        }
    }
    QVERIFY(shaded); // still a shading, not nothing
    // Unlikely tokens stand out at least as much as likely ones.
    QVERIFY(LogprobShading::background(palette, -5.0).alpha()
        >= LogprobShading::background(palette, -0.1).alpha());
}

void TestHighContrast::renderedConversation_data()
{
    chromeColours_data();
}

void TestHighContrast::renderedConversation()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.page()->setPanelVisible(true);
        f.server.enqueue("/chat/completions", answer({ u"Readable answer text"_s }));
        f.typeAndSend(u"Question in a bubble"_s);
        QTRY_COMPARE(f.state(1), Conversation::State::Complete);
        QCoreApplication::processEvents();
        ConversationView *view = f.page()->view();
        const QImage shot = view->viewport()->grab().toImage();
        if (const QByteArray dir = qgetenv("KAIWA_SCREENSHOTS"); !dir.isEmpty()) {
            const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
            f.window->grab().save(QString::fromLocal8Bit(dir) + u"/kaiwa-"_s + tag + u".png"_s);
        }
        for (int row = 0; row < 2; ++row) {
            const QRect rect = view->visualRect(view->model()->index(row, 0))
                                   .intersected(view->viewport()->rect())
                                   .adjusted(0, 0, 0, 0);
            QVERIFY(!rect.isEmpty());
            // The bubble is the commonest colour of the row's middle; the ink is the pixel that
            // stands out most from it.
            const QRect inner(
                rect.left() + rect.width() / 8, rect.top(), rect.width() * 3 / 4, rect.height());
            QMap<QRgb, int> counts;
            for (int y = inner.top(); y <= inner.bottom(); ++y)
                for (int x = inner.left(); x <= inner.right(); ++x)
                    ++counts[shot.pixel(x * shot.width() / view->viewport()->width(),
                        y * shot.height() / view->viewport()->height())];
            QRgb bubble = 0;
            int most = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.value() > most && QColor(it.key()) != palette.color(QPalette::Base))
                    std::tie(bubble, most) = std::pair(it.key(), it.value());
            if (!most) // no bubble colour besides the base: the row is drawn on the base
                bubble = palette.color(QPalette::Base).rgb();
            double best = 1.0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                best = std::max(best, Contrast::ratio(QColor(it.key()), QColor(bubble)));
            QVERIFY2(best >= Contrast::Text,
                qPrintable(u"row %1: text on %2 reaches only %3"_s.arg(row)
                               .arg(QColor(bubble).name())
                               .arg(best, 0, 'f', 2)));
        }
    }
    QApplication::setPalette(before);
}

void TestHighContrast::contrastMaths()
{
    QCOMPARE(qRound(Contrast::ratio(Qt::black, Qt::white)), 21);
    QCOMPARE(Contrast::ratio(Qt::red, Qt::red), 1.0);
    // #767676 on white is the classic just-AA grey.
    QVERIFY(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    const QColor grey = Contrast::ensure(QColor(0xaa, 0xaa, 0xaa), Qt::white, Qt::black);
    QVERIFY(Contrast::ratio(grey, Qt::white) >= 4.5);
    QVERIFY(grey != QColor(Qt::black)); // moved only as far as needed
}

QTEST_MAIN(TestHighContrast)
#include "tst_highcontrast.moc"

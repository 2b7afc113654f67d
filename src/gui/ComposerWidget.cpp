// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ComposerWidget.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include "gui/composer/AttachmentStrip.h"
#include "gui/composer/ComposerEdit.h"

// How Qt delivers input-method composition, and why Enter is safe here
// ---------------------------------------------------------------------
// Qt has no keyCode 229 and no compositionstart/compositionend. A platform input method (Mozc or
// Anthy through fcitx5/IBus, MS-IME, Kotoeri) talks to the focus widget only through
// QInputMethodEvent: while the user composes, each event carries the preedit (the underlined,
// not yet committed reading such as "にほんご"); when the user confirms, one event carries the
// commitString ("日本語") and an empty preedit. The key press of Enter that confirms the
// conversion is filtered by the platform input context (QPlatformInputContext::filterEvent, the
// IBus/fcitx D-Bus round trip, NSTextInputClient on macOS) and normally never reaches the widget.
//
// The editor is a plain QPlainTextEdit watched through an event filter rather than a subclass:
// the filter only *observes* QInputMethodEvent (it always returns false, so the editor's own
// inputMethodEvent() runs untouched and the input method keeps full control of Return), and it
// only looks at key presses that Qt actually delivered to the editor, which is after the input
// method has had its chance to consume them. This avoids the trap of tdesktop#208 and nheko#1005,
// where Return was intercepted before the input method saw it.
//
// Still, some input-method setups deliver the Return key press while the preedit is shown. We
// guard for it: while composing (the last QInputMethodEvent had a preedit, or the editor's text
// layout still shows preedit text), Enter and Ctrl+Enter never send and never insert a newline;
// they ask the input method to commit, which confirms the conversion.

namespace {

bool isReturnKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_strip(new AttachmentStrip(this))
    , m_attach(new QToolButton(this))
    , m_record(new QToolButton(this))
    , m_button(new QPushButton(this))
{
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setTabChangesFocus(true); // Tab reaches the Send button, as everywhere else
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->installEventFilter(this);
    m_edit->setMediaHandler([this](const QMimeData *data) { return attachMimeData(data); });
    fitHeight();

    m_attach->setObjectName(QStringLiteral("composerAttachButton"));
    m_attach->setIcon(QIcon(QStringLiteral(":/icons/attach.svg")));
    m_attach->setAutoRaise(true);
    m_attach->setPopupMode(QToolButton::MenuButtonPopup);
    m_record->setObjectName(QStringLiteral("composerMicButton"));
    m_record->setIcon(QIcon(QStringLiteral(":/icons/mic.svg")));
    m_record->setAutoRaise(true);

    m_button->setObjectName(QStringLiteral("sendButton"));
    m_button->setAutoDefault(
        false); // Return in a dialog must never reach the button behind our back
    m_button->setDefault(false);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 8);
    column->setSpacing(4);
    column->addWidget(m_strip);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_attach, 0, Qt::AlignBottom);
    layout->addWidget(m_record, 0, Qt::AlignBottom);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button, 0, Qt::AlignBottom);
    column->addLayout(layout);

    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ComposerWidget::updateButton);
    connect(m_edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
        this, &ComposerWidget::fitHeight);
    connect(m_button, &QPushButton::clicked, this, &ComposerWidget::onButtonClicked);
    connect(m_attach, &QToolButton::clicked, this, &ComposerWidget::openFileDialog);
    connect(m_record, &QToolButton::clicked, this, &ComposerWidget::startRecording);
    connect(m_strip, &AttachmentStrip::attachmentsChanged, this, &ComposerWidget::updateButton);
    connect(m_strip, &AttachmentStrip::openRequested, this, [this](int index) {
        const ComposerAttachments list = m_strip->attachments();
        if (index >= 0 && index < list.size())
            Q_EMIT attachmentOpenRequested(list.at(index));
    });

    retranslate();
    updateButton();
}

ComposerWidget::~ComposerWidget() = default;

void ComposerWidget::setSendKey(SendKey key)
{
    if (m_sendKey == key) {
        return;
    }
    m_sendKey = key;
    retranslate(); // the placeholder names the send key
}

void ComposerWidget::setStreaming(bool streaming)
{
    if (m_streaming == streaming) {
        return;
    }
    m_streaming = streaming;
    retranslate();
    updateButton();
}

bool ComposerWidget::isComposing() const
{
    if (m_preeditActive) {
        return true;
    }
    // Belt and braces: the editor keeps the preedit in the current block's layout.
    const QTextLayout *layout = m_edit->textCursor().block().layout();
    return layout && !layout->preeditAreaText().isEmpty();
}

QString ComposerWidget::text() const
{
    return m_edit->toPlainText();
}

void ComposerWidget::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

bool ComposerWidget::send()
{
    if (m_streaming || isComposing()) {
        return false;
    }
    const QString message = m_edit->toPlainText().trimmed(); // keeps the newlines inside
    if (message.isEmpty() && m_strip->attachments().isEmpty()) {
        return false;
    }
    m_edit->clear();
    Q_EMIT sendRequested(message);
    return true;
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::InputMethod:
        // Observe only: a non-empty preedit means composing, a commit with an empty preedit ends
        // it. Returning false lets QPlainTextEdit::inputMethodEvent() do its normal work.
        m_preeditActive = !static_cast<QInputMethodEvent *>(event)->preeditString().isEmpty();
        return false;
    case QEvent::FocusOut:
        // The input method commits or drops its preedit when focus leaves; don't stay "composing".
        m_preeditActive = false;
        return false;
    case QEvent::ShortcutOverride: {
        // Keep Esc for Stop while streaming, before a window-level shortcut can take it.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_V)) {
            key->accept(); // ours: paste as plain text (see handleKeyPress)
            return true;
        }
        if (key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_K)) {
            // On X11 a text edit takes Ctrl+K (delete to the end of the line); here it is the
            // window's "choose model" shortcut, as in the other chat clients.
            event->ignore();
            return true;
        }
        if (m_streaming && key->key() == Qt::Key_Escape && !isComposing()) {
            key->accept();
            return true;
        }
        return false;
    }
    case QEvent::KeyPress:
        return handleKeyPress(static_cast<QKeyEvent *>(event));
    default:
        return false;
    }
}

bool ComposerWidget::handleKeyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        // Esc during composition cancels the conversion; leave it to the input method.
        if (m_streaming && !isComposing()) {
            Q_EMIT stopRequested();
            return true;
        }
        return false;
    }
    if (event->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_V)) {
        pastePlainText(); // an image URL kept as text, not attached
        return true;
    }
    if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier && !isComposing()
        && !m_edit->textCursor().hasSelection() && m_edit->textCursor().position() == 0
        && !m_strip->attachments().isEmpty()) {
        // Backspace at the very start removes the last attachment, as in other chat apps.
        m_strip->removeAttachment(int(m_strip->attachments().size()) - 1);
        return true;
    }
    if (!isReturnKey(event)) {
        return false;
    }
    if (isComposing()) {
        // Enter confirms the conversion. Normally the input method consumed the key; if it
        // reached us anyway, neither send nor insert a newline into the preedit.
        QGuiApplication::inputMethod()->commit();
        return true;
    }

    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrl = mods == Qt::ControlModifier;
    const bool plain = mods == Qt::NoModifier;
    const bool shift = mods == Qt::ShiftModifier;
    const bool sends = m_sendKey == SendKey::Enter ? (plain || ctrl) : ctrl;
    if (sends) {
        // While streaming, or with nothing to send, the text stays as it is.
        send();
        return true;
    }
    if (plain || shift) {
        // A real paragraph break (QPlainTextEdit alone would put U+2028 for Shift+Enter).
        insertNewline();
        return true;
    }
    return false; // Alt+Enter and friends: the editor's default
}

void ComposerWidget::insertNewline()
{
    m_edit->textCursor().insertText(QStringLiteral("\n"));
    m_edit->ensureCursorVisible();
}

void ComposerWidget::onButtonClicked()
{
    if (m_streaming) {
        Q_EMIT stopRequested();
        return;
    }
    send();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::updateButton()
{
    m_button->setEnabled(m_streaming || !m_edit->toPlainText().trimmed().isEmpty()
        || !m_strip->attachments().isEmpty());
}

void ComposerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ComposerWidget::retranslate()
{
    m_attach->setAccessibleName(tr("Attach"));
    m_attach->setToolTip(tr("Attach images, audio or a PDF (or paste or drop them here)"));
    retranslateAttachMenu();
    m_record->setAccessibleName(tr("Record audio"));
    m_record->setToolTip(tr("Record a voice message from the microphone"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(
        tr("The message to send; drop or paste images, audio and PDF files here to attach them"));
    m_edit->setPlaceholderText(m_sendKey == SendKey::Enter
            ? tr("Message Kaiwa… (Enter to send, Shift+Enter for a new line)")
            : tr("Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)"));
    if (m_streaming) {
        m_button->setText(tr("Stop"));
        m_button->setAccessibleName(tr("Stop"));
        m_button->setToolTip(tr("Stop the answer (Esc)"));
    } else {
        m_button->setText(tr("Send"));
        m_button->setAccessibleName(tr("Send"));
        m_button->setToolTip(m_sendKey == SendKey::Enter ? tr("Send the message (Enter)")
                                                         : tr("Send the message (Ctrl+Enter)"));
    }
}

void ComposerWidget::fitHeight()
{
    // Grows with the text from MinLines to MaxLines, then scrolls. QPlainTextEdit's layout counts
    // its size in visual lines, wrapped ones included.
    const auto lines = int(m_edit->document()->documentLayout()->documentSize().height());
    const int shown = qBound(MinLines, lines, MaxLines);
    const int lineHeight = QFontMetrics(m_edit->font()).lineSpacing();
    const QMargins margins = m_edit->contentsMargins();
    const int height = shown * lineHeight + int(2 * m_edit->document()->documentMargin())
        + margins.top() + margins.bottom() + 2 * m_edit->frameWidth();
    m_edit->setFixedHeight(height);
}

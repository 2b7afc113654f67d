// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/ImageViewer.h"

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {
QToolButton *button(QWidget *parent, const QString &name, const QString &text,
    const QString &accessible, const QKeySequence &key = {})
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setAccessibleName(accessible);
    b->setToolTip(key.isEmpty()
            ? accessible
            : QStringLiteral("%1 (%2)").arg(accessible, key.toString(QKeySequence::NativeText)));
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAutoRaise(true);
    return b;
}
} // namespace

ImageViewer::ImageViewer(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("imageViewer"));
    setAccessibleName(tr("Image viewer"));
    setModal(false);
    setSizeGripEnabled(true);

    m_scene = new QGraphicsScene(this);
    m_item = m_scene->addPixmap(QPixmap());
    m_view = new QGraphicsView(m_scene, this);
    m_view->setObjectName(QStringLiteral("imageViewerCanvas"));
    m_view->setAccessibleName(tr("Image"));
    m_view->setDragMode(QGraphicsView::ScrollHandDrag); // drag to pan
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Window);
    m_view->setBackgroundBrush(palette().brush(QPalette::Window));
    m_view->viewport()->installEventFilter(this);

    m_zoomOut = button(this, QStringLiteral("imageZoomOut"), QStringLiteral("−"), tr("Zoom out"),
        QKeySequence::ZoomOut);
    m_zoomIn = button(this, QStringLiteral("imageZoomIn"), QStringLiteral("+"), tr("Zoom in"),
        QKeySequence::ZoomIn);
    m_actual = button(this, QStringLiteral("imageActualSize"), tr("100%"), tr("Actual size"),
        QKeySequence(Qt::CTRL | Qt::Key_1));
    m_fit = button(this, QStringLiteral("imageFit"), tr("Fit"), tr("Fit to window"),
        QKeySequence(Qt::CTRL | Qt::Key_0));
    m_save = button(this, QStringLiteral("imageSaveAs"), tr("Save As…"), tr("Save the image as"),
        QKeySequence::Save);
    m_save->setAutoRaise(false);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("imageZoomLevel"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000%")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("imageSaveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(m_actual, &QToolButton::clicked, this, &ImageViewer::setActualSize);
    connect(m_fit, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(m_save, &QToolButton::clicked, this, &ImageViewer::saveAs);
    auto shortcut = [this](const QKeySequence &key, void (ImageViewer::*slot)()) {
        connect(new QShortcut(key, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, &ImageViewer::zoomIn);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &ImageViewer::zoomIn); // "+" unshifted
    shortcut(QKeySequence::ZoomOut, &ImageViewer::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), &ImageViewer::setActualSize);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &ImageViewer::fitToWindow);
    shortcut(QKeySequence::Save, &ImageViewer::saveAs);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_actual);
    bar->addWidget(m_fit);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    resize(720, 540);
    updateControls();
}

ImageViewer::~ImageViewer() = default;

void ImageViewer::setImage(
    const QByteArray &bytes, const QString &mimeType, const QString &suggestedName)
{
    m_bytes = bytes;
    m_mimeType = mimeType;
    m_suggestedName = suggestedName;
    m_error.clear();
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    m_image = reader.read();
    m_item->setPixmap(QPixmap::fromImage(m_image));
    m_scene->setSceneRect(m_item->boundingRect());
    m_status->setText(
        m_image.isNull() ? tr("Can't show this image: %1").arg(reader.errorString()) : QString());
    const QString name = suggestedName.isEmpty() ? tr("Image") : suggestedName;
    setWindowTitle(m_image.isNull()
            ? name
            : tr("%1 (%2 × %3)").arg(name).arg(m_image.width()).arg(m_image.height()));
    if (!m_image.isNull() && !isVisible()) {
        // Open about as large as the image, within most of the screen.
        const QScreen *screen = this->screen();
        const QSize room = screen ? screen->availableSize() * 0.8 : QSize(1200, 900);
        const QSize chrome = size() - m_view->viewport()->size();
        resize((m_image.deviceIndependentSize().toSize() + chrome)
                   .expandedTo(QSize(360, 240))
                   .boundedTo(room));
    }
    setScale(fitScale(), true);
}

qreal ImageViewer::fitScale() const
{
    if (m_image.isNull())
        return 1;
    const QSizeF room = QSizeF(m_view->viewport()->size()) - QSizeF(4, 4);
    const QSizeF size = m_image.size();
    const qreal scale = std::min(room.width() / size.width(), room.height() / size.height());
    return std::clamp(scale, MinScale, 1.0); // small images aren't blown up
}

void ImageViewer::setScale(qreal scale, bool fitting, std::optional<QPoint> anchor)
{
    // The image point under the anchor (the middle by default) stays there.
    const QPoint at = anchor.value_or(m_view->viewport()->rect().center());
    const QPointF point = m_view->mapToScene(at);
    m_scale = std::clamp(scale, MinScale, MaxScale);
    m_fitting = fitting;
    // Smooth when shrinking; at high zoom the pixels themselves are what one looks at.
    m_item->setTransformationMode(m_scale < 2 ? Qt::SmoothTransformation : Qt::FastTransformation);
    m_view->setTransform(QTransform::fromScale(m_scale, m_scale));
    const QPoint moved = m_view->mapFromScene(point) - at;
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + moved.x());
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + moved.y());
    updateControls();
}

void ImageViewer::zoomIn()
{
    setScale(m_scale * ZoomStep, false);
}

void ImageViewer::zoomOut()
{
    setScale(m_scale / ZoomStep, false);
}

void ImageViewer::setActualSize()
{
    setScale(1, false);
}

void ImageViewer::fitToWindow()
{
    setScale(fitScale(), true);
}

void ImageViewer::updateControls()
{
    const bool shown = !m_image.isNull();
    m_zoomLabel->setText(shown ? tr("%1%").arg(std::lround(m_scale * 100)) : QString());
    m_zoomIn->setEnabled(shown && m_scale < MaxScale);
    m_zoomOut->setEnabled(shown && m_scale > MinScale);
    m_actual->setEnabled(shown);
    m_fit->setEnabled(shown);
    m_save->setEnabled(!m_bytes.isEmpty());
}

QString ImageViewer::extension() const
{
    const QMimeDatabase mimes;
    QMimeType type = mimes.mimeTypeForName(m_mimeType);
    if (!type.isValid() || type.preferredSuffix().isEmpty())
        type = mimes.mimeTypeForData(m_bytes);
    return type.preferredSuffix();
}

QString ImageViewer::suggestedFileName() const
{
    const QString name = m_suggestedName.trimmed().isEmpty() ? tr("image") : m_suggestedName;
    const QString suffix = extension();
    if (suffix.isEmpty())
        return name;
    const QMimeDatabase mimes;
    const QStringList suffixes = mimes.mimeTypeForName(m_mimeType).suffixes();
    const QFileInfo info(name);
    if (suffixes.contains(info.suffix(), Qt::CaseInsensitive) || info.suffix() == suffix)
        return name;
    return info.suffix().isEmpty() ? name + u'.' + suffix : info.completeBaseName() + u'.' + suffix;
}

void ImageViewer::saveAs()
{
    if (m_bytes.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(suggestedFileName());
    const QMimeType type = QMimeDatabase().mimeTypeForName(m_mimeType);
    const QString filter = type.isValid() ? type.filterString() : QString();
    QString path;
    if (m_saveName)
        path = m_saveName(suggested, filter);
    else
        path = QFileDialog::getSaveFileName(this, tr("Save Image As"), suggested, filter);
    if (path.isEmpty())
        return;
    // The bytes are the original file: its name says what it is.
    const QString suffix = extension();
    if (!suffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    saveTo(path);
}

bool ImageViewer::saveTo(const QString &path)
{
    QSaveFile file(path);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(m_bytes) == m_bytes.size() && file.commit();
    if (ok) {
        m_error.clear();
        m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    m_error = tr("Couldn't save to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    m_status->setText(m_error);
    return false;
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fitting)
        setScale(fitScale(), true);
}

void ImageViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_fitting)
        setScale(fitScale(), true);
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta != 0 && !m_image.isNull()) {
                setScale(m_scale * std::pow(ZoomStep, delta / 120.0), false,
                    wheel->position().toPoint());
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

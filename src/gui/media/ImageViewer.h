// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QDialog>
#include <QImage>
#include <QPoint>
#include <QString>

class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolButton;

//! A non-modal window showing one image: fitted to the window at first (small images at 100%,
//! not blown up), zoom in and out (Ctrl++ / Ctrl+- / Ctrl+wheel / buttons), 100% (Ctrl+1), fit
//! (Ctrl+0), drag to pan, and "Save As…" (Ctrl+S) writing the exact original bytes under a name
//! with the right extension. A failed save says why in the window. Esc closes it.
class ImageViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    //! Asks where to save: (suggested path, name filter) → the chosen path, or "" to cancel. The
    //! default is QFileDialog::getSaveFileName; tests pass their own.
    using SaveNameProvider =
        std::function<QString(const QString &suggestedPath, const QString &filter)>;

    static constexpr qreal ZoomStep = 1.25;
    static constexpr qreal MinScale = 0.02;
    static constexpr qreal MaxScale = 16.0;

    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    //! Shows `bytes` (any format Qt reads); `suggestedName` is offered by Save As (its extension
    //! fixed to the type's). Fits it to the window.
    void setImage(const QByteArray &bytes, const QString &mimeType, const QString &suggestedName);

    const QImage &image() const { return m_image; }

    //! The current zoom (1 = 100%).
    qreal scale() const { return m_scale; }

    //! Whether the zoom follows the window's size.
    bool isFitting() const { return m_fitting; }

    void setSaveNameProvider(SaveNameProvider provider) { m_saveName = std::move(provider); }

    //! The file name Save As suggests (suggested name with the type's extension).
    QString suggestedFileName() const;

    //! The last save's error ("" after a success).
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void setActualSize();
    void fitToWindow();
    //! Asks for a path (SaveNameProvider) and saves there.
    void saveAs();
    //! Writes the original bytes to `path` (atomically); false and lastError() on failure.
    bool saveTo(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    //! `anchor`: the viewport point that keeps showing the same image point (default: middle).
    void setScale(qreal scale, bool fitting, std::optional<QPoint> anchor = std::nullopt);
    qreal fitScale() const;
    void updateControls();
    QString extension() const;

    QByteArray m_bytes;
    QString m_mimeType;
    QString m_suggestedName;
    QImage m_image;
    qreal m_scale = 1;
    bool m_fitting = true;
    QString m_error;
    SaveNameProvider m_saveName;

    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsPixmapItem *m_item = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_actual = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_save = nullptr;
};

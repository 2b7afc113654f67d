// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTest>

#include "gui/media/ImagePreparer.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray encoded(const QImage &image, const QByteArray &format, int quality = 95)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot write %s: %s", format.constData(), qPrintable(writer.errorString()));
    return out;
}

//! A photo-like opaque image: gradients, so JPEG and scaling have something to work on.
QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient fill(0, 0, width, height);
    fill.setColorAt(0, Qt::darkBlue);
    fill.setColorAt(1, Qt::yellow);
    painter.fillRect(image.rect(), fill);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, Qt::red);
    return image;
}

QImage decoded(const QByteArray &bytes)
{
    return QImage::fromData(bytes);
}

//! An APP1 Exif segment whose TIFF IFD holds one entry: Orientation (0x0112, SHORT) = value.
QByteArray exifOrientation(quint16 value)
{
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8); // big-endian, IFD at offset 8
    tiff.append("\x00\x01", 2); // one entry
    tiff.append("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // tag, type SHORT, count 1
    tiff.append(char(value >> 8)).append(char(value & 0xff)).append("\x00\x00", 2);
    tiff.append("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xff\xe1", 2);
    segment.append(char(length >> 8)).append(char(length & 0xff));
    return segment + payload;
}

bool near(QColor actual, QColor expected)
{
    return qAbs(actual.red() - expected.red()) < 40 && qAbs(actual.green() - expected.green()) < 40
        && qAbs(actual.blue() - expected.blue()) < 40;
}
} // namespace

class TestImagePreparer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widePngScaledDownKeepingAspectAndPng();
    void largeJpegReencodedAsJpeg();
    void smallPngPassesThroughByteIdentical();
    void smallJpegPassesThroughByteIdentical();
    void exifOrientationApplied();
    void transparentImageBecomesPng();
    void bmpBecomesJpeg();
    void textRefusedAsNotAnImage();
    void pdfRefusedSayingWhatItIs();
    void truncatedPngRefusedAsCorrupt();
    void overLimitRefusedWithSize();
    void detailKeptOrDefaulted();
    void dataUrlCarriesMime();
    void overAllocationLimitDecodedScaled_data();
    void overAllocationLimitDecodedScaled();
    void overAllocationLimitRefusedWithPixelSize();
};

void TestImagePreparer::widePngScaledDownKeepingAspectAndPng()
{
    const QByteArray png = encoded(gradient(4000, 1000), "png");
    const auto result = ImagePreparer::prepare(png, u"wide.png"_s);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QCOMPARE(result->mimeType, u"image/png"_s);
    QVERIFY(result->reencoded);
    QCOMPARE(result->originalSize, QSize(4000, 1000));
    QCOMPARE(result->size, QSize(2048, 512));
    const QImage out = decoded(result->bytes);
    QCOMPARE(out.size(), QSize(2048, 512));
    QVERIFY(result->bytes.startsWith("\x89PNG"));
}

void TestImagePreparer::largeJpegReencodedAsJpeg()
{
    const QByteArray jpeg = encoded(gradient(3000, 2000), "jpeg");
    ImagePreparer::Options options;
    options.maxLongSide = 1200;
    const auto result = ImagePreparer::prepare(jpeg, u"photo.jpg"_s, options);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QCOMPARE(result->mimeType, u"image/jpeg"_s);
    QVERIFY(result->reencoded);
    QCOMPARE(result->size, QSize(1200, 800));
    QVERIFY(result->bytes.startsWith("\xff\xd8\xff"));
    const QImage out = decoded(result->bytes);
    QCOMPARE(out.size(), QSize(1200, 800));
    // The picture is the same one: the red centre is still red.
    QVERIFY(near(out.pixelColor(600, 400), Qt::red));
}

void TestImagePreparer::smallPngPassesThroughByteIdentical()
{
    const QByteArray png = encoded(gradient(300, 200), "png");
    const auto result = ImagePreparer::prepare(png, u"small.png"_s);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QVERIFY(!result->reencoded);
    QCOMPARE(result->bytes, png);
    QCOMPARE(result->mimeType, u"image/png"_s);
    QCOMPARE(result->size, QSize(300, 200));
}

void TestImagePreparer::smallJpegPassesThroughByteIdentical()
{
    const QByteArray jpeg = encoded(gradient(640, 480), "jpeg");
    const auto result = ImagePreparer::prepare(jpeg, u"clipboard"_s);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QVERIFY(!result->reencoded);
    QCOMPARE(result->bytes, jpeg);
    QCOMPARE(result->mimeType, u"image/jpeg"_s);
}

void TestImagePreparer::exifOrientationApplied()
{
    // Stored landscape 80×40, bottom-left quarter red, the rest blue. Orientation 6 means "rotate
    // 90° clockwise to display": the stored bottom-left corner lands in the top-left.
    QImage stored(80, 40, QImage::Format_RGB32);
    stored.fill(Qt::blue);
    QPainter(&stored).fillRect(0, 20, 40, 20, Qt::red);
    QByteArray jpeg = encoded(stored, "jpeg");
    jpeg.insert(2, exifOrientation(6));

    const auto result = ImagePreparer::prepare(jpeg, u"camera.jpg"_s);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QVERIFY(result->reencoded);
    QCOMPARE(result->mimeType, u"image/jpeg"_s);
    QCOMPARE(result->size, QSize(40, 80));
    QCOMPARE(result->originalSize, QSize(40, 80));
    QImage out = decoded(result->bytes);
    QCOMPARE(out.size(), QSize(40, 80));
    QVERIFY2(near(out.pixelColor(5, 5), Qt::red), qPrintable(out.pixelColor(5, 5).name()));
    QVERIFY(near(out.pixelColor(35, 5), Qt::blue));
    QVERIFY(near(out.pixelColor(5, 75), Qt::blue));
    // The output carries no orientation any more: a plain reader sees it upright too.
    QVERIFY(!result->bytes.contains(exifOrientation(6)));

    // Rotated and scaled down together (a portrait phone photo): decoded at a smaller size,
    // then turned, so the long side still ends at the limit.
    ImagePreparer::Options options;
    options.maxLongSide = 40;
    const auto small = ImagePreparer::prepare(jpeg, u"camera.jpg"_s, options);
    QVERIFY2(small.has_value(), qPrintable(small.error()));
    QCOMPARE(small->originalSize, QSize(40, 80));
    QCOMPARE(small->size, QSize(20, 40));
    out = decoded(small->bytes);
    QVERIFY2(near(out.pixelColor(3, 3), Qt::red), qPrintable(out.pixelColor(3, 3).name()));
    QVERIFY(near(out.pixelColor(3, 37), Qt::blue));
}

void TestImagePreparer::transparentImageBecomesPng()
{
    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter(&image).fillRect(0, 0, 100, 100, Qt::green);
    // A format the API does not take, so it must be re-encoded: alpha must survive.
    const QByteArray ico = encoded(image.scaled(128, 64), "ico");
    const auto result = ImagePreparer::prepare(ico, u"icon.ico"_s);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QCOMPARE(result->mimeType, u"image/png"_s);
    QVERIFY(result->reencoded);
    const QImage out = decoded(result->bytes);
    QCOMPARE(qAlpha(out.pixel(127, 10)), 0);
    QCOMPARE(qAlpha(out.pixel(10, 10)), 255);
}

void TestImagePreparer::bmpBecomesJpeg()
{
    const QByteArray bmp = encoded(gradient(100, 50), "bmp");
    const auto result = ImagePreparer::prepare(bmp, u"scan.bmp"_s);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QCOMPARE(result->mimeType, u"image/jpeg"_s);
    QCOMPARE(result->size, QSize(100, 50));
}

void TestImagePreparer::textRefusedAsNotAnImage()
{
    const auto result =
        ImagePreparer::prepare("Hello, this is a note.\nNot a picture.\n", u"note.png"_s);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(u"note.png is not an image"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"text"_s), qPrintable(result.error()));
}

void TestImagePreparer::pdfRefusedSayingWhatItIs()
{
    const auto result = ImagePreparer::prepare("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", u"doc.jpg"_s);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error(), u"doc.jpg is not an image: it looks like a PDF file."_s);
}

void TestImagePreparer::truncatedPngRefusedAsCorrupt()
{
    const QByteArray png = encoded(gradient(300, 200), "png");
    const auto result = ImagePreparer::prepare(png.left(png.size() / 2), u"cut.png"_s);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(u"cut.png"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"PNG"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"damaged or incomplete"_s), qPrintable(result.error()));
}

void TestImagePreparer::overLimitRefusedWithSize()
{
    const QByteArray png = encoded(gradient(300, 200), "png");
    QByteArray big = png;
    big.append(QByteArray(3 * 1024 * 1024, 'x'));
    ImagePreparer::Options options;
    options.maxBytes = 2 * 1024 * 1024;
    const auto result = ImagePreparer::prepare(big, u"huge.png"_s, options);
    QVERIFY(!result.has_value());
    const QString expectedSize = QString::number(double(big.size()) / (1024 * 1024), 'f', 1);
    QCOMPARE(result.error(),
        u"huge.png is %1 MB, over the 2.0 MB limit for images."_s.arg(expectedSize));
    // Just under the limit is fine.
    options.maxBytes = png.size();
    QVERIFY(ImagePreparer::prepare(png, u"ok.png"_s, options).has_value());
}

void TestImagePreparer::detailKeptOrDefaulted()
{
    const QByteArray png = encoded(gradient(30, 20), "png");
    ImagePreparer::Options options;
    QCOMPARE(ImagePreparer::prepare(png, u"a"_s)->detail, u"auto"_s);
    options.detail = u"high"_s;
    QCOMPARE(ImagePreparer::prepare(png, u"a"_s, options)->detail, u"high"_s);
    options.detail = u"Low"_s;
    QCOMPARE(ImagePreparer::prepare(png, u"a"_s, options)->detail, u"low"_s);
    options.detail = u"ultra"_s;
    QCOMPARE(ImagePreparer::prepare(png, u"a"_s, options)->detail, u"auto"_s);
}

void TestImagePreparer::dataUrlCarriesMime()
{
    const QByteArray png = encoded(gradient(30, 20), "png");
    const auto fromPng = ImagePreparer::prepare(png, u"a.png"_s);
    QVERIFY(fromPng.has_value());
    QCOMPARE(fromPng->dataUrl(), u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()));

    const QByteArray jpeg = encoded(gradient(30, 20), "jpeg");
    // A misleading name does not matter: the content is JPEG.
    const auto fromJpeg = ImagePreparer::prepare(jpeg, u"really.png"_s);
    QVERIFY(fromJpeg.has_value());
    QVERIFY(fromJpeg->dataUrl().startsWith(u"data:image/jpeg;base64,/9j/"_s));
}

void TestImagePreparer::overAllocationLimitDecodedScaled_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("jpeg") << QByteArray("jpeg") << u"image/jpeg"_s;
    QTest::newRow("png") << QByteArray("png") << u"image/png"_s;
}

void TestImagePreparer::overAllocationLimitDecodedScaled()
{
    // Like a 48-megapixel phone photo against Qt's default 128 MB limit, at a cheaper scale:
    // 3000×2000 needs 24 MB at full size, over an 8 MB limit; decoding at 1200×800 fits.
    QFETCH(QByteArray, format);
    QFETCH(QString, mimeType);
    QImage photo = gradient(3000, 2000);
    const QByteArray bytes = encoded(photo, format, 80);
    const int previousLimit = QImageReader::allocationLimit();
    QImageReader::setAllocationLimit(8);
    ImagePreparer::Options options;
    options.maxLongSide = 1200;
    const auto result = ImagePreparer::prepare(bytes, u"phone"_s, options);
    QImageReader::setAllocationLimit(previousLimit);
    QVERIFY2(result.has_value(), qPrintable(result.error()));
    QCOMPARE(result->mimeType, mimeType);
    QCOMPARE(result->originalSize, QSize(3000, 2000));
    QCOMPARE(result->size, QSize(1200, 800));
    const QImage out = decoded(result->bytes);
    QCOMPARE(out.size(), QSize(1200, 800));
    QVERIFY(near(out.pixelColor(600, 400), Qt::red));
}

void TestImagePreparer::overAllocationLimitRefusedWithPixelSize()
{
    // BMP cannot decode at a smaller size, so past the limit it is refused, saying why.
    const QByteArray bmp = encoded(gradient(3000, 2000), "bmp");
    const int previousLimit = QImageReader::allocationLimit();
    QImageReader::setAllocationLimit(8);
    ImagePreparer::Options options;
    options.maxLongSide = 1200;
    const auto result = ImagePreparer::prepare(bmp, u"poster.bmp"_s, options);
    QImageReader::setAllocationLimit(previousLimit);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error(),
        u"poster.bmp is 3000×2000 pixels, too large to decode: reduce it to at most 1200 "
        "pixels on the long side first."_s);
}

QTEST_GUILESS_MAIN(TestImagePreparer)
#include "tst_imagepreparer.moc"

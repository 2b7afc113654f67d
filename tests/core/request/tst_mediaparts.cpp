// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/request/MediaParts.h"

using namespace Qt::StringLiterals;

class TestMediaParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void images_data();
    void images();
    void remoteImagesKeptAsIs_data();
    void remoteImagesKeptAsIs();
    void audio_data();
    void audio();
    void files();
    void fromPath_data();
    void fromPath();
    void fromPathRefusesOtherAudio();
    void missingFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {
// A real 1×1 PNG (IHDR, IDAT, IEND).
QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhf"
                                  "DwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    return b;
}

QByteArray le16(quint16 v)
{
    return le32(v).left(2);
}

// A PCM WAV header written by hand: 8 kHz mono 16-bit, four silent samples.
QByteArray wav()
{
    const QByteArray samples(8, '\0');
    QByteArray fmt = le16(1) + le16(1) + le32(8000) + le32(16000) + le16(2) + le16(16);
    QByteArray body = "WAVE" + QByteArray("fmt ") + le32(fmt.size()) + fmt + "data"
        + le32(samples.size()) + samples;
    return "RIFF" + le32(body.size()) + body;
}

// An ID3v2 tag followed by one MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz).
QByteArray mp3()
{
    QByteArray id3("ID3\x03\x00\x00\x00\x00\x00\x00", 10);
    QByteArray frame("\xff\xfb\x90\x00", 4);
    return id3 + frame + QByteArray(413, '\0');
}

QByteArray rawMp3()
{
    return QByteArray("\xff\xfb\x90\x00", 4) + QByteArray(413, '\0');
}

QByteArray ogg()
{
    return QByteArray("OggS\x00\x02", 6) + QByteArray(58, '\0');
}

QByteArray flac()
{
    return QByteArray("fLaC\x00\x00\x00\x22", 8) + QByteArray(34, '\0');
}
} // namespace

QString TestMediaParts::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void TestMediaParts::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMediaParts::images_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime"); // empty = refused
    QTest::addColumn<QString>("reason");

    QTest::addRow("png") << u"a.png"_s << png() << u"image/png"_s << QString();
    QTest::addRow("png with wrong extension") << u"a.jpg"_s << png() << u"image/png"_s << QString();
    QTest::addRow("jpeg") << u"b.jpeg"_s << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11)
                          << u"image/jpeg"_s << QString();
    QTest::addRow("gif") << u"c.gif"_s << QByteArray("GIF89a\x01\x00\x01\x00", 10) << u"image/gif"_s
                         << QString();
    QTest::addRow("webp") << u"d.webp"_s << QByteArray("RIFF\x1a\x00\x00\x00WEBPVP8L", 16)
                          << u"image/webp"_s << QString();
    QTest::addRow("bmp refused") << u"e.bmp"_s << QByteArray("BM") + QByteArray(60, '\0')
                                 << QString() << u"image/bmp, which the API does not accept"_s;
    QTest::addRow("pdf is not an image") << u"f.png"_s << QByteArray("%PDF-1.7\n") << QString()
                                         << u"is not an image (application/pdf)"_s;
    QTest::addRow("wav is not an image")
        << u"g.png"_s << wav() << QString() << u"is not an image (audio/wav)"_s;
}

void TestMediaParts::images()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QFETCH(QString, reason);
    const QString path = write(name, bytes);
    const auto part = MediaParts::image(path, u"low"_s);
    if (mime.isEmpty()) {
        QVERIFY(!part.has_value());
        QVERIFY2(part.error().contains(reason), qPrintable(part.error()));
        return;
    }
    QVERIFY2(part.has_value(), qPrintable(part ? QString() : part.error()));
    QCOMPARE(part->type, MessagePart::Type::ImageUrl);
    QCOMPARE(part->url, u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(bytes.toBase64()));
    QCOMPARE(part->detail, u"low"_s);
}

void TestMediaParts::remoteImagesKeptAsIs_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addRow("https") << u"https://example.com/cat.png?x=1"_s << true;
    QTest::addRow("http") << u"http://example.com/cat"_s << true;
    QTest::addRow("data image") << u"data:image/png;base64,AAAA"_s << true;
    QTest::addRow("data text") << u"data:text/plain;base64,AAAA"_s << false;
}

void TestMediaParts::remoteImagesKeptAsIs()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const auto part = MediaParts::image(url);
    QCOMPARE(part.has_value(), ok);
    if (ok) {
        QCOMPARE(part->url, url);
        QVERIFY(part->detail.isEmpty());
    }
}

void TestMediaParts::audio_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format"); // empty = refused
    QTest::addColumn<QString>("reason");
    QTest::addRow("wav") << u"a.wav"_s << wav() << u"wav"_s << QString();
    QTest::addRow("mp3 with id3") << u"b.mp3"_s << mp3() << u"mp3"_s << QString();
    QTest::addRow("mp3 frame only, odd name") << u"b.bin"_s << rawMp3() << u"mp3"_s << QString();
    QTest::addRow("ogg") << u"c.ogg"_s << ogg() << QString()
                         << u"ogg is not supported by the API: convert to wav or mp3"_s;
    QTest::addRow("flac") << u"d.flac"_s << flac() << QString()
                          << u"flac is not supported by the API: convert to wav or mp3"_s;
    QTest::addRow("png is not audio")
        << u"e.wav"_s << png() << QString() << u"is not an audio file (image/png)"_s;
}

void TestMediaParts::audio()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, reason);
    const auto part = MediaParts::audio(write(name, bytes));
    if (format.isEmpty()) {
        QVERIFY(!part.has_value());
        QVERIFY2(part.error().contains(reason), qPrintable(part.error()));
        return;
    }
    QVERIFY2(part.has_value(), qPrintable(part ? QString() : part.error()));
    QCOMPARE(part->type, MessagePart::Type::InputAudio);
    QCOMPARE(part->format, format);
    QCOMPARE(QByteArray::fromBase64(part->data.toLatin1()), bytes);
}

void TestMediaParts::files()
{
    const QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    const auto part = MediaParts::file(write(u"report.pdf"_s, pdf));
    QVERIFY(part.has_value());
    QCOMPARE(part->type, MessagePart::Type::File);
    QCOMPARE(part->filename, u"report.pdf"_s);
    QCOMPARE(
        part->fileData, u"data:application/pdf;base64,"_s + QString::fromLatin1(pdf.toBase64()));
    QVERIFY(part->fileId.isEmpty());

    const auto unknown = MediaParts::file(write(u"blob"_s, QByteArray("\x01\x02\x03\x00", 4)));
    QVERIFY(unknown.has_value());
    QVERIFY2(unknown->fileData.startsWith(u"data:"_s), qPrintable(unknown->fileData));
    QVERIFY(unknown->fileData.endsWith(u";base64,AQIDAA=="_s));
}

void TestMediaParts::fromPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<MessagePart::Type>("type");
    QTest::addRow("png → image") << u"x.png"_s << png() << MessagePart::Type::ImageUrl;
    QTest::addRow("wav → audio") << u"x.wav"_s << wav() << MessagePart::Type::InputAudio;
    QTest::addRow("mp3 → audio") << u"x.mp3"_s << mp3() << MessagePart::Type::InputAudio;
    QTest::addRow("pdf → file") << u"x.pdf"_s << QByteArray("%PDF-1.4\n")
                                << MessagePart::Type::File;
    QTest::addRow("txt → file") << u"x.txt"_s << QByteArray("hello\n") << MessagePart::Type::File;
}

void TestMediaParts::fromPath()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(MessagePart::Type, type);
    const auto part = MediaParts::fromPath(write(name, bytes));
    QVERIFY(part.has_value());
    QCOMPARE(part->type, type);
}

void TestMediaParts::fromPathRefusesOtherAudio()
{
    const auto part = MediaParts::fromPath(write(u"voice.ogg"_s, ogg()));
    QVERIFY(!part.has_value());
    QCOMPARE(part.error(), u"ogg is not supported by the API: convert to wav or mp3"_s);
}

void TestMediaParts::missingFile()
{
    const QString path = m_dir.filePath(u"nope.png"_s);
    for (const auto &part :
        { MediaParts::image(path), MediaParts::audio(path), MediaParts::file(path) }) {
        QVERIFY(!part.has_value());
        QVERIFY2(part.error().contains(u"does not exist"_s), qPrintable(part.error()));
    }
    const auto dir = MediaParts::file(m_dir.path());
    QVERIFY(!dir.has_value());
    QVERIFY(dir.error().contains(u"not a regular file"_s));
}

QTEST_GUILESS_MAIN(TestMediaParts)
#include "tst_mediaparts.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/imageexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "base/atomicfile.h"
#include "base/filenames.h"
#include "io/tifftags.h"
#include "io/webpcodec.h"
#include "nss_version.h"

namespace nss {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls outside a class under the enclosing namespace: the same context here,
    // or these messages would never be translated (tests/translations/check-translations.py checks).
    return QCoreApplication::translate("nss", text);
}

const QString kXmpNamespace = QStringLiteral("https://neural-style-studio.github.io/ns/1.0/");
constexpr qint64 kMaxMetadataFileBytes = 1024LL * 1024 * 1024;

QString software()
{
    return QStringLiteral(NSS_PRODUCT_NAME " " NSS_VERSION);
}

QByteArray metadataText(const ExportMetadata &metadata)
{
    return QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Compact);
}

// An XMP packet: xmp:CreatorTool for other programs, nss:settings holding our JSON as text.
QByteArray xmpPacket(const QByteArray &json)
{
    QByteArray xmp;
    QXmlStreamWriter xml(&xmp);
    xml.writeProcessingInstruction(QStringLiteral("xpacket"),
                                   QStringLiteral("begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("rdf"));
    xml.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    xml.writeNamespace(kXmpNamespace, QStringLiteral("nss"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("RDF"));
    xml.writeStartElement(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("Description"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("about"), QString());
    xml.writeTextElement(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("CreatorTool"), software());
    xml.writeTextElement(kXmpNamespace, QStringLiteral("settings"), QString::fromUtf8(json));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return xmp;
}

std::optional<QByteArray> jsonFromXmp(const QByteArray &xmp)
{
    QXmlStreamReader xml(xmp);
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == kXmpNamespace && xml.name() == QLatin1String("settings"))
            return xml.readElementText().toUtf8();
    }
    return std::nullopt;
}

Expected<QByteArray> encodeWithQt(const QImage &image, const char *format, const ExportMetadata &metadata,
                                  const ExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    // PNG and JPEG handlers store these (text chunks, "key: value" comments); TIFF's ignores them.
    writer.setText(QStringLiteral("Software"), software());
    writer.setText(QString::fromLatin1(kMetadataKey), QString::fromUtf8(metadataText(metadata)));
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(std::clamp(options.quality, 0, 100));
    if (qstrcmp(format, "png") == 0 && options.fast)
        writer.setCompression(1); // zlib level 1 instead of Qt's default (zlib's 6)
    if (qstrcmp(format, "tiff") == 0)
        writer.setCompression(1); // LZW: lossless and smaller than raw
    const QImage pixels = qstrcmp(format, "jpeg") == 0 ? image.convertToFormat(QImage::Format_RGB888) : image;
    if (!writer.write(pixels))
        return fail(
            tr("The image could not be encoded as %1: %2").arg(QString::fromLatin1(format).toUpper(), writer.errorString()));
    return bytes;
}

} // namespace

QJsonObject ExportMetadata::toJson() const
{
    QJsonObject json{
        {QStringLiteral("app"), QStringLiteral(NSS_PRODUCT_NAME)},
        {QStringLiteral("version"), appVersion.isEmpty() ? QStringLiteral(NSS_VERSION) : appVersion},
        {QStringLiteral("step"), step},
        {QStringLiteral("seed"), QString::number(settings.seed)},
        {QStringLiteral("settings"), settings.toJson()},
    };
    if (!weightChanges.isEmpty())
        json.insert(QStringLiteral("lossWeightChanges"), lossWeightsChangesToJson(weightChanges));
    return json;
}

Expected<ExportMetadata> ExportMetadata::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("settings")).isObject())
        return fail(tr("the embedded metadata has no settings"));
    Expected<StyleSettings> settings = StyleSettings::fromJson(json.value(QStringLiteral("settings")).toObject());
    if (!settings)
        return fail(settings.error());
    ExportMetadata metadata;
    metadata.settings = std::move(settings).value();
    metadata.step = json.value(QStringLiteral("step")).toInt();
    metadata.appVersion = json.value(QStringLiteral("version")).toString();
    metadata.weightChanges = lossWeightsChangesFromJson(json.value(QStringLiteral("lossWeightChanges")).toArray());
    return metadata;
}

ExportMetadata metadataAtStep(const StyleSettings &started, const QList<LossWeightsChange> &changes, int step)
{
    ExportMetadata metadata{settingsAtStep(started, changes, step), step, {}, {}};
    for (const LossWeightsChange &change : changes)
        if (change.step <= step)
            metadata.weightChanges.append(change);
    return metadata;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return ExportFormat::Jpeg;
    if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
        return ExportFormat::Tiff;
    if (suffix == QLatin1String("webp"))
        return ExportFormat::Webp;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Tiff:
        return QStringLiteral("tif");
    case ExportFormat::Webp:
        return QStringLiteral("webp");
    }
    return {};
}

QString exportFileFilter()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("JPEG image (*.jpg *.jpeg)") + QStringLiteral(";;")
           + tr("TIFF image (*.tif *.tiff)") + QStringLiteral(";;") + tr("WebP image (*.webp)");
}

Expected<QByteArray> encodeImage(const QImage &image, ExportFormat format, const ExportMetadata &metadata,
                                 const ExportOptions &options)
{
    if (image.isNull())
        return fail(tr("There is no image to export yet."));
    switch (format) {
    case ExportFormat::Png:
        return encodeWithQt(image, "png", metadata, options);
    case ExportFormat::Jpeg:
        return encodeWithQt(image, "jpeg", metadata, options);
    case ExportFormat::Tiff: {
        Expected<QByteArray> tiff = encodeWithQt(image, "tiff", metadata, options);
        if (!tiff)
            return tiff;
        std::optional<QByteArray> tagged = withTiffAsciiTags(
            tiff.value(), {{kTiffImageDescription, metadataText(metadata)}, {kTiffSoftware, software().toUtf8()}});
        if (!tagged)
            return fail(tr("The TIFF written by Qt could not be given its metadata."));
        return *tagged;
    }
    case ExportFormat::Webp:
        return encodeWebp(image, options.quality, xmpPacket(metadataText(metadata)));
    }
    return fail(tr("Unknown export format."));
}

QByteArray metadataXmp(const ExportMetadata &metadata)
{
    return xmpPacket(metadataText(metadata));
}

Status exportImage(const QImage &image, const QString &path, const ExportMetadata &metadata, const ExportOptions &options)
{
    const std::optional<ExportFormat> format = options.format ? options.format : exportFormatFromPath(path);
    if (!format) {
        return fail(tr("Could not save %1: \"%2\" is not an export format; use .png, .jpg, .tif or .webp.")
                        .arg(quotedFileName(path), QFileInfo(path).suffix()));
    }
    // Fail on a missing folder before spending time on encoding.
    if (Status target = checkWritableTarget(path); !target)
        return target;
    Expected<QByteArray> bytes = encodeImage(image, *format, metadata, options);
    if (!bytes)
        return fail(tr("Could not save %1: %2").arg(quotedFileName(path), bytes.error()));
    return writeFileAtomically(path, bytes.value());
}

Expected<ExportMetadata> readImageMetadata(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(tr("%1 does not exist.").arg(quotedFileName(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2.").arg(quotedFileName(path), file.errorString()));
    if (file.size() > kMaxMetadataFileBytes)
        return fail(tr("%1 is too large to look for settings in.").arg(quotedFileName(path)));
    const QByteArray head = file.peek(12);

    std::optional<QByteArray> json;
    if (looksLikeWebp(head)) {
        if (const std::optional<QByteArray> xmp = webpXmp(file.readAll()))
            json = jsonFromXmp(*xmp);
    } else if (head.startsWith("II*") || head.startsWith("MM\0*")) {
        json = tiffAsciiTag(file.readAll(), kTiffImageDescription);
    } else {
        QImageReader reader(&file);
        reader.setDecideFormatFromContent(true);
        const QString text = reader.text(QString::fromLatin1(kMetadataKey));
        if (!text.isEmpty())
            json = text.toUtf8();
    }
    const QString none = tr("%1 holds no Neural Style Studio settings: it was not exported by this app, "
                            "or another program removed its metadata.")
                             .arg(quotedFileName(path));
    if (!json)
        return fail(none);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (!document.isObject() || document.object().value(QStringLiteral("app")) != QStringLiteral(NSS_PRODUCT_NAME))
        return fail(none);
    Expected<ExportMetadata> metadata = ExportMetadata::fromJson(document.object());
    if (!metadata)
        return fail(tr("The settings in %1 cannot be used: %2").arg(quotedFileName(path), metadata.error()));
    return metadata;
}

} // namespace nss

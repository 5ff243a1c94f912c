// Build-time tool: rasterises the application icon's SVG into the PNG sizes the hicolor theme
// wants, with Qt's own SVG renderer, so the PNGs can never drift from the SVG and no binary
// copies of the drawing are committed. Usage: nss_iconrender INPUT.svg SIZE OUTPUT.png
#include <cstdio>

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size <= 0) {
        std::fprintf(stderr, "usage: nss_iconrender INPUT.svg SIZE OUTPUT.png\n");
        return 2;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "nss_iconrender: cannot render %s: %s (is Qt's SVG image plugin, libqt6svg6, installed?)\n",
                     qPrintable(args.at(1)), qPrintable(reader.errorString()));
        return 1;
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(3), "PNG")) {
        std::fprintf(stderr, "nss_iconrender: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}

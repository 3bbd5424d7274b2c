// SPDX-License-Identifier: MIT
// Build-time helper: renders the scalable app icon to a square PNG through Qt's SVG image
// plugin (libqt6svg6), so the package ships a 256 px icon without a committed binary.
// Usage: kiosk-render-icon <input.svg> <output.png> <size>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: kiosk-render-icon <input.svg> <output.png> <size>\n";
        return 2;
    }
    bool ok = false;
    const int size = args.at(3).toInt(&ok);
    if (!ok || size < 16 || size > 1024) {
        err << "size must be a number from 16 to 1024\n";
        return 2;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << "cannot render " << args.at(1) << ": " << reader.errorString()
            << " (is the Qt SVG image plugin, libqt6svg6, installed?)\n";
        return 1;
    }
    if (!image.save(args.at(2), "PNG")) {
        err << "cannot write " << args.at(2) << "\n";
        return 1;
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// seedscope-pdf REPORT.json GENERATED_AT OUT.pdf: draws a case report model (written by
// `seedscope-cli report --format pdf`) as PDF. A separate program because PDF needs Qt
// Gui and seedscope-cli must run without it; it is started from seedscope-cli's folder.
#include "PdfReport.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: seedscope-pdf REPORT.json GENERATED_AT OUT.pdf\n";
        return 64;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args[1] << "\n";
        return 3;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (!doc.isObject()) {
        err << "not a report model: " << pe.errorString() << "\n";
        return 3;
    }
    auto s = seedscope::reportpdf::writePdf(doc.object(), args[2], args[3]);
    if (!s) {
        err << s.error().message << "\n";
        return 3;
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the format v1 test vectors (tests/vectors/data/*.seeddump, *.json, *.key).
// Run once after a deliberate format or scenario change, then commit the outputs:
//   seedscope_make_vectors <repo>/tests/vectors/data
// tst_vectors fails whenever the committed files and this generator disagree.
#include "VectorGen.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: seedscope_make_vectors OUT_DIR\n";
        return 64;
    }
    const QDir dir(app.arguments().at(1));
    if (!QDir().mkpath(dir.path())) {
        err << "cannot create " << dir.path() << "\n";
        return 1;
    }
    auto vectors = seedscope::vectors::generateVectors();
    if (!vectors) {
        err << "generation failed: " << vectors.error().message << "\n";
        return 1;
    }
    for (const auto &v : *vectors) {
        bool ok = writeFile(dir.filePath(v.name + QStringLiteral(".seeddump")), v.image)
            && writeFile(dir.filePath(v.name + QStringLiteral(".json")), seedscope::vectors::vectorJsonBytes(v.json));
        if (!v.storageRootKey.isEmpty())
            ok = ok && writeFile(dir.filePath(v.name + QStringLiteral(".key")), v.storageRootKey.toHex() + '\n');
        if (!ok) {
            err << "cannot write " << v.name << "\n";
            return 1;
        }
        QTextStream(stdout) << v.name << ": " << v.image.size() << " bytes\n";
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Replays inputs through a libFuzzer target without libFuzzer, so every crasher the
// fuzzers ever found (tests/fuzz/regressions/<fuzzer>/) runs in the ordinary test suite
// with any compiler, and under ASan/UBSan in the sanitizer CI stage. A target aborts on
// the bugs it checks for (round-trip mismatches, sanitizer reports), which fails the test.
//   regress_<fuzzer> FILE_OR_DIR...
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList files;
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(arg);
        }
        files.sort();
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << "\n";
                return 1;
            }
            const QByteArray bytes = f.readAll();
            out << "replay " << path << " (" << bytes.size() << " bytes)\n";
            out.flush();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++runs;
        }
    }
    out << runs << " inputs replayed, no crash\n";
    // An empty regression folder proves nothing; say so rather than pass silently.
    return runs > 0 ? 0 : 1;
}

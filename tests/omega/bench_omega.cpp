// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: 10,000 checkpoint files (simulated, Python JSON bytes) in a temp dir, loaded
// and validated by the full directory analysis. Prints files per second against two
// limits measured in the same run on the same folder: reading every file's bytes (the
// I/O floor) and reading plus Qt's own JSON parser (which cannot even read Python's
// NaN tokens, so it is a floor, not a competitor), and Python's bare json.load. Asserts only that every file was
// examined (never on time).

#include "omega/OmegaAnalysis.h"
#include "omega/OmegaSimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace seedscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int files = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    omega::SimulationOptions o;
    o.files = files;
    QElapsedTimer timer;
    timer.start();
    auto sim = omega::simulateOmega(o);
    QTemporaryDir dir;
    if (!sim || !dir.isValid() || !omega::writeSimulation(*sim, dir.path())) {
        out << "bench_omega: could not generate the folder\n";
        return 1;
    }
    const qint64 genMs = timer.restart();
    omega::AnalysisOptions a;
    a.now = o.clockStart + 7 * 86400;
    auto report = omega::analyzeOmegaDirectory(dir.path(), a);
    const qint64 ns = timer.nsecsElapsed();
    if (!report || report->filesOnDisk != files) {
        out << "bench_omega: expected " << files << " files, examined " << (report ? report->filesOnDisk : -1) << "\n";
        return 1;
    }
    int valid = 0;
    for (const omega::CheckpointFile &f : report->files)
        valid += f.valid ? 1 : 0;
    const double seconds = double(ns) / 1e9;

    // The limits, after the analysis so both see the same (warm) page cache.
    QElapsedTimer lim;
    lim.start();
    qint64 bytes = 0;
    const QStringList names = QDir(dir.path() + QStringLiteral("/checkpoints")).entryList(QDir::Files);
    for (const QString &n : names) {
        QFile f(dir.path() + QStringLiteral("/checkpoints/") + n);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll().size();
    }
    const double readS = lim.nsecsElapsed() / 1e9;
    lim.restart();
    int parsed = 0;
    for (const QString &n : names) {
        QFile f(dir.path() + QStringLiteral("/checkpoints/") + n);
        if (f.open(QIODevice::ReadOnly))
            parsed += QJsonDocument::fromJson(f.readAll()).isObject() ? 1 : 0;
    }
    const double qtJsonS = lim.nsecsElapsed() / 1e9;
    // Python's bare json.load over the same files (no validation at all), the tool
    // examiners would otherwise script. Interpreter start-up is measured apart and
    // taken off. Skipped where python3 is missing.
    double pythonS = -1;
    {
        auto runPython = [](const QStringList &args) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral("python3"), args);
            if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                return -1.0;
            return t.nsecsElapsed() / 1e9;
        };
        const double startup = runPython({QStringLiteral("-c"), QStringLiteral("import json, os, sys")});
        const double load = runPython({QStringLiteral("-c"),
                                       QStringLiteral("import json, os, sys\nd = sys.argv[1]\n"
                                                      "for n in os.listdir(d):\n    with open(os.path.join(d, n)) as f: json.load(f)"),
                                       dir.path() + QStringLiteral("/checkpoints")});
        if (startup >= 0 && load >= 0)
            pythonS = std::max(1e-9, load - startup);
    }
    if (names.size() != files) {
        out << "bench_omega: the folder holds " << names.size() << " files, expected " << files << "\n";
        return 1;
    }
    out << "bench_omega: generated " << files << " files in " << genMs << " ms; loaded and validated " << files << " ("
        << valid << " valid, " << report->findings.size() << " findings) in " << QString::number(seconds, 'f', 3)
        << " s = " << QString::number(files / seconds, 'f', 0) << " files/s\n"
        << "bench_omega: limits on the same folder: read only " << QString::number(files / readS, 'f', 0) << " files/s ("
        << bytes / 1024 << " KiB), read + Qt JSON parse " << QString::number(files / qtJsonS, 'f', 0) << " files/s (" << parsed
        << " parsed); Seedscope = " << QString::number(readS / seconds, 'f', 2) << " of the read-only rate, "
        << QString::number(qtJsonS / seconds, 'f', 2) << " of the Qt JSON rate\n";
    if (pythonS > 0)
        out << "bench_omega: Python json.load over the same files " << QString::number(files / pythonS, 'f', 0)
            << " files/s; Seedscope = " << QString::number(pythonS / seconds, 'f', 2) << "x Python (target >= 2)\n";
    else
        out << "bench_omega: python3 not available; Python comparison skipped\n";
    return valid == files ? 0 : 1;
}

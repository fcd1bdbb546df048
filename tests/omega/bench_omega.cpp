// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: 10,000 checkpoint files (simulated, Python JSON bytes) in a temp dir, loaded
// and validated by the full directory analysis. Prints files per second; asserts only
// that every file was examined (never on time).

#include "omega/OmegaAnalysis.h"
#include "omega/OmegaSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    out << "bench_omega: generated " << files << " files in " << genMs << " ms; loaded and validated " << files << " ("
        << valid << " valid, " << report->findings.size() << " findings) in " << QString::number(seconds, 'f', 3)
        << " s = " << QString::number(files / seconds, 'f', 0) << " files/s\n";
    return valid == files ? 0 : 1;
}

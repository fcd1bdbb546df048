// SPDX-License-Identifier: GPL-3.0-or-later
#include "omega/OmegaSimulator.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "omega/CheckpointFile.h"
#include "omega/OmegaHardened.h"
#include "omega/PythonJson.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace seedscope::omega {
namespace {

constexpr int kComponents = 5;
constexpr int kCoherenceWindow = 5; // recent Ω vectors the coherence score compares

double uniform(crypto::DeterministicRng &rng) { return double(rng.nextU64() >> 11) / double(1ULL << 53); }

QList<PyNumber> floats(const QList<double> &v)
{
    QList<PyNumber> out;
    for (double x : v)
        out.append({x, false});
    return out;
}

double norm(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x * x;
    return std::sqrt(s);
}

class Engine {
public:
    explicit Engine(uint64_t seed) : m_rng(seed, "omega-sim")
    {
        for (int i = 0; i < kComponents; ++i) {
            m_features.append(0.3 + 0.3 * uniform(m_rng));
            m_i.append(0.0);
        }
    }

    // One update_omega + compute_recursive_coherence step; returns the record to write.
    CheckpointRecord step(double ts, const QString &networkId, bool first)
    {
        for (double &f : m_features)
            f = std::max(0.05, f + 0.03 * (uniform(m_rng) - 0.5));
        const double n = norm(m_features);
        QList<double> unit;
        for (double f : m_features)
            unit.append(f / n);
        if (!first)
            for (int i = 0; i < kComponents; ++i)
                m_i[i] = 0.3 * m_i[i] + 0.07 * unit[i]; // settles within a few steps, as the real I_t_L does
        double sum = 0;
        for (double x : m_i)
            sum += x;
        const double m = std::exp(std::clamp(kLambda * (sum / kComponents), -kClampK, kClampK));
        QList<double> omega;
        for (double u : unit)
            omega.append(u * m);
        m_history.append(omega);
        if (m_history.size() > kCoherenceWindow)
            m_history.removeFirst();
        CheckpointRecord r;
        r.iVector = floats(m_i);
        r.omegaVector = floats(omega);
        r.timestamp = {ts, false};
        r.coherenceScore = {first ? 0.0 : coherence(), false};
        r.modulator = {m, false};
        r.networkId = networkId;
        m_unit = unit;
        m_lastModulator = m;
        return r;
    }

    double coherence() const
    {
        double total = 0;
        int pairs = 0;
        for (int a = 0; a < m_history.size(); ++a)
            for (int b = 0; b < m_history.size(); ++b) {
                if (a == b)
                    continue;
                double dot = 0;
                for (int k = 0; k < kComponents; ++k)
                    dot += m_history[a][k] * m_history[b][k];
                total += std::clamp(dot / (norm(m_history[a]) * norm(m_history[b])), 0.0, 1.0);
                ++pairs;
            }
        return pairs ? total / pairs : 0.0;
    }

    crypto::DeterministicRng &rng() { return m_rng; }
    const QList<double> &unit() const { return m_unit; }
    const QList<double> &iVector() const { return m_i; }
    double lastModulator() const { return m_lastModulator; }

private:
    crypto::DeterministicRng m_rng;
    QList<double> m_features;
    QList<double> m_i;
    QList<double> m_unit;
    QList<QList<double>> m_history;
    double m_lastModulator = 1.0;
};

QString fileName(double ts) { return QStringLiteral("checkpoint_%1.json").arg(qint64(std::trunc(ts))); }

void addDefects(Engine &e, QMap<QString, QByteArray> &disk, double &t, const QString &networkId, int &calls)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QString odd = QStringLiteral("qc-\u03a9-node-") + QString::fromUcs4(U"\U0001F300");
    auto next = [&] { t = std::floor(t) + 1.2; return t; };
    // D1: a NaN feature propagates into Ω; the original validator lets it through.
    CheckpointRecord r = e.step(next(), networkId, false);
    r.omegaVector[2].value = nan;
    disk[fileName(t)] = dumpCheckpoint(r), ++calls;
    // D2: NaN in I_t_L: Python's min/max clamp turns NaN into +10, so m_t = e^10.
    r = e.step(next(), networkId, false);
    r.iVector[0].value = nan;
    r.modulator.value = std::exp(10.0);
    for (int i = 0; i < r.omegaVector.size(); ++i)
        r.omegaVector[i].value = e.unit()[i] * r.modulator.value;
    r.coherenceScore.value = 0.5;
    disk[fileName(t)] = dumpCheckpoint(r), ++calls;
    // D3: a good checkpoint, then a second one in the same second whose Ω is an ndarray:
    // json.dump fails mid-file and the good one is gone.
    r = e.step(next(), networkId, false);
    disk[fileName(t)] = dumpCheckpoint(r), ++calls;
    QByteArray torn = dumpCheckpoint(r);
    disk[fileName(t)] = torn.left(torn.indexOf("\"Omega_t_L\": ") + 13), ++calls;
    // D4: a float32 coherence score is not serialisable: cut after its key.
    r = e.step(next(), networkId, false);
    torn = dumpCheckpoint(r);
    disk[fileName(t)] = torn.left(torn.indexOf("\"coherence_score\": ") + 19), ++calls;
    // D5: another node id (astral character), an int score, empty vectors.
    CheckpointRecord d5;
    d5.timestamp = {next(), false};
    d5.coherenceScore = {1.0, true};
    d5.modulator = {1.0, false};
    d5.networkId = odd;
    disk[fileName(t)] = dumpCheckpoint(d5), ++calls;
    // D6: out-of-range Ψ and a negative modulator.
    r = e.step(next(), odd, false);
    r.coherenceScore.value = 1.5;
    r.modulator.value = -0.5;
    disk[fileName(t)] = dumpCheckpoint(r), ++calls;
    // D7: a stray checkpoint_latest.json (sorts after every number) torn mid-write:
    // the original loader picks it and returns nothing.
    disk[QStringLiteral("checkpoint_latest.json")] = torn.left(torn.size() / 2);
}

} // namespace

crypto::SecureBytes defaultNodeSecret(uint64_t seed)
{
    crypto::DeterministicRng rng(seed, "omega-node-secret");
    return crypto::SecureBytes(rng.bytes(kNodeSecretSize));
}

Result<SimulationResult> simulateOmega(const SimulationOptions &o)
{
    if (o.files < 1 || o.files > kMaxSimulatedFiles)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--files must be between 1 and %1").arg(kMaxSimulatedFiles));
    Engine e(o.seed);
    QMap<QString, QByteArray> disk;
    SimulationResult result;
    double t = o.clockStart + 0.0103488;
    bool first = true;
    while (disk.size() < o.files) {
        disk[fileName(t)] = dumpCheckpoint(e.step(t, o.networkId, first));
        ++result.createCalls;
        first = false;
        // Mostly ~1.0-1.3 s apart; now and then a burst within a few milliseconds, which
        // the whole-second names turn into a silent overwrite.
        t += e.rng().chance(0.12) ? 0.001 + 0.004 * uniform(e.rng()) : 1.0 + 0.3 * uniform(e.rng());
    }
    if (o.defects)
        addDefects(e, disk, t, o.networkId, result.createCalls);

    const bool hardened = o.hardened || o.encrypt;
    if (!hardened) {
        for (auto it = disk.cbegin(); it != disk.cend(); ++it)
            result.files.append({it.key(), it.value()});
        return result;
    }
    const crypto::SecureBytes secret = o.nodeSecret ? *o.nodeSecret : defaultNodeSecret(o.seed);
    auto signer = signerFromSecret(secret);
    if (!signer)
        return signer.error();
    result.publicKey = signer->publicKey();
    crypto::DeterministicRng keyRng(o.seed, "omega-hardened");
    Manifest m;
    m.networkId = o.networkId;
    m.created = qint64(std::trunc(t));
    if (o.encrypt)
        m.salt = keyRng.bytes(kManifestSaltSize);
    for (auto it = disk.cbegin(); it != disk.cend(); ++it) {
        SimulatedFile f{it.key(), it.value()};
        if (o.encrypt) {
            f.name += QStringLiteral(".enc");
            auto env = sealCheckpoint(secret, m.salt, f.name, keyRng.bytes(12), f.bytes);
            if (!env)
                return env.error();
            f.bytes = *env;
        }
        m.files.append({f.name, f.bytes.size(), crypto::sha256(f.bytes), o.encrypt});
        result.files.append(f);
    }
    auto manifest = buildManifest(m, *signer);
    if (!manifest)
        return manifest.error();
    result.files.append({QLatin1StringView(kManifestFileName), *manifest});
    return result;
}

Status writeSimulation(const SimulationResult &result, const QString &outDir)
{
    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("checkpoints")))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot create checkpoints/").arg(outDir));
    dir.cd(QStringLiteral("checkpoints"));
    for (const SimulatedFile &f : result.files) {
        QFile out(dir.filePath(f.name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(f.bytes) != f.bytes.size())
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    }
    return {};
}

} // namespace seedscope::omega

// SPDX-License-Identifier: GPL-3.0-or-later
// Every fixed-layout structure decoder of format v1 and the ledger entry decoder, each run
// on the input: these are what the reader calls on bytes it has only bounds-checked.
// Re-encoding what decoded must reproduce the bytes it came from (round trip).
#include "FuzzInput.h"
#include "dump/Format.h"
#include "ledger/EntryCodec.h"

#include <cstdlib>

using namespace seedscope;

namespace {
// A decoded structure re-encodes to its input prefix; a mismatch is a codec bug the
// fuzzer must report, so abort (libFuzzer records the input).
template<typename T, typename Encode>
void roundTrip(const std::optional<T> &v, QByteArrayView in, Encode encode)
{
    if (!v)
        return;
    const QByteArray again = encode(*v);
    if (again.size() > in.size() || QByteArrayView(again) != in.first(again.size()))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in = fuzz::view(data, size);
    (void)dump::decodeSuperblock(in);
    (void)dump::decodeIdentityHeader(in);
    (void)dump::decodeKeyRecord(in);
    (void)dump::decodeBlockHeader(in);
    // The header CRC is recomputed on encode, so only a header whose CRC holds round-trips.
    auto record = dump::decodeRecordHeader(in);
    if (record && record->crcOk())
        roundTrip(record, in, [](const dump::RecordHeader &h) { return dump::encodeRecordHeader(h); });
    roundTrip(dump::decodeEntryHeader(in), in, [](const dump::EntryHeader &h) { return dump::encodeEntryHeader(h); });
    (void)dump::decodeEpochPayload(in);
    (void)dump::decodeBootMarker(in);
    (void)dump::decodeCheckpointMarker(in, false);
    (void)dump::decodeCheckpointMarker(in, true);
    (void)dump::decodeSealMarker(in);
    (void)dump::decodeRecoveryMarker(in);
    (void)dump::decodeGenericMarker(in);
    (void)dump::decodeSlotHeader(in);
    (void)dump::decodeCommitRecord(in);
    if (auto e = ledger::decodeEntry(in)) {
        // The ledger codec is canonical: what decodes re-encodes to exactly the input.
        if (ledger::encodeEntry(*e) != in)
            std::abort();
        (void)ledger::entrySignedBytes(*e);
    }
    return 0;
}

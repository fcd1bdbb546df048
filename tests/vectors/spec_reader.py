#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent reader for Seed dump format v1, written from docs/format/seed-dump-v1.md
and docs/format/ledger-encoding.md alone (no project code), held against the committed
test vectors: every field it extracts must equal the vector's JSON ("read" object).

    python3 tests/vectors/spec_reader.py [tests/vectors/data]

Needs the `cryptography` package (AES-GCM, HKDF, Ed25519). Exit status 0 = every vector
agrees. Scope: clean framing (superblocks, identity, slots, records, markers, epochs),
CRCs, the hash chain, decryption, commit and SEAL signatures, FULL-state state roots and
the whole DELTA chain. Damage classification (torn tail vs corruption) is left to the
C++ reader and its JSON."""
import hashlib
import json
import os
import struct
import sys

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def sha(b):
    return hashlib.sha256(b).digest()


def u16(b, o): return struct.unpack_from('<H', b, o)[0]
def u32(b, o): return struct.unpack_from('<I', b, o)[0]
def u64(b, o): return struct.unpack_from('<Q', b, o)[0]
def text(b): return b.split(b'\0', 1)[0].decode()
def num(v): return v if v <= 1 << 53 else str(v)  # how the JSON writes u64 values
def erased(b): return all(x == 0xFF for x in b)
def align8(x): return (x + 7) // 8 * 8


def hkdf(ikm, salt, info):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def verify(pub, msg, sig):
    try:
        Ed25519PublicKey.from_public_bytes(pub).verify(sig, msg)
        return True
    except InvalidSignature:
        return False


# ---- ledger-encoding.md §2: state records, FULL, DELTA, state_root ------------------
KEYLESS = {1}


def merkle_root(leaf_hashes):
    if len(leaf_hashes) == 1:
        return leaf_hashes[0]
    k = 1
    while k * 2 < len(leaf_hashes):
        k *= 2
    return sha(b'\x01' + merkle_root(leaf_hashes[:k]) + merkle_root(leaf_hashes[k:]))


def state_root(records):  # records: dict (kind, key) -> value
    leaves = [bytes([kind]) + key + records[(kind, key)] for kind, key in sorted(records)]
    return merkle_root([sha(b'\x00' + leaf) for leaf in leaves])


def decode_full(p):
    assert p[:4] == b'SST1'
    n, o, recs = u32(p, 4), 8, {}
    for _ in range(n):
        kind = p[o]; o += 1
        key = b'' if kind in KEYLESS else p[o:o + 16]; o += len(key)
        ln = u32(p, o); o += 4
        recs[(kind, key)] = p[o:o + ln]; o += ln
    assert o == len(p)
    return recs


def apply_delta(base, p):
    assert p[:4] == b'SDL1' and p[4:36] == state_root(base)
    result_root, n, o, recs = p[36:68], u32(p, 68), 72, dict(base)
    for _ in range(n):
        kind = p[o]; o += 1
        key = b'' if kind in KEYLESS else p[o:o + 16]; o += len(key)
        op, prior = p[o], p[o + 1:o + 33]; o += 33
        old = recs.get((kind, key))
        assert prior == (sha(b'\x00' + bytes([kind]) + key + old) if old is not None else bytes(32))
        if op == 1:
            ln = u32(p, o); o += 4
            recs[(kind, key)] = p[o:o + ln]; o += ln
        else:
            del recs[(kind, key)]
    assert o == len(p) and state_root(recs) == result_root
    return recs


# ---- seed-dump-v1.md -----------------------------------------------------------------
TYPES = {1: 'ENTRY', 2: 'EPOCH', 0x10: 'BOOT', 0x11: 'CHECKPOINT_BEGIN', 0x12: 'CHECKPOINT_COMMIT',
         0x13: 'SEAL', 0x14: 'RECOVERY', 0x15: 'FIRMWARE_UPDATE', 0x16: 'LOW_BATTERY',
         0x17: 'CLOCK_ANOMALY', 0x18: 'WIPE'}


def superblock(b, off):
    s = b[off:off + 256]
    out = {'offset': off, 'valid': s[:8] == bytes.fromhex('895345440d0a1a0a') and u32(s, 252) == crc32c(s[:252])}
    out.update({'version': '%d.%d' % (u16(s, 8), u16(s, 10)), 'revision': u64(s, 24), 'block_size': u32(s, 32),
                'total_blocks': u32(s, 36), 'device_id': s[40:56].hex(), 'network_id': text(s[56:88]),
                'incompat_flags': '%08x' % u32(s, 20), 'slot_count': u32(s, 120), 'slot_blocks': u32(s, 124),
                'hash_alg': s[128], 'sig_alg': s[129], 'aead_alg': s[130], 'stored_crc': '%08x' % u32(s, 252)})
    for i, name in enumerate(['identity', 'checkpoints', 'journal', 'markers']):
        out[name] = {'first_block': u32(s, 88 + 8 * i), 'block_count': u32(s, 92 + 8 * i)}
    return out


def scan(b, region, bs, magic):
    recs = []
    for blk in range(region['first_block'], region['first_block'] + region['block_count']):
        o = blk * bs
        if erased(b[o:o + 32]):
            continue
        assert b[o:o + 4] == magic and u32(b, o + 28) == crc32c(b[o:o + 28]), 'block header %d' % blk
        pos = o + 32
        while pos + 72 <= o + bs and not erased(b[pos:pos + 72]):
            h = b[pos:pos + 72]
            if h[:2] != b'SR' or u32(h, 68) != crc32c(h[:68]):
                break  # damage: resynchronise at the next block
            ln = u32(h, 4)
            if ln > o + bs - pos - 72:
                break
            payload = b[pos + 72:pos + 72 + ln]
            recs.append({'offset': pos, 'block': blk, 'header': h, 'type': h[2], 'flags': h[3], 'epoch': u32(h, 8),
                         'seq': u64(h, 16), 'lamport': u64(h, 24), 'prev_hash': h[32:64], 'payload': payload,
                         'crc_ok': u32(h, 12) == crc32c(payload)})
            pos += align8(72 + ln)
    return recs


def read(b, key, authority):
    sb0 = superblock(b, 0)
    bs = sb0['block_size']
    sb1 = superblock(b, bs)
    sb = sb1 if sb1['valid'] and (not sb0['valid'] or sb1['revision'] > sb0['revision']) else sb0
    bs = sb['block_size']
    dev = bytes.fromhex(sb['device_id'])
    ido = sb['identity']['first_block'] * bs
    idh = b[ido:ido + 160]
    assert idh[:4] == b'SIDN' and u32(idh, 156) == crc32c(idh[:156])
    pub = idh[8:40]
    assert sha(pub)[:16] == dev == idh[40:56]
    net = idh[56:88].split(b'\0', 1)[0]
    # Registration certificate (ledger-encoding.md 1.6), under the trust store's authority key.
    assert verify(authority, b'SEED1/register\0' + pub + dev + bytes([len(net)]) + net, idh[88:152]), 'certificate'
    keys, history = [pub], []
    for i in range(u16(idh, 6)):
        o = ido + 160 + 120 * i
        k = b[o:o + 120]
        assert k[:4] == b'SKEY' and u32(k, 116) == crc32c(k[:116])
        # Signed by the previous key over "SEED1/rotate" NUL || device_id || new key || u64 valid_from.
        assert verify(keys[-1], b'SEED1/rotate\0' + dev + k[8:40] + k[40:48], k[48:112]), 'rotation %d' % i
        keys.append(k[8:40])
        history.append({'offset': o, 'index': u32(k, 4), 'new_public_key': k[8:40].hex(),
                        'valid_from_lamport': u64(k, 40), 'signature': k[48:112].hex()})
    identity = {'offset': ido, 'public_key': pub.hex(), 'device_id': dev.hex(), 'network_id': net.decode(),
                'registration_certificate': idh[88:152].hex(), 'key_history_count': u16(idh, 6), 'key_history': history}

    journal = scan(b, sb['journal'], bs, b'SJBK')
    markers = scan(b, sb['markers'], bs, b'SMBK')
    salts = {}
    for r in journal:
        if r['type'] == 2 and r['crc_ok'] and r['epoch'] not in salts:
            salts[r['epoch']] = r['payload'][8:24]
    epochs = [{'epoch': u32(r['payload'], 0), 'record_offset': r['offset'], 'reason': r['payload'][4],
               'salt': r['payload'][8:24].hex(), 'head_seq': u64(r['payload'], 24), 'head_hash': r['payload'][32:64].hex()}
              for r in journal if r['type'] == 2 and r['crc_ok']]
    out_j = []
    for r in journal:
        o = {'offset': r['offset'], 'type': TYPES.get(r['type'], 'UNKNOWN'), 'seq': r['seq'], 'epoch': r['epoch'],
             'lamport': r['lamport'], 'payload_length': len(r['payload']), 'payload_crc_ok': r['crc_ok'],
             'payload_sha256': sha(r['payload']).hex(), 'prev_hash': r['prev_hash'].hex()}
        if r['type'] == 1 and r['crc_ok']:
            pt = r['payload']
            o['decrypt'] = 'plain'
            if r['flags'] & 1:
                o['decrypt'] = 'no-key'
                if key:
                    k = hkdf(key, salts[r['epoch']], b'SEED1/journal-key\0' + dev + struct.pack('<I', r['epoch']))
                    nonce = struct.pack('<IQ', r['epoch'], r['seq'])
                    aad = r['header'][:12] + r['header'][16:68]
                    try:
                        pt = AESGCM(k).decrypt(nonce, r['payload'], aad)
                        o['decrypt'] = 'decrypted'
                    except InvalidTag:
                        o['decrypt'] = 'failed'
            if o['decrypt'] in ('plain', 'decrypted'):
                o['plaintext_length'] = len(pt)
                o['entry_bytes_sha256'] = sha(pt[48:]).hex()
        out_j.append(o)

    out_m = []
    for m in markers:
        o = {'offset': m['offset'], 'type': TYPES.get(m['type'], 'UNKNOWN'), 'seq': m['seq'], 'epoch': m['epoch'],
             'payload_sha256': sha(m['payload']).hex()}
        p = m['payload']
        if m['type'] == 0x13:
            o['fields'] = {'epoch': u32(p, 0), 'journal_seq': u64(p, 8), 'chain_hash': p[16:48].hex(),
                           'lamport': u64(p, 48), 'log_size': u64(p, 56),
                           'log_root': p[64:96].hex(),
                           'signature_valid': verify(pub, b'SEED1/seal\0' + dev + p[:96], p[96:160])}
        elif m['type'] == 0x10:
            o['fields'] = {'boot_counter': u32(p, 0), 'loaded_slot': p[4], 'used_fallback': p[5],
                           'loaded_checkpoint_seq': u64(p, 8), 'truncated_at': num(u64(p, 16)),
                           'last_valid_seq': u64(p, 24), 'lamport': u64(p, 32), 'new_epoch': u32(p, 40)}
        elif m['type'] == 0x14:
            o['fields'] = {'last_good_seq': u64(p, 0), 'last_good_hash': p[8:40].hex(), 'damage_offset': num(u64(p, 40)),
                           'bytes_dropped': u64(p, 48), 'dropped_sha256': p[56:88].hex(), 'new_epoch': u32(p, 88),
                           'reason': u32(p, 92)}
        elif m['type'] in (0x15, 0x16, 0x17, 0x18):
            o['fields'] = {'value': u64(p, 0), 'value2': u64(p, 8)}
        elif m['type'] in (0x11, 0x12):
            o['fields'] = {'checkpoint_seq': u64(p, 0), 'slot': p[8], 'kind': p[9], 'journal_seq': u64(p, 16)}
            if m['type'] == 0x12:
                o['fields']['state_root'] = p[24:56].hex()
        out_m.append(o)

    slots, states = [], {}
    cko = sb['checkpoints']['first_block'] * bs
    size = sb['slot_blocks'] * bs
    for i in range(sb['slot_count']):
        s = b[cko + i * size:cko + (i + 1) * size]
        o = {'index': i, 'offset': cko + i * size}
        h = s[:256]
        if erased(h):
            o['state'] = 'empty'
            slots.append(o)
            continue
        if h[:4] != b'SCKP' or u32(h, 252) != crc32c(h[:252]):
            o['state'] = 'uncommitted' if h[255] == 0xFF and erased(s[256:]) else 'damaged'
            slots.append(o)
            continue
        ln = u32(h, 232)
        payload = s[256:256 + ln]
        c = s[align8(256 + ln):align8(256 + ln) + 128]
        crc_ok = u32(h, 236) == crc32c(payload)
        commit_ok = c[:4] == b'SCMT' and u32(c, 124) == crc32c(c[:124]) and u64(c, 8) == u64(h, 8) and c[16:48] == sha(payload)
        torn = not erased(c) and c[127] == 0xFF and not commit_ok
        o.update({'kind': {1: 'FULL', 2: 'DELTA'}.get(h[4]), 'checkpoint_seq': u64(h, 8), 'base_seq': u64(h, 16),
                  'journal_seq': u64(h, 24), 'chain_hash': h[32:64].hex(), 'lamport': u64(h, 64),
                  'state_root': h[80:112].hex(), 'base_state_root': h[112:144].hex(), 'log_root': h[144:176].hex(),
                  'log_size': u64(h, 176), 'payload_length': ln, 'payload_sha256': sha(payload).hex(),
                  'flags': h[5], 'timestamp_hint': u64(h, 72), 'kdf_salt': h[200:216].hex(), 'nonce': h[216:228].hex(),
                  'epoch': u32(h, 228), 'header_crc': '%08x' % u32(h, 252),
                  'commit_offset': cko + i * size + align8(256 + ln)})
        if erased(c) or torn:
            o['state'] = 'uncommitted'
        elif crc_ok and commit_ok:
            o['state'] = 'committed'
            o['signature_valid'] = verify(keys[u32(c, 4)], b'SEED1/checkpoint\0' + h + sha(payload), c[48:112])
            pt = payload
            if h[5] & 1:
                pt = None
                if key:
                    k = hkdf(key, h[200:216], b'SEED1/checkpoint-key\0' + h[184:200] + bytes([h[4]]) + h[8:16])
                    pt = AESGCM(k).decrypt(h[216:228], payload, h[:236] + h[240:252])
            if pt is not None:
                o['plaintext_sha256'] = sha(pt).hex()
                states[i] = (h, pt)
        else:
            o['state'] = 'damaged'
            # Payload damage under an intact commit: the signature covers the header and the
            # commit's payload_hash (both intact), so it is still checked (section 11.3).
            if not crc_ok and c[:4] == b'SCMT' and u32(c, 124) == crc32c(c[:124]) and u64(c, 8) == u64(h, 8):
                o['signature_valid'] = verify(keys[u32(c, 4)], b'SEED1/checkpoint\0' + h + c[16:48], c[48:112])
        slots.append(o)

    def load(i, depth=0):
        h, pt = states[i]
        if h[4] == 1:
            return decode_full(pt)
        base = [j for j, (bh, _) in states.items() if u64(bh, 8) == u64(h, 16) and bh[80:112] == h[112:144]]
        base_state = load(base[0], depth + 1) if base and depth < 16 else None
        return apply_delta(base_state, pt) if base_state is not None else None

    newest = None  # (checkpoint_seq, state) of the newest slot that loads
    for o in slots:
        if o['index'] in states and load(o['index']) is not None:
            o['loaded_state_root'] = state_root(load(o['index'])).hex()
            seq = u64(states[o['index']][0], 8)
            if newest is None or seq > newest[0]:
                newest = (seq, load(o['index']))

    # The hash chain (seed-dump-v1.md 6.2): prev_hash = SHA-256 of the previous ENTRY payload.
    prev, expect_seq = bytes(32), 1
    for r in journal:
        if r['type'] == 1 and r['crc_ok']:  # a torn or damaged record is not part of the chain
            assert r['seq'] == expect_seq and r['prev_hash'] == prev, 'chain at %d' % r['offset']
            prev, expect_seq = sha(r['payload']), r['seq'] + 1
    return {'superblocks': [sb0, sb1], 'identity': identity, 'journal': out_j, 'epochs': epochs, 'markers': out_m,
            'slots': slots, '_state': newest[1] if newest else None}


def check_outcomes(meta, state, errors):
    """Entries the ledger rules reject or hold (ledger-rules.md), checked on the newest
    checkpoint's state: an entry is "in the ledger" (a TX record) when it passed stages
    1 to 4b, whether VALID or REJECTED at stages 5-6; a PENDING/ORPHANED one leaves no
    trace. Rejected entries create no account and change no group."""
    if state is None:
        errors.append('outcomes: no checkpoint state loads')
        return
    position = u64(state[(1, b'')], 9)
    for o in meta['expected_outcomes']:
        if o['journal_seq'] > position:
            errors.append('outcomes: seq %d is after the newest checkpoint (%d)' % (o['journal_seq'], position))
            continue
        in_ledger = (5, bytes.fromhex(o['tx_id'])) in state
        if in_ledger != (o['status'] in ('VALID', 'REJECTED')):
            errors.append('outcomes: seq %d (%s) is %s: TX record %s' % (o['journal_seq'], o['what'], o['status'],
                                                                      'present' if in_ledger else 'absent'))
    want = meta['expected_state']
    accounts = [k for k in state if k[0] == 2]
    if len(accounts) != want['accounts']:
        errors.append('outcomes: %d accounts, expected %d' % (len(accounts), want['accounts']))
    groups = [state[k] for k in state if k[0] == 3]
    got = [{'members': g[54], 'started': bool(g[29]), 'pool': struct.unpack_from('<q', g, 30)[0]} for g in groups]
    if got != want['groups']:
        errors.append('outcomes: groups %r, expected %r' % (got, want['groups']))


def subset_equal(mine, theirs, path, errors):
    """Every key I extracted must be in the vector's JSON with the same value."""
    if isinstance(mine, dict):
        for k, v in mine.items():
            if k not in theirs:
                errors.append('%s.%s missing in JSON' % (path, k))
            else:
                subset_equal(v, theirs[k], '%s.%s' % (path, k), errors)
    elif isinstance(mine, list):
        if len(mine) != len(theirs):
            errors.append('%s: %d items, JSON has %d' % (path, len(mine), len(theirs)))
        for i, (a, t) in enumerate(zip(mine, theirs)):
            subset_equal(a, t, '%s[%d]' % (path, i), errors)
    elif mine != theirs:
        errors.append('%s: spec reader %r, JSON %r' % (path, mine, theirs))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'data')
    # Vectors whose damage the simple reader above does not model (it stops at damage
    # instead of classifying it, and checks the chain strictly).
    damaged = {'bit-flip', 'delete-entry', 'reorder-entries', 'swap-ciphertext', 'tamper-amount',
               'forge-signature'}
    failed = 0
    for name in sorted(f[:-5] for f in os.listdir(data) if f.endswith('.json')):
        meta = json.load(open(os.path.join(data, name + '.json')))
        if name in damaged:
            continue
        image = open(os.path.join(data, meta['dump']), 'rb').read()
        key = bytes.fromhex(open(os.path.join(data, meta['key_file'])).read().strip()) if meta['key_file'] else None
        errors = []
        authority = bytes.fromhex(meta['network']['authority_public_key'])
        mine = read(image, key, authority)
        state = mine.pop('_state')
        subset_equal(mine, meta['read'], name, errors)
        if 'expected_outcomes' in meta:
            check_outcomes(meta, state, errors)
        print('%-22s %s' % (name, 'ok' if not errors else 'MISMATCH'))
        for e in errors[:20]:
            print('   ', e)
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>CoreTerms</name>
    <message>
        <source>torn_tail</source>
        <translation>uandishi uliokatizwa</translation>
    </message>
    <message>
        <source>corruption</source>
        <translation>uharibifu wa data</translation>
    </message>
    <message>
        <source>tampering</source>
        <translation>uchakachuaji</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <source>high_risk</source>
        <translation>hatari kubwa</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>kawaida</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>kuaminika</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>bora</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>wazi</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>imefumbuliwa</translation>
    </message>
    <message>
        <source>no-key</source>
        <translation>hakuna ufunguo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>imeshindwa</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>halali</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>si halali</translation>
    </message>
    <message>
        <source>unknown_key</source>
        <translation>ufunguo usiojulikana</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>imebadilishwa</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>inakosekana</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>ya ziada</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>salio</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>mfuko</translation>
    </message>
    <message>
        <source>group_status</source>
        <translation>hali ya kikundi</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>uaminifu</translation>
    </message>
    <message>
        <source>issuance</source>
        <translation>utoaji</translation>
    </message>
    <message>
        <source>info</source>
        <translation>taarifa</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>onyo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hitilafu</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>hatari</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>imethibitishwa</translation>
    </message>
    <message>
        <source>untrusted_key</source>
        <translation>ufunguo usioaminika</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>safi</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>maonyo</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>hitilafu</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>haijathibitishwa</translation>
    </message>
    <message>
        <source>create</source>
        <translation>kuunda</translation>
    </message>
    <message>
        <source>open</source>
        <translation>kufungua</translation>
    </message>
    <message>
        <source>import</source>
        <translation>kuingiza</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>kuthibitisha</translation>
    </message>
    <message>
        <source>key used</source>
        <translation>ufunguo uliotumika</translation>
    </message>
    <message>
        <source>note</source>
        <translation>dokezo</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>alamisho</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>lebo</translation>
    </message>
    <message>
        <source>export</source>
        <translation>kuhamisha</translation>
    </message>
    <message>
        <source>evidence mismatch</source>
        <translation>ushahidi haulingani</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>checkpoint slot %1</source>
        <translation>nafasi ya kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>The newest checkpoint cannot be loaded, so the device falls back to checkpoint %1 in slot %2 and replays more journal.</source>
        <translation>Kituo cha ukaguzi kipya zaidi hakiwezi kupakiwa, kwa hiyo kifaa kinarudi kwenye kituo cha ukaguzi %1 katika nafasi %2 na kurudia sehemu kubwa zaidi ya kumbukumbu.</translation>
    </message>
    <message>
        <source>checkpoint %1 loadable</source>
        <translation>kituo cha ukaguzi %1 kinapakiika</translation>
    </message>
    <message>
        <source>fallback to checkpoint %1</source>
        <translation>kurudi kwenye kituo cha ukaguzi %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Matumizi: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[chaguo]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Chaguo:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Hoja:</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drag to pan, wheel to zoom, click a point to select its entry.</source>
        <translation>Buruta kusogeza, zungusha gurudumu kukuza, bofya nukta kuchagua ingizo lake.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Rejesha mwonekano</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Hamisha chati</translation>
    </message>
    <message>
        <source>CLEAN</source>
        <translation>SAFI</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>IMEHARIBIKA</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>IMECHAKACHULIWA</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>INAHITAJI UKAGUZI</translation>
    </message>
    <message>
        <source>KEY DOES NOT FIT</source>
        <translation>UFUNGUO HAUFAI</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Hatari</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hitilafu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Onyo</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Taarifa</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>haisomeki</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>haijakaguliwa</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>halali</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>ufunguo usiojulikana</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>SI HALALI</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Ω directory</source>
        <translation>Saraka ya Ω</translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Nakala ya kifaa cha Seed</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Hamisha chati kama PNG</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>Hamisha chati kama PDF</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Hamisha chati kama SVG</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>imethibitishwa</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>haijathibitishwa</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Jaribu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Onyesha msaada huu.</translation>
    </message>
    <message>
        <source>Add a note to the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Ongeza dokezo kwenye kesi, ushahidi, ingizo, ugunduzi, faili ya Omega au nukta ya chati.</translation>
    </message>
    <message>
        <source>Tag the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Weka lebo kwenye kesi, ushahidi, ingizo, ugunduzi, faili ya Omega au nukta ya chati.</translation>
    </message>
    <message>
        <source>Bookmark an entry, a finding, an Omega file or a chart point.</source>
        <translation>Weka alamisho kwenye ingizo, ugunduzi, faili ya Omega au nukta ya chati.</translation>
    </message>
    <message>
        <source>The evidence: SHA-256 (or 8+ hex prefix), name or path.</source>
        <translation>Ushahidi: SHA-256 (au kiambishi cha hex cha herufi 8 au zaidi), jina au njia.</translation>
    </message>
    <message>
        <source>A journal entry by sequence number.</source>
        <translation>Ingizo la kumbukumbu, kwa nambari ya mfuatano.</translation>
    </message>
    <message>
        <source>A journal entry by byte offset in the evidence.</source>
        <translation>Ingizo la kumbukumbu, kwa nafasi ya baiti ndani ya ushahidi.</translation>
    </message>
    <message>
        <source>A finding of the evidence&apos;s stored result, by id (F1, F2 ...).</source>
        <translation>Ugunduzi wa matokeo yaliyohifadhiwa ya ushahidi, kwa kitambulisho (F1, F2 ...).</translation>
    </message>
    <message>
        <source>A file of an Omega folder, by name.</source>
        <translation>Faili ya folda ya Omega, kwa jina.</translation>
    </message>
    <message>
        <source>A chart point: SERIES:X (e.g. trust:154).</source>
        <translation>Nukta ya chati: SERIES:X (k.m. trust:154).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Dokezo.</translation>
    </message>
    <message>
        <source>A note on it.</source>
        <translation>Dokezo kuhusu hilo.</translation>
    </message>
    <message>
        <source>Tag name; repeatable.</source>
        <translation>Jina la lebo; linaweza kurudiwa.</translation>
    </message>
    <message>
        <source>A label.</source>
        <translation>Jina.</translation>
    </message>
    <message>
        <source>The .seedcase file (omit with --db).</source>
        <translation>Faili ya .seedcase (iache ukitumia --db).</translation>
    </message>
    <message>
        <source>Create a case file (or initialise a team case database).</source>
        <translation>Unda faili ya kesi (au anzisha hifadhidata ya kesi ya timu).</translation>
    </message>
    <message>
        <source>Case title.</source>
        <translation>Kichwa cha kesi.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Nambari ya kesi.</translation>
    </message>
    <message>
        <source>Agency.</source>
        <translation>Taasisi.</translation>
    </message>
    <message>
        <source>The new .seedcase file.</source>
        <translation>Faili mpya ya .seedcase.</translation>
    </message>
    <message>
        <source>Import evidence into a case: hash it, verify it (dumps) or examine it (Omega folders), and store the result. Evidence already verified by this Seedscope version with the same keys is not verified again.</source>
        <translation>Ingiza ushahidi kwenye kesi: kokotoa hashi yake, uuthibitishe (nakala) au uuchunguze (folda za Omega), na uhifadhi matokeo. Ushahidi ambao tayari umethibitishwa na toleo hili la Seedscope kwa funguo zilezile hauthibitishwi tena.</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable.</source>
        <translation>Faili ya ufunguo mkuu wa hifadhi (hex); inaweza kurudiwa.</translation>
    </message>
    <message>
        <source>Network trust store.</source>
        <translation>Hifadhi ya uaminifu ya mtandao.</translation>
    </message>
    <message>
        <source>Dump files or Omega folders.</source>
        <translation>Faili za nakala au folda za Omega.</translation>
    </message>
    <message>
        <source>Re-hash every piece of evidence and check the custody chain. Exit 2 names the changed evidence or the first custody record that fails.</source>
        <translation>Kokotoa upya hashi ya kila ushahidi na ukague mnyororo wa uhifadhi. Msimbo wa kutoka 2 unataja ushahidi uliobadilika au rekodi ya kwanza ya uhifadhi iliyoshindwa.</translation>
    </message>
    <message>
        <source>Print the custody log (read-only) and whether its hash chain verifies.</source>
        <translation>Onyesha orodha ya uhifadhi (kusoma tu) na kama mnyororo wake wa hashi unathibitika.</translation>
    </message>
    <message>
        <source>usage: case new|add|verify|log|note|bookmark|tag [options] (case &lt;action&gt; --help for each)</source>
        <translation>matumizi: case new|add|verify|log|note|bookmark|tag [chaguo] (case &lt;action&gt; --help kwa kila moja)</translation>
    </message>
    <message>
        <source>Case files: new, add evidence, verify, custody log, notes, bookmarks, tags</source>
        <translation>Faili za kesi: unda, ongeza ushahidi, thibitisha, orodha ya uhifadhi, madokezo, alamisho, lebo</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string (postgresql://...) in place of CASE.</source>
        <translation>Kesi ya timu: mfuatano wa muunganisho wa PostgreSQL (postgresql://...) badala ya CASE.</translation>
    </message>
    <message>
        <source>Who performs this action (default: the case&apos;s examiner).</source>
        <translation>Anayefanya kitendo hiki (chaguo-msingi: mkaguzi wa kesi).</translation>
    </message>
    <message>
        <source>Print JSON (docs/case-file.md).</source>
        <translation>Chapisha JSON (docs/case-file.md).</translation>
    </message>
    <message>
        <source>Print size, SHA-256 and modification time of evidence files (read-only).</source>
        <translation>Onyesha ukubwa, SHA-256 na wakati wa kubadilishwa wa faili za ushahidi (kusoma tu).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Chapisha JSON.</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Faili za ushahidi.</translation>
    </message>
    <message>
        <source>Hash evidence files read-only (size, SHA-256, mtime)</source>
        <translation>Kokotoa hashi ya faili za ushahidi kwa kusoma tu (ukubwa, SHA-256, wakati)</translation>
    </message>
    <message>
        <source>Show the layout of a Seed device dump: geometry, identity, slots, journal extent, markers.</source>
        <translation>Onyesha muundo wa nakala ya kifaa cha Seed: jiometri, utambulisho, nafasi, upana wa kumbukumbu, alama.</translation>
    </message>
    <message>
        <source>Storage root key file (64 hex characters).</source>
        <translation>Faili ya ufunguo mkuu wa hifadhi (herufi 64 za hex).</translation>
    </message>
    <message>
        <source>A .seeddump file.</source>
        <translation>Faili ya .seeddump.</translation>
    </message>
    <message>
        <source>Show a Seed dump&apos;s layout: geometry, identity, slots, journal, markers</source>
        <translation>Onyesha muundo wa nakala ya Seed: jiometri, utambulisho, nafasi, kumbukumbu, alama</translation>
    </message>
    <message>
        <source>
JSON output (--json), one object (docs/cli.md):
  command &quot;omega&quot;, schema_version 1, exit_code, folder (opened folder name),
  examined_at (unix seconds, --now),
  summary: files_on_disk, parsed, valid, truncated[], malformed[], non_finite[],
    out_of_range[] (file names), original_loader {picks, returns &quot;checkpoint&quot;|&quot;nothing&quot;,
    returned_timestamp, result_valid, reason}, numerically_latest, newest_by_content,
    newest_valid, retention {guide_limit, on_disk}, continuity {limit, pairs, violations},
    authentication &quot;none&quot;|&quot;verified&quot;|&quot;untrusted_key&quot;|&quot;failed&quot;, signer_key_id,
    worst_severity, exit_code,
  files[]: name, status (valid|invalid|truncated|malformed|unreadable|encrypted|
    encrypted_unread), size, sha256, name_seconds, timestamp, coherence_score, modulator,
    network_id, vector_length, encrypted, errors, warnings (numeric order),
  findings[]: id, cause, code, severity, evidence, offset, length, location (JSON path),
    subject, expected, found, explanation, verdict.
Non-finite numbers appear as the strings &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;.
Codes and examples: docs/findings/omega.md.
</source>
        <translation>
Matokeo ya JSON (--json), kitu kimoja (docs/cli.md):
  command &quot;omega&quot;, schema_version 1, exit_code, folder (jina la folda iliyofunguliwa),
  examined_at (sekunde za unix, --now),
  summary: files_on_disk, parsed, valid, truncated[], malformed[], non_finite[],
    out_of_range[] (majina ya faili), original_loader {picks, returns &quot;checkpoint&quot;|&quot;nothing&quot;,
    returned_timestamp, result_valid, reason}, numerically_latest, newest_by_content,
    newest_valid, retention {guide_limit, on_disk}, continuity {limit, pairs, violations},
    authentication &quot;none&quot;|&quot;verified&quot;|&quot;untrusted_key&quot;|&quot;failed&quot;, signer_key_id,
    worst_severity, exit_code,
  files[]: name, status (valid|invalid|truncated|malformed|unreadable|encrypted|
    encrypted_unread), size, sha256, name_seconds, timestamp, coherence_score, modulator,
    network_id, vector_length, encrypted, errors, warnings (mpangilio wa nambari),
  findings[]: id, cause, code, severity, evidence, offset, length, location (njia ya JSON),
    subject, expected, found, explanation, verdict.
Nambari zisizo na kikomo huonekana kama maandishi &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;.
Misimbo na mifano: docs/findings/omega.md.
</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory (checkpoint_*.json, or a folder holding checkpoints/) read-only: per-file validation, what the original loader picks, continuity, authentication.</source>
        <translation>Chunguza saraka ya vituo vya ukaguzi vya Omega (checkpoint_*.json, au folda yenye checkpoints/) kwa kusoma tu: uthibitishaji wa kila faili, anachochagua kipakiaji asili, mwendelezo, uthibitishaji wa chanzo.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema below).</source>
        <translation>Chapisha ripoti kama JSON (muundo hapa chini).</translation>
    </message>
    <message>
        <source>Examination time as unix seconds (default: the current time).</source>
        <translation>Wakati wa uchunguzi kwa sekunde za unix (chaguo-msingi: wakati wa sasa).</translation>
    </message>
    <message>
        <source>File with the node&apos;s Ed25519 public key (64 hex characters).</source>
        <translation>Faili yenye ufunguo wa umma wa Ed25519 wa nodi (herufi 64 za hex).</translation>
    </message>
    <message>
        <source>File with the node secret (64 hex) to decrypt .json.enc checkpoints.</source>
        <translation>Faili yenye siri ya nodi (hex 64) ya kufungua vituo vya ukaguzi vya .json.enc.</translation>
    </message>
    <message>
        <source>The checkpoint folder.</source>
        <translation>Folda ya vituo vya ukaguzi.</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory read-only (findings, loader pick, continuity)</source>
        <translation>Chunguza saraka ya vituo vya ukaguzi vya Omega kwa kusoma tu (ugunduzi, chaguo la kipakiaji, mwendelezo)</translation>
    </message>
    <message>
        <source>Write a deterministic Omega checkpoint folder to DIR/checkpoints/ (same seed, same bytes).
--hardened adds a signed manifest.json; --encrypt writes checkpoint_&lt;int&gt;.json.enc files.
The node secret comes from --key-file F (64 hex characters); when F does not exist it is
created (mode 0600) from the seed. Simulator keys protect nothing: never reuse them.
With --hardened, the node&apos;s public key is written to DIR/node_public_key.hex (for --trust-key).</source>
        <translation>Andika folda ya vituo vya ukaguzi vya Omega inayotabirika kwenye DIR/checkpoints/ (mbegu ileile, baiti zilezile).
--hardened huongeza manifest.json iliyotiwa sahihi; --encrypt huandika faili za checkpoint_&lt;int&gt;.json.enc.
Siri ya nodi hutoka kwa --key-file F (herufi 64 za hex); F isipokuwepo
huundwa (hali 0600) kutoka kwa mbegu. Funguo za kiigaji hazilindi chochote: usizitumie tena kamwe.
Kwa --hardened, ufunguo wa umma wa nodi huandikwa kwenye DIR/node_public_key.hex (kwa --trust-key).</translation>
    </message>
    <message>
        <source>Simulate an Omega checkpoint folder.</source>
        <translation>Iga folda ya vituo vya ukaguzi vya Omega.</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Saraka ya matokeo.</translation>
    </message>
    <message>
        <source>Checkpoint files before defects (default 24).</source>
        <translation>Faili za vituo vya ukaguzi kabla ya kasoro (chaguo-msingi 24).</translation>
    </message>
    <message>
        <source>Seed (default 20251109).</source>
        <translation>Mbegu (chaguo-msingi 20251109).</translation>
    </message>
    <message>
        <source>Append the real writer&apos;s typical defects.</source>
        <translation>Ongeza kasoro za kawaida za mwandishi halisi.</translation>
    </message>
    <message>
        <source>Write a signed manifest.json.</source>
        <translation>Andika manifest.json iliyotiwa sahihi.</translation>
    </message>
    <message>
        <source>Encrypt checkpoint files (implies --hardened).</source>
        <translation>Simba faili za vituo vya ukaguzi (inamaanisha --hardened).</translation>
    </message>
    <message>
        <source>Node secret file (64 hex).</source>
        <translation>Faili ya siri ya nodi (hex 64).</translation>
    </message>
    <message>
        <source>Print what was written as JSON (schema: docs/cli.md).</source>
        <translation>Chapisha kilichoandikwa kama JSON (muundo: docs/cli.md).</translation>
    </message>
    <message>
        <source>Export a standalone proof of one balance (or pool) from a signed checkpoint.</source>
        <translation>Hamisha uthibitisho unaojitegemea wa salio moja (au mfuko) kutoka kwa kituo cha ukaguzi kilichotiwa sahihi.</translation>
    </message>
    <message>
        <source>Trust store JSON.</source>
        <translation>Hifadhi ya uaminifu (JSON).</translation>
    </message>
    <message>
        <source>Storage key file (repeatable).</source>
        <translation>Faili ya ufunguo wa hifadhi (inaweza kurudiwa).</translation>
    </message>
    <message>
        <source>Directory with &lt;dump-name&gt;.key files.</source>
        <translation>Saraka yenye faili za &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Account to prove (32 hex digits).</source>
        <translation>Akaunti ya kuthibitisha (tarakimu 32 za hex).</translation>
    </message>
    <message>
        <source>Savings group pool to prove (32 hex digits).</source>
        <translation>Mfuko wa chama cha akiba wa kuthibitisha (tarakimu 32 za hex).</translation>
    </message>
    <message>
        <source>Use the latest checkpoint covering at most journal sequence SEQ.</source>
        <translation>Tumia kituo cha ukaguzi cha mwisho kinachofunika hadi mfuatano SEQ wa kumbukumbu.</translation>
    </message>
    <message>
        <source>Write the proof here (default: stdout).</source>
        <translation>Andika uthibitisho hapa (chaguo-msingi: stdout).</translation>
    </message>
    <message>
        <source>Seed dump file.</source>
        <translation>Faili ya nakala ya Seed.</translation>
    </message>
    <message>
        <source>Export a standalone Merkle proof of a balance or pool from a dump</source>
        <translation>Hamisha uthibitisho wa Merkle unaojitegemea wa salio au mfuko kutoka kwa nakala</translation>
    </message>
    <message>
        <source>Reconcile the dumps of several Seed devices of one network: matched transactions, entries on one side only, conflicting duplicates, altered copies, chain forks, divergent checkpoints, clock skew, and the merged ledger each device is compared to. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Linganisha nakala za vifaa kadhaa vya Seed vya mtandao mmoja: miamala inayolingana, maingizo ya upande mmoja tu, nakala rudufu zinazokinzana, nakala zilizobadilishwa, migawanyiko ya mnyororo, vituo vya ukaguzi vinavyotofautiana, tofauti ya saa, na daftari lililounganishwa ambalo kila kifaa kinalinganishwa nalo. Kutoka: 0 safi, 1 maonyo, 2 hitilafu au uchakachuaji, 3 haisomeki, 64 matumizi.</translation>
    </message>
    <message>
        <source>Network trust store (required).</source>
        <translation>Hifadhi ya uaminifu ya mtandao (inahitajika).</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable, matched to dumps by name first.</source>
        <translation>Faili ya ufunguo mkuu wa hifadhi (hex); inaweza kurudiwa, huoanishwa na nakala kwanza kwa jina.</translation>
    </message>
    <message>
        <source>Directory holding &lt;dump-name&gt;.key files.</source>
        <translation>Saraka iliyo na faili za &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Print JSON (schema: docs/cli.md).</source>
        <translation>Chapisha JSON (muundo: docs/cli.md).</translation>
    </message>
    <message>
        <source>Two or more Seed dump files.</source>
        <translation>Faili mbili au zaidi za nakala za Seed.</translation>
    </message>
    <message>
        <source>Reconcile several Seed dumps: matches, conflicts, forks, merged ledger</source>
        <translation>Linganisha nakala kadhaa za Seed: zinazolingana, migongano, migawanyiko, daftari lililounganishwa</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, account provenance.</source>
        <translation>Rudia daftari la nakala: hali, matukio, uthibitisho mtambuka wa vituo vya ukaguzi, asili ya akaunti.</translation>
    </message>
    <message>
        <source>Trust store JSON (authority key, device registry).</source>
        <translation>Hifadhi ya uaminifu ya JSON (ufunguo wa mamlaka, orodha ya vifaa).</translation>
    </message>
    <message>
        <source>State after the entry stored at journal sequence N.</source>
        <translation>Hali baada ya ingizo lililohifadhiwa kwenye mfuatano N wa kumbukumbu.</translation>
    </message>
    <message>
        <source>State after every entry with Lamport &lt;= L.</source>
        <translation>Hali baada ya kila ingizo lenye Lamport &lt;= L.</translation>
    </message>
    <message>
        <source>One account&apos;s history with provenance.</source>
        <translation>Historia ya akaunti moja pamoja na asili yake.</translation>
    </message>
    <message>
        <source>Print events as CSV.</source>
        <translation>Chapisha matukio kama CSV.</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, provenance</source>
        <translation>Rudia daftari la nakala: hali, matukio, uthibitisho mtambuka, asili</translation>
    </message>
    <message>
        <source>Write a case report: case, examiner, tool version, evidence manifest with hashes, methods, verdicts and findings, proofs, charts, bookmarks, notes and the custody log.</source>
        <translation>Andika ripoti ya kesi: kesi, mkaguzi, toleo la zana, orodha ya ushahidi pamoja na hashi zake, mbinu, maamuzi na ugunduzi, uthibitisho, chati, alamisho, madokezo na orodha ya uhifadhi.</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string in place of CASE.</source>
        <translation>Kesi ya timu: mfuatano wa muunganisho wa PostgreSQL badala ya CASE.</translation>
    </message>
    <message>
        <source>html, pdf, json or csv.</source>
        <translation>html, pdf, json au csv.</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Faili ya ripoti ya kuandika.</translation>
    </message>
    <message>
        <source>Generation time to print in HTML/PDF (ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z).</source>
        <translation>Wakati wa kutengeneza wa kuchapisha katika HTML/PDF (ISO 8601 UTC, k.m. 2026-01-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>Who exports (default: the case&apos;s examiner).</source>
        <translation>Anayehamisha (chaguo-msingi: mkaguzi wa kesi).</translation>
    </message>
    <message>
        <source>Print a JSON summary of what was written.</source>
        <translation>Chapisha muhtasari wa JSON wa kilichoandikwa.</translation>
    </message>
    <message>
        <source>Case report as HTML, PDF, JSON or CSV</source>
        <translation>Ripoti ya kesi kama HTML, PDF, JSON au CSV</translation>
    </message>
    <message>
        <source>Simulate a mesh of Seed devices and write one .seeddump (+ .key) per device, trust-store.json and manifest.json.
Same options and seed, same bytes.</source>
        <translation>Iga mtandao wa vifaa vya Seed na uandike .seeddump (+ .key) moja kwa kila kifaa, trust-store.json na manifest.json.
Chaguo na mbegu zilezile, baiti zilezile.</translation>
    </message>
    <message>
        <source>Number of devices (1..64).</source>
        <translation>Idadi ya vifaa (1..64).</translation>
    </message>
    <message>
        <source>Entries the devices create.</source>
        <translation>Maingizo ambayo vifaa huunda.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Mbegu ya nasibu.</translation>
    </message>
    <message>
        <source>Encrypt journal payloads and checkpoints (AES-256-GCM).</source>
        <translation>Simba maudhui ya kumbukumbu na vituo vya ukaguzi (AES-256-GCM).</translation>
    </message>
    <message>
        <source>Run rotating savings groups (ROSCA) with trust events.</source>
        <translation>Endesha vikundi vya akiba vya mzunguko (chama) pamoja na matukio ya uaminifu.</translation>
    </message>
    <message>
        <source>Checkpoint after K stored entries per device.</source>
        <translation>Kituo cha ukaguzi baada ya maingizo K yaliyohifadhiwa kwa kila kifaa.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[@DEVICE[:SEQ]] (repeatable; see --list-faults).</source>
        <translation>Ingiza hitilafu: KIND[@DEVICE[:SEQ]] (inaweza kurudiwa; angalia --list-faults).</translation>
    </message>
    <message>
        <source>List the fault kinds and exit.</source>
        <translation>Orodhesha aina za hitilafu kisha utoke.</translation>
    </message>
    <message>
        <source>Print the manifest as JSON.</source>
        <translation>Chapisha manifest kama JSON.</translation>
    </message>
    <message>
        <source>With --omega (Omega checkpoint folders instead of device dumps):</source>
        <translation>Kwa --omega (folda za vituo vya ukaguzi vya Omega badala ya nakala za vifaa):</translation>
    </message>
    <message>
        <source>Generate deterministic evidence: device meshes, or --omega directories</source>
        <translation>Tengeneza ushahidi unaotabirika: mitandao ya vifaa, au saraka za --omega</translation>
    </message>
    <message>
        <source>Verify Seed device dumps: framing, hash chain, seals, checkpoints, signatures, ledger replay (with a trust store), damage verdicts and the device&apos;s boot-time recovery. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Huthibitisha nakala za vifaa vya Seed: muundo wa rekodi, mnyororo wa hashi, mihuri, vituo vya ukaguzi, sahihi, kurudia daftari (kwa hifadhi ya uaminifu), maamuzi ya uharibifu na urejeshaji wa kifaa wakati wa kuwasha. Kutoka: 0 safi, 1 maonyo, 2 hitilafu au uchakachuaji, 3 haisomeki, 64 matumizi.</translation>
    </message>
    <message>
        <source>Network trust store (authority key and device registry).</source>
        <translation>Hifadhi ya uaminifu ya mtandao (ufunguo wa mamlaka na orodha ya vifaa).</translation>
    </message>
    <message>
        <source>Seed dump files.</source>
        <translation>Faili za nakala za Seed.</translation>
    </message>
    <message>
        <source>Verify Seed dumps: findings, damage verdicts, recovery emulation</source>
        <translation>Thibitisha nakala za Seed: ugunduzi, maamuzi ya uharibifu, uigaji wa urejeshaji</translation>
    </message>
    <message>
        <source>Verify a Seedscope proof file standalone (no dump needed).</source>
        <translation>Thibitisha faili ya uthibitisho ya Seedscope peke yake (bila nakala).</translation>
    </message>
    <message>
        <source>Trust store JSON {network_id, authority_public_key}.</source>
        <translation>Hifadhi ya uaminifu ya JSON {network_id, authority_public_key}.</translation>
    </message>
    <message>
        <source>Proof file.</source>
        <translation>Faili ya uthibitisho.</translation>
    </message>
    <message>
        <source>Verify a balance/pool/trust proof file against a trust store</source>
        <translation>Thibitisha faili ya uthibitisho wa salio, mfuko au uaminifu dhidi ya hifadhi ya uaminifu</translation>
    </message>
    <message>
        <source>audit and forensics for Seed device dumps and Omega checkpoint directories</source>
        <translation>ukaguzi na uchunguzi wa kitaalamu wa nakala za vifaa vya Seed na saraka za vituo vya ukaguzi vya Omega</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Matumizi: %1 &lt;command&gt; [chaguo]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Amri:</translation>
    </message>
    <message>
        <source>Show this list, or a command&apos;s options: help &lt;command&gt;</source>
        <translation>Onyesha orodha hii, au chaguo za amri: help &lt;command&gt;</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Onyesha toleo</translation>
    </message>
    <message>
        <source>Exit codes: 0 clean, 1 findings below error, 2 errors or tampering, 3 unreadable input,
4 the examiner&apos;s key or trust store does not fit the evidence, 64 usage (docs/cli.md).</source>
        <translation>Misimbo ya kutoka: 0 safi, 1 ugunduzi chini ya hitilafu, 2 hitilafu au uchakachuaji, 3 ingizo lisilosomeka,
4 ufunguo au hifadhi ya uaminifu ya mkaguzi haufai ushahidi, 64 matumizi (docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit and forensics workbench for Seed device dumps and Ω checkpoint directories</source>
        <translation>Kituo cha ukaguzi na uchunguzi wa nakala za vifaa vya Seed na saraka za vituo vya ukaguzi vya Ω</translation>
    </message>
    <message>
        <source>Render the window to PNG once the evidence is verified, then quit.</source>
        <translation>Hifadhi dirisha kama PNG baada ya ushahidi kukaguliwa, kisha funga.</translation>
    </message>
    <message>
        <source>Use the key files and trust store found beside the evidence without asking.</source>
        <translation>Tumia bila kuuliza faili za funguo na hifadhi ya uaminifu zilizopatikana kando ya ushahidi.</translation>
    </message>
    <message>
        <source>Dump files, folders of dumps or Ω directories to open.</source>
        <translation>Faili za nakala, folda za nakala au saraka za Ω za kufungua.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::AnnotationDialog</name>
    <message>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Alamisho</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Kuhusu:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Lebo:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Dokezo:</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>&amp;Dokezo (si lazima):</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseController</name>
    <message>
        <source>no case is open</source>
        <translation>hakuna kesi iliyofunguliwa</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>haiwezekani kuandika %1: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>rekodi %1: %2</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseDock</name>
    <message>
        <source>Case</source>
        <translation>Kesi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ushahidi</translation>
    </message>
    <message>
        <source>Verdict (stored)</source>
        <translation>Uamuzi (uliohifadhiwa)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ugunduzi</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Ukamilifu</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Mkaguzi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>No case open. File &gt; New case… or Open case…</source>
        <translation>Hakuna kesi iliyofunguliwa. Faili &gt; Kesi mpya… au Fungua kesi…</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source> (no. %1)</source>
        <translation> (Na. %1)</translation>
    </message>
    <message>
        <source>%1
Examiner: %2
Agency: %3
File: %4</source>
        <translation>%1
Mkaguzi: %2
Taasisi: %3
Faili: %4</translation>
    </message>
    <message>
        <source>Custody chain intact (%1 records verified)</source>
        <translation>Mnyororo wa uhifadhi haujavunjika (rekodi %1 zimethibitishwa)</translation>
    </message>
    <message>
        <source>Custody chain BROKEN at %1</source>
        <translation>Mnyororo wa uhifadhi UMEVUNJIKA kwenye %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>haijabadilika</translation>
    </message>
    <message>
        <source>CHANGED: %1</source>
        <translation>IMEBADILIKA: %1</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseUi</name>
    <message>
        <source>&amp;Case</source>
        <translation>K&amp;esi</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Kesi &amp;mpya…</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Fungua kes&amp;i…</translation>
    </message>
    <message>
        <source>&amp;Add the open evidence to the case</source>
        <translation>&amp;Ongeza ushahidi uliofunguliwa kwenye kesi</translation>
    </message>
    <message>
        <source>Evidence added to the case.</source>
        <translation>Ushahidi umeongezwa kwenye kesi.</translation>
    </message>
    <message>
        <source>&amp;Bookmark the selection…</source>
        <translation>Weka &amp;alamisho kwenye kilichochaguliwa…</translation>
    </message>
    <message>
        <source>&amp;Note on the selection…</source>
        <translation>&amp;Dokezo kuhusu kilichochaguliwa…</translation>
    </message>
    <message>
        <source>&amp;Tag the selection…</source>
        <translation>Weka &amp;lebo kwenye kilichochaguliwa…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Hamisha ripoti…</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Funga kesi</translation>
    </message>
    <message>
        <source>Show the case &amp;dock</source>
        <translation>Onyesha &amp;paneli ya kesi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kesi</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Faili mpya ya kesi</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase)</source>
        <translation>Kesi za Seedscope (*.seedcase)</translation>
    </message>
    <message>
        <source>Case created: %1</source>
        <translation>Kesi imeundwa: %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fungua kesi</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase);;All files (*)</source>
        <translation>Kesi za Seedscope (*.seedcase);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Case opened; verdicts shown are the stored results (nothing was verified again).</source>
        <translation>Kesi imefunguliwa; maamuzi yanayoonyeshwa ni matokeo yaliyohifadhiwa (hakuna kilichokaguliwa tena).</translation>
    </message>
    <message>
        <source>open a dump or an Omega folder first</source>
        <translation>fungua kwanza nakala au folda ya Omega</translation>
    </message>
    <message>
        <source>select a journal entry or a finding in a dump tab first</source>
        <translation>chagua kwanza ingizo la kumbukumbu au ugunduzi katika kichupo cha nakala</translation>
    </message>
    <message>
        <source>%1 is not in the case yet: add it first</source>
        <translation>%1 bado haimo kwenye kesi: iongeze kwanza</translation>
    </message>
    <message>
        <source>select a finding first</source>
        <translation>chagua kwanza ugunduzi</translation>
    </message>
    <message>
        <source>this finding has no id to refer to</source>
        <translation>ugunduzi huu hauna kitambulisho cha kurejelea</translation>
    </message>
    <message>
        <source>select a journal entry or a finding first</source>
        <translation>chagua kwanza ingizo la kumbukumbu au ugunduzi</translation>
    </message>
    <message>
        <source>the selected entry is out of range</source>
        <translation>ingizo lililochaguliwa liko nje ya masafa</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>hakuna kesi iliyofunguliwa</translation>
    </message>
    <message>
        <source>finding %1 (%2)</source>
        <translation>ugunduzi %1 (%2)</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>ingizo seq %1</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Hamisha ripoti ya kesi</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Ripoti imeandikwa: %1</translation>
    </message>
    <message>
        <source>Note added on %1.</source>
        <translation>Dokezo limeongezwa kwenye %1.</translation>
    </message>
    <message>
        <source>Tag added on %1.</source>
        <translation>Lebo imeongezwa kwenye %1.</translation>
    </message>
    <message>
        <source>Bookmark added on %1.</source>
        <translation>Alamisho limeongezwa kwenye %1.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpTab</name>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Kagua tena</translation>
    </message>
    <message>
        <source>Verifying %1 (read-only)…</source>
        <translation>Inakagua %1 (kusoma tu)…</translation>
    </message>
    <message>
        <source>Cancelled by the examiner.</source>
        <translation>Imesitishwa na mkaguzi.</translation>
    </message>
    <message>
        <source>Verification of %1 was cancelled. Nothing is shown from a partial run.</source>
        <translation>Ukaguzi wa %1 umesitishwa. Hakuna kinachoonyeshwa kutoka kwa ukaguzi usiokamilika.</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>inakokotoa hashi ya ushahidi</translation>
    </message>
    <message>
        <source>reading records and keys</source>
        <translation>inasoma rekodi na funguo</translation>
    </message>
    <message>
        <source>replaying the ledger</source>
        <translation>inarudia daftari</translation>
    </message>
    <message>
        <source>verifying chains, seals and signatures</source>
        <translation>inakagua minyororo, mihuri na sahihi</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Imeshindwa kufungua %1: %2</translation>
    </message>
    <message>
        <source>decrypting records</source>
        <translation>inafumbua rekodi</translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation>inakagua sahihi</translation>
    </message>
    <message>
        <source>checking checkpoints against the journal</source>
        <translation>inakagua vituo vya ukaguzi dhidi ya kumbukumbu</translation>
    </message>
    <message>
        <source>checking the evidence did not change</source>
        <translation>inakagua kwamba ushahidi haujabadilika</translation>
    </message>
    <message>
        <source>This is not a Seed device dump: %1. The file was left untouched.</source>
        <translation>Hii si nakala ya kifaa cha Seed: %1. Faili haikuguswa.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpWorkbench</name>
    <message>
        <source>Previous entry</source>
        <translation>Ingizo lililotangulia</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Ingizo linalofuata</translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation>Tafuta kwenye kumbukumbu…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Aina zote</translation>
    </message>
    <message>
        <source>Evidence structure</source>
        <translation>Muundo wa ushahidi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ugunduzi</translation>
    </message>
    <message>
        <source>Trust scores</source>
        <translation>Alama za uaminifu</translation>
    </message>
    <message>
        <source>Group pools</source>
        <translation>Mifuko ya vikundi</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Chati</translation>
    </message>
    <message>
        <source>Entry inspector</source>
        <translation>Mkaguzi wa ingizo</translation>
    </message>
    <message>
        <source>State (time travel: Alt+←/→)</source>
        <translation>Hali (safari ya wakati: Alt+←/→)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(record seq %1, %2)</source>
        <translation>(rekodi seq %1, %2)</translation>
    </message>
    <message>
        <source>Entry seq %1: %2</source>
        <translation>Ingizo seq %1: %2</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> kutoka %1 kwenda %2</translation>
    </message>
    <message>
        <source>, amount %1</source>
        <translation>, kiasi %1</translation>
    </message>
    <message>
        <source>, replay %1</source>
        <translation>, urudiaji %1</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>inachuja…</translation>
    </message>
    <message>
        <source>Search the journal: sequence, Lamport, type, accounts or status</source>
        <translation>Tafuta kwenye kumbukumbu: mfuatano, Lamport, aina, akaunti au hali</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>Account (hex prefix of the sender or receiver)</source>
        <translation>Akaunti (kiambishi awali cha hex cha mtumaji au mpokeaji)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>haijarudiwa</translation>
    </message>
    <message>
        <source>Lamport ≥</source>
        <translation>Lamport ≥</translation>
    </message>
    <message>
        <source>Lamport ≤</source>
        <translation>Lamport ≤</translation>
    </message>
    <message>
        <source>Storage order</source>
        <translation>Mpangilio wa hifadhi</translation>
    </message>
    <message>
        <source>Canonical order</source>
        <translation>Mpangilio sanifu</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Zenye ugunduzi</translation>
    </message>
    <message>
        <source>Only records that findings point into</source>
        <translation>Rekodi zinazoelekezwa na ugunduzi pekee</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>rekodi %n</numerusform>
            <numerusform>rekodi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 kati ya rekodi %n</numerusform>
            <numerusform>%1 kati ya rekodi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EntryInspector</name>
    <message>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Thamani</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>baiti %n</numerusform>
            <numerusform>baiti %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal record</source>
        <translation>Rekodi ya kumbukumbu</translation>
    </message>
    <message>
        <source>Record header</source>
        <translation>Kichwa cha rekodi</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Mzigo</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Ufumbuaji</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Ingizo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <source>Signature (cryptography)</source>
        <translation>Sahihi (usimbaji)</translation>
    </message>
    <message>
        <source>Signer trust</source>
        <translation>Uaminifu wa mtia sahihi</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>ufunguo umethibitishwa na mamlaka ya mtandao</translation>
    </message>
    <message>
        <source>key not certified</source>
        <translation>ufunguo haujathibitishwa</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Imekataliwa kwa sababu</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Double spend</source>
        <translation>Matumizi maradufu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Mabadiliko</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>badiliko %n</numerusform>
            <numerusform>mabadiliko %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Provenance of %1</source>
        <translation>Asili ya %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s); activate one to jump</source>
        <translation>
            <numerusform>badiliko %n la awali; chagua moja kwenda hapo</numerusform>
            <numerusform>mabadiliko %n ya awali; chagua moja kwenda hapo</numerusform>
        </translation>
    </message>
    <message>
        <source>start state</source>
        <translation>hali ya mwanzo</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>ingizo seq %1</translation>
    </message>
    <message>
        <source>%1 at Lamport %2</source>
        <translation>%1 kwenye Lamport %2</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Ugunduzi %1</translation>
    </message>
    <message>
        <source>Entry header</source>
        <translation>Kichwa cha ingizo</translation>
    </message>
    <message>
        <source>seq %1, %2</source>
        <translation>seq %1, %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Ufasiri</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Mnyororo</translation>
    </message>
    <message>
        <source>links to the previous record</source>
        <translation>inaunganika na rekodi iliyotangulia</translation>
    </message>
    <message>
        <source>BROKEN: the previous-record hash does not match</source>
        <translation>IMEVUNJIKA: hashi ya rekodi iliyotangulia hailingani</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>halali</translation>
    </message>
    <message>
        <source>made by a key not in the trust store</source>
        <translation>imefanywa kwa ufunguo ambao haumo kwenye hifadhi ya uaminifu</translation>
    </message>
    <message>
        <source>INVALID: the bytes do not match the signature</source>
        <translation>SI HALALI: baiti hazilingani na sahihi</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceListModel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>faili %n, %1</numerusform>
            <numerusform>faili %n, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ushahidi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>SHA-256 at open</source>
        <translation>SHA-256 wakati wa kufungua</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Ilibadilishwa (UTC)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceOpener</name>
    <message>
        <source>There is no such file or folder (no such file).</source>
        <translation>Faili au folda hiyo haipo (no such file).</translation>
    </message>
    <message>
        <source>This folder holds no Seed device dumps (*.seeddump) and no Ω checkpoint files (checkpoint_&lt;seconds&gt;.json), here or in its checkpoints/ or devices/ folder.</source>
        <translation>Folda hii haina nakala za vifaa vya Seed (*.seeddump) wala faili za vituo vya ukaguzi vya Ω (checkpoint_&lt;sekunde&gt;.json), hapa au katika folda zake checkpoints/ au devices/.</translation>
    </message>
    <message>
        <source>The file is empty: there is no device dump in it.</source>
        <translation>Faili ni tupu: haina nakala yoyote ya kifaa.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation (%n dumps)</source>
        <translation>
            <numerusform>Ulinganisho (nakala %n)</numerusform>
            <numerusform>Ulinganisho (nakala %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Nakala ya kifaa cha Seed</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceTree</name>
    <message>
        <source>Structure</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message numerus="yes">
        <source>0x%1, %n byte(s)</source>
        <translation>
            <numerusform>0x%1, baiti %n</numerusform>
            <numerusform>0x%1, baiti %n</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only, SHA-256 %1…</source>
        <translation>kusoma tu, SHA-256 %1…</translation>
    </message>
    <message>
        <source>registration not checked (no trust store)</source>
        <translation>usajili haujakaguliwa (hakuna hifadhi ya uaminifu)</translation>
    </message>
    <message>
        <source>trust store: %1</source>
        <translation>hifadhi ya uaminifu: %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Kifaa %1</translation>
    </message>
    <message>
        <source>identity ok, network %1; %2</source>
        <translation>utambulisho sawa, mtandao %1; %2</translation>
    </message>
    <message>
        <source>identity header DAMAGED</source>
        <translation>kichwa cha utambulisho KIMEHARIBIKA</translation>
    </message>
    <message>
        <source>Damaged regions</source>
        <translation>Maeneo yaliyoharibika</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>eneo %n</numerusform>
            <numerusform>maeneo %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 0x%2</source>
        <translation>%1 kwenye 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>rekodi %n</numerusform>
            <numerusform>rekodi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsModel</name>
    <message>
        <source>Expected: %1
Found: %2</source>
        <translation>Kilichotarajiwa: %1
Kilichopatikana: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kitu</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Maana yake</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Viwango vyote</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Maonyo na zaidi</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Hitilafu na zaidi</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Hatari tu</translation>
    </message>
    <message>
        <source>Search findings (code, offset, subject, text)…</source>
        <translation>Tafuta ugunduzi (msimbo, nafasi, kitu, maandishi)…</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::JournalModel</name>
    <message>
        <source>(undecodable)</source>
        <translation>(haifasiriki)</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>haijarudiwa</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Lamport</source>
        <translation>Lamport</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kwa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Sahihi</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Uaminifu</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ugunduzi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>Findings point into this record</source>
        <translation>Kuna ugunduzi unaoelekeza kwenye rekodi hii</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::KeyDialog</name>
    <message>
        <source>Keys and trust store</source>
        <translation>Funguo na hifadhi ya uaminifu</translation>
    </message>
    <message>
        <source>&lt;p&gt;The evidence in &lt;b&gt;%1&lt;/b&gt; may need its storage keys (to decrypt the journal and checkpoints) and the network&apos;s trust store (to tell certified keys from unknown ones).&lt;/p&gt;&lt;p&gt;These files were found beside it. Only their paths are remembered, for this session; Seedscope never stores key bytes. A key that does not fit is reported as a problem with the inputs, never as tampering.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ushahidi ulio katika &lt;b&gt;%1&lt;/b&gt; unaweza kuhitaji funguo zake za hifadhi (kufumbua kumbukumbu na vituo vya ukaguzi) na hifadhi ya uaminifu ya mtandao (kutofautisha funguo zilizothibitishwa na zisizojulikana).&lt;/p&gt;&lt;p&gt;Faili hizi zilipatikana kando yake. Njia zao tu ndizo hukumbukwa, kwa kipindi hiki; Seedscope haihifadhi kamwe baiti za funguo. Ufunguo usiofaa huripotiwa kama tatizo la pembejeo, kamwe si uchakachuaji.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The key named like each dump (&lt;dump&gt;.key), %n found here</source>
        <translation>
            <numerusform>Ufunguo wenye jina la kila nakala (&lt;dump&gt;.key), %n umepatikana hapa</numerusform>
            <numerusform>Ufunguo wenye jina la kila nakala (&lt;dump&gt;.key), %n imepatikana hapa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>No storage key</source>
        <translation>Hakuna ufunguo wa hifadhi</translation>
    </message>
    <message>
        <source>No trust store</source>
        <translation>Hakuna hifadhi ya uaminifu</translation>
    </message>
    <message>
        <source>Other key file…</source>
        <translation>Faili nyingine ya ufunguo…</translation>
    </message>
    <message>
        <source>Other trust store…</source>
        <translation>Hifadhi nyingine ya uaminifu…</translation>
    </message>
    <message>
        <source>Storage key:</source>
        <translation>Ufunguo wa hifadhi:</translation>
    </message>
    <message>
        <source>Trust store:</source>
        <translation>Hifadhi ya uaminifu:</translation>
    </message>
    <message>
        <source>Verify with these</source>
        <translation>Kagua kwa hivi</translation>
    </message>
    <message>
        <source>Storage key file</source>
        <translation>Faili ya ufunguo wa hifadhi</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Faili za funguo (*.key);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Hifadhi ya uaminifu</translation>
    </message>
    <message>
        <source>Trust stores (*.json);;All files (*)</source>
        <translation>Hifadhi za uaminifu (*.json);;Faili zote (*)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Chaguo la mfumo (%1)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LedgerChart</name>
    <message>
        <source>Lamport time</source>
        <translation>Wakati wa Lamport</translation>
    </message>
    <message>
        <source>Trust score</source>
        <translation>Alama ya uaminifu</translation>
    </message>
    <message>
        <source>high risk below 100</source>
        <translation>hatari kubwa chini ya 100</translation>
    </message>
    <message>
        <source>reliable above 300</source>
        <translation>kuaminika juu ya 300</translation>
    </message>
    <message>
        <source>excellent above 600</source>
        <translation>bora juu ya 600</translation>
    </message>
    <message>
        <source>Pool balance</source>
        <translation>Salio la mfuko</translation>
    </message>
    <message>
        <source>%1 at Lamport %2: %3%4</source>
        <translation>%1 kwenye Lamport %2: %3%4</translation>
    </message>
    <message>
        <source> (before the journal)</source>
        <translation> (kabla ya kumbukumbu)</translation>
    </message>
    <message>
        <source>Hover a point to read it; click it to select its entry.</source>
        <translation>Weka kiashiria juu ya nukta kuisoma; ibofye kuchagua ingizo lake.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::MainWindow</name>
    <message>
        <source>Evidence (read-only)</source>
        <translation>Ushahidi (kusoma tu)</translation>
    </message>
    <message>
        <source>Ready. Evidence is opened read-only.</source>
        <translation>Tayari. Ushahidi hufunguliwa kwa kusoma tu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>Open &amp;device dump…</source>
        <translation>Fungua &amp;nakala ya kifaa…</translation>
    </message>
    <message>
        <source>Open &amp;folder (Ω directory or dumps)…</source>
        <translation>Fungua &amp;folda (saraka ya Ω au nakala)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fungua za &amp;karibuni</translation>
    </message>
    <message>
        <source>Open the bundled &amp;sample</source>
        <translation>Fungua &amp;sampuli iliyoambatishwa</translation>
    </message>
    <message>
        <source>Ask for &amp;keys again</source>
        <translation>Uliza &amp;funguo tena</translation>
    </message>
    <message>
        <source>Key and trust store choices forgotten: the next dump opened asks again.</source>
        <translation>Machaguo ya ufunguo na hifadhi ya uaminifu yamesahaulika: nakala itakayofunguliwa ijayo itauliza tena.</translation>
    </message>
    <message>
        <source>&amp;Close evidence tab</source>
        <translation>&amp;Funga kichupo cha ushahidi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Kichupo &amp;kinachofuata</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Kichupo &amp;kilichotangulia</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>Hali ya &amp;giza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Njia za mkato za &amp;kibodi</translation>
    </message>
    <message>
        <source>&amp;About Seedscope</source>
        <translation>&amp;Kuhusu Seedscope</translation>
    </message>
    <message>
        <source>Open device dump</source>
        <translation>Fungua nakala ya kifaa</translation>
    </message>
    <message>
        <source>Seed device dumps (*.seeddump);;All files (*)</source>
        <translation>Nakala za vifaa vya Seed (*.seeddump);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Open an Ω checkpoint directory or a folder of dumps</source>
        <translation>Fungua saraka ya vituo vya ukaguzi vya Ω au folda ya nakala</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 tayari imefunguliwa</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 imefunguliwa kwa kusoma tu</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Haiwezekani kufungua %1: %2</translation>
    </message>
    <message>
        <source>Cannot open evidence</source>
        <translation>Haiwezekani kufungua ushahidi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; haikufunguliwa.</translation>
    </message>
    <message>
        <source>About Seedscope</source>
        <translation>Kuhusu Seedscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Audit and forensics for Seed device dumps and Ω checkpoint directories.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Ukaguzi na uchunguzi wa nakala za vifaa vya Seed na saraka za vituo vya ukaguzi vya Ω.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Kesi mpya</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Mkaguzi:</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Jina la kesi:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Nambari ya kesi:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Taasisi:</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::OmegaView</name>
    <message>
        <source>Ψ and m_t</source>
        <translation>Ψ na m_t</translation>
    </message>
    <message>
        <source>Ω and I components</source>
        <translation>Vijenzi vya Ω na I</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Ugunduzi (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Faili (%1)</translation>
    </message>
    <message>
        <source>finds no checkpoint_*.json</source>
        <translation>haipati checkpoint_*.json yoyote</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; and returns &lt;b&gt;nothing&lt;/b&gt; (%2)</source>
        <translation>inachagua &lt;b&gt;%1&lt;/b&gt; na hairudishi &lt;b&gt;chochote&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; (%2 by its own validator)</source>
        <translation>inachagua &lt;b&gt;%1&lt;/b&gt; (%2 kwa kithibitishi chake)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>halali</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>si halali</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;nothing is authenticated&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;hakuna kilichothibitishwa&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 files, %3 valid · original loader %4 · newest valid: &lt;b&gt;%5&lt;/b&gt; · continuity: %6 of %7 pairs break ±0.001 · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: faili %2, halali %3 · kipakiaji asili %4 · halali ya karibuni: &lt;b&gt;%5&lt;/b&gt; · mwendelezo: jozi %6 kati ya %7 zinavunja ±0.001 · %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>seconds after %1 UTC</source>
        <translation>sekunde baada ya %1 UTC</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunde</translation>
    </message>
    <message>
        <source>Ψ (coherence_score)</source>
        <translation>Ψ (coherence_score)</translation>
    </message>
    <message>
        <source>m_t (modulator)</source>
        <translation>m_t (kirekebishaji)</translation>
    </message>
    <message>
        <source>ΔΨ, Δm_t</source>
        <translation>ΔΨ, Δm_t</translation>
    </message>
    <message>
        <source>Ψ</source>
        <translation>Ψ</translation>
    </message>
    <message>
        <source>m_t</source>
        <translation>m_t</translation>
    </message>
    <message>
        <source>continuity break (|Δ| ≥ %1)</source>
        <translation>mkatiko wa mwendelezo (|Δ| ≥ %1)</translation>
    </message>
    <message>
        <source>ΔΨ</source>
        <translation>ΔΨ</translation>
    </message>
    <message>
        <source>Δm_t</source>
        <translation>Δm_t</translation>
    </message>
    <message>
        <source>Omega_t_L components, ‖Ω‖</source>
        <translation>Vijenzi vya Omega_t_L, ‖Ω‖</translation>
    </message>
    <message>
        <source>I_t_L components</source>
        <translation>Vijenzi vya I_t_L</translation>
    </message>
    <message>
        <source>seconds after the first checkpoint</source>
        <translation>sekunde baada ya kituo cha kwanza cha ukaguzi</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>kijenzi %1</translation>
    </message>
    <message>
        <source>‖Ω‖ (= m_t by construction)</source>
        <translation>‖Ω‖ (= m_t kwa muundo)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ushahidi</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Kilichopatikana</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>kilichotarajiwa: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Muhuri wa wakati</translation>
    </message>
    <message>
        <source>network_id</source>
        <translation>network_id</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>imesimbwa</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>haisomeki</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>imekatwa</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>ina muundo mbovu</translation>
    </message>
    <message>
        <source> · original loader&apos;s pick</source>
        <translation> · chaguo la kipakiaji asili</translation>
    </message>
    <message>
        <source> · newest valid</source>
        <translation> · halali ya karibuni</translation>
    </message>
    <message>
        <source>Folder and files</source>
        <translation>Folda na faili</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>faili %n</numerusform>
            <numerusform>faili %n</numerusform>
        </translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>kirekebishaji (m_t)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>thamani %n</numerusform>
            <numerusform>thamani %n</numerusform>
        </translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>hitilafu ya uchanganuzi</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>kwenye baiti %1</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>hitilafu ya usomaji</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ukubwa</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>baiti %n</numerusform>
            <numerusform>baiti %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ReconcileTab</name>
    <message numerus="yes">
        <source>Reconciling %n dump(s) against the merged ledger…</source>
        <translation>
            <numerusform>Inalinganisha nakala %n na daftari lililounganishwa…</numerusform>
            <numerusform>Inalinganisha nakala %n na daftari lililounganishwa…</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Maingizo</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Hapa tu</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Yanayokosekana</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Yaliyobadilishwa</translation>
    </message>
    <message>
        <source>Matches merged ledger</source>
        <translation>Inalingana na daftari lililounganishwa</translation>
    </message>
    <message>
        <source>First divergent entry</source>
        <translation>Ingizo la kwanza linalotofautiana</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Muamala</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions the devices disagree on&lt;/b&gt; (each device&apos;s copy; the authentic one is marked)</source>
        <translation>&lt;b&gt;Miamala ambayo vifaa havikubaliani&lt;/b&gt; (nakala ya kila kifaa; halisi imewekwa alama)</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>Ulinganisho umeshindwa: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 transactions&lt;/b&gt; across %2 devices, %3 on every device; merged ledger: %4 entries (%5 valid, %6 rejected). &lt;b&gt;%7 device(s) depart from the merged ledger&lt;/b&gt;; %8 conflicting transaction(s).</source>
        <translation>&lt;b&gt;Miamala %1&lt;/b&gt; katika vifaa %2, %3 kwenye kila kifaa; daftari lililounganishwa: maingizo %4 (halali %5, yaliyokataliwa %6). &lt;b&gt;Vifaa %7 vinatofautiana na daftari lililounganishwa&lt;/b&gt;; miamala %8 inayokinzana.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>HAPANA</translation>
    </message>
    <message>
        <source>%1: journal seq %2 (merged #%3) %4</source>
        <translation>%1: kumbukumbu seq %2 (iliyounganishwa #%3) %4</translation>
    </message>
    <message>
        <source>seq %1, signature %2%3</source>
        <translation>seq %1, sahihi %2%3</translation>
    </message>
    <message>
        <source>, authentic</source>
        <translation>, halisi</translation>
    </message>
    <message>
        <source>, DIFFERS</source>
        <translation>, INATOFAUTIANA</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Previous journal entry (state time travel)</source>
        <translation>Ingizo lililotangulia la kumbukumbu (safari ya wakati ya hali)</translation>
    </message>
    <message>
        <source>Alt+Left or [</source>
        <translation>Alt+Kushoto au [</translation>
    </message>
    <message>
        <source>Next journal entry (state time travel)</source>
        <translation>Ingizo linalofuata la kumbukumbu (safari ya wakati ya hali)</translation>
    </message>
    <message>
        <source>Alt+Right or ]</source>
        <translation>Alt+Kulia au ]</translation>
    </message>
    <message>
        <source>Jump to a finding&apos;s entry and bytes</source>
        <translation>Nenda kwenye ingizo na baiti za ugunduzi</translation>
    </message>
    <message>
        <source>select it in Findings (arrow keys)</source>
        <translation>chagua katika Ugunduzi (mishale)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::StateInspector</name>
    <message>
        <source>Select a journal entry to see the ledger state as of it.</source>
        <translation>Chagua ingizo la kumbukumbu kuona hali ya daftari wakati huo.</translation>
    </message>
    <message>
        <source>Account / group</source>
        <translation>Akaunti / kikundi</translation>
    </message>
    <message>
        <source>Balance / pool</source>
        <translation>Salio / mfuko</translation>
    </message>
    <message>
        <source>Trust / status</source>
        <translation>Uaminifu / hali</translation>
    </message>
    <message>
        <source>This entry changed</source>
        <translation>Ingizo hili limebadilisha</translation>
    </message>
    <message>
        <source>No replay: the ledger state is not known.</source>
        <translation>Hakuna urudiaji: hali ya daftari haijulikani.</translation>
    </message>
    <message>
        <source>trust %1 → %2</source>
        <translation>uaminifu %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Akaunti (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Groups and pools (%1)</source>
        <translation>Vikundi na mifuko (%1)</translation>
    </message>
    <message>
        <source>%1, cycle %2, %3 members</source>
        <translation>%1, mzunguko %2, wanachama %3</translation>
    </message>
    <message>
        <source>Total issued</source>
        <translation>Jumla iliyotolewa</translation>
    </message>
    <message>
        <source>Not replayed: no ledger entry here, or it did not decode.</source>
        <translation>Haijarudiwa: hakuna ingizo la daftari hapa, au halikuweza kufasiriwa.</translation>
    </message>
    <message>
        <source>Only decoded entries inside the replayed range have a ledger state.</source>
        <translation>Maingizo yaliyofasiriwa ndani ya masafa yaliyorudiwa pekee ndiyo yenye hali ya daftari.</translation>
    </message>
    <message>
        <source>Bold rows changed here; the last column shows before → after.</source>
        <translation>Safu zenye herufi nzito zimebadilika hapa; safu wima ya mwisho inaonyesha kabla → baada.</translation>
    </message>
    <message>
        <source>State after entry seq %1 (canonical #%2, Lamport %3): %4</source>
        <translation>Hali baada ya ingizo seq %1 (sanifu #%2, Lamport %3): %4</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::VerdictBanner</name>
    <message>
        <source>no damage and no sign of tampering was found.</source>
        <translation>hakuna uharibifu wala dalili ya uchakachuaji iliyopatikana.</translation>
    </message>
    <message>
        <source>the media is damaged (a torn write or corruption), which does not by itself point to tampering.</source>
        <translation>hifadhi imeharibika (uandishi uliokatizwa au uharibifu), jambo ambalo peke yake haliashirii uchakachuaji.</translation>
    </message>
    <message>
        <source>the device&apos;s records were changed in a way media damage cannot explain.</source>
        <translation>rekodi za kifaa zilibadilishwa kwa namna ambayo uharibifu wa hifadhi hauwezi kueleza.</translation>
    </message>
    <message>
        <source>problems were found that need an examiner&apos;s judgement.</source>
        <translation>matatizo yamepatikana yanayohitaji uamuzi wa mkaguzi.</translation>
    </message>
    <message>
        <source>the storage key given does not decrypt this dump. That is a problem with the examiner&apos;s inputs, not a finding about the device: close the tab, use File &gt; Ask for keys again, and open the dump again. What needs the key was not checked.</source>
        <translation>ufunguo wa hifadhi uliotolewa haufumbui nakala hii. Hili ni tatizo la pembejeo za mkaguzi, si ugunduzi kuhusu kifaa: funga kichupo, tumia Faili &gt; Uliza funguo tena, kisha fungua nakala tena. Kinachohitaji ufunguo hakijakaguliwa.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all, %1 critical.</source>
        <translation>
            <numerusform>ugunduzi %n kwa jumla, %1 hatari.</numerusform>
            <numerusform>ugunduzi %n kwa jumla, %1 hatari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Haijakaguliwa:</translation>
    </message>
    <message>
        <source> at 0x%1</source>
        <translation> kwenye 0x%1</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Seedscope&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Seedscope&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a Seed device dump (&lt;tt&gt;.seeddump&lt;/tt&gt;), a folder of dumps, or an Ω checkpoint directory. Evidence is opened read-only and hashed before anything else happens; you can also drop files on this window.</source>
        <translation>Fungua nakala ya kifaa cha Seed (&lt;tt&gt;.seeddump&lt;/tt&gt;), folda ya nakala, au saraka ya vituo vya ukaguzi vya Ω. Ushahidi hufunguliwa kwa kusoma tu na hashi yake hukokotolewa kabla ya kitu kingine; unaweza pia kudondosha faili kwenye dirisha hili.</translation>
    </message>
    <message>
        <source>Open device dump…</source>
        <translation>Fungua nakala ya kifaa…</translation>
    </message>
    <message>
        <source>Open a folder (Ω checkpoints or dumps)…</source>
        <translation>Fungua folda (vituo vya ukaguzi vya Ω au nakala)…</translation>
    </message>
    <message>
        <source>Open the bundled sample (a mesh with a tampered and a power-cut device)</source>
        <translation>Fungua sampuli iliyoambatishwa (mtandao wenye kifaa kilichochakachuliwa na kingine kilichokatika umeme)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent evidence&lt;/b&gt; (double-click or Enter to open)</source>
        <translation>&lt;b&gt;Ushahidi wa karibuni&lt;/b&gt; (bofya mara mbili au Enter kufungua)</translation>
    </message>
    <message>
        <source>(nothing opened yet)</source>
        <translation>(hakuna kilichofunguliwa bado)</translation>
    </message>
</context>
</TS>

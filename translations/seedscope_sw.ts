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
    <message>
        <source>This checkpoint&apos;s state_root is reproduced only by applying the journal in storage order; canonical (Lamport, device, tx_id) order gives %1. The device did not apply entries in canonical order.</source>
        <translation>state_root ya kituo hiki cha ukaguzi inapatikana tu kwa kutumia kumbukumbu kwa mpangilio wa hifadhi; mpangilio sanifu (Lamport, kifaa, tx_id) unatoa %1. Kifaa hakikutumia maingizo kwa mpangilio sanifu.</translation>
    </message>
    <message>
        <source>Replaying %1 journal entries from the previous checkpoint reproduces this checkpoint&apos;s state_root.</source>
        <translation>Kurudia maingizo %1 ya kumbukumbu kuanzia kituo cha ukaguzi kilichotangulia kunatoa state_root ya kituo hiki cha ukaguzi.</translation>
    </message>
    <message>
        <source>... %1 more</source>
        <translation>... %1 zaidi</translation>
    </message>
    <message>
        <source>%1 tx %2 (journal seq %3, %4)</source>
        <translation>%1 tx %2 (kumbukumbu seq %3, %4)</translation>
    </message>
    <message>
        <source>%1 tx_id(s) the checkpoint applied are missing from the journal (first %2)</source>
        <translation>tx_id %1 zilizotumiwa na kituo cha ukaguzi hazipo kwenye kumbukumbu (ya kwanza %2)</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject; differing records: %1.</source>
        <translation>Kurudia kumbukumbu kuanzia kituo cha ukaguzi kilichotangulia hakutoi state_root ya kituo hiki cha ukaguzi; zinatofautiana kwanza baada ya ingizo lililotajwa kwenye mada; rekodi zinazotofautiana: %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject.</source>
        <translation>Kurudia kumbukumbu kuanzia kituo cha ukaguzi kilichotangulia hakutoi state_root ya kituo hiki cha ukaguzi; zinatofautiana kwanza baada ya ingizo lililotajwa kwenye mada.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; differing records: %1.</source>
        <translation>Kurudia kumbukumbu kuanzia kituo cha ukaguzi kilichotangulia hakutoi state_root ya kituo hiki cha ukaguzi; rekodi zinazotofautiana: %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root.</source>
        <translation>Kurudia kumbukumbu kuanzia kituo cha ukaguzi kilichotangulia hakutoi state_root ya kituo hiki cha ukaguzi.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>kikundi %1</translation>
    </message>
    <message>
        <source>A savings pool holds less than nothing.</source>
        <translation>Mfuko wa kikundi cha akiba uko chini ya sifuri.</translation>
    </message>
    <message>
        <source>The pool balance is not contributions minus payouts.</source>
        <translation>Salio la mfuko si sawa na michango ukiondoa malipo.</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>kufurika</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>akaunti %1</translation>
    </message>
    <message>
        <source>An account balance is negative.</source>
        <translation>Salio la akaunti ni hasi.</translation>
    </message>
    <message>
        <source>0..10000 tenths</source>
        <translation>0..10000 sehemu za kumi</translation>
    </message>
    <message>
        <source>A trust score is outside 0.0..1000.0.</source>
        <translation>Alama ya uaminifu iko nje ya 0.0..1000.0.</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>daftari</translation>
    </message>
    <message>
        <source>Balances plus savings pools do not add up to the money issued.</source>
        <translation>Salio pamoja na mifuko ya vikundi vya akiba haviendani na pesa zilizotolewa.</translation>
    </message>
    <message>
        <source>The entry left an account negative.</source>
        <translation>Ingizo liliacha akaunti ikiwa hasi.</translation>
    </message>
    <message>
        <source>The entry pushed a trust score out of bounds.</source>
        <translation>Ingizo lilisukuma alama ya uaminifu nje ya mipaka.</translation>
    </message>
    <message>
        <source>The entry created or destroyed money.</source>
        <translation>Ingizo liliunda au kuharibu pesa.</translation>
    </message>
    <message>
        <source>same tx_id and content as an entry already applied</source>
        <translation>tx_id na maudhui sawa na ingizo lililokwisha kutumika</translation>
    </message>
    <message>
        <source>tx_id already used by an entry with different content</source>
        <translation>tx_id tayari imetumiwa na ingizo lenye maudhui tofauti</translation>
    </message>
    <message>
        <source>no key known for the origin device at Lamport %1</source>
        <translation>hakuna ufunguo unaojulikana kwa kifaa asili kwenye Lamport %1</translation>
    </message>
    <message>
        <source>signature does not verify with the origin&apos;s key</source>
        <translation>sahihi haithibitishwi kwa ufunguo wa asili</translation>
    </message>
    <message>
        <source>sequence %1 not above the origin&apos;s highest %2</source>
        <translation>mfuatano %1 si zaidi ya ule wa juu kabisa wa asili, %2</translation>
    </message>
    <message>
        <source>Lamport %1 more than %2 above the highest seen %3</source>
        <translation>Lamport %1 ni zaidi ya %2 juu ya ule wa juu ulioonekana, %3</translation>
    </message>
    <message>
        <source>depends on a transaction not yet in the ledger</source>
        <translation>inategemea muamala ambao bado haupo kwenye daftari</translation>
    </message>
    <message>
        <source>account %1 is not controlled by the origin device</source>
        <translation>akaunti %1 haidhibitiwi na kifaa asili</translation>
    </message>
    <message>
        <source>ISSUE not signed by the network authority</source>
        <translation>ISSUE haijatiwa sahihi na mamlaka ya mtandao</translation>
    </message>
    <message>
        <source>only the founder account may close the group</source>
        <translation>akaunti ya mwanzilishi pekee inaweza kufunga kikundi</translation>
    </message>
    <message>
        <source>authority TRUST_EVENT not signed by the network authority</source>
        <translation>TRUST_EVENT ya mamlaka haijatiwa sahihi na mamlaka ya mtandao</translation>
    </message>
    <message>
        <source>TRUST_EVENT names an unknown group</source>
        <translation>TRUST_EVENT inataja kikundi kisichojulikana</translation>
    </message>
    <message>
        <source>group TRUST_EVENT not signed by the group founder&apos;s device</source>
        <translation>TRUST_EVENT ya kikundi haijatiwa sahihi na kifaa cha mwanzilishi wa kikundi</translation>
    </message>
    <message>
        <source>sender account does not exist</source>
        <translation>akaunti ya mtumaji haipo</translation>
    </message>
    <message>
        <source>receiver account does not exist</source>
        <translation>akaunti ya mpokeaji haipo</translation>
    </message>
    <message>
        <source>balance %1 below amount %2</source>
        <translation>salio %1 ni chini ya kiasi %2</translation>
    </message>
    <message>
        <source>amount %1 above the per-transaction cap %2</source>
        <translation>kiasi %1 ni zaidi ya kikomo cha kila muamala %2</translation>
    </message>
    <message>
        <source>%1 already spent in the last %2 ticks; %3 more exceeds the window cap %4</source>
        <translation>%1 tayari zimetumika katika tiki %2 zilizopita; %3 zaidi zinazidi kikomo cha dirisha %4</translation>
    </message>
    <message>
        <source>ISSUE names a different owner device than the account has</source>
        <translation>ISSUE inataja kifaa mmiliki tofauti na cha akaunti</translation>
    </message>
    <message>
        <source>total issuance would overflow 64 bits</source>
        <translation>jumla ya utoaji ingefurika biti 64</translation>
    </message>
    <message>
        <source>group id already exists</source>
        <translation>kitambulisho cha kikundi tayari kipo</translation>
    </message>
    <message>
        <source>member %1 does not exist</source>
        <translation>mwanachama %1 hayupo</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>hakuna kikundi hicho</translation>
    </message>
    <message>
        <source>group is %1</source>
        <translation>kikundi kiko %1</translation>
    </message>
    <message>
        <source>account is already a member</source>
        <translation>akaunti tayari ni mwanachama</translation>
    </message>
    <message>
        <source>joins close at the first contribution</source>
        <translation>kujiunga kunafungwa kwenye mchango wa kwanza</translation>
    </message>
    <message>
        <source>group is full</source>
        <translation>kikundi kimejaa</translation>
    </message>
    <message>
        <source>joining account does not exist</source>
        <translation>akaunti inayojiunga haipo</translation>
    </message>
    <message>
        <source>account is not a member</source>
        <translation>akaunti si mwanachama</translation>
    </message>
    <message>
        <source>cycle %1, the group is in cycle %2</source>
        <translation>mzunguko %1, kikundi kiko katika mzunguko %2</translation>
    </message>
    <message>
        <source>second contribution in cycle %1</source>
        <translation>mchango wa pili katika mzunguko %1</translation>
    </message>
    <message>
        <source>contribution %1, the group requires %2</source>
        <translation>mchango %1, kikundi kinahitaji %2</translation>
    </message>
    <message>
        <source>member account does not exist</source>
        <translation>akaunti ya mwanachama haipo</translation>
    </message>
    <message>
        <source>balance %1 below contribution %2</source>
        <translation>salio %1 ni chini ya mchango %2</translation>
    </message>
    <message>
        <source>cycle %1 was already paid</source>
        <translation>mzunguko %1 tayari umelipwa</translation>
    </message>
    <message>
        <source>cycle %1 pays rotation[%2]</source>
        <translation>mzunguko %1 unamlipa rotation[%2]</translation>
    </message>
    <message>
        <source>payout %1, the pot is %2</source>
        <translation>malipo %1, mfuko ni %2</translation>
    </message>
    <message>
        <source>%1 of %2 contributions of cycle %3 are in</source>
        <translation>michango %1 kati ya %2 ya mzunguko %3 imefika</translation>
    </message>
    <message>
        <source>recipient account does not exist</source>
        <translation>akaunti ya mpokeaji haipo</translation>
    </message>
    <message>
        <source>subject account does not exist</source>
        <translation>akaunti husika haipo</translation>
    </message>
    <message>
        <source>unknown entry type</source>
        <translation>aina ya ingizo haijulikani</translation>
    </message>
    <message>
        <source>tx_id and origin must be 16 bytes</source>
        <translation>tx_id na asili lazima ziwe baiti 16</translation>
    </message>
    <message>
        <source>dependency must be a 16-byte tx_id</source>
        <translation>utegemezi lazima uwe tx_id ya baiti 16</translation>
    </message>
    <message>
        <source>signature must be 64 bytes</source>
        <translation>sahihi lazima iwe baiti 64</translation>
    </message>
    <message>
        <source>account ids must be 16 bytes</source>
        <translation>vitambulisho vya akaunti lazima viwe baiti 16</translation>
    </message>
    <message>
        <source>sender equals receiver</source>
        <translation>mtumaji ni sawa na mpokeaji</translation>
    </message>
    <message>
        <source>amount must be &gt; 0</source>
        <translation>kiasi lazima kiwe &gt; 0</translation>
    </message>
    <message>
        <source>account and owner must be 16 bytes</source>
        <translation>akaunti na mmiliki lazima ziwe baiti 16</translation>
    </message>
    <message>
        <source>group and founder must be 16 bytes</source>
        <translation>kikundi na mwanzilishi lazima ziwe baiti 16</translation>
    </message>
    <message>
        <source>contribution must be &gt; 0</source>
        <translation>mchango lazima uwe &gt; 0</translation>
    </message>
    <message>
        <source>1..64 members</source>
        <translation>wanachama 1..64</translation>
    </message>
    <message>
        <source>contribution too large for a 64-member pot</source>
        <translation>mchango ni mkubwa mno kwa mfuko wa wanachama 64</translation>
    </message>
    <message>
        <source>a member is listed twice</source>
        <translation>mwanachama ameorodheshwa mara mbili</translation>
    </message>
    <message>
        <source>member ids must be 16 bytes</source>
        <translation>vitambulisho vya wanachama lazima viwe baiti 16</translation>
    </message>
    <message>
        <source>the founder must be a member</source>
        <translation>mwanzilishi lazima awe mwanachama</translation>
    </message>
    <message>
        <source>group and account must be 16 bytes</source>
        <translation>kikundi na akaunti lazima ziwe baiti 16</translation>
    </message>
    <message>
        <source>group and recipient must be 16 bytes</source>
        <translation>kikundi na mpokeaji lazima ziwe baiti 16</translation>
    </message>
    <message>
        <source>group and subject must be 16 bytes</source>
        <translation>kikundi na mhusika lazima ziwe baiti 16</translation>
    </message>
    <message>
        <source>unknown trust reason %1</source>
        <translation>sababu ya uaminifu isiyojulikana %1</translation>
    </message>
    <message>
        <source>trust delta %1 does not match reason %2 (%3)</source>
        <translation>badiliko la uaminifu %1 haliendani na sababu %2 (%3)</translation>
    </message>
    <message>
        <source>new key must be 32 bytes</source>
        <translation>ufunguo mpya lazima uwe baiti 32</translation>
    </message>
    <message>
        <source>a rotation must take effect after its own Lamport value</source>
        <translation>mzunguko wa ufunguo lazima uanze kutumika baada ya thamani yake ya Lamport</translation>
    </message>
    <message>
        <source>journal seq %1</source>
        <translation>seq ya kumbukumbu %1</translation>
    </message>
    <message>
        <source>%1 tx %2</source>
        <translation>%1 tx %2</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>ufunguo uliothibitishwa na mamlaka ya mtandao</translation>
    </message>
    <message>
        <source>uncertified key</source>
        <translation>ufunguo ambao haujathibitishwa</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the network authority never certified the key that made it.</source>
        <translation>Sahihi ni halali kihisabati, lakini mamlaka ya mtandao haikuwahi kuthibitisha ufunguo ulioiunda.</translation>
    </message>
    <message>
        <source>unique tx_id</source>
        <translation>tx_id ya kipekee</translation>
    </message>
    <message>
        <source>The same transaction appears again with identical content; the copy is ignored.</source>
        <translation>Muamala uleule unaonekana tena ukiwa na maudhui yaleyale; nakala inapuuzwa.</translation>
    </message>
    <message>
        <source>dependency %1 applied</source>
        <translation>utegemezi %1 umetumika</translation>
    </message>
    <message>
        <source>The entry depends on a transaction that never appeared, so it was never applied.</source>
        <translation>Ingizo linategemea muamala ambao haukuwahi kuonekana, kwa hiyo halikuwahi kutumika.</translation>
    </message>
    <message>
        <source>a ledger entry (docs/format/ledger-encoding.md)</source>
        <translation>ingizo la daftari (docs/format/ledger-encoding.md)</translation>
    </message>
    <message>
        <source>The journal record&apos;s entry bytes do not decode; it is reported as BAD_FORMAT and never applied.</source>
        <translation>Baiti za ingizo za rekodi ya kumbukumbu hazifasiriki; inaripotiwa kama BAD_FORMAT na haitumiki kamwe.</translation>
    </message>
    <message>
        <source>start state</source>
        <translation>hali ya mwanzo</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>tx %1</translation>
    </message>
    <message>
        <source>key %1 from Lamport %2 in the key history</source>
        <translation>ufunguo %1 kuanzia Lamport %2 katika historia ya funguo</translation>
    </message>
    <message>
        <source>not in the key history</source>
        <translation>haupo katika historia ya funguo</translation>
    </message>
    <message>
        <source>The journal announces a key rotation that the device&apos;s key history (identity region or registry) does not list.</source>
        <translation>Kumbukumbu inatangaza mzunguko wa ufunguo ambao historia ya funguo ya kifaa (eneo la utambulisho au sajili) haiuorodheshi.</translation>
    </message>
    <message>
        <source>storage order = canonical order</source>
        <translation>mpangilio wa hifadhi = mpangilio sanifu</translation>
    </message>
    <message>
        <source>%1 entries stored after an entry that sorts after them</source>
        <translation>maingizo %1 yamehifadhiwa baada ya ingizo linalopangwa baada yake</translation>
    </message>
    <message>
        <source>The journal stores entries in arrival order; replay uses canonical (Lamport, device, tx_id) order. This is the first entry where they differ.</source>
        <translation>Kumbukumbu inahifadhi maingizo kwa mpangilio wa kuwasili; kurudia kunatumia mpangilio sanifu (Lamport, kifaa, tx_id). Hili ndilo ingizo la kwanza yanapotofautiana.</translation>
    </message>
    <message>
        <source>end of replay</source>
        <translation>mwisho wa kurudia</translation>
    </message>
    <message>
        <source>A checkpoint file holds one JSON object; this one holds something else, so the original loader fails on it.</source>
        <translation>Faili ya kituo cha ukaguzi ina kitu kimoja cha JSON; hii ina kitu kingine, kwa hiyo kipakiaji asili kinashindwa nayo.</translation>
    </message>
    <message>
        <source>one complete JSON object</source>
        <translation>kitu kimoja kamili cha JSON</translation>
    </message>
    <message>
        <source>file ends after %1 bytes inside %2</source>
        <translation>faili inaishia baada ya baiti %1 ndani ya %2</translation>
    </message>
    <message>
        <source>The file stops in the middle of a value: the writer opens the file with truncation and writes in place, so a crash or a value json cannot serialise leaves half a checkpoint and destroys whatever this name held before.</source>
        <translation>Faili inasimama katikati ya thamani: mwandishi hufungua faili kwa kuikata na kuandika papo hapo, kwa hiyo hitilafu au thamani ambayo json haiwezi kuiandika huacha nusu ya kituo cha ukaguzi na kuharibu chochote jina hili lilikuwa nacho awali.</translation>
    </message>
    <message>
        <source>The file exceeds a documented safety cap of the reader, so it was not read further; no real checkpoint comes near these caps.</source>
        <translation>Faili inazidi kikomo cha usalama kilichoandikwa cha msomaji, kwa hiyo haikusomwa zaidi; hakuna kituo halisi cha ukaguzi kinachokaribia vikomo hivi.</translation>
    </message>
    <message>
        <source>The bytes are not JSON Python can read (%1); the original loader returns nothing when it picks this file.</source>
        <translation>Baiti si JSON ambayo Python inaweza kusoma (%1); kipakiaji asili hakirudishi chochote kinapochagua faili hii.</translation>
    </message>
    <message>
        <source>\uD800-\uDBFF followed by \uDC00-\uDFFF</source>
        <translation>\uD800-\uDBFF ikifuatwa na \uDC00-\uDFFF</translation>
    </message>
    <message>
        <source>unpaired surrogate escape at byte %1</source>
        <translation>escape ya surrogate isiyo na jozi kwenye baiti %1</translation>
    </message>
    <message>
        <source>A text value contains half of a UTF-16 pair: Python keeps it, but it is not a character and cannot be written as UTF-8.</source>
        <translation>Thamani ya maandishi ina nusu ya jozi ya UTF-16: Python inaihifadhi, lakini si herufi na haiwezi kuandikwa kwa UTF-8.</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>kila ufunguo mara moja</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again at byte %2</source>
        <translation>&quot;%1&quot; tena kwenye baiti %2</translation>
    </message>
    <message>
        <source>A key appears twice; Python silently keeps the last value, so two readers can disagree about this checkpoint.</source>
        <translation>Ufunguo unaonekana mara mbili; Python inahifadhi kimyakimya thamani ya mwisho, kwa hiyo wasomaji wawili wanaweza kutofautiana kuhusu kituo hiki cha ukaguzi.</translation>
    </message>
    <message>
        <source>ASCII only (json.dump ensure_ascii)</source>
        <translation>ASCII pekee (json.dump ensure_ascii)</translation>
    </message>
    <message>
        <source>raw non-ASCII byte at %1</source>
        <translation>baiti ghafi isiyo ya ASCII kwenye %1</translation>
    </message>
    <message>
        <source>The real writer escapes every non-ASCII character, so this file was written or edited by something else.</source>
        <translation>Mwandishi halisi hu-escape kila herufi isiyo ya ASCII, kwa hiyo faili hii iliandikwa au kuhaririwa na kitu kingine.</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>namba yenye kikomo</translation>
    </message>
    <message>
        <source>Python&apos;s json writes NaN and infinities as bare tokens that are not JSON; the original validator never looks at the vectors and compares NaN as &apos;not out of range&apos;, so this value would be restored.</source>
        <translation>json ya Python huandika NaN na visivyo na kikomo kama tokeni tupu zisizo JSON; kithibitishaji asili hakiangalii vekta kamwe na hulinganisha NaN kama &apos;haiko nje ya masafa&apos;, kwa hiyo thamani hii ingerejeshwa.</translation>
    </message>
    <message>
        <source>finite numbers</source>
        <translation>namba zenye kikomo</translation>
    </message>
    <message>
        <source>%1 more non-finite value(s) not listed</source>
        <translation>thamani %1 zaidi zisizo na kikomo hazijaorodheshwa</translation>
    </message>
    <message>
        <source>Only the first %1 non-finite values of a file are listed one by one.</source>
        <translation>Thamani %1 za kwanza zisizo na kikomo za faili ndizo zinaorodheshwa moja moja.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>ufunguo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>haipo</translation>
    </message>
    <message>
        <source>The original loader indexes this key and returns nothing when it is missing.</source>
        <translation>Kipakiaji asili hutumia ufunguo huu na hakirudishi chochote usipokuwepo.</translation>
    </message>
    <message>
        <source>only the six CheckpointData keys</source>
        <translation>funguo sita za CheckpointData pekee</translation>
    </message>
    <message>
        <source>extra key &quot;%1&quot;</source>
        <translation>ufunguo wa ziada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The real writer never writes this key; the original loader ignores it.</source>
        <translation>Mwandishi halisi haandiki ufunguo huu kamwe; kipakiaji asili kinaupuuza.</translation>
    </message>
    <message>
        <source>list of numbers</source>
        <translation>orodha ya namba</translation>
    </message>
    <message>
        <source>The original validator requires a list here and rejects this checkpoint.</source>
        <translation>Kithibitishaji asili kinahitaji orodha hapa na kinakataa kituo hiki cha ukaguzi.</translation>
    </message>
    <message>
        <source>at least one component</source>
        <translation>angalau kijenzi kimoja</translation>
    </message>
    <message>
        <source>An empty state vector cannot restore anything, yet the original validator accepts it.</source>
        <translation>Vekta tupu ya hali haiwezi kurejesha chochote, lakini kithibitishaji asili kinaikubali.</translation>
    </message>
    <message>
        <source>at most %1 components</source>
        <translation>vijenzi %1 zaidi kabisa</translation>
    </message>
    <message>
        <source>The vector is longer than the reader&apos;s documented cap; it was not checked.</source>
        <translation>Vekta ni ndefu kuliko kikomo kilichoandikwa cha msomaji; haikukaguliwa.</translation>
    </message>
    <message>
        <source>A vector component is not a number; restoring this state fails in numpy.</source>
        <translation>Kijenzi cha vekta si namba; kurejesha hali hii kunashindwa katika numpy.</translation>
    </message>
    <message>
        <source>float components</source>
        <translation>vijenzi vya float</translation>
    </message>
    <message>
        <source>%1 integer component(s)</source>
        <translation>vijenzi %1 vya namba kamili</translation>
    </message>
    <message>
        <source>The real engine writes floats; integers mean the caller passed a hand-made list (as the project&apos;s own tests do).</source>
        <translation>Injini halisi huandika float; namba kamili zinaonyesha mwitaji alipitisha orodha iliyotengenezwa kwa mkono (kama majaribio ya mradi yenyewe yanavyofanya).</translation>
    </message>
    <message>
        <source>%1 components, as I_t_L</source>
        <translation>vijenzi %1, kama I_t_L</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>vijenzi %1</translation>
    </message>
    <message>
        <source>I_t_L and Omega_t_L describe the same features and must have the same length.</source>
        <translation>I_t_L na Omega_t_L zinaeleza sifa zilezile na lazima ziwe na urefu sawa.</translation>
    </message>
    <message>
        <source>%1 must be a number; the original validator&apos;s comparison raises on this and rejects the file.</source>
        <translation>%1 lazima iwe namba; ulinganisho wa kithibitishaji asili unashindwa na kukataa faili.</translation>
    </message>
    <message>
        <source>%1 was written as an integer: the real engine writes floats, so a person or a test harness produced this value.</source>
        <translation>%1 iliandikwa kama namba kamili: injini halisi huandika float, kwa hiyo mtu au kifaa cha majaribio kilitoa thamani hii.</translation>
    </message>
    <message>
        <source>The timestamp</source>
        <translation>Muhuri wa muda</translation>
    </message>
    <message>
        <source>&lt;= %1 (examination time + 60 s)</source>
        <translation>&lt;= %1 (muda wa ukaguzi + sekunde 60)</translation>
    </message>
    <message>
        <source>The checkpoint claims to be from %1 s after the examination time: a wrong clock or a forged file.</source>
        <translation>Kituo cha ukaguzi kinadai kuwa cha sekunde %1 baada ya muda wa ukaguzi: saa isiyo sahihi au faili ya kughushi.</translation>
    </message>
    <message>
        <source>int(timestamp) = %1</source>
        <translation>int(timestamp) = %1</translation>
    </message>
    <message>
        <source>%1 (int %2)</source>
        <translation>%1 (kamili %2)</translation>
    </message>
    <message>
        <source>The writer names each file after int(timestamp); this content belongs to another second, so the file was renamed, copied over or edited.</source>
        <translation>Mwandishi huita kila faili kwa int(timestamp); maudhui haya ni ya sekunde nyingine, kwa hiyo faili ilibadilishwa jina, kunakiliwa juu yake au kuhaririwa.</translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>Ψ is a mean of cosine similarities clamped to [0, 1]; this value cannot come from the engine.</source>
        <translation>Ψ ni wastani wa mfanano wa kosini uliobanwa kwenye [0, 1]; thamani hii haiwezi kutoka kwa injini.</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>kirekebishaji (m_t)</translation>
    </message>
    <message>
        <source>m_t is exp(...) and always positive; a zero or negative modulator is impossible.</source>
        <translation>m_t ni exp(...) na daima ni chanya; kirekebishaji sifuri au hasi hakiwezekani.</translation>
    </message>
    <message>
        <source>%1 (ln = %2)</source>
        <translation>%1 (ln = %2)</translation>
    </message>
    <message>
        <source>The engine clamps ln m_t to ±10 (its dimensional stability test); this modulator is outside it.</source>
        <translation>Injini inabana ln m_t kwenye ±10 (jaribio lake la uthabiti wa kipimo); kirekebishaji hiki kiko nje yake.</translation>
    </message>
    <message>
        <source>network_id must be a string naming the node&apos;s network.</source>
        <translation>network_id lazima iwe mfuatano wa herufi unaotaja mtandao wa nodi.</translation>
    </message>
    <message>
        <source>‖Omega_t_L‖ = m_t within %1 relative</source>
        <translation>‖Omega_t_L‖ = m_t ndani ya %1 kwa uwiano</translation>
    </message>
    <message>
        <source>‖Ω‖ = %1, m_t = %2</source>
        <translation>‖Ω‖ = %1, m_t = %2</translation>
    </message>
    <message>
        <source>The engine builds Ω as a unit vector times m_t; this file&apos;s Ω does not have length m_t, so it was not produced by update_omega (hand-made or edited).</source>
        <translation>Injini huunda Ω kama vekta ya kipimo kimoja mara m_t; Ω ya faili hii haina urefu wa m_t, kwa hiyo haikutolewa na update_omega (imetengenezwa kwa mkono au imehaririwa).</translation>
    </message>
    <message>
        <source>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</source>
        <translation>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</translation>
    </message>
    <message>
        <source>The coded maths gives m_t from I_t_L with λ = 1.2944271909999159; this modulator does not follow from the file&apos;s own I_t_L.</source>
        <translation>Hesabu za msimbo hutoa m_t kutoka I_t_L kwa λ = 1.2944271909999159; kirekebishaji hiki hakitokani na I_t_L ya faili yenyewe.</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>vipengee %1 vya folda zaidi kabisa</translation>
    </message>
    <message>
        <source>more; the rest was not examined</source>
        <translation>zaidi; vilivyobaki havikuchunguzwa</translation>
    </message>
    <message>
        <source>The folder holds more entries than the documented cap; only the first %1 were examined.</source>
        <translation>Folda ina vipengee vingi kuliko kikomo kilichoandikwa; vipengee %1 vya kwanza pekee ndivyo vilivyochunguzwa.</translation>
    </message>
    <message>
        <source>The writer never produces this name, but the original loader&apos;s text sort ranks it above every numeric name, so it is what a restart would load.</source>
        <translation>Mwandishi hatoi jina hili kamwe, lakini upangaji wa maandishi wa kipakiaji asili unaliweka juu ya kila jina la namba, kwa hiyo ndilo ambalo kuwasha upya kungepakia.</translation>
    </message>
    <message>
        <source>a UTF-8 file name, as the writer produces</source>
        <translation>jina la faili la UTF-8, kama mwandishi anavyotoa</translation>
    </message>
    <message>
        <source>%1 (undecodable bytes shown as \xNN)</source>
        <translation>%1 (baiti zisizofasirika zimeonyeshwa kama \xNN)</translation>
    </message>
    <message>
        <source>The writer never produces this name, and many tools do not show it, but Python&apos;s glob lists it and its sort ranks it by the raw bytes: it is part of the folder.</source>
        <translation>Mwandishi hatoi jina hili kamwe, na zana nyingi hazilionyeshi, lakini glob ya Python inaliorodhesha na upangaji wake unalipanga kwa baiti ghafi: ni sehemu ya folda.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>faili ya kawaida</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (does not resolve)</source>
        <translation>kiungo ishara kwenda %1 (hakitatuliki)</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (%2)</source>
        <translation>kiungo ishara kwenda %1 (%2)</translation>
    </message>
    <message>
        <source>The entry points out of the evidence folder. Seedscope does not follow it; the original loader would read whatever it points to as a checkpoint.</source>
        <translation>Kipengee kinaelekeza nje ya folda ya ushahidi. Seedscope haikifuati; kipakiaji asili kingesoma kama kituo cha ukaguzi chochote kinachoelekezwa.</translation>
    </message>
    <message>
        <source>The writer never creates links. This one stays inside the folder and was followed; what it shows is another entry&apos;s content under this name.</source>
        <translation>Mwandishi haundi viungo kamwe. Hiki kinabaki ndani ya folda na kilifuatwa; kinachoonyesha ni maudhui ya kipengee kingine chini ya jina hili.</translation>
    </message>
    <message>
        <source>a signed manifest.json (hardened layout)</source>
        <translation>manifest.json yenye sahihi (muundo ulioimarishwa)</translation>
    </message>
    <message>
        <source>no manifest: %1 file(s) with no hash, signature or encryption</source>
        <translation>hakuna manifest: faili %1 bila hashi, sahihi wala usimbaji</translation>
    </message>
    <message>
        <source>Nothing in this folder is authenticated: any file could have been edited, replaced, added or deleted without leaving a trace, despite the guide&apos;s promise of hash-verified, encrypted checkpoints.</source>
        <translation>Hakuna kilichothibitishwa katika folda hii: faili yoyote ingeweza kuhaririwa, kubadilishwa, kuongezwa au kufutwa bila kuacha alama, licha ya ahadi ya mwongozo ya vituo vya ukaguzi vilivyosimbwa na kuthibitishwa kwa hashi.</translation>
    </message>
    <message>
        <source>a readable manifest.json</source>
        <translation>manifest.json inayosomeka</translation>
    </message>
    <message>
        <source>The manifest cannot be read, so nothing in the folder is authenticated.</source>
        <translation>Manifest haisomeki, kwa hiyo hakuna kilichothibitishwa katika folda.</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>baiti %1 zaidi kabisa</translation>
    </message>
    <message>
        <source>a readable regular file</source>
        <translation>faili ya kawaida inayosomeka</translation>
    </message>
    <message>
        <source>The file is larger than the reader&apos;s documented cap and was not read.</source>
        <translation>Faili ni kubwa kuliko kikomo kilichoandikwa cha msomaji na haikusomwa.</translation>
    </message>
    <message>
        <source>The entry matches the writer&apos;s name pattern but cannot be read as a file; the original loader fails on it if it sorts last.</source>
        <translation>Kipengee kinalingana na mtindo wa majina wa mwandishi lakini hakiwezi kusomwa kama faili; kipakiaji asili kinashindwa nacho kikipangwa mwisho.</translation>
    </message>
    <message>
        <source>the node key (--key-file) and a manifest listing the file</source>
        <translation>ufunguo wa nodi (--key-file) na manifest inayoorodhesha faili</translation>
    </message>
    <message>
        <source>no usable manifest entry</source>
        <translation>hakuna kipengee cha manifest kinachotumika</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>hakuna ufunguo uliotolewa</translation>
    </message>
    <message>
        <source>Encrypted checkpoints can only be hash-checked against the manifest, not read or validated, without the node key.</source>
        <translation>Bila ufunguo wa nodi, vituo vya ukaguzi vilivyosimbwa vinaweza tu kukaguliwa kwa hashi dhidi ya manifest, si kusomwa wala kuthibitishwa.</translation>
    </message>
    <message>
        <source>an AES-256-GCM envelope that authenticates under the node key</source>
        <translation>bahasha ya AES-256-GCM inayothibitishwa kwa ufunguo wa nodi</translation>
    </message>
    <message>
        <source>The encrypted checkpoint does not authenticate: it was altered, renamed, or written with another key.</source>
        <translation>Kituo cha ukaguzi kilichosimbwa hakithibitishwi: kilibadilishwa, kubadilishwa jina, au kuandikwa kwa ufunguo mwingine.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>ufunguo %1</translation>
    </message>
    <message>
        <source>the node key the encrypted checkpoints were written with</source>
        <translation>ufunguo wa nodi ulioandika vituo vya ukaguzi vilivyosimbwa</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted files authenticate</source>
        <translation>ufunguo %1: faili 0 kati ya %2 zilizosimbwa zinathibitishwa</translation>
    </message>
    <message>
        <source>The node key given (fingerprint %1) opens none of the %2 encrypted checkpoints: it is not this node&apos;s key. This is a problem with the key supplied, not with the folder; the files were not read.</source>
        <translation>Ufunguo wa nodi uliotolewa (alama %1) haufungui kituo chochote kati ya vituo %2 vya ukaguzi vilivyosimbwa: si ufunguo wa nodi hii. Hili ni tatizo la ufunguo uliotolewa, si la folda; faili hazikusomwa.</translation>
    </message>
    <message>
        <source>%1 present (%2 bytes)</source>
        <translation>%1 ipo (baiti %2)</translation>
    </message>
    <message>
        <source>present but unreadable</source>
        <translation>ipo lakini haisomeki</translation>
    </message>
    <message>
        <source>A checkpoint the signed manifest lists is gone: it was deleted or renamed after signing.</source>
        <translation>Kituo cha ukaguzi kilichoorodheshwa na manifest yenye sahihi kimetoweka: kilifutwa au kubadilishwa jina baada ya kutiwa sahihi.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>baiti %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>The file&apos;s bytes differ from what the manifest signed: it was changed after signing.</source>
        <translation>Baiti za faili zinatofautiana na zile manifest ilizotia sahihi: ilibadilishwa baada ya kutiwa sahihi.</translation>
    </message>
    <message>
        <source>listed in manifest.json</source>
        <translation>imeorodheshwa katika manifest.json</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>haijaorodheshwa</translation>
    </message>
    <message>
        <source>This checkpoint is not covered by the signed manifest, so nothing vouches for it: it was added after signing.</source>
        <translation>Kituo hiki cha ukaguzi hakijashughulikiwa na manifest yenye sahihi, kwa hiyo hakuna kinachokithibitisha: kiliongezwa baada ya kutiwa sahihi.</translation>
    </message>
    <message>
        <source>no checkpoint_*.json file</source>
        <translation>hakuna faili ya checkpoint_*.json</translation>
    </message>
    <message>
        <source>unknown: open() follows the link out of the folder, which Seedscope does not read</source>
        <translation>haijulikani: open() inafuata kiungo nje ya folda, ambacho Seedscope haisomi</translation>
    </message>
    <message>
        <source>open() blocks forever on a FIFO</source>
        <translation>open() inakwama milele kwenye FIFO</translation>
    </message>
    <message>
        <source>json.load() reads a device file (without end for /dev/zero)</source>
        <translation>json.load() inasoma faili ya kifaa (bila mwisho kwa /dev/zero)</translation>
    </message>
    <message>
        <source>open() fails</source>
        <translation>open() inashindwa</translation>
    </message>
    <message>
        <source>json.load() fails (%1)</source>
        <translation>json.load() inashindwa (%1)</translation>
    </message>
    <message>
        <source>the JSON value is not an object</source>
        <translation>thamani ya JSON si kitu (object)</translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation>ufunguo mmoja haupo</translation>
    </message>
    <message>
        <source>checkpoint_&lt;int&gt;.json files</source>
        <translation>faili za checkpoint_&lt;int&gt;.json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>The folder holds no checkpoint the writer could have written; a restart from it starts from nothing.</source>
        <translation>Folda haina kituo chochote cha ukaguzi ambacho mwandishi angeweza kuandika; kuwasha upya kutoka humo kunaanza bila chochote.</translation>
    </message>
    <message>
        <source>no valid checkpoint exists</source>
        <translation>hakuna kituo halali cha ukaguzi</translation>
    </message>
    <message>
        <source>the newest valid one is %1</source>
        <translation>kilicho halali cha karibuni zaidi ni %1</translation>
    </message>
    <message>
        <source>load_latest_checkpoint sorts names as text, so it picks %1 although %2 is newer; a restart resumes from the wrong state.</source>
        <translation>load_latest_checkpoint hupanga majina kama maandishi, kwa hiyo inachagua %1 ingawa %2 ni mpya zaidi; kuwasha upya kunaendelea kutoka hali isiyo sahihi.</translation>
    </message>
    <message>
        <source>a checkpoint</source>
        <translation>kituo cha ukaguzi</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>None: %1</translation>
    </message>
    <message>
        <source>The original loader reads only the file that sorts last and has no fallback, so it returns nothing and the node restarts from scratch; %1.</source>
        <translation>Kipakiaji asili kinasoma faili inayopangwa mwisho tu na hakina mbadala, kwa hiyo hakirudishi chochote na nodi inaanza upya kutoka mwanzo; %1.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>kituo cha ukaguzi halali</translation>
    </message>
    <message>
        <source>%1 with %2 error finding(s); the original validator says %3</source>
        <translation>%1 yenye ugunduzi %2 wa hitilafu; kithibitishaji asili kinasema %3</translation>
    </message>
    <message>
        <source>valid (it misses the defect)</source>
        <translation>halali (hakioni kasoro)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>si halali</translation>
    </message>
    <message>
        <source>The file the original loader restores is itself invalid; %1.</source>
        <translation>Faili ambayo kipakiaji asili hurejesha yenyewe si halali; %1.</translation>
    </message>
    <message>
        <source>the checkpoint to restart from</source>
        <translation>kituo cha ukaguzi cha kuanzia upya</translation>
    </message>
    <message>
        <source>%1 (timestamp %2)</source>
        <translation>%1 (muhuri wa muda %2)</translation>
    </message>
    <message>
        <source>The newest checkpoint that passes every check is %1; the original loader picks %2.</source>
        <translation>Kituo cha ukaguzi cha karibuni zaidi kinachopita kila ukaguzi ni %1; kipakiaji asili kinachagua %2.</translation>
    </message>
    <message>
        <source>at least one valid checkpoint</source>
        <translation>angalau kituo kimoja halali cha ukaguzi</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>hakuna kati ya %1</translation>
    </message>
    <message>
        <source>No file in the folder passes validation; there is nothing safe to restart from.</source>
        <translation>Hakuna faili katika folda inayopita uthibitishaji; hakuna kitu salama cha kuanzia upya.</translation>
    </message>
    <message>
        <source>text order = time order</source>
        <translation>mpangilio wa maandishi = mpangilio wa muda</translation>
    </message>
    <message>
        <source>%1 sorts after %2 as text but is older</source>
        <translation>%1 inapangwa baada ya %2 kama maandishi lakini ni ya zamani zaidi</translation>
    </message>
    <message>
        <source>File names have different digit counts, so text order is not time order; anything sorting names as text (like the original loader) gets the wrong order.</source>
        <translation>Majina ya faili yana idadi tofauti ya tarakimu, kwa hiyo mpangilio wa maandishi si mpangilio wa muda; chochote kinachopanga majina kama maandishi (kama kipakiaji asili) kinapata mpangilio usio sahihi.</translation>
    </message>
    <message>
        <source>at most %1 checkpoint files</source>
        <translation>faili %1 za vituo vya ukaguzi zaidi kabisa</translation>
    </message>
    <message>
        <source>%1 files on disk</source>
        <translation>faili %1 kwenye diski</translation>
    </message>
    <message>
        <source>The writer applies its retention of 10 to its in-memory list only and never deletes a file, so the folder grows without bound.</source>
        <translation>Mwandishi hutumia kikomo chake cha 10 kwenye orodha yake ya kumbukumbu ya ndani tu na hafuti faili kamwe, kwa hiyo folda inakua bila kikomo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; like the rest of the folder</source>
        <translation>&quot;%1&quot; kama folda nzima</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (folder: %2)</source>
        <translation>&quot;%1&quot; (folda: %2)</translation>
    </message>
    <message>
        <source>One engine writes one network_id; a different id in the same folder means another node&apos;s (or a hand-made) checkpoint was placed here and could be restored.</source>
        <translation>Injini moja huandika network_id moja; kitambulisho tofauti katika folda ileile kinamaanisha kituo cha ukaguzi cha nodi nyingine (au kilichotengenezwa kwa mkono) kiliwekwa hapa na kingeweza kurejeshwa.</translation>
    </message>
    <message>
        <source>one file per checkpoint</source>
        <translation>faili moja kwa kila kituo cha ukaguzi</translation>
    </message>
    <message>
        <source>same timestamp %1 as %2</source>
        <translation>muhuri wa muda %1 sawa na %2</translation>
    </message>
    <message>
        <source>Two files hold the same instant: one is a copy (for example a stray checkpoint_latest.json), not a separate checkpoint.</source>
        <translation>Faili mbili zina wakati uleule: moja ni nakala (kwa mfano checkpoint_latest.json iliyopotea), si kituo tofauti cha ukaguzi.</translation>
    </message>
    <message>
        <source>|ΔΨ| &lt; %1 and |Δm_t| &lt; %1</source>
        <translation>|ΔΨ| &lt; %1 na |Δm_t| &lt; %1</translation>
    </message>
    <message>
        <source>ΔΨ = %1, Δm_t = %2</source>
        <translation>ΔΨ = %1, Δm_t = %2</translation>
    </message>
    <message>
        <source>Between these consecutive checkpoints the state moved more than the harmonic continuity bound the guide promises (CAF delta within ±0.001).</source>
        <translation>Kati ya vituo hivi vya ukaguzi vinavyofuatana hali ilisogea zaidi ya kikomo cha mwendelezo wa kihamoni ambacho mwongozo unaahidi (delta ya CAF ndani ya ±0.001).</translation>
    </message>
    <message>
        <source>about %1 s between checkpoints (median)</source>
        <translation>takriban sekunde %1 kati ya vituo vya ukaguzi (wastani wa kati)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>sekunde %1</translation>
    </message>
    <message>
        <source>The interval is more than twice the folder&apos;s usual cadence: checkpoints in between are missing, unreadable or were overwritten.</source>
        <translation>Muda kati ni zaidi ya mara mbili ya mwendo wa kawaida wa folda: vituo vya ukaguzi vya katikati havipo, havisomeki au viliandikwa juu yake.</translation>
    </message>
    <message>
        <source>one complete checkpoint per file</source>
        <translation>kituo kimoja kamili cha ukaguzi kwa kila faili</translation>
    </message>
    <message>
        <source>a broken write into %1</source>
        <translation>uandishi ulioharibika kwenye %1</translation>
    </message>
    <message>
        <source>The writer truncates and rewrites checkpoint_&lt;second&gt;.json in place, so this broken write destroyed whatever checkpoint of the same second the file held before.</source>
        <translation>Mwandishi hukata na kuandika upya checkpoint_&lt;second&gt;.json papo hapo, kwa hiyo uandishi huu ulioharibika uliharibu kituo chochote cha ukaguzi cha sekunde ileile ambacho faili ilikuwa nacho awali.</translation>
    </message>
    <message>
        <source>names that cannot collide</source>
        <translation>majina yasiyoweza kugongana</translation>
    </message>
    <message>
        <source>whole-second names; %1 s of the run&apos;s seconds precede a surviving checkpoint</source>
        <translation>majina ya sekunde kamili; sekunde %1 za uendeshaji zinatangulia kituo cha ukaguzi kilichobaki</translation>
    </message>
    <message>
        <source>Names keep only int(timestamp): any checkpoint written earlier in the same second as a surviving one was silently replaced and left no trace in the content.</source>
        <translation>Majina yanahifadhi int(timestamp) pekee: kituo chochote cha ukaguzi kilichoandikwa mapema katika sekunde ileile na kilichobaki kilibadilishwa kimyakimya na hakikuacha alama katika maudhui.</translation>
    </message>
    <message>
        <source>manifest.json is not in the exact form the hardened layout defines, so it authenticates nothing.</source>
        <translation>manifest.json haiko katika umbo kamili ambalo muundo ulioimarishwa unafafanua, kwa hiyo haithibitishi chochote.</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>JSON halali</translation>
    </message>
    <message>
        <source>another structure</source>
        <translation>muundo mwingine</translation>
    </message>
    <message>
        <source>128 lowercase hex characters</source>
        <translation>herufi 128 za hexadesimali ndogo</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>herufi %1</translation>
    </message>
    <message>
        <source>the exact envelope bytes around the signed body</source>
        <translation>baiti kamili za bahasha kuzunguka mwili uliotiwa sahihi</translation>
    </message>
    <message>
        <source>different byte at offset %1</source>
        <translation>baiti tofauti kwenye nafasi %1</translation>
    </message>
    <message>
        <source>string &quot;%1&quot;</source>
        <translation>mfuatano wa herufi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>haipo au si mfuatano wa herufi</translation>
    </message>
    <message>
        <source>non-negative integer &quot;%1&quot;</source>
        <translation>namba kamili isiyo hasi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not one</source>
        <translation>haipo au si hiyo</translation>
    </message>
    <message>
        <source>%1 lowercase hex characters</source>
        <translation>herufi %1 za hexadesimali ndogo</translation>
    </message>
    <message>
        <source>another format</source>
        <translation>muundo mwingine wa faili</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>toleo jingine</translation>
    </message>
    <message>
        <source>&quot;encryption&quot;: null or an object</source>
        <translation>&quot;encryption&quot;: null au kitu (object)</translation>
    </message>
    <message>
        <source>missing or other</source>
        <translation>haipo au nyingine</translation>
    </message>
    <message>
        <source>another AEAD</source>
        <translation>AEAD nyingine</translation>
    </message>
    <message>
        <source>another KDF</source>
        <translation>KDF nyingine</translation>
    </message>
    <message>
        <source>&quot;files&quot;: a list of at most %1 entries</source>
        <translation>&quot;files&quot;: orodha ya vipengee %1 zaidi kabisa</translation>
    </message>
    <message>
        <source>missing, not a list or too long</source>
        <translation>haipo, si orodha au ni ndefu mno</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>kitu (object)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>kitu kingine</translation>
    </message>
    <message>
        <source>a checkpoint file name and a matching &quot;encrypted&quot; flag</source>
        <translation>jina la faili ya kituo cha ukaguzi na alama ya &quot;encrypted&quot; inayolingana</translation>
    </message>
    <message>
        <source>each key once per object</source>
        <translation>kila ufunguo mara moja kwa kila kitu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again (first at offset %2)</source>
        <translation>&quot;%1&quot; tena (wa kwanza kwenye nafasi %2)</translation>
    </message>
    <message>
        <source>The manifest repeats a key. Seedscope, like Python, uses the last value; another verifier may use the first, so the signature does not pin down one list of files.</source>
        <translation>Manifest inarudia ufunguo. Seedscope, kama Python, inatumia thamani ya mwisho; mthibitishaji mwingine anaweza kutumia ya kwanza, kwa hiyo sahihi haibani orodha moja ya faili.</translation>
    </message>
    <message>
        <source>a valid Ed25519 signature by key %1</source>
        <translation>sahihi halali ya Ed25519 ya ufunguo %1</translation>
    </message>
    <message>
        <source>signature check: %1</source>
        <translation>ukaguzi wa sahihi: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify: the manifest (or its key) was changed after signing, so none of its hashes can be relied on.</source>
        <translation>Sahihi ya manifest haithibitishwi: manifest (au ufunguo wake) ilibadilishwa baada ya kutiwa sahihi, kwa hiyo hakuna hashi yake inayoweza kuaminiwa.</translation>
    </message>
    <message>
        <source>signed by the trusted node key %1</source>
        <translation>imetiwa sahihi kwa ufunguo wa nodi unaoaminika %1</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>imetiwa sahihi kwa ufunguo %1</translation>
    </message>
    <message>
        <source>The manifest is validly signed, but by another key than the trust key given: either the trust key is not this node&apos;s or the folder was re-signed. Nothing in the folder is authenticated.</source>
        <translation>Manifest imetiwa sahihi halali, lakini kwa ufunguo tofauti na ufunguo wa kuaminika uliotolewa: ama ufunguo wa kuaminika si wa nodi hii au folda ilitiwa sahihi upya. Hakuna kilichothibitishwa katika folda.</translation>
    </message>
    <message>
        <source>a signer key the examiner trusts (--trust-key)</source>
        <translation>ufunguo wa mtia sahihi anayeaminiwa na mkaguzi (--trust-key)</translation>
    </message>
    <message>
        <source>self-declared key %1</source>
        <translation>ufunguo uliojitangaza %1</translation>
    </message>
    <message>
        <source>The signature is consistent, but anyone can sign with their own key: give the node&apos;s public key with --trust-key to make it mean something.</source>
        <translation>Sahihi inalingana, lakini yeyote anaweza kutia sahihi kwa ufunguo wake mwenyewe: toa ufunguo wa umma wa nodi kwa --trust-key ili iwe na maana.</translation>
    </message>
    <message>
        <source>signed by the trusted node key</source>
        <translation>imetiwa sahihi kwa ufunguo wa nodi unaoaminika</translation>
    </message>
    <message>
        <source>valid signature by %1 over %2 file entries</source>
        <translation>sahihi halali ya %1 juu ya vipengee %2 vya faili</translation>
    </message>
    <message>
        <source>The manifest is authentic: every listed file is checked against its signed size and SHA-256.</source>
        <translation>Manifest ni halisi: kila faili iliyoorodheshwa inakaguliwa dhidi ya ukubwa wake na SHA-256 zilizotiwa sahihi.</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s journal holds two different entries with the same sequence number in the same log generation (first at %1): its chain forks.</source>
        <translation>Kumbukumbu ya kifaa ina maingizo mawili tofauti yenye namba ileile ya mfuatano katika kizazi kilekile cha kumbukumbu (la kwanza kwenye %1): mnyororo wake unagawanyika.</translation>
    </message>
    <message>
        <source>A later log generation re-used this sequence number after a recovery dropped the record at %1: a recovered fork, expected after truncation.</source>
        <translation>Kizazi cha baadaye cha kumbukumbu kilitumia tena namba hii ya mfuatano baada ya urejeshaji kuondoa rekodi kwenye %1: mgawanyiko uliorejeshwa, unaotarajiwa baada ya kukatwa.</translation>
    </message>
    <message>
        <source>This checkpoint and checkpoint %1 of %2 cover exactly the same %3 transactions but hold different states; this one is not their canonical replay but their replay in this device&apos;s storage (arrival) order.</source>
        <translation>Kituo hiki cha ukaguzi na kituo cha ukaguzi %1 cha %2 vinashughulikia miamala ileile %3 lakini vina hali tofauti; hiki si urudiaji wao sanifu bali ni urudiaji kwa mpangilio wa hifadhi (wa kuwasili) wa kifaa hiki.</translation>
    </message>
    <message>
        <source>This checkpoint covers exactly the same %1 transactions as checkpoint %2 of %3, which holds their canonical replay, but its own state differs: this device computed a different ledger.</source>
        <translation>Kituo hiki cha ukaguzi kinashughulikia miamala ileile %1 kama kituo cha ukaguzi %2 cha %3, chenye urudiaji wao sanifu, lakini hali yake yenyewe inatofautiana: kifaa hiki kilikokotoa daftari tofauti.</translation>
    </message>
    <message>
        <source>The origin device signed two different versions of this transaction (the other is held by %1 at %2): a possible forgery by the origin; the first in canonical order stands.</source>
        <translation>Kifaa asili kilitia sahihi matoleo mawili tofauti ya muamala huu (jingine liko kwa %1 kwenye %2): huenda ni ughushi wa asili; la kwanza kwa mpangilio sanifu ndilo linalosimama.</translation>
    </message>
    <message>
        <source>This device&apos;s copy of the transaction has different content from the authentic copy held by %1 at %2, and its signature no longer verifies: it was altered on this device.</source>
        <translation>Nakala ya muamala ya kifaa hiki ina maudhui tofauti na nakala halisi iliyo kwa %1 kwenye %2, na sahihi yake haithibitishwi tena: ilibadilishwa kwenye kifaa hiki.</translation>
    </message>
    <message>
        <source>This device&apos;s copy has the same content as the authentic copy held by %1 at %2, but a signature that does not verify: the signature was altered on this device.</source>
        <translation>Nakala ya kifaa hiki ina maudhui sawa na nakala halisi iliyo kwa %1 kwenye %2, lakini sahihi isiyothibitishwa: sahihi ilibadilishwa kwenye kifaa hiki.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>sahihi halali</translation>
    </message>
    <message>
        <source>does not hold this transaction (held by %1)</source>
        <translation>hauna muamala huu (uko kwa %1)</translation>
    </message>
    <message>
        <source>holds an altered copy (authentic copy on %1 at %2)</source>
        <translation>una nakala iliyobadilishwa (nakala halisi iko kwa %1 kwenye %2)</translation>
    </message>
    <message>
        <source>same transactions, different replayed state</source>
        <translation>miamala ileile, hali iliyorudiwa tofauti</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>kumbukumbu</translation>
    </message>
    <message>
        <source>This device&apos;s view of the ledger differs from the merged ledger of all dumps from canonical entry %1 on: it %2.</source>
        <translation>Mtazamo wa daftari wa kifaa hiki unatofautiana na daftari lililounganishwa la nakala zote kuanzia ingizo sanifu %1: %2.</translation>
    </message>
    <message>
        <source>This device&apos;s view lags the merged ledger from canonical entry %1 on: it %2 (%3 merged transactions missing).</source>
        <translation>Mtazamo wa kifaa hiki uko nyuma ya daftari lililounganishwa kuanzia ingizo sanifu %1: %2 (miamala %3 iliyounganishwa haipo).</translation>
    </message>
    <message>
        <source>%1 transactions are held by this device only (the first at this offset): not yet synced to the others, or missing from their dumps.</source>
        <translation>Miamala %1 iko kwenye kifaa hiki pekee (wa kwanza kwenye nafasi hii): bado haijasawazishwa na vingine, au haipo kwenye nakala zao.</translation>
    </message>
    <message>
        <source>on every device</source>
        <translation>kwenye kila kifaa</translation>
    </message>
    <message>
        <source>%1 only here</source>
        <translation>%1 hapa tu</translation>
    </message>
    <message>
        <source>For the %1 transactions both devices stored, this device&apos;s Lamport clock is typically %2 ticks away from %3&apos;s, beyond the network&apos;s drift bound: one clock jumped.</source>
        <translation>Kwa miamala %1 ambayo vifaa vyote viwili vilihifadhi, saa ya Lamport ya kifaa hiki kwa kawaida iko tiki %2 mbali na ya %3, zaidi ya kikomo cha mkengeuko wa mtandao: saa moja iliruka.</translation>
    </message>
    <message>
        <source>This dump was given twice (the same file, or a copy with the same device, size and journal head as %1): it is reconciled once.</source>
        <translation>Nakala hii ilitolewa mara mbili (faili ileile, au nakala yenye kifaa, ukubwa na kichwa cha kumbukumbu sawa na %1): inalinganishwa mara moja tu.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tupu</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>imethibitishwa</translation>
    </message>
    <message>
        <source>uncommitted</source>
        <translation>haijathibitishwa</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>imeharibika</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>imefutwa</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>halali</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>kutoka %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>kwenda %1</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>kiasi %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>mzunguko %1</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>wanachama %1</translation>
    </message>
    <message>
        <source>trust delta %1 (reason %2)</source>
        <translation>badiliko la uaminifu %1 (sababu %2)</translation>
    </message>
    <message>
        <source>new key %1 from Lamport %2</source>
        <translation>ufunguo mpya %1 kuanzia Lamport %2</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (imesimbwa)</translation>
    </message>
    <message>
        <source>%1 (ok)</source>
        <translation>%1 (sawa)</translation>
    </message>
    <message>
        <source>%1 (mismatch)</source>
        <translation>%1 (hailingani)</translation>
    </message>
    <message>
        <source>encrypted, no storage key</source>
        <translation>imesimbwa, hakuna ufunguo wa hifadhi</translation>
    </message>
    <message>
        <source>payload encrypted and no storage key was given</source>
        <translation>mzigo umesimbwa na hakuna ufunguo wa hifadhi uliotolewa</translation>
    </message>
    <message>
        <source>does not decrypt with the given key</source>
        <translation>haifunguki kwa ufunguo uliotolewa</translation>
    </message>
    <message>
        <source>payload does not decrypt with the given key</source>
        <translation>mzigo haufunguki kwa ufunguo uliotolewa</translation>
    </message>
    <message>
        <source>payload decrypted: field offsets refer to plaintext, not to the evidence</source>
        <translation>mzigo umefunguliwa: nafasi za sehemu zinahusu maandishi wazi, si ushahidi</translation>
    </message>
    <message>
        <source>the entry bytes do not decode</source>
        <translation>baiti za ingizo hazifasiriki</translation>
    </message>
    <message>
        <source>superblock %1</source>
        <translation>bloku kuu %1</translation>
    </message>
    <message>
        <source>valid (active)</source>
        <translation>halali (inatumika)</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>utambulisho</translation>
    </message>
    <message>
        <source>key rotation %1</source>
        <translation>mzunguko wa ufunguo %1</translation>
    </message>
    <message>
        <source>checkpoint slots</source>
        <translation>nafasi za vituo vya ukaguzi</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (imepakiwa)</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (mbadala)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloku %1</translation>
    </message>
    <message>
        <source>%1 seq %2</source>
        <translation>%1 seq %2</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>alama za urejeshaji</translation>
    </message>
    <message>
        <source>superblock copy %1</source>
        <translation>nakala ya bloku kuu %1</translation>
    </message>
    <message>
        <source>The superblock copy has a valid checksum but an impossible layout: %1.</source>
        <translation>Nakala ya bloku kuu ina checksum sahihi lakini mpangilio usiowezekana: %1.</translation>
    </message>
    <message>
        <source>This superblock copy is erased; the other copy is used if it is valid.</source>
        <translation>Nakala hii ya bloku kuu imefutwa; nakala nyingine inatumika ikiwa ni sahihi.</translation>
    </message>
    <message>
        <source>The superblock copy&apos;s checksum does not match (a torn or damaged write); the other copy is used if it is valid.</source>
        <translation>Checksum ya nakala ya bloku kuu hailingani (uandishi uliokatika au ulioharibika); nakala nyingine inatumika ikiwa ni sahihi.</translation>
    </message>
    <message>
        <source>No superblock magic here (89 53 45 44 0D 0A 1A 0A expected).</source>
        <translation>Hakuna alama ya bloku kuu hapa (89 53 45 44 0D 0A 1A 0A ilitarajiwa).</translation>
    </message>
    <message>
        <source>superblock pair</source>
        <translation>jozi ya bloku kuu</translation>
    </message>
    <message>
        <source>Neither superblock copy is valid, so the layout of this image is unknown. It may not be a Seed dump.</source>
        <translation>Hakuna nakala ya bloku kuu iliyo sahihi, kwa hiyo mpangilio wa picha hii haujulikani. Huenda si nakala ya Seed.</translation>
    </message>
    <message>
        <source>Both superblock copies are valid but describe different layouts; the one with the higher revision is used.</source>
        <translation>Nakala zote mbili za bloku kuu ni sahihi lakini zinaeleza mipangilio tofauti; ile yenye toleo la juu zaidi inatumika.</translation>
    </message>
    <message>
        <source>This dump uses format version %1.%2; this build reads version 1.x only.</source>
        <translation>Nakala hii inatumia toleo la muundo %1.%2; programu hii inasoma toleo 1.x pekee.</translation>
    </message>
    <message>
        <source>The dump needs features this build does not know (incompat flags or algorithm ids); reading it could misinterpret it, so it is refused.</source>
        <translation>Nakala inahitaji vipengele ambavyo programu hii haivijui (bendera za incompat au vitambulisho vya algoriti); kuisoma kungeweza kuitafsiri vibaya, kwa hiyo imekataliwa.</translation>
    </message>
    <message>
        <source>incompat %1, hash 1, sig 1, aead 0/1</source>
        <translation>incompat %1, hash 1, sig 1, aead 0/1</translation>
    </message>
    <message>
        <source>incompat %1, hash %2, sig %3, aead %4</source>
        <translation>incompat %1, hash %2, sig %3, aead %4</translation>
    </message>
    <message>
        <source>Unknown read-only-compatible features are set; the dump can be read but a writer would refuse it.</source>
        <translation>Vipengele visivyojulikana vinavyooana na kusoma tu vimewekwa; nakala inaweza kusomwa lakini mwandishi angeikataa.</translation>
    </message>
    <message>
        <source>Unknown compatible features are set; they do not change how the dump is read.</source>
        <translation>Vipengele vinavyooana visivyojulikana vimewekwa; havibadilishi jinsi nakala inavyosomwa.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>picha</translation>
    </message>
    <message>
        <source>The image is shorter than the superblock declares; structures past its end are missing.</source>
        <translation>Picha ni fupi kuliko bloku kuu inavyotangaza; miundo iliyo baada ya mwisho wake haipo.</translation>
    </message>
    <message>
        <source>The image is longer than the superblock declares; the extra bytes are not part of the format.</source>
        <translation>Picha ni ndefu kuliko bloku kuu inavyotangaza; baiti za ziada si sehemu ya muundo.</translation>
    </message>
    <message>
        <source>identity region</source>
        <translation>eneo la utambulisho</translation>
    </message>
    <message>
        <source>The identity region lies past the end of the image.</source>
        <translation>Eneo la utambulisho liko baada ya mwisho wa picha.</translation>
    </message>
    <message>
        <source>No identity header (magic SIDN) where the superblock says it is; the device key is unknown.</source>
        <translation>Hakuna kichwa cha utambulisho (alama SIDN) mahali bloku kuu inaposema; ufunguo wa kifaa haujulikani.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage); the device key is taken from: %1.</source>
        <translation>Checksum ya kichwa cha utambulisho hailingani (uharibifu wa hifadhi); ufunguo wa kifaa umechukuliwa kutoka: %1.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage) and no trust store key confirms the device key, so the device&apos;s own signatures cannot be checked.</source>
        <translation>Checksum ya kichwa cha utambulisho hailingani (uharibifu wa hifadhi) na hakuna ufunguo wa hifadhi ya uaminifu unaothibitisha ufunguo wa kifaa, kwa hiyo sahihi za kifaa chenyewe haziwezi kukaguliwa.</translation>
    </message>
    <message>
        <source>device_id must be the first 16 bytes of SHA-256(public key) and equal the superblock&apos;s.</source>
        <translation>device_id lazima iwe baiti 16 za kwanza za SHA-256(ufunguo wa umma) na iwe sawa na ya bloku kuu.</translation>
    </message>
    <message>
        <source>The identity&apos;s network id differs from the superblock&apos;s.</source>
        <translation>Kitambulisho cha mtandao cha utambulisho kinatofautiana na cha bloku kuu.</translation>
    </message>
    <message>
        <source>The key history count does not fit in the identity region.</source>
        <translation>Idadi ya historia ya funguo haitoshei katika eneo la utambulisho.</translation>
    </message>
    <message>
        <source>identity key history %1</source>
        <translation>historia ya funguo za utambulisho %1</translation>
    </message>
    <message>
        <source>A key history record is damaged (magic SKEY or checksum); keys after it cannot be trusted.</source>
        <translation>Rekodi ya historia ya funguo imeharibika (alama SKEY au checksum); funguo zilizo baada yake haziwezi kuaminiwa.</translation>
    </message>
    <message>
        <source>A checkpoint write was interrupted while its header was being written; the device must ignore this slot.</source>
        <translation>Uandishi wa kituo cha ukaguzi ulikatizwa wakati kichwa chake kikiandikwa; kifaa lazima kipuuze nafasi hii.</translation>
    </message>
    <message>
        <source>The slot holds data but no checkpoint header (magic SCKP).</source>
        <translation>Nafasi ina data lakini hakuna kichwa cha kituo cha ukaguzi (alama SCKP).</translation>
    </message>
    <message>
        <source>The checkpoint header&apos;s checksum does not match; the slot cannot be used.</source>
        <translation>Checksum ya kichwa cha kituo cha ukaguzi hailingani; nafasi haiwezi kutumika.</translation>
    </message>
    <message>
        <source>The declared payload length does not fit in the slot.</source>
        <translation>Urefu wa mzigo uliotangazwa hautoshei katika nafasi.</translation>
    </message>
    <message>
        <source>Checkpoint %1 was written but never committed (power lost before the commit record); the device must ignore it.</source>
        <translation>Kituo cha ukaguzi %1 kiliandikwa lakini hakikuthibitishwa kamwe (umeme ulikatika kabla ya rekodi ya uthibitisho); kifaa lazima kikipuuze.</translation>
    </message>
    <message>
        <source>The committed checkpoint&apos;s payload checksum does not match: the state it holds is damaged.</source>
        <translation>Checksum ya mzigo wa kituo cha ukaguzi kilichothibitishwa hailingani: hali kilichobeba imeharibika.</translation>
    </message>
    <message>
        <source>no commit magic (SCMT)</source>
        <translation>hakuna alama ya uthibitisho (SCMT)</translation>
    </message>
    <message>
        <source>commit checksum mismatch</source>
        <translation>checksum ya uthibitisho hailingani</translation>
    </message>
    <message>
        <source>commit names checkpoint %1, header %2</source>
        <translation>uthibitisho unataja kituo cha ukaguzi %1, kichwa %2</translation>
    </message>
    <message>
        <source>commit payload hash differs from SHA-256 of the payload</source>
        <translation>hashi ya mzigo ya uthibitisho inatofautiana na SHA-256 ya mzigo</translation>
    </message>
    <message>
        <source>The commit record does not hold (%1); the slot cannot be used.</source>
        <translation>Rekodi ya uthibitisho si halali (%1); nafasi haiwezi kutumika.</translation>
    </message>
    <message>
        <source>The checkpoint payload does not authenticate under the given storage key (wrong key, or the ciphertext or its header was altered).</source>
        <translation>Mzigo wa kituo cha ukaguzi haujathibitishwa kwa ufunguo wa hifadhi uliotolewa (ufunguo usio sahihi, au maandishi yaliyosimbwa au kichwa chake vilibadilishwa).</translation>
    </message>
    <message>
        <source>The image is larger than Seedscope analyses in memory; it was not read.</source>
        <translation>Picha ni kubwa kuliko Seedscope inavyochambua kwenye kumbukumbu ya kompyuta; haikusomwa.</translation>
    </message>
    <message>
        <source>&lt;= %1 bytes</source>
        <translation>&lt;= baiti %1</translation>
    </message>
    <message>
        <source>storage key</source>
        <translation>ufunguo wa hifadhi</translation>
    </message>
    <message>
        <source>the storage root key of device %1</source>
        <translation>ufunguo mkuu wa hifadhi wa kifaa %1</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted records authenticate</source>
        <translation>ufunguo %1: rekodi 0 kati ya %2 zilizosimbwa zimethibitishwa</translation>
    </message>
    <message>
        <source>The storage key given (fingerprint %1) is not this dump&apos;s: none of its %2 intact encrypted records authenticates under it, so nothing encrypted was read. This is a problem with the key supplied, not with the device; what needs the key is reported as not checked.</source>
        <translation>Ufunguo wa hifadhi uliotolewa (alama %1) si wa nakala hii: hakuna hata rekodi moja kati ya %2 zilizosimbwa na zilizo kamili inayothibitishwa nao, kwa hiyo hakuna kilichosimbwa kilichosomwa. Hili ni tatizo la ufunguo uliotolewa, si la kifaa; kinachohitaji ufunguo kimeripotiwa kama haijakaguliwa.</translation>
    </message>
    <message>
        <source>journal block %1</source>
        <translation>bloku ya kumbukumbu %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloku ya alama %1</translation>
    </message>
    <message>
        <source>Programmed bytes in a block whose header is erased: no writer puts data there.</source>
        <translation>Baiti zilizoandikwa katika bloku ambayo kichwa chake kimefutwa: hakuna mwandishi anayeweka data hapo.</translation>
    </message>
    <message>
        <source>Programmed bytes after the last record of the block, where flash should be erased.</source>
        <translation>Baiti zilizoandikwa baada ya rekodi ya mwisho ya bloku, mahali ambapo flash inapaswa kuwa imefutwa.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>rekodi %1</translation>
    </message>
    <message>
        <source>The record header&apos;s reserved bytes are not zero; format v1 writers always write zeros.</source>
        <translation>Baiti zilizohifadhiwa za kichwa cha rekodi si sifuri; waandishi wa muundo v1 huandika sifuri daima.</translation>
    </message>
    <message>
        <source>A record type this build does not know, marked safe to ignore (bit 7); skipped.</source>
        <translation>Aina ya rekodi ambayo programu hii haiijui, iliyowekwa alama ya kupuuzwa salama (biti 7); imerukwa.</translation>
    </message>
    <message>
        <source>A record type this build does not know (or one that does not belong in this region); its payload is skipped and not interpreted.</source>
        <translation>Aina ya rekodi ambayo programu hii haiijui (au isiyofaa katika eneo hili); mzigo wake umerukwa na haukutafsiriwa.</translation>
    </message>
    <message>
        <source>a %1 record type</source>
        <translation>aina ya rekodi %1</translation>
    </message>
    <message>
        <source>The record&apos;s epoch differs from its block&apos;s: a record of another generation.</source>
        <translation>Epoki ya rekodi inatofautiana na ya bloku yake: rekodi ya kizazi kingine.</translation>
    </message>
    <message>
        <source>An EPOCH record whose payload is not 64 bytes.</source>
        <translation>Rekodi ya EPOCH ambayo mzigo wake si baiti 64.</translation>
    </message>
    <message>
        <source>block header</source>
        <translation>kichwa cha bloku</translation>
    </message>
    <message>
        <source>record header</source>
        <translation>kichwa cha rekodi</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>urefu wa mzigo</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>mzigo</translation>
    </message>
    <message>
        <source>journal block %1, %2</source>
        <translation>bloku ya kumbukumbu %1, %2</translation>
    </message>
    <message>
        <source>marker block %1, %2</source>
        <translation>bloku ya alama %1, %2</translation>
    </message>
    <message>
        <source>A record declares a payload longer than what remains of its erase block; the rest of the block is skipped.</source>
        <translation>Rekodi inatangaza mzigo mrefu kuliko kilichobaki cha bloku yake ya kufuta; sehemu iliyobaki ya bloku imerukwa.</translation>
    </message>
    <message>
        <source>The last write of this log generation is incomplete and only erased flash follows: a power cut mid-write. The device truncates here.</source>
        <translation>Uandishi wa mwisho wa kizazi hiki cha kumbukumbu haujakamilika na kinachofuata ni flash iliyofutwa tu: umeme ulikatika katikati ya uandishi. Kifaa kinakata hapa.</translation>
    </message>
    <message>
        <source>A used block whose header is damaged; its records are skipped.</source>
        <translation>Bloku iliyotumika ambayo kichwa chake kimeharibika; rekodi zake zimerukwa.</translation>
    </message>
    <message>
        <source>A record&apos;s payload checksum does not match and valid data follows: damage in the middle of the log.</source>
        <translation>Checksum ya mzigo wa rekodi hailingani na data sahihi inafuata: uharibifu katikati ya kumbukumbu.</translation>
    </message>
    <message>
        <source>A record header&apos;s checksum does not match and valid data follows: damage in the middle of the log; the rest of the block is skipped.</source>
        <translation>Checksum ya kichwa cha rekodi hailingani na data sahihi inafuata: uharibifu katikati ya kumbukumbu; sehemu iliyobaki ya bloku imerukwa.</translation>
    </message>
    <message>
        <source>journal block %1, seq %2</source>
        <translation>bloku ya kumbukumbu %1, seq %2</translation>
    </message>
    <message>
        <source>No readable EPOCH record for epoch %1, so its journal key (derived from the epoch salt) cannot be computed.</source>
        <translation>Hakuna rekodi ya EPOCH inayosomeka kwa epoki %1, kwa hiyo ufunguo wake wa kumbukumbu (unaotokana na chumvi ya epoki) hauwezi kukokotolewa.</translation>
    </message>
    <message>
        <source>The entry does not authenticate under its epoch key: wrong storage key, or the ciphertext or its header was altered or moved.</source>
        <translation>Ingizo halithibitishwi kwa ufunguo wa epoki yake: ufunguo wa hifadhi usio sahihi, au maandishi yaliyosimbwa au kichwa chake vilibadilishwa au kuhamishwa.</translation>
    </message>
    <message>
        <source>An unencrypted entry in a dump whose superblock says entries are encrypted.</source>
        <translation>Ingizo lisilosimbwa katika nakala ambayo bloku kuu yake inasema maingizo yamesimbwa.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>imesimbwa</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>wazi</translation>
    </message>
    <message>
        <source>An entry payload shorter than its 48-byte entry header.</source>
        <translation>Mzigo wa ingizo ulio mfupi kuliko kichwa chake cha ingizo cha baiti 48.</translation>
    </message>
    <message>
        <source>The entry&apos;s framing and checksums hold but its ledger bytes do not decode: %1</source>
        <translation>Muundo na checksum za ingizo ni sahihi lakini baiti zake za daftari hazifasiriki: %1</translation>
    </message>
    <message>
        <source>The entry header inside the payload disagrees with the record header (seq, Lamport or prev_hash).</source>
        <translation>Kichwa cha ingizo ndani ya mzigo hakikubaliani na kichwa cha rekodi (seq, Lamport au prev_hash).</translation>
    </message>
    <message>
        <source>seq %1 lamport %2</source>
        <translation>seq %1 lamport %2</translation>
    </message>
    <message>
        <source>The journal is encrypted and no storage key was given: entry contents were not read; framing, checksums and the hash chain still were.</source>
        <translation>Kumbukumbu imesimbwa na hakuna ufunguo wa hifadhi uliotolewa: yaliyomo ya maingizo hayakusomwa; muundo, checksum na mnyororo wa hashi vilisomwa.</translation>
    </message>
    <message>
        <source>%1 encrypted journal entries could not be decrypted (no key or wrong key); replay covers only the readable ones.</source>
        <translation>Maingizo %1 ya kumbukumbu yaliyosimbwa hayakuweza kufunguliwa (hakuna ufunguo au ufunguo usio sahihi); kurudia kunahusu yale yanayosomeka tu.</translation>
    </message>
    <message>
        <source>checkpoint %1 (slot %2)</source>
        <translation>kituo cha ukaguzi %1 (nafasi %2)</translation>
    </message>
    <message>
        <source>This DELTA checkpoint&apos;s base (checkpoint %1) is in a slot a newer checkpoint has since reused, so its state cannot be rebuilt; newer checkpoints are readable, so nothing is lost.</source>
        <translation>Msingi wa kituo hiki cha ukaguzi cha DELTA (kituo cha ukaguzi %1) uko katika nafasi ambayo kituo kipya zaidi kimeitumia tena, kwa hiyo hali yake haiwezi kujengwa upya; vituo vya ukaguzi vipya zaidi vinasomeka, kwa hiyo hakuna kilichopotea.</translation>
    </message>
    <message>
        <source>base checkpoint %1</source>
        <translation>kituo cha ukaguzi cha msingi %1</translation>
    </message>
    <message>
        <source>base slot reused</source>
        <translation>nafasi ya msingi imetumika tena</translation>
    </message>
    <message>
        <source>a state whose root is the signed state_root</source>
        <translation>hali ambayo mzizi wake ni state_root iliyotiwa sahihi</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but entries it covers are %1, so it can be neither confirmed nor refuted.</source>
        <translation>Kurudia kumbukumbu hakuzalishi tena state_root iliyotiwa sahihi ya kituo hiki cha ukaguzi, lakini maingizo kinayoyahusu ni %1, kwa hiyo hakiwezi kuthibitishwa wala kukanushwa.</translation>
    </message>
    <message>
        <source>missing from a damaged or cut journal</source>
        <translation>hayapo katika kumbukumbu iliyoharibika au iliyokatwa</translation>
    </message>
    <message>
        <source>undecodable</source>
        <translation>hayafasiriki</translation>
    </message>
    <message>
        <source>signed by devices the trust store holds no key for</source>
        <translation>yametiwa sahihi na vifaa ambavyo hifadhi ya uaminifu haina ufunguo wake</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy.</source>
        <translation>Faili ya ushahidi ilibadilika (ukubwa, wakati wa kubadilishwa au maudhui) wakati ikichambuliwa, kwa hiyo ripoti hii haielezi toleo lolote moja na ni batili; kagua nakala thabiti.</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy. (%1)</source>
        <translation>Faili ya ushahidi ilibadilika (ukubwa, wakati wa kubadilishwa au maudhui) wakati ikichambuliwa, kwa hiyo ripoti hii haielezi toleo lolote moja na ni batili; kagua nakala thabiti. (%1)</translation>
    </message>
    <message>
        <source>SHA-256 %1, %2 bytes</source>
        <translation>SHA-256 %1, baiti %2</translation>
    </message>
    <message>
        <source>changed during the analysis</source>
        <translation>ilibadilika wakati wa uchambuzi</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>baiti %1</translation>
    </message>
    <message>
        <source>After the damage at %1 no length can be trusted, so these programmed bytes cannot be interpreted; any records in them are unknown, not absent.</source>
        <translation>Baada ya uharibifu katika %1 hakuna urefu unaoweza kuaminiwa, kwa hiyo baiti hizi zilizoandikwa haziwezi kutafsiriwa; rekodi zozote ndani yake hazijulikani, si kwamba hazipo.</translation>
    </message>
    <message>
        <source>parseable records</source>
        <translation>rekodi zinazochambulika</translation>
    </message>
    <message>
        <source>%1 uninterpretable bytes</source>
        <translation>baiti %1 zisizotafsirika</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>epoki %1</translation>
    </message>
    <message>
        <source>A new log generation continues from a journal entry that is not among the intact entries; damaged or missing journal bytes could hold it, so this is not evidence of tampering.</source>
        <translation>Kizazi kipya cha kumbukumbu kinaendelea kutoka ingizo la kumbukumbu ambalo halimo miongoni mwa maingizo kamili; baiti za kumbukumbu zilizoharibika au zisizokuwepo zingeweza kulibeba, kwa hiyo huu si ushahidi wa uchakachuaji.</translation>
    </message>
    <message>
        <source>A new log generation says it continues from a journal entry that is not in the journal, and no damage could hold it: entries were removed or the record was altered.</source>
        <translation>Kizazi kipya cha kumbukumbu kinasema kinaendelea kutoka ingizo lisilo katika kumbukumbu, na hakuna uharibifu ungeweza kulibeba: maingizo yaliondolewa au rekodi ilibadilishwa.</translation>
    </message>
    <message>
        <source>an entry with seq %1 and hash %2</source>
        <translation>ingizo lenye seq %1 na hashi %2</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>hakuna ingizo kama hilo</translation>
    </message>
    <message>
        <source>An exact copy of an earlier journal entry was stored again after it: a replayed record.</source>
        <translation>Nakala kamili ya ingizo la awali la kumbukumbu ilihifadhiwa tena baada yake: rekodi iliyorudiwa.</translation>
    </message>
    <message>
        <source>A journal sequence number that was already used appears again in the same log generation.</source>
        <translation>Namba ya mfuatano wa kumbukumbu iliyokwisha tumika inaonekana tena katika kizazi kile kile cha kumbukumbu.</translation>
    </message>
    <message>
        <source>Journal sequence numbers jump here with no damaged record in between: %1 entries are missing.</source>
        <translation>Namba za mfuatano wa kumbukumbu zinaruka hapa bila rekodi iliyoharibika katikati: maingizo %1 hayapo.</translation>
    </message>
    <message>
        <source>The entry&apos;s checksum holds but its link to the previous entry does not: the previous entry was altered or removed, or this one was inserted or moved.</source>
        <translation>Checksum ya ingizo ni sahihi lakini kiungo chake na ingizo lililotangulia si sahihi: ingizo lililotangulia lilibadilishwa au kuondolewa, au hili liliingizwa au kuhamishwa.</translation>
    </message>
    <message>
        <source>This transaction is already stored earlier in the journal (at %1): a replayed copy.</source>
        <translation>Muamala huu tayari umehifadhiwa mapema katika kumbukumbu (katika %1): nakala iliyorudiwa.</translation>
    </message>
    <message>
        <source>a transaction stored once</source>
        <translation>muamala uliohifadhiwa mara moja</translation>
    </message>
    <message>
        <source>second copy</source>
        <translation>nakala ya pili</translation>
    </message>
    <message>
        <source>The entry&apos;s stored Lamport clock is not above the one of the entry before it in the chain: the device clock went back (rollback or reset).</source>
        <translation>Saa ya Lamport iliyohifadhiwa ya ingizo haiko juu ya ile ya ingizo lililotangulia katika mnyororo: saa ya kifaa ilirudi nyuma (kurudishwa au kuwekwa upya).</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the intact journal ends at seq %3; the journal&apos;s end is damaged or the file is cut, which explains the loss, so it is not evidence of tampering.</source>
        <translation>%1 inahusu maingizo ya kumbukumbu hadi seq %2, lakini kumbukumbu kamili inaishia seq %3; mwisho wa kumbukumbu umeharibika au faili imekatwa, jambo linaloeleza upotevu, kwa hiyo huu si ushahidi wa uchakachuaji.</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the journal ends at seq %3 with no damage: signed entries were removed from the end.</source>
        <translation>%1 inahusu maingizo ya kumbukumbu hadi seq %2, lakini kumbukumbu inaishia seq %3 bila uharibifu: maingizo yaliyotiwa sahihi yaliondolewa kutoka mwisho.</translation>
    </message>
    <message>
        <source>last seq %1</source>
        <translation>seq ya mwisho %1</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no intact entry has, but damaged journal records could hold it: neither confirmed nor refuted.</source>
        <translation>%1 inataja hashi ya mnyororo katika seq %2 ambayo hakuna ingizo kamili lililo nayo, lakini rekodi za kumbukumbu zilizoharibika zingeweza kuibeba: haijathibitishwa wala kukanushwa.</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no entry in the journal has, and no damage could hold it: history before it was rewritten.</source>
        <translation>%1 inataja hashi ya mnyororo katika seq %2 ambayo hakuna ingizo la kumbukumbu lililo nayo, na hakuna uharibifu ungeweza kuibeba: historia ya kabla yake iliandikwa upya.</translation>
    </message>
    <message>
        <source>marker block %1, seq %2</source>
        <translation>bloku ya alama %1, seq %2</translation>
    </message>
    <message>
        <source>seal of journal seq %1</source>
        <translation>muhuri wa kumbukumbu seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s signature over this seal of the journal does not verify: the seal was altered or forged.</source>
        <translation>Sahihi ya kifaa juu ya muhuri huu wa kumbukumbu haithibitiki: muhuri ulibadilishwa au kughushiwa.</translation>
    </message>
    <message>
        <source>A signed seal</source>
        <translation>Muhuri uliotiwa sahihi</translation>
    </message>
    <message>
        <source>The Merkle root of the journal entries up to this seal differs from the one the device signed: an earlier entry was rewritten.</source>
        <translation>Mzizi wa Merkle wa maingizo ya kumbukumbu hadi muhuri huu unatofautiana na ule ambao kifaa kilitia sahihi: ingizo la awali liliandikwa upya.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s commit record and checksums hold but the device signature does not verify: the checkpoint was altered or forged.</source>
        <translation>Rekodi ya uthibitisho na checksum za kituo cha ukaguzi ni sahihi lakini sahihi ya kifaa haithibitiki: kituo cha ukaguzi kilibadilishwa au kughushiwa.</translation>
    </message>
    <message>
        <source>A signed checkpoint</source>
        <translation>Kituo cha ukaguzi kilichotiwa sahihi</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s Lamport clock is below that of an entry it covers (at %1): the clock was rolled back.</source>
        <translation>Saa ya Lamport ya kituo cha ukaguzi iko chini ya ile ya ingizo kinachohusu (katika %1): saa ilirudishwa nyuma.</translation>
    </message>
    <message>
        <source>seq %1..</source>
        <translation>seq %1..</translation>
    </message>
    <message>
        <source>%1 journal entries after the last seal or checkpoint are not yet covered by a device signature over the chain; removing them from the end would not be detectable.</source>
        <translation>Maingizo %1 ya kumbukumbu baada ya muhuri au kituo cha ukaguzi cha mwisho bado hayajafunikwa na sahihi ya kifaa juu ya mnyororo; kuyaondoa kutoka mwisho hakungegundulika.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>yenye muhuri</translation>
    </message>
    <message>
        <source>%1 unsealed</source>
        <translation>%1 bila muhuri</translation>
    </message>
    <message>
        <source>The device&apos;s marker log does not link here: a marker was removed, inserted or altered.</source>
        <translation>Kumbukumbu ya alama za kifaa haiungani hapa: alama iliondolewa, kuingizwa au kubadilishwa.</translation>
    </message>
    <message>
        <source>seq %1 prev %2</source>
        <translation>seq %1 prev %2</translation>
    </message>
    <message>
        <source>%1 Located by comparing the payload with the state the journal proves for this checkpoint: %2 byte(s) from %3 differ.</source>
        <translation>%1 Imepatikana kwa kulinganisha mzigo na hali ambayo kumbukumbu inathibitisha kwa kituo hiki cha ukaguzi: baiti %2 kuanzia %3 zinatofautiana.</translation>
    </message>
    <message>
        <source>Not checked: only the newest %1 of %2 BOOT and %3 RECOVERY markers were compared with the emulated recovery.</source>
        <translation>Haijakaguliwa: alama %1 za karibuni tu kati ya alama %2 za BOOT na %3 za RECOVERY zililinganishwa na urejeshaji ulioigwa.</translation>
    </message>
    <message>
        <source>RECOVERY epoch %1: %2</source>
        <translation>RECOVERY epoki %1: %2</translation>
    </message>
    <message>
        <source>The device&apos;s RECOVERY marker records a different %1 than the recovery it should have run on this journal.</source>
        <translation>Alama ya RECOVERY ya kifaa inarekodi %1 tofauti na urejeshaji uliopaswa kufanywa kwenye kumbukumbu hii.</translation>
    </message>
    <message>
        <source>damage offset</source>
        <translation>mahali pa uharibifu</translation>
    </message>
    <message>
        <source>no damage</source>
        <translation>hakuna uharibifu</translation>
    </message>
    <message>
        <source>set of dropped bytes</source>
        <translation>seti ya baiti zilizoachwa</translation>
    </message>
    <message>
        <source>%1 bytes, sha256 %2</source>
        <translation>baiti %1, sha256 %2</translation>
    </message>
    <message>
        <source>last good sequence</source>
        <translation>mfuatano mzuri wa mwisho</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>kuwashwa %1</translation>
    </message>
    <message>
        <source>The device&apos;s BOOT marker says it recovered differently (%1) from what the boot-time recovery rule gives on this image.</source>
        <translation>Alama ya BOOT ya kifaa inasema kilirejesha kwa namna tofauti (%1) na kile ambacho kanuni ya urejeshaji wakati wa kuwashwa inatoa kwenye picha hii.</translation>
    </message>
    <message>
        <source>The device loaded its fallback checkpoint although the active one (slot %1) was valid.</source>
        <translation>Kifaa kilipakia kituo chake cha ukaguzi cha akiba ingawa kile kinachotumika (nafasi %1) kilikuwa halali.</translation>
    </message>
    <message>
        <source>slot %1 (active)</source>
        <translation>nafasi %1 (inayotumika)</translation>
    </message>
    <message>
        <source>slot %1 (fallback)</source>
        <translation>nafasi %1 (akiba)</translation>
    </message>
    <message>
        <source>loaded checkpoint</source>
        <translation>kituo cha ukaguzi kilichopakiwa</translation>
    </message>
    <message>
        <source>slot %1, checkpoint %2</source>
        <translation>nafasi %1, kituo cha ukaguzi %2</translation>
    </message>
    <message>
        <source>fallback flag</source>
        <translation>bendera ya akiba</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>akiba</translation>
    </message>
    <message>
        <source>active</source>
        <translation>inayotumika</translation>
    </message>
    <message>
        <source>truncation point</source>
        <translation>mahali pa kukata</translation>
    </message>
    <message>
        <source>last valid sequence</source>
        <translation>mfuatano halali wa mwisho</translation>
    </message>
    <message>
        <source>The device truncated its journal at this boot but logged no RECOVERY marker for the damage.</source>
        <translation>Kifaa kilikata kumbukumbu yake wakati huu wa kuwashwa lakini hakikuandika alama ya RECOVERY kwa uharibifu huo.</translation>
    </message>
    <message>
        <source>RECOVERY at %1</source>
        <translation>RECOVERY katika %1</translation>
    </message>
    <message>
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>Sahihi ya kifaa chenyewe juu ya ingizo hili haithibitiki: maudhui yake yalibadilishwa baada ya kutiwa sahihi.</translation>
    </message>
    <message>
        <source>The entry&apos;s signature does not verify under its origin&apos;s registered key: the entry was altered or forged.</source>
        <translation>Sahihi ya ingizo haithibitiki kwa ufunguo uliosajiliwa wa chanzo chake: ingizo lilibadilishwa au kughushiwa.</translation>
    </message>
    <message>
        <source>No key is registered for the entry&apos;s origin device in the trust store or the dump, so its signature cannot be checked and it is not trusted.</source>
        <translation>Hakuna ufunguo uliosajiliwa kwa kifaa cha chanzo cha ingizo katika hifadhi ya uaminifu au nakala, kwa hiyo sahihi yake haiwezi kukaguliwa na haliaminiwi.</translation>
    </message>
    <message>
        <source>a registered key</source>
        <translation>ufunguo uliosajiliwa</translation>
    </message>
    <message>
        <source>no key for origin %1</source>
        <translation>hakuna ufunguo kwa chanzo %1</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the key that made it is not certified by the network authority in the trust store.</source>
        <translation>Sahihi ni halali kihisabati, lakini ufunguo ulioitengeneza haujathibitishwa na mamlaka ya mtandao katika hifadhi ya uaminifu.</translation>
    </message>
    <message>
        <source>a certified key</source>
        <translation>ufunguo uliothibitishwa</translation>
    </message>
    <message>
        <source>uncertified key of %1</source>
        <translation>ufunguo usiothibitishwa wa %1</translation>
    </message>
    <message>
        <source>The entry spends funds its account no longer had when replayed in canonical order: a double spend.</source>
        <translation>Ingizo linatumia fedha ambazo akaunti yake haikuwa nazo tena lilipourudiwa kwa mpangilio sanifu: matumizi maradufu.</translation>
    </message>
    <message>
        <source>sufficient balance</source>
        <translation>salio la kutosha</translation>
    </message>
    <message>
        <source>entries it covers are damaged (first at %1)</source>
        <translation>maingizo kinayoyahusu yameharibika (la kwanza katika %1)</translation>
    </message>
    <message>
        <source>entries it covers are missing from a damaged or cut journal (first seq %1)</source>
        <translation>maingizo kinayoyahusu hayapo katika kumbukumbu iliyoharibika au iliyokatwa (seq ya kwanza %1)</translation>
    </message>
    <message>
        <source>entries it covers are signed by devices the trust store holds no key for (first at %1)</source>
        <translation>maingizo kinayoyahusu yametiwa sahihi na vifaa ambavyo hifadhi ya uaminifu haina ufunguo wake (la kwanza katika %1)</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but %1, so the checkpoint can be neither confirmed nor refuted.</source>
        <translation>Kurudia kumbukumbu hakuzalishi tena state_root iliyotiwa sahihi ya kituo hiki cha ukaguzi, lakini %1, kwa hiyo kituo cha ukaguzi hakiwezi kuthibitishwa wala kukanushwa.</translation>
    </message>
    <message>
        <source>Replaying the journal into this checkpoint does not reproduce its signed state_root.</source>
        <translation>Kurudia kumbukumbu hadi kituo hiki cha ukaguzi hakuzalishi tena state_root yake iliyotiwa sahihi.</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce checkpoint %1&apos;s signed state_root; the first entry that explains the difference is journal seq %2.</source>
        <translation>Kurudia kumbukumbu hakuzalishi tena state_root iliyotiwa sahihi ya kituo cha ukaguzi %1; ingizo la kwanza linaloeleza tofauti ni seq ya kumbukumbu %2.</translation>
    </message>
    <message>
        <source>trust store</source>
        <translation>hifadhi ya uaminifu</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>mtandao %1</translation>
    </message>
    <message>
        <source>The trust store is for network &apos;%1&apos;, but this dump&apos;s superblock (CRC intact) names network &apos;%2&apos;: the trust store is not this network&apos;s, so it was not used and nothing that needs it was checked.</source>
        <translation>Hifadhi ya uaminifu ni ya mtandao &apos;%1&apos;, lakini bloku kuu ya nakala hii (CRC kamili) inataja mtandao &apos;%2&apos;: hifadhi ya uaminifu si ya mtandao huu, kwa hiyo haikutumika na hakuna kinachoihitaji kilichokaguliwa.</translation>
    </message>
    <message>
        <source>a trust store for network &apos;%1&apos;</source>
        <translation>hifadhi ya uaminifu ya mtandao &apos;%1&apos;</translation>
    </message>
    <message>
        <source>network &apos;%1&apos;</source>
        <translation>mtandao &apos;%1&apos;</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>kifaa %1</translation>
    </message>
    <message>
        <source>The trust store registers device %1 with key %2, but the dump&apos;s intact identity header holds key %3: %4 of the device&apos;s %5 signed records verify under the header&apos;s key and none under the trust store&apos;s. The trust store&apos;s entry for this device is wrong (it was ignored); the device&apos;s records are checked under its own key.</source>
        <translation>Hifadhi ya uaminifu inasajili kifaa %1 kwa ufunguo %2, lakini kichwa kamili cha utambulisho cha nakala kina ufunguo %3: rekodi %4 kati ya %5 zilizotiwa sahihi za kifaa zinathibitishwa kwa ufunguo wa kichwa na hakuna kwa ule wa hifadhi ya uaminifu. Ingizo la hifadhi ya uaminifu kwa kifaa hiki si sahihi (lilipuuzwa); rekodi za kifaa zinakaguliwa kwa ufunguo wake chenyewe.</translation>
    </message>
    <message>
        <source>key %1 (intact identity header)</source>
        <translation>ufunguo %1 (kichwa kamili cha utambulisho)</translation>
    </message>
    <message>
        <source>key %1 (trust store)</source>
        <translation>ufunguo %1 (hifadhi ya uaminifu)</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Haijakaguliwa: %1.</translation>
    </message>
    <message>
        <source>This DELTA checkpoint (%1) is older than the one the device loads (%2) and the chain of checkpoints it builds on has been overwritten by newer ones, so its state cannot be rebuilt; the device no longer needs it.</source>
        <translation>Kituo hiki cha ukaguzi cha DELTA (%1) ni cha zamani kuliko kile ambacho kifaa kinapakia (%2) na mnyororo wa vituo vya ukaguzi unaokijenga umeandikwa juu na vipya zaidi, kwa hiyo hali yake haiwezi kujengwa upya; kifaa hakikihitaji tena.</translation>
    </message>
    <message>
        <source>base no longer rebuildable (slot reused)</source>
        <translation>msingi hauwezi tena kujengwa upya (nafasi imetumika tena)</translation>
    </message>
    <message>
        <source>the trust store given is not this network&apos;s (TRUST_STORE_MISMATCH)</source>
        <translation>hifadhi ya uaminifu iliyotolewa si ya mtandao huu (TRUST_STORE_MISMATCH)</translation>
    </message>
    <message>
        <source>no trust store was given</source>
        <translation>hakuna hifadhi ya uaminifu iliyotolewa</translation>
    </message>
    <message>
        <source>the storage key given is not this dump&apos;s (KEY_MISMATCH)</source>
        <translation>ufunguo wa hifadhi uliotolewa si wa nakala hii (KEY_MISMATCH)</translation>
    </message>
    <message>
        <source>no storage key was given</source>
        <translation>hakuna ufunguo wa hifadhi uliotolewa</translation>
    </message>
    <message>
        <source>the journal is encrypted and %1, so the contents of %2 journal entries (entry signatures, ledger rules, double spends, invariants) were not checked</source>
        <translation>kumbukumbu imesimbwa na %1, kwa hiyo maudhui ya maingizo %2 ya kumbukumbu (sahihi za maingizo, kanuni za daftari, matumizi maradufu, vigezo visivyobadilika) hayakukaguliwa</translation>
    </message>
    <message>
        <source>checkpoint payloads are encrypted and %1, so state_roots were not recomputed and no checkpoint was cross-proven</source>
        <translation>mizigo ya vituo vya ukaguzi imesimbwa na %1, kwa hiyo state_root hazikukokotolewa upya na hakuna kituo cha ukaguzi kilichothibitishwa kwa mlinganisho</translation>
    </message>
    <message>
        <source>the identity header is damaged and no trust store key for device %1 confirms the device key, so seal and checkpoint signatures could not be checked</source>
        <translation>kichwa cha utambulisho kimeharibika na hakuna ufunguo wa hifadhi ya uaminifu kwa kifaa %1 unaothibitisha ufunguo wa kifaa, kwa hiyo sahihi za mihuri na vituo vya ukaguzi hazikuweza kukaguliwa</translation>
    </message>
    <message>
        <source>%1, so no key could be checked against the network authority (KEY_UNREGISTERED is not reported)</source>
        <translation>%1, kwa hiyo hakuna ufunguo ulioweza kukaguliwa dhidi ya mamlaka ya mtandao (KEY_UNREGISTERED haijaripotiwa)</translation>
    </message>
    <message>
        <source>%1, so the ledger was not replayed: other devices&apos; signatures, ledger rules, double spends, invariants and checkpoint cross-proofs were not checked</source>
        <translation>%1, kwa hiyo daftari halikurudiwa: sahihi za vifaa vingine, kanuni za daftari, matumizi maradufu, vigezo visivyobadilika na uthibitisho wa mlinganisho wa vituo vya ukaguzi havikukaguliwa</translation>
    </message>
    <message>
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>Nafasi za vituo vya ukaguzi zina data lakini hakuna iliyo halali: kifaa lazima kijenge upya daftari lake kutoka kumbukumbu nzima.</translation>
    </message>
    <message>
        <source>checkpoint payload not decrypted</source>
        <translation>mzigo wa kituo cha ukaguzi haujasimbuliwa</translation>
    </message>
    <message>
        <source>this DELTA&apos;s base_state_root differs from the state_root of checkpoint %1</source>
        <translation>base_state_root ya DELTA hii inatofautiana na state_root ya kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>DELTA base checkpoint %1 is not available</source>
        <translation>kituo cha ukaguzi cha msingi %1 cha DELTA hakipatikani</translation>
    </message>
    <message>
        <source>decoded state&apos;s root %1 differs from the signed header&apos;s %2</source>
        <translation>mzizi %1 wa hali iliyosimbuliwa unatofautiana na ule wa kichwa kilichotiwa sahihi, %2</translation>
    </message>
    <message>
        <source>slot %1: checkpoint %2</source>
        <translation>nafasi %1: kituo cha ukaguzi %2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>nafasi %1</translation>
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
    <name>Report</name>
    <message>
        <source>Case report: %1</source>
        <translation>Ripoti ya kesi: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Thamani</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Namba ya kesi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Taasisi</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Mkaguzi</translation>
    </message>
    <message>
        <source>Case opened (UTC)</source>
        <translation>Kesi ilifunguliwa (UTC)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Zana</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>Ripoti ilitengenezwa (UTC)</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Orodha ya ushahidi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Baiti</translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation>SHA-256 wakati wa kuingiza</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Iliingizwa (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Re-hashed now</source>
        <translation>Hashi iliyokokotolewa upya sasa</translation>
    </message>
    <message>
        <source>Methods and parameters</source>
        <translation>Mbinu na vigezo</translation>
    </message>
    <message>
        <source>Hash: SHA-256. Custody chain: seedscope-custody-v1. Keys and trust stores are identified by the SHA-256 of their file; their contents are never stored.</source>
        <translation>Hashi: SHA-256. Mnyororo wa uhifadhi: seedscope-custody-v1. Funguo na hifadhi za uaminifu zinatambuliwa kwa SHA-256 ya faili zao; maudhui yao hayahifadhiwi kamwe.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Alama (SHA-256)</translation>
    </message>
    <message>
        <source>First used (UTC)</source>
        <translation>Matumizi ya kwanza (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>What was checked and proven</source>
        <translation>Kilichokaguliwa na kuthibitishwa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kipengele</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Kilichotarajiwa</translation>
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
        <source>Bookmarks</source>
        <translation>Alamisho</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ushahidi</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Kuhusu</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Mnyororo wa uhifadhi</translation>
    </message>
    <message>
        <source>Hash chain:</source>
        <translation>Mnyororo wa hashi:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo zaidi</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Hashi ya rekodi</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CoreTerms</name>
    <message>
        <source>torn_tail</source>
        <translation>écriture interrompue</translation>
    </message>
    <message>
        <source>corruption</source>
        <translation>corruption</translation>
    </message>
    <message>
        <source>tampering</source>
        <translation>falsification</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>high_risk</source>
        <translation>risque élevé</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>déchiffré</translation>
    </message>
    <message>
        <source>no-key</source>
        <translation>sans clé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>unknown_key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>en trop</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>cagnotte</translation>
    </message>
    <message>
        <source>group_status</source>
        <translation>statut du groupe</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>issuance</source>
        <translation>émission</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>untrusted_key</source>
        <translation>clé non fiable</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>checkpoint slot %1</source>
        <translation>emplacement de point de contrôle %1</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>point de contrôle %1</translation>
    </message>
    <message>
        <source>The newest checkpoint cannot be loaded, so the device falls back to checkpoint %1 in slot %2 and replays more journal.</source>
        <translation>Le point de contrôle le plus récent ne peut pas être chargé : l&apos;appareil se replie sur le point de contrôle %1 de l&apos;emplacement %2 et rejoue davantage de journal.</translation>
    </message>
    <message>
        <source>checkpoint %1 loadable</source>
        <translation>point de contrôle %1 chargeable</translation>
    </message>
    <message>
        <source>fallback to checkpoint %1</source>
        <translation>repli sur le point de contrôle %1</translation>
    </message>
    <message>
        <source>superblock copy %1</source>
        <translation>copie du superbloc %1</translation>
    </message>
    <message>
        <source>The superblock copy has a valid checksum but an impossible layout: %1.</source>
        <translation>La copie du superbloc a une somme de contrôle valide mais une disposition impossible : %1.</translation>
    </message>
    <message>
        <source>This superblock copy is erased; the other copy is used if it is valid.</source>
        <translation>Cette copie du superbloc est effacée ; l&apos;autre copie est utilisée si elle est valide.</translation>
    </message>
    <message>
        <source>The superblock copy&apos;s checksum does not match (a torn or damaged write); the other copy is used if it is valid.</source>
        <translation>La somme de contrôle de la copie du superbloc ne correspond pas (écriture interrompue ou endommagée) ; l&apos;autre copie est utilisée si elle est valide.</translation>
    </message>
    <message>
        <source>No superblock magic here (89 53 45 44 0D 0A 1A 0A expected).</source>
        <translation>Pas de magique de superbloc ici (89 53 45 44 0D 0A 1A 0A attendu).</translation>
    </message>
    <message>
        <source>superblock pair</source>
        <translation>paire de superblocs</translation>
    </message>
    <message>
        <source>Neither superblock copy is valid, so the layout of this image is unknown. It may not be a Seed dump.</source>
        <translation>Aucune copie du superbloc n&apos;est valide, la disposition de cette image est donc inconnue. Ce n&apos;est peut-être pas un vidage Seed.</translation>
    </message>
    <message>
        <source>Both superblock copies are valid but describe different layouts; the one with the higher revision is used.</source>
        <translation>Les deux copies du superbloc sont valides mais décrivent des dispositions différentes ; celle de révision la plus élevée est utilisée.</translation>
    </message>
    <message>
        <source>This dump uses format version %1.%2; this build reads version 1.x only.</source>
        <translation>Ce vidage utilise la version de format %1.%2 ; cette version du logiciel ne lit que la version 1.x.</translation>
    </message>
    <message>
        <source>The dump needs features this build does not know (incompat flags or algorithm ids); reading it could misinterpret it, so it is refused.</source>
        <translation>Le vidage exige des fonctions que cette version ne connaît pas (indicateurs incompat ou identifiants d&apos;algorithme) ; le lire risquerait de mal l&apos;interpréter, il est donc refusé.</translation>
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
        <translation>Des fonctions inconnues compatibles en lecture seule sont activées ; le vidage peut être lu mais un programme d&apos;écriture le refuserait.</translation>
    </message>
    <message>
        <source>Unknown compatible features are set; they do not change how the dump is read.</source>
        <translation>Des fonctions compatibles inconnues sont activées ; elles ne changent pas la lecture du vidage.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>The image is shorter than the superblock declares; structures past its end are missing.</source>
        <translation>L&apos;image est plus courte que ce que déclare le superbloc ; les structures au-delà de sa fin manquent.</translation>
    </message>
    <message>
        <source>The image is longer than the superblock declares; the extra bytes are not part of the format.</source>
        <translation>L&apos;image est plus longue que ce que déclare le superbloc ; les octets en trop ne font pas partie du format.</translation>
    </message>
    <message>
        <source>identity region</source>
        <translation>région d&apos;identité</translation>
    </message>
    <message>
        <source>The identity region lies past the end of the image.</source>
        <translation>La région d&apos;identité se trouve au-delà de la fin de l&apos;image.</translation>
    </message>
    <message>
        <source>No identity header (magic SIDN) where the superblock says it is; the device key is unknown.</source>
        <translation>Pas d&apos;en-tête d&apos;identité (magique SIDN) là où le superbloc l&apos;indique ; la clé de l&apos;appareil est inconnue.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage); the device key is taken from: %1.</source>
        <translation>La somme de contrôle de l&apos;en-tête d&apos;identité ne correspond pas (dommage du support) ; la clé de l&apos;appareil provient de : %1.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage) and no trust store key confirms the device key, so the device&apos;s own signatures cannot be checked.</source>
        <translation>La somme de contrôle de l&apos;en-tête d&apos;identité ne correspond pas (dommage du support) et aucune clé du magasin de confiance ne confirme la clé de l&apos;appareil : les signatures propres de l&apos;appareil ne peuvent donc pas être vérifiées.</translation>
    </message>
    <message>
        <source>device_id must be the first 16 bytes of SHA-256(public key) and equal the superblock&apos;s.</source>
        <translation>device_id doit être les 16 premiers octets de SHA-256(clé publique) et égal à celui du superbloc.</translation>
    </message>
    <message>
        <source>The identity&apos;s network id differs from the superblock&apos;s.</source>
        <translation>L&apos;identifiant de réseau de l&apos;identité diffère de celui du superbloc.</translation>
    </message>
    <message>
        <source>The key history count does not fit in the identity region.</source>
        <translation>Le nombre d&apos;entrées de l&apos;historique des clés ne tient pas dans la région d&apos;identité.</translation>
    </message>
    <message>
        <source>identity key history %1</source>
        <translation>historique des clés d&apos;identité %1</translation>
    </message>
    <message>
        <source>A key history record is damaged (magic SKEY or checksum); keys after it cannot be trusted.</source>
        <translation>Un enregistrement de l&apos;historique des clés est endommagé (magique SKEY ou somme de contrôle) ; les clés qui le suivent ne sont pas fiables.</translation>
    </message>
    <message>
        <source>A checkpoint write was interrupted while its header was being written; the device must ignore this slot.</source>
        <translation>L&apos;écriture d&apos;un point de contrôle a été interrompue pendant celle de son en-tête ; l&apos;appareil doit ignorer cet emplacement.</translation>
    </message>
    <message>
        <source>The slot holds data but no checkpoint header (magic SCKP).</source>
        <translation>L&apos;emplacement contient des données mais aucun en-tête de point de contrôle (magique SCKP).</translation>
    </message>
    <message>
        <source>The checkpoint header&apos;s checksum does not match; the slot cannot be used.</source>
        <translation>La somme de contrôle de l&apos;en-tête du point de contrôle ne correspond pas ; l&apos;emplacement est inutilisable.</translation>
    </message>
    <message>
        <source>The declared payload length does not fit in the slot.</source>
        <translation>La longueur de charge utile déclarée ne tient pas dans l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Checkpoint %1 was written but never committed (power lost before the commit record); the device must ignore it.</source>
        <translation>Le point de contrôle %1 a été écrit mais jamais validé (coupure de courant avant l&apos;enregistrement de validation) ; l&apos;appareil doit l&apos;ignorer.</translation>
    </message>
    <message>
        <source>The committed checkpoint&apos;s payload checksum does not match: the state it holds is damaged.</source>
        <translation>La somme de contrôle de la charge utile du point de contrôle validé ne correspond pas : l&apos;état qu&apos;il contient est endommagé.</translation>
    </message>
    <message>
        <source>no commit magic (SCMT)</source>
        <translation>pas de magique de validation (SCMT)</translation>
    </message>
    <message>
        <source>commit checksum mismatch</source>
        <translation>somme de contrôle de validation incorrecte</translation>
    </message>
    <message>
        <source>commit names checkpoint %1, header %2</source>
        <translation>la validation nomme le point de contrôle %1, l&apos;en-tête le %2</translation>
    </message>
    <message>
        <source>commit payload hash differs from SHA-256 of the payload</source>
        <translation>l&apos;empreinte de charge utile de la validation diffère du SHA-256 de la charge utile</translation>
    </message>
    <message>
        <source>The commit record does not hold (%1); the slot cannot be used.</source>
        <translation>L&apos;enregistrement de validation n&apos;est pas valable (%1) ; l&apos;emplacement est inutilisable.</translation>
    </message>
    <message>
        <source>The checkpoint payload does not authenticate under the given storage key (wrong key, or the ciphertext or its header was altered).</source>
        <translation>La charge utile du point de contrôle ne s&apos;authentifie pas avec la clé de stockage fournie (mauvaise clé, ou le texte chiffré ou son en-tête a été modifié).</translation>
    </message>
    <message>
        <source>The image is larger than Seedscope analyses in memory; it was not read.</source>
        <translation>L&apos;image dépasse ce que Seedscope analyse en mémoire ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>&lt;= %1 bytes</source>
        <translation>&lt;= %1 octets</translation>
    </message>
    <message>
        <source>storage key</source>
        <translation>clé de stockage</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>the storage root key of device %1</source>
        <translation>la clé racine de stockage de l&apos;appareil %1</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted records authenticate</source>
        <translation>clé %1 : 0 enregistrement chiffré sur %2 s&apos;authentifie</translation>
    </message>
    <message>
        <source>The storage key given (fingerprint %1) is not this dump&apos;s: none of its %2 intact encrypted records authenticates under it, so nothing encrypted was read. This is a problem with the key supplied, not with the device; what needs the key is reported as not checked.</source>
        <translation>La clé de stockage fournie (empreinte %1) n&apos;est pas celle de ce vidage : aucun de ses %2 enregistrements chiffrés intacts ne s&apos;authentifie avec elle, rien de chiffré n&apos;a donc été lu. C&apos;est un problème de la clé fournie, pas de l&apos;appareil ; ce qui exige la clé est signalé comme non vérifié.</translation>
    </message>
    <message>
        <source>Programmed bytes in a block whose header is erased: no writer puts data there.</source>
        <translation>Octets programmés dans un bloc dont l&apos;en-tête est effacé : aucun programme d&apos;écriture n&apos;y met de données.</translation>
    </message>
    <message>
        <source>Programmed bytes after the last record of the block, where flash should be erased.</source>
        <translation>Octets programmés après le dernier enregistrement du bloc, là où la flash devrait être effacée.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>The record header&apos;s reserved bytes are not zero; format v1 writers always write zeros.</source>
        <translation>Les octets réservés de l&apos;en-tête d&apos;enregistrement ne sont pas nuls ; les programmes d&apos;écriture du format v1 écrivent toujours des zéros.</translation>
    </message>
    <message>
        <source>A record type this build does not know, marked safe to ignore (bit 7); skipped.</source>
        <translation>Un type d&apos;enregistrement inconnu de cette version, marqué comme ignorable (bit 7) ; ignoré.</translation>
    </message>
    <message>
        <source>A record type this build does not know (or one that does not belong in this region); its payload is skipped and not interpreted.</source>
        <translation>Un type d&apos;enregistrement inconnu de cette version (ou qui n&apos;a pas sa place dans cette région) ; sa charge utile est ignorée et non interprétée.</translation>
    </message>
    <message>
        <source>a %1 record type</source>
        <translation>un type d&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>The record&apos;s epoch differs from its block&apos;s: a record of another generation.</source>
        <translation>L&apos;époque de l&apos;enregistrement diffère de celle de son bloc : un enregistrement d&apos;une autre génération.</translation>
    </message>
    <message>
        <source>An EPOCH record whose payload is not 64 bytes.</source>
        <translation>Un enregistrement EPOCH dont la charge utile ne fait pas 64 octets.</translation>
    </message>
    <message>
        <source>block header</source>
        <translation>en-tête de bloc</translation>
    </message>
    <message>
        <source>record header</source>
        <translation>en-tête d&apos;enregistrement</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>longueur de charge utile</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>journal block %1, %2</source>
        <translation>bloc de journal %1, %2</translation>
    </message>
    <message>
        <source>marker block %1, %2</source>
        <translation>bloc de marqueurs %1, %2</translation>
    </message>
    <message>
        <source>A record declares a payload longer than what remains of its erase block; the rest of the block is skipped.</source>
        <translation>Un enregistrement déclare une charge utile plus longue que ce qui reste de son bloc d&apos;effacement ; le reste du bloc est ignoré.</translation>
    </message>
    <message>
        <source>The last write of this log generation is incomplete and only erased flash follows: a power cut mid-write. The device truncates here.</source>
        <translation>La dernière écriture de cette génération du journal est incomplète et seule de la flash effacée suit : une coupure de courant en pleine écriture. L&apos;appareil tronque ici.</translation>
    </message>
    <message>
        <source>A used block whose header is damaged; its records are skipped.</source>
        <translation>Un bloc utilisé dont l&apos;en-tête est endommagé ; ses enregistrements sont ignorés.</translation>
    </message>
    <message>
        <source>A record&apos;s payload checksum does not match and valid data follows: damage in the middle of the log.</source>
        <translation>La somme de contrôle de la charge utile d&apos;un enregistrement ne correspond pas et des données valides suivent : dommage au milieu du journal.</translation>
    </message>
    <message>
        <source>A record header&apos;s checksum does not match and valid data follows: damage in the middle of the log; the rest of the block is skipped.</source>
        <translation>La somme de contrôle de l&apos;en-tête d&apos;un enregistrement ne correspond pas et des données valides suivent : dommage au milieu du journal ; le reste du bloc est ignoré.</translation>
    </message>
    <message>
        <source>journal block %1, seq %2</source>
        <translation>bloc de journal %1, seq %2</translation>
    </message>
    <message>
        <source>No readable EPOCH record for epoch %1, so its journal key (derived from the epoch salt) cannot be computed.</source>
        <translation>Aucun enregistrement EPOCH lisible pour l&apos;époque %1 : sa clé de journal (dérivée du sel de l&apos;époque) ne peut donc pas être calculée.</translation>
    </message>
    <message>
        <source>The entry does not authenticate under its epoch key: wrong storage key, or the ciphertext or its header was altered or moved.</source>
        <translation>L&apos;écriture ne s&apos;authentifie pas avec la clé de son époque : mauvaise clé de stockage, ou le texte chiffré ou son en-tête a été modifié ou déplacé.</translation>
    </message>
    <message>
        <source>An unencrypted entry in a dump whose superblock says entries are encrypted.</source>
        <translation>Une écriture non chiffrée dans un vidage dont le superbloc indique que les écritures sont chiffrées.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>An entry payload shorter than its 48-byte entry header.</source>
        <translation>Une charge utile d&apos;écriture plus courte que son en-tête d&apos;écriture de 48 octets.</translation>
    </message>
    <message>
        <source>The entry&apos;s framing and checksums hold but its ledger bytes do not decode: %1</source>
        <translation>Le cadrage et les sommes de contrôle de l&apos;écriture sont corrects mais ses octets de registre ne se décodent pas : %1</translation>
    </message>
    <message>
        <source>The entry header inside the payload disagrees with the record header (seq, Lamport or prev_hash).</source>
        <translation>L&apos;en-tête d&apos;écriture dans la charge utile ne concorde pas avec l&apos;en-tête d&apos;enregistrement (seq, Lamport ou prev_hash).</translation>
    </message>
    <message>
        <source>seq %1 lamport %2</source>
        <translation>seq %1 lamport %2</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>The journal is encrypted and no storage key was given: entry contents were not read; framing, checksums and the hash chain still were.</source>
        <translation>Le journal est chiffré et aucune clé de stockage n&apos;a été fournie : le contenu des écritures n&apos;a pas été lu ; le cadrage, les sommes de contrôle et la chaîne d&apos;empreintes l&apos;ont été.</translation>
    </message>
    <message>
        <source>%1 encrypted journal entries could not be decrypted (no key or wrong key); replay covers only the readable ones.</source>
        <translation>%1 écritures chiffrées du journal n&apos;ont pas pu être déchiffrées (pas de clé ou mauvaise clé) ; le rejeu ne couvre que celles qui sont lisibles.</translation>
    </message>
    <message>
        <source>checkpoint %1 (slot %2)</source>
        <translation>point de contrôle %1 (emplacement %2)</translation>
    </message>
    <message>
        <source>This DELTA checkpoint&apos;s base (checkpoint %1) is in a slot a newer checkpoint has since reused, so its state cannot be rebuilt; newer checkpoints are readable, so nothing is lost.</source>
        <translation>La base de ce point de contrôle DELTA (point de contrôle %1) se trouve dans un emplacement qu&apos;un point de contrôle plus récent a réutilisé depuis : son état ne peut donc pas être reconstruit ; les points de contrôle plus récents sont lisibles, rien n&apos;est donc perdu.</translation>
    </message>
    <message>
        <source>base checkpoint %1</source>
        <translation>point de contrôle de base %1</translation>
    </message>
    <message>
        <source>base slot reused</source>
        <translation>emplacement de base réutilisé</translation>
    </message>
    <message>
        <source>a state whose root is the signed state_root</source>
        <translation>un état dont la racine est le state_root signé</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but entries it covers are %1, so it can be neither confirmed nor refuted.</source>
        <translation>Rejouer le journal ne reproduit pas le state_root signé de ce point de contrôle, mais des écritures qu&apos;il couvre sont %1 : il ne peut donc être ni confirmé ni réfuté.</translation>
    </message>
    <message>
        <source>missing from a damaged or cut journal</source>
        <translation>absentes d&apos;un journal endommagé ou coupé</translation>
    </message>
    <message>
        <source>undecodable</source>
        <translation>indécodables</translation>
    </message>
    <message>
        <source>signed by devices the trust store holds no key for</source>
        <translation>signées par des appareils dont le magasin de confiance n&apos;a pas la clé</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy.</source>
        <translation>Le fichier de preuve a changé (taille, date de modification ou contenu) pendant son analyse : ce rapport ne décrit donc aucune version précise et est nul ; examinez une copie stable.</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy. (%1)</source>
        <translation>Le fichier de preuve a changé (taille, date de modification ou contenu) pendant son analyse : ce rapport ne décrit donc aucune version précise et est nul ; examinez une copie stable. (%1)</translation>
    </message>
    <message>
        <source>SHA-256 %1, %2 bytes</source>
        <translation>SHA-256 %1, %2 octets</translation>
    </message>
    <message>
        <source>changed during the analysis</source>
        <translation>modifié pendant l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>After the damage at %1 no length can be trusted, so these programmed bytes cannot be interpreted; any records in them are unknown, not absent.</source>
        <translation>Après le dommage en %1, aucune longueur n&apos;est fiable : ces octets programmés ne peuvent donc pas être interprétés ; les enregistrements qu&apos;ils contiennent sont inconnus, pas absents.</translation>
    </message>
    <message>
        <source>parseable records</source>
        <translation>enregistrements analysables</translation>
    </message>
    <message>
        <source>%1 uninterpretable bytes</source>
        <translation>%1 octets non interprétables</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <source>A new log generation continues from a journal entry that is not among the intact entries; damaged or missing journal bytes could hold it, so this is not evidence of tampering.</source>
        <translation>Une nouvelle génération du journal reprend à partir d&apos;une écriture qui ne figure pas parmi les écritures intactes ; des octets du journal endommagés ou manquants pourraient la contenir : ce n&apos;est donc pas une preuve de falsification.</translation>
    </message>
    <message>
        <source>A new log generation says it continues from a journal entry that is not in the journal, and no damage could hold it: entries were removed or the record was altered.</source>
        <translation>Une nouvelle génération du journal dit reprendre à partir d&apos;une écriture absente du journal, et aucun dommage ne pourrait la contenir : des écritures ont été supprimées ou l&apos;enregistrement a été modifié.</translation>
    </message>
    <message>
        <source>an entry with seq %1 and hash %2</source>
        <translation>une écriture avec seq %1 et empreinte %2</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>aucune écriture de ce type</translation>
    </message>
    <message>
        <source>An exact copy of an earlier journal entry was stored again after it: a replayed record.</source>
        <translation>Une copie exacte d&apos;une écriture antérieure du journal a été enregistrée à nouveau après elle : un enregistrement rejoué.</translation>
    </message>
    <message>
        <source>A journal sequence number that was already used appears again in the same log generation.</source>
        <translation>Un numéro de séquence du journal déjà utilisé réapparaît dans la même génération du journal.</translation>
    </message>
    <message>
        <source>Journal sequence numbers jump here with no damaged record in between: %1 entries are missing.</source>
        <translation>Les numéros de séquence du journal sautent ici sans enregistrement endommagé entre les deux : %1 écritures manquent.</translation>
    </message>
    <message>
        <source>The entry&apos;s checksum holds but its link to the previous entry does not: the previous entry was altered or removed, or this one was inserted or moved.</source>
        <translation>La somme de contrôle de l&apos;écriture est correcte mais pas son lien avec l&apos;écriture précédente : l&apos;écriture précédente a été modifiée ou supprimée, ou celle-ci a été insérée ou déplacée.</translation>
    </message>
    <message>
        <source>This transaction is already stored earlier in the journal (at %1): a replayed copy.</source>
        <translation>Cette transaction est déjà enregistrée plus tôt dans le journal (en %1) : une copie rejouée.</translation>
    </message>
    <message>
        <source>a transaction stored once</source>
        <translation>une transaction enregistrée une fois</translation>
    </message>
    <message>
        <source>second copy</source>
        <translation>seconde copie</translation>
    </message>
    <message>
        <source>The entry&apos;s stored Lamport clock is not above the one of the entry before it in the chain: the device clock went back (rollback or reset).</source>
        <translation>L&apos;horloge Lamport enregistrée de l&apos;écriture n&apos;est pas supérieure à celle de l&apos;écriture précédente dans la chaîne : l&apos;horloge de l&apos;appareil a reculé (retour arrière ou réinitialisation).</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the intact journal ends at seq %3; the journal&apos;s end is damaged or the file is cut, which explains the loss, so it is not evidence of tampering.</source>
        <translation>%1 couvre les écritures du journal jusqu&apos;à seq %2, mais le journal intact s&apos;arrête à seq %3 ; la fin du journal est endommagée ou le fichier est coupé, ce qui explique la perte : ce n&apos;est donc pas une preuve de falsification.</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the journal ends at seq %3 with no damage: signed entries were removed from the end.</source>
        <translation>%1 couvre les écritures du journal jusqu&apos;à seq %2, mais le journal s&apos;arrête à seq %3 sans dommage : des écritures signées ont été supprimées à la fin.</translation>
    </message>
    <message>
        <source>last seq %1</source>
        <translation>dernier seq %1</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no intact entry has, but damaged journal records could hold it: neither confirmed nor refuted.</source>
        <translation>%1 nomme une empreinte de chaîne à seq %2 qu&apos;aucune écriture intacte ne porte, mais des enregistrements endommagés du journal pourraient la contenir : ni confirmé ni réfuté.</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no entry in the journal has, and no damage could hold it: history before it was rewritten.</source>
        <translation>%1 nomme une empreinte de chaîne à seq %2 qu&apos;aucune écriture du journal ne porte, et aucun dommage ne pourrait la contenir : l&apos;historique antérieur a été réécrit.</translation>
    </message>
    <message>
        <source>marker block %1, seq %2</source>
        <translation>bloc de marqueurs %1, seq %2</translation>
    </message>
    <message>
        <source>seal of journal seq %1</source>
        <translation>sceau du journal à seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s signature over this seal of the journal does not verify: the seal was altered or forged.</source>
        <translation>La signature de l&apos;appareil sur ce sceau du journal ne se vérifie pas : le sceau a été modifié ou contrefait.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>A signed seal</source>
        <translation>Un sceau signé</translation>
    </message>
    <message>
        <source>The Merkle root of the journal entries up to this seal differs from the one the device signed: an earlier entry was rewritten.</source>
        <translation>La racine de Merkle des écritures du journal jusqu&apos;à ce sceau diffère de celle que l&apos;appareil a signée : une écriture antérieure a été réécrite.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s commit record and checksums hold but the device signature does not verify: the checkpoint was altered or forged.</source>
        <translation>L&apos;enregistrement de validation et les sommes de contrôle du point de contrôle sont corrects mais la signature de l&apos;appareil ne se vérifie pas : le point de contrôle a été modifié ou contrefait.</translation>
    </message>
    <message>
        <source>A signed checkpoint</source>
        <translation>Un point de contrôle signé</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s Lamport clock is below that of an entry it covers (at %1): the clock was rolled back.</source>
        <translation>L&apos;horloge Lamport du point de contrôle est inférieure à celle d&apos;une écriture qu&apos;il couvre (en %1) : l&apos;horloge a été reculée.</translation>
    </message>
    <message>
        <source>seq %1..</source>
        <translation>seq %1..</translation>
    </message>
    <message>
        <source>%1 journal entries after the last seal or checkpoint are not yet covered by a device signature over the chain; removing them from the end would not be detectable.</source>
        <translation>%1 écritures du journal après le dernier sceau ou point de contrôle ne sont pas encore couvertes par une signature de l&apos;appareil sur la chaîne ; les supprimer à la fin ne serait pas détectable.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>scellé</translation>
    </message>
    <message>
        <source>%1 unsealed</source>
        <translation>%1 non scellées</translation>
    </message>
    <message>
        <source>The device&apos;s marker log does not link here: a marker was removed, inserted or altered.</source>
        <translation>Le journal des marqueurs de l&apos;appareil ne se raccorde pas ici : un marqueur a été supprimé, inséré ou modifié.</translation>
    </message>
    <message>
        <source>seq %1 prev %2</source>
        <translation>seq %1 prev %2</translation>
    </message>
    <message>
        <source>%1 Located by comparing the payload with the state the journal proves for this checkpoint: %2 byte(s) from %3 differ.</source>
        <translation>%1 Localisé en comparant la charge utile à l&apos;état que le journal prouve pour ce point de contrôle : %2 octet(s) diffèrent à partir de %3.</translation>
    </message>
    <message>
        <source>Not checked: only the newest %1 of %2 BOOT and %3 RECOVERY markers were compared with the emulated recovery.</source>
        <translation>Non vérifié : seuls les %1 plus récents des %2 marqueurs BOOT et %3 marqueurs RECOVERY ont été comparés à la reprise émulée.</translation>
    </message>
    <message>
        <source>RECOVERY epoch %1: %2</source>
        <translation>RECOVERY époque %1 : %2</translation>
    </message>
    <message>
        <source>The device&apos;s RECOVERY marker records a different %1 than the recovery it should have run on this journal.</source>
        <translation>Le marqueur RECOVERY de l&apos;appareil consigne une valeur de %1 différente de la reprise qu&apos;il aurait dû exécuter sur ce journal.</translation>
    </message>
    <message>
        <source>damage offset</source>
        <translation>position du dommage</translation>
    </message>
    <message>
        <source>no damage</source>
        <translation>aucun dommage</translation>
    </message>
    <message>
        <source>set of dropped bytes</source>
        <translation>ensemble des octets écartés</translation>
    </message>
    <message>
        <source>%1 bytes, sha256 %2</source>
        <translation>%1 octets, sha256 %2</translation>
    </message>
    <message>
        <source>last good sequence</source>
        <translation>dernière séquence correcte</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>démarrage %1</translation>
    </message>
    <message>
        <source>The device&apos;s BOOT marker says it recovered differently (%1) from what the boot-time recovery rule gives on this image.</source>
        <translation>Le marqueur BOOT de l&apos;appareil indique une reprise différente (%1) de ce que donne la règle de reprise au démarrage sur cette image.</translation>
    </message>
    <message>
        <source>The device loaded its fallback checkpoint although the active one (slot %1) was valid.</source>
        <translation>L&apos;appareil a chargé son point de contrôle de secours alors que l&apos;actif (emplacement %1) était valide.</translation>
    </message>
    <message>
        <source>slot %1 (active)</source>
        <translation>emplacement %1 (actif)</translation>
    </message>
    <message>
        <source>slot %1 (fallback)</source>
        <translation>emplacement %1 (secours)</translation>
    </message>
    <message>
        <source>loaded checkpoint</source>
        <translation>point de contrôle chargé</translation>
    </message>
    <message>
        <source>slot %1, checkpoint %2</source>
        <translation>emplacement %1, point de contrôle %2</translation>
    </message>
    <message>
        <source>fallback flag</source>
        <translation>indicateur de secours</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>truncation point</source>
        <translation>point de troncature</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>last valid sequence</source>
        <translation>dernière séquence valide</translation>
    </message>
    <message>
        <source>The device truncated its journal at this boot but logged no RECOVERY marker for the damage.</source>
        <translation>L&apos;appareil a tronqué son journal à ce démarrage mais n&apos;a consigné aucun marqueur RECOVERY pour le dommage.</translation>
    </message>
    <message>
        <source>RECOVERY at %1</source>
        <translation>RECOVERY en %1</translation>
    </message>
    <message>
        <source>journal seq %1</source>
        <translation>seq de journal %1</translation>
    </message>
    <message>
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>La signature propre de l&apos;appareil sur cette écriture ne se vérifie pas : son contenu a été modifié après la signature.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>signature valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>The entry&apos;s signature does not verify under its origin&apos;s registered key: the entry was altered or forged.</source>
        <translation>La signature de l&apos;écriture ne se vérifie pas avec la clé enregistrée de son origine : l&apos;écriture a été modifiée ou contrefaite.</translation>
    </message>
    <message>
        <source>No key is registered for the entry&apos;s origin device in the trust store or the dump, so its signature cannot be checked and it is not trusted.</source>
        <translation>Aucune clé n&apos;est enregistrée pour l&apos;appareil d&apos;origine de l&apos;écriture dans le magasin de confiance ni dans le vidage : sa signature ne peut donc pas être vérifiée et elle n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>a registered key</source>
        <translation>une clé enregistrée</translation>
    </message>
    <message>
        <source>no key for origin %1</source>
        <translation>aucune clé pour l&apos;origine %1</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the key that made it is not certified by the network authority in the trust store.</source>
        <translation>La signature est mathématiquement valide, mais la clé qui l&apos;a produite n&apos;est pas certifiée par l&apos;autorité du réseau dans le magasin de confiance.</translation>
    </message>
    <message>
        <source>a certified key</source>
        <translation>une clé certifiée</translation>
    </message>
    <message>
        <source>uncertified key of %1</source>
        <translation>clé non certifiée de %1</translation>
    </message>
    <message>
        <source>The entry spends funds its account no longer had when replayed in canonical order: a double spend.</source>
        <translation>L&apos;écriture dépense des fonds que son compte n&apos;avait plus lors du rejeu dans l&apos;ordre canonique : une double dépense.</translation>
    </message>
    <message>
        <source>sufficient balance</source>
        <translation>solde suffisant</translation>
    </message>
    <message>
        <source>entries it covers are damaged (first at %1)</source>
        <translation>des écritures qu&apos;il couvre sont endommagées (la première en %1)</translation>
    </message>
    <message>
        <source>entries it covers are missing from a damaged or cut journal (first seq %1)</source>
        <translation>des écritures qu&apos;il couvre manquent dans un journal endommagé ou coupé (premier seq %1)</translation>
    </message>
    <message>
        <source>entries it covers are signed by devices the trust store holds no key for (first at %1)</source>
        <translation>des écritures qu&apos;il couvre sont signées par des appareils dont le magasin de confiance n&apos;a pas la clé (la première en %1)</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but %1, so the checkpoint can be neither confirmed nor refuted.</source>
        <translation>Rejouer le journal ne reproduit pas le state_root signé de ce point de contrôle, mais %1 : le point de contrôle ne peut donc être ni confirmé ni réfuté.</translation>
    </message>
    <message>
        <source>Replaying the journal into this checkpoint does not reproduce its signed state_root.</source>
        <translation>Rejouer le journal jusqu&apos;à ce point de contrôle ne reproduit pas son state_root signé.</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce checkpoint %1&apos;s signed state_root; the first entry that explains the difference is journal seq %2.</source>
        <translation>Rejouer le journal ne reproduit pas le state_root signé du point de contrôle %1 ; la première écriture qui explique l&apos;écart est le seq de journal %2.</translation>
    </message>
    <message>
        <source>trust store</source>
        <translation>magasin de confiance</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>réseau %1</translation>
    </message>
    <message>
        <source>The trust store is for network &apos;%1&apos;, but this dump&apos;s superblock (CRC intact) names network &apos;%2&apos;: the trust store is not this network&apos;s, so it was not used and nothing that needs it was checked.</source>
        <translation>Le magasin de confiance est celui du réseau &apos;%1&apos;, mais le superbloc de ce vidage (CRC intact) nomme le réseau &apos;%2&apos; : le magasin de confiance n&apos;est pas celui de ce réseau, il n&apos;a donc pas été utilisé et rien de ce qui l&apos;exige n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>a trust store for network &apos;%1&apos;</source>
        <translation>un magasin de confiance pour le réseau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>network &apos;%1&apos;</source>
        <translation>réseau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>appareil %1</translation>
    </message>
    <message>
        <source>The trust store registers device %1 with key %2, but the dump&apos;s intact identity header holds key %3: %4 of the device&apos;s %5 signed records verify under the header&apos;s key and none under the trust store&apos;s. The trust store&apos;s entry for this device is wrong (it was ignored); the device&apos;s records are checked under its own key.</source>
        <translation>Le magasin de confiance enregistre l&apos;appareil %1 avec la clé %2, mais l&apos;en-tête d&apos;identité intact du vidage contient la clé %3 : %4 des %5 enregistrements signés de l&apos;appareil se vérifient avec la clé de l&apos;en-tête et aucun avec celle du magasin de confiance. L&apos;entrée du magasin de confiance pour cet appareil est erronée (elle a été ignorée) ; les enregistrements de l&apos;appareil sont vérifiés avec sa propre clé.</translation>
    </message>
    <message>
        <source>key %1 (intact identity header)</source>
        <translation>clé %1 (en-tête d&apos;identité intact)</translation>
    </message>
    <message>
        <source>key %1 (trust store)</source>
        <translation>clé %1 (magasin de confiance)</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Non vérifié : %1.</translation>
    </message>
    <message>
        <source>This DELTA checkpoint (%1) is older than the one the device loads (%2) and the chain of checkpoints it builds on has been overwritten by newer ones, so its state cannot be rebuilt; the device no longer needs it.</source>
        <translation>Ce point de contrôle DELTA (%1) est plus ancien que celui que charge l&apos;appareil (%2) et la chaîne de points de contrôle sur laquelle il repose a été écrasée par de plus récents : son état ne peut donc pas être reconstruit ; l&apos;appareil n&apos;en a plus besoin.</translation>
    </message>
    <message>
        <source>base no longer rebuildable (slot reused)</source>
        <translation>base plus reconstructible (emplacement réutilisé)</translation>
    </message>
    <message>
        <source>the trust store given is not this network&apos;s (TRUST_STORE_MISMATCH)</source>
        <translation>le magasin de confiance fourni n&apos;est pas celui de ce réseau (TRUST_STORE_MISMATCH)</translation>
    </message>
    <message>
        <source>no trust store was given</source>
        <translation>aucun magasin de confiance n&apos;a été fourni</translation>
    </message>
    <message>
        <source>the storage key given is not this dump&apos;s (KEY_MISMATCH)</source>
        <translation>la clé de stockage fournie n&apos;est pas celle de ce vidage (KEY_MISMATCH)</translation>
    </message>
    <message>
        <source>no storage key was given</source>
        <translation>aucune clé de stockage n&apos;a été fournie</translation>
    </message>
    <message>
        <source>the journal is encrypted and %1, so the contents of %2 journal entries (entry signatures, ledger rules, double spends, invariants) were not checked</source>
        <translation>le journal est chiffré et %1 : le contenu de %2 écritures du journal (signatures des écritures, règles du registre, doubles dépenses, invariants) n&apos;a donc pas été vérifié</translation>
    </message>
    <message>
        <source>checkpoint payloads are encrypted and %1, so state_roots were not recomputed and no checkpoint was cross-proven</source>
        <translation>les charges utiles des points de contrôle sont chiffrées et %1 : les state_root n&apos;ont donc pas été recalculés et aucun point de contrôle n&apos;a été contre-prouvé</translation>
    </message>
    <message>
        <source>the identity header is damaged and no trust store key for device %1 confirms the device key, so seal and checkpoint signatures could not be checked</source>
        <translation>l&apos;en-tête d&apos;identité est endommagé et aucune clé du magasin de confiance pour l&apos;appareil %1 ne confirme la clé de l&apos;appareil : les signatures des sceaux et des points de contrôle n&apos;ont donc pas pu être vérifiées</translation>
    </message>
    <message>
        <source>%1, so no key could be checked against the network authority (KEY_UNREGISTERED is not reported)</source>
        <translation>%1, donc aucune clé n&apos;a pu être vérifiée auprès de l&apos;autorité du réseau (KEY_UNREGISTERED n&apos;est pas signalé)</translation>
    </message>
    <message>
        <source>%1, so the ledger was not replayed: other devices&apos; signatures, ledger rules, double spends, invariants and checkpoint cross-proofs were not checked</source>
        <translation>%1, donc le registre n&apos;a pas été rejoué : les signatures des autres appareils, les règles du registre, les doubles dépenses, les invariants et les contre-preuves des points de contrôle n&apos;ont pas été vérifiés</translation>
    </message>
    <message>
        <source>checkpoint slots</source>
        <translation>emplacements de point de contrôle</translation>
    </message>
    <message>
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>Les emplacements de point de contrôle contiennent des données mais aucun n&apos;est valide : l&apos;appareil doit reconstruire son registre à partir de tout le journal.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>un point de contrôle valide</translation>
    </message>
    <message>
        <source>journal block %1</source>
        <translation>bloc de journal %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloc de marqueurs %1</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drag to pan, wheel to zoom, click a point to select its entry.</source>
        <translation>Faites glisser pour déplacer, molette pour zoomer, cliquez sur un point pour sélectionner son écriture.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>CLEAN</source>
        <translation>SAIN</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>FALSIFIÉ</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>À EXAMINER</translation>
    </message>
    <message>
        <source>KEY DOES NOT FIT</source>
        <translation>LA CLÉ NE CORRESPOND PAS</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Ω directory</source>
        <translation>Répertoire Ω</translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Vidage d&apos;appareil Seed</translation>
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
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certifiée</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>non certifiée</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Case report: %1</source>
        <translation>Rapport d'affaire : %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro d'affaire</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Case opened (UTC)</source>
        <translation>Affaire ouverte (UTC)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>Rapport généré (UTC)</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Inventaire des preuves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation>SHA-256 à l'import</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importé (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Re-hashed now</source>
        <translation>Empreinte recalculée maintenant</translation>
    </message>
    <message>
        <source>Methods and parameters</source>
        <translation>Méthodes et paramètres</translation>
    </message>
    <message>
        <source>Hash: SHA-256. Custody chain: seedscope-custody-v1. Keys and trust stores are identified by the SHA-256 of their file; their contents are never stored.</source>
        <translation>Empreinte : SHA-256. Chaîne de possession : seedscope-custody-v1. Les clés et les magasins de confiance sont identifiés par le SHA-256 de leur fichier ; leur contenu n'est jamais conservé.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>First used (UTC)</source>
        <translation>Première utilisation (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>What was checked and proven</source>
        <translation>Ce qui a été vérifié et prouvé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <source>Hash chain:</source>
        <translation>Chaîne d'empreintes :</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Empreinte de l'enregistrement</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit and forensics workbench for Seed device dumps and Ω checkpoint directories</source>
        <translation>Atelier d&apos;audit et d&apos;expertise pour les vidages d&apos;appareils Seed et les répertoires de points de contrôle Ω</translation>
    </message>
    <message>
        <source>Render the window to PNG once the evidence is verified, then quit.</source>
        <translation>Enregistre la fenêtre en PNG une fois les preuves vérifiées, puis quitte.</translation>
    </message>
    <message>
        <source>Use the key files and trust store found beside the evidence without asking.</source>
        <translation>Utilise sans demander les fichiers de clé et le magasin de confiance trouvés à côté des preuves.</translation>
    </message>
    <message>
        <source>Dump files, folders of dumps or Ω directories to open.</source>
        <translation>Fichiers de vidage, dossiers de vidages ou répertoires Ω à ouvrir.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::AnnotationDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>&amp;Note (facultative)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseController</name>
    <message>
        <source>no case is open</source>
        <translation>aucune affaire n&apos;est ouverte</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseDock</name>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Verdict (stored)</source>
        <translation>Verdict (enregistré)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
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
        <translation>Expert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No case open. File &gt; New case… or Open case…</source>
        <translation>Aucune affaire ouverte. Fichier &gt; Nouvelle affaire… ou Ouvrir une affaire…</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source> (no. %1)</source>
        <translation> (n° %1)</translation>
    </message>
    <message>
        <source>%1
Examiner: %2
Agency: %3
File: %4</source>
        <translation>%1
Expert&#xa0;: %2
Organisme&#xa0;: %3
Fichier&#xa0;: %4</translation>
    </message>
    <message>
        <source>Custody chain intact (%1 records verified)</source>
        <translation>Chaîne de possession intacte (%1 enregistrements vérifiés)</translation>
    </message>
    <message>
        <source>Custody chain BROKEN at %1</source>
        <translation>Chaîne de possession ROMPUE à %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>CHANGED: %1</source>
        <translation>MODIFIÉE&#xa0;: %1</translation>
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
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>&amp;Ouvrir une affaire…</translation>
    </message>
    <message>
        <source>&amp;Add the open evidence to the case</source>
        <translation>&amp;Ajouter la preuve ouverte à l&apos;affaire</translation>
    </message>
    <message>
        <source>Evidence added to the case.</source>
        <translation>Preuve ajoutée à l&apos;affaire.</translation>
    </message>
    <message>
        <source>&amp;Bookmark the selection…</source>
        <translation>Poser un &amp;signet sur la sélection…</translation>
    </message>
    <message>
        <source>&amp;Note on the selection…</source>
        <translation>&amp;Note sur la sélection…</translation>
    </message>
    <message>
        <source>&amp;Tag the selection…</source>
        <translation>É&amp;tiqueter la sélection…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Fermer l&apos;affaire</translation>
    </message>
    <message>
        <source>Show the case &amp;dock</source>
        <translation>Afficher le &amp;panneau de l&apos;affaire</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau dossier d&apos;affaire</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase)</source>
        <translation>Affaires Seedscope (*.seedcase)</translation>
    </message>
    <message>
        <source>Case created: %1</source>
        <translation>Affaire créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir une affaire</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase);;All files (*)</source>
        <translation>Affaires Seedscope (*.seedcase);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Case opened; verdicts shown are the stored results (nothing was verified again).</source>
        <translation>Affaire ouverte&#xa0;; les verdicts affichés sont les résultats enregistrés (rien n&apos;a été revérifié).</translation>
    </message>
    <message>
        <source>open a dump or an Omega folder first</source>
        <translation>ouvrez d&apos;abord un vidage ou un dossier Omega</translation>
    </message>
    <message>
        <source>select a journal entry or a finding in a dump tab first</source>
        <translation>sélectionnez d&apos;abord une écriture du journal ou un constat dans un onglet de vidage</translation>
    </message>
    <message>
        <source>%1 is not in the case yet: add it first</source>
        <translation>%1 n&apos;est pas encore dans l&apos;affaire&#xa0;: ajoutez-le d&apos;abord</translation>
    </message>
    <message>
        <source>select a finding first</source>
        <translation>sélectionnez d&apos;abord un constat</translation>
    </message>
    <message>
        <source>this finding has no id to refer to</source>
        <translation>ce constat n&apos;a pas d&apos;identifiant auquel se référer</translation>
    </message>
    <message>
        <source>select a journal entry or a finding first</source>
        <translation>sélectionnez d&apos;abord une écriture du journal ou un constat</translation>
    </message>
    <message>
        <source>the selected entry is out of range</source>
        <translation>l&apos;écriture sélectionnée est hors limites</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>aucune affaire n&apos;est ouverte</translation>
    </message>
    <message>
        <source>finding %1 (%2)</source>
        <translation>constat %1 (%2)</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>écriture seq %1</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>Annotation (%1) ajoutée à %2.</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Exporter le rapport de l&apos;affaire</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpTab</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Verifying %1 (read-only)…</source>
        <translation>Vérification de %1 (lecture seule)…</translation>
    </message>
    <message>
        <source>Cancelled by the examiner.</source>
        <translation>Annulé par l&apos;expert.</translation>
    </message>
    <message>
        <source>Verification of %1 was cancelled. Nothing is shown from a partial run.</source>
        <translation>La vérification de %1 a été annulée. Rien n&apos;est affiché d&apos;une exécution partielle.</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>calcul de l&apos;empreinte des preuves</translation>
    </message>
    <message>
        <source>reading records and keys</source>
        <translation>lecture des enregistrements et des clés</translation>
    </message>
    <message>
        <source>replaying the ledger</source>
        <translation>rejeu du registre</translation>
    </message>
    <message>
        <source>verifying chains, seals and signatures</source>
        <translation>vérification des chaînes, sceaux et signatures</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>decrypting records</source>
        <translation>déchiffrement des enregistrements</translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation>vérification des signatures</translation>
    </message>
    <message>
        <source>checking checkpoints against the journal</source>
        <translation>vérification des points de contrôle par rapport au journal</translation>
    </message>
    <message>
        <source>checking the evidence did not change</source>
        <translation>vérification que les preuves n&apos;ont pas changé</translation>
    </message>
    <message>
        <source>This is not a Seed device dump: %1. The file was left untouched.</source>
        <translation>Ce n&apos;est pas un vidage d&apos;appareil Seed&#xa0;: %1. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpWorkbench</name>
    <message>
        <source>Previous entry</source>
        <translation>Écriture précédente</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Écriture suivante</translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation>Rechercher dans le journal…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Evidence structure</source>
        <translation>Structure des preuves</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Trust scores</source>
        <translation>Scores de confiance</translation>
    </message>
    <message>
        <source>Group pools</source>
        <translation>Cagnottes des groupes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Entry inspector</source>
        <translation>Inspecteur d&apos;écritures</translation>
    </message>
    <message>
        <source>State (time travel: Alt+←/→)</source>
        <translation>État (voyage dans le temps&#xa0;: Alt+←/→)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(record seq %1, %2)</source>
        <translation>(enregistrement seq %1, %2)</translation>
    </message>
    <message>
        <source>Entry seq %1: %2</source>
        <translation>Écriture seq %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> de %1 à %2</translation>
    </message>
    <message>
        <source>, amount %1</source>
        <translation>, montant %1</translation>
    </message>
    <message>
        <source>, replay %1</source>
        <translation>, rejeu %1</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrage…</translation>
    </message>
    <message>
        <source>Search the journal: sequence, Lamport, type, accounts or status</source>
        <translation>Rechercher dans le journal&#xa0;: séquence, Lamport, type, comptes ou état</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account (hex prefix of the sender or receiver)</source>
        <translation>Compte (préfixe hex de l&apos;émetteur ou du destinataire)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>non rejouée</translation>
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
        <translation>Ordre de stockage</translation>
    </message>
    <message>
        <source>Canonical order</source>
        <translation>Ordre canonique</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Avec constats</translation>
    </message>
    <message>
        <source>Only records that findings point into</source>
        <translation>Seulement les enregistrements visés par des constats</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 sur %n enregistrement</numerusform>
            <numerusform>%1 sur %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EntryInspector</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal record</source>
        <translation>Enregistrement du journal</translation>
    </message>
    <message>
        <source>Record header</source>
        <translation>En-tête de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Déchiffrement</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Signature (cryptography)</source>
        <translation>Signature (cryptographie)</translation>
    </message>
    <message>
        <source>Signer trust</source>
        <translation>Confiance du signataire</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>clé certifiée par l&apos;autorité du réseau</translation>
    </message>
    <message>
        <source>key not certified</source>
        <translation>clé non certifiée</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Rejetée parce que</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Double spend</source>
        <translation>Double dépense</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Provenance of %1</source>
        <translation>Provenance de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s); activate one to jump</source>
        <translation>
            <numerusform>%n modification antérieure&#xa0;; activez-en une pour y aller</numerusform>
            <numerusform>%n modifications antérieures&#xa0;; activez-en une pour y aller</numerusform>
        </translation>
    </message>
    <message>
        <source>start state</source>
        <translation>état initial</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>écriture seq %1</translation>
    </message>
    <message>
        <source>%1 at Lamport %2</source>
        <translation>%1 à Lamport %2</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Constat %1</translation>
    </message>
    <message>
        <source>Entry header</source>
        <translation>En-tête de l&apos;écriture</translation>
    </message>
    <message>
        <source>seq %1, %2</source>
        <translation>seq %1, %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>links to the previous record</source>
        <translation>se rattache à l&apos;enregistrement précédent</translation>
    </message>
    <message>
        <source>BROKEN: the previous-record hash does not match</source>
        <translation>ROMPUE&#xa0;: l&apos;empreinte de l&apos;enregistrement précédent ne correspond pas</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>made by a key not in the trust store</source>
        <translation>faite avec une clé absente du magasin de confiance</translation>
    </message>
    <message>
        <source>INVALID: the bytes do not match the signature</source>
        <translation>INVALIDE&#xa0;: les octets ne correspondent pas à la signature</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceListModel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256 at open</source>
        <translation>SHA-256 à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Modifié (UTC)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceOpener</name>
    <message>
        <source>There is no such file or folder (no such file).</source>
        <translation>Ce fichier ou dossier n&apos;existe pas (no such file).</translation>
    </message>
    <message>
        <source>This folder holds no Seed device dumps (*.seeddump) and no Ω checkpoint files (checkpoint_&lt;seconds&gt;.json), here or in its checkpoints/ or devices/ folder.</source>
        <translation>Ce dossier ne contient ni vidage d&apos;appareil Seed (*.seeddump) ni fichier de point de contrôle Ω (checkpoint_&lt;secondes&gt;.json), ici ou dans ses dossiers checkpoints/ ou devices/.</translation>
    </message>
    <message>
        <source>The file is empty: there is no device dump in it.</source>
        <translation>Le fichier est vide&#xa0;: il ne contient aucun vidage d&apos;appareil.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation (%n dumps)</source>
        <translation>
            <numerusform>Rapprochement (%n vidage)</numerusform>
            <numerusform>Rapprochement (%n vidages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Vidage d&apos;appareil Seed</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceTree</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>0x%1, %n byte(s)</source>
        <translation>
            <numerusform>0x%1, %n octet</numerusform>
            <numerusform>0x%1, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only, SHA-256 %1…</source>
        <translation>lecture seule, SHA-256 %1…</translation>
    </message>
    <message>
        <source>registration not checked (no trust store)</source>
        <translation>enregistrement non vérifié (pas de magasin de confiance)</translation>
    </message>
    <message>
        <source>trust store: %1</source>
        <translation>magasin de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>identity ok, network %1; %2</source>
        <translation>identité correcte, réseau %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>identity header DAMAGED</source>
        <translation>en-tête d&apos;identité ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>Damaged regions</source>
        <translation>Zones endommagées</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 0x%2</source>
        <translation>%1 à 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsModel</name>
    <message>
        <source>Expected: %1
Found: %2</source>
        <translation>Attendu&#xa0;: %1
Trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Avertissements et plus graves</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Erreurs et plus graves</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critiques seulement</translation>
    </message>
    <message>
        <source>Search findings (code, offset, subject, text)…</source>
        <translation>Rechercher des constats (code, position, objet, texte)…</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::JournalModel</name>
    <message>
        <source>(undecodable)</source>
        <translation>(indécodable)</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>non rejouée</translation>
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
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Findings point into this record</source>
        <translation>Des constats visent cet enregistrement</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::KeyDialog</name>
    <message>
        <source>Keys and trust store</source>
        <translation>Clés et magasin de confiance</translation>
    </message>
    <message>
        <source>&lt;p&gt;The evidence in &lt;b&gt;%1&lt;/b&gt; may need its storage keys (to decrypt the journal and checkpoints) and the network&apos;s trust store (to tell certified keys from unknown ones).&lt;/p&gt;&lt;p&gt;These files were found beside it. Only their paths are remembered, for this session; Seedscope never stores key bytes. A key that does not fit is reported as a problem with the inputs, never as tampering.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les preuves de &lt;b&gt;%1&lt;/b&gt; peuvent nécessiter leurs clés de stockage (pour déchiffrer le journal et les points de contrôle) et le magasin de confiance du réseau (pour distinguer les clés certifiées des clés inconnues).&lt;/p&gt;&lt;p&gt;Ces fichiers ont été trouvés à côté. Seuls leurs chemins sont retenus, pour cette session&#xa0;; Seedscope n&apos;enregistre jamais d&apos;octets de clé. Une clé qui ne correspond pas est signalée comme un problème de données fournies, jamais comme une falsification.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The key named like each dump (&lt;dump&gt;.key), %n found here</source>
        <translation>
            <numerusform>La clé nommée comme chaque vidage (&lt;dump&gt;.key), %n trouvée ici</numerusform>
            <numerusform>La clé nommée comme chaque vidage (&lt;dump&gt;.key), %n trouvées ici</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>No storage key</source>
        <translation>Pas de clé de stockage</translation>
    </message>
    <message>
        <source>No trust store</source>
        <translation>Pas de magasin de confiance</translation>
    </message>
    <message>
        <source>Other key file…</source>
        <translation>Autre fichier de clé…</translation>
    </message>
    <message>
        <source>Other trust store…</source>
        <translation>Autre magasin de confiance…</translation>
    </message>
    <message>
        <source>Storage key:</source>
        <translation>Clé de stockage&#xa0;:</translation>
    </message>
    <message>
        <source>Trust store:</source>
        <translation>Magasin de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Verify with these</source>
        <translation>Vérifier ainsi</translation>
    </message>
    <message>
        <source>Storage key file</source>
        <translation>Fichier de clé de stockage</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Magasin de confiance</translation>
    </message>
    <message>
        <source>Trust stores (*.json);;All files (*)</source>
        <translation>Magasins de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LedgerChart</name>
    <message>
        <source>Lamport time</source>
        <translation>Temps de Lamport</translation>
    </message>
    <message>
        <source>Trust score</source>
        <translation>Score de confiance</translation>
    </message>
    <message>
        <source>high risk below 100</source>
        <translation>risque élevé sous 100</translation>
    </message>
    <message>
        <source>reliable above 300</source>
        <translation>fiable au-dessus de 300</translation>
    </message>
    <message>
        <source>excellent above 600</source>
        <translation>excellent au-dessus de 600</translation>
    </message>
    <message>
        <source>Pool balance</source>
        <translation>Solde de la cagnotte</translation>
    </message>
    <message>
        <source>%1 at Lamport %2: %3%4</source>
        <translation>%1 à Lamport %2&#xa0;: %3%4</translation>
    </message>
    <message>
        <source> (before the journal)</source>
        <translation> (avant le journal)</translation>
    </message>
    <message>
        <source>Hover a point to read it; click it to select its entry.</source>
        <translation>Survolez un point pour le lire&#xa0;; cliquez dessus pour sélectionner son écriture.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::MainWindow</name>
    <message>
        <source>Evidence (read-only)</source>
        <translation>Preuves (lecture seule)</translation>
    </message>
    <message>
        <source>Ready. Evidence is opened read-only.</source>
        <translation>Prêt. Les preuves sont ouvertes en lecture seule.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;device dump…</source>
        <translation>Ouvrir un &amp;vidage d&apos;appareil…</translation>
    </message>
    <message>
        <source>Open &amp;folder (Ω directory or dumps)…</source>
        <translation>Ouvrir un &amp;dossier (répertoire Ω ou vidages)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the bundled &amp;sample</source>
        <translation>Ouvrir l&apos;&amp;exemple fourni</translation>
    </message>
    <message>
        <source>Ask for &amp;keys again</source>
        <translation>Redemander les &amp;clés</translation>
    </message>
    <message>
        <source>Key and trust store choices forgotten: the next dump opened asks again.</source>
        <translation>Choix de clé et de magasin de confiance oubliés&#xa0;: le prochain vidage ouvert redemandera.</translation>
    </message>
    <message>
        <source>&amp;Close evidence tab</source>
        <translation>&amp;Fermer l&apos;onglet de preuve</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>Mode &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Seedscope</source>
        <translation>À &amp;propos de Seedscope</translation>
    </message>
    <message>
        <source>Open device dump</source>
        <translation>Ouvrir un vidage d&apos;appareil</translation>
    </message>
    <message>
        <source>Seed device dumps (*.seeddump);;All files (*)</source>
        <translation>Vidages d&apos;appareils Seed (*.seeddump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an Ω checkpoint directory or a folder of dumps</source>
        <translation>Ouvrir un répertoire de points de contrôle Ω ou un dossier de vidages</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 est déjà ouvert</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open evidence</source>
        <translation>Impossible d&apos;ouvrir les preuves</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>About Seedscope</source>
        <translation>À propos de Seedscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Audit and forensics for Seed device dumps and Ω checkpoint directories.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Audit et expertise des vidages d&apos;appareils Seed et des répertoires de points de contrôle Ω.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Expert&#xa0;:</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Titre de l&apos;affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Numéro de l&apos;affaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::OmegaView</name>
    <message>
        <source>Ψ and m_t</source>
        <translation>Ψ et m_t</translation>
    </message>
    <message>
        <source>Ω and I components</source>
        <translation>Composantes Ω et I</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <source>finds no checkpoint_*.json</source>
        <translation>ne trouve aucun checkpoint_*.json</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; and returns &lt;b&gt;nothing&lt;/b&gt; (%2)</source>
        <translation>choisit &lt;b&gt;%1&lt;/b&gt; et ne renvoie &lt;b&gt;rien&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; (%2 by its own validator)</source>
        <translation>choisit &lt;b&gt;%1&lt;/b&gt; (%2 selon son propre validateur)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;nothing is authenticated&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;rien n&apos;est authentifié&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 files, %3 valid · original loader %4 · newest valid: &lt;b&gt;%5&lt;/b&gt; · continuity: %6 of %7 pairs break ±0.001 · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 fichiers, %3 valides · chargeur d&apos;origine %4 · plus récent valide&#xa0;: &lt;b&gt;%5&lt;/b&gt; · continuité&#xa0;: %6 paires sur %7 rompent ±0,001 · %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>seconds after %1 UTC</source>
        <translation>secondes après %1 UTC</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Ψ (coherence_score)</source>
        <translation>Ψ (coherence_score)</translation>
    </message>
    <message>
        <source>m_t (modulator)</source>
        <translation>m_t (modulateur)</translation>
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
        <translation>rupture de continuité (|Δ| ≥ %1)</translation>
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
        <translation>Composantes de Omega_t_L, ‖Ω‖</translation>
    </message>
    <message>
        <source>I_t_L components</source>
        <translation>Composantes de I_t_L</translation>
    </message>
    <message>
        <source>seconds after the first checkpoint</source>
        <translation>secondes après le premier point de contrôle</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composante %1</translation>
    </message>
    <message>
        <source>‖Ω‖ (= m_t by construction)</source>
        <translation>‖Ω‖ (= m_t par construction)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>network_id</source>
        <translation>network_id</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formé</translation>
    </message>
    <message>
        <source> · original loader&apos;s pick</source>
        <translation> · choix du chargeur d&apos;origine</translation>
    </message>
    <message>
        <source> · newest valid</source>
        <translation> · plus récent valide</translation>
    </message>
    <message>
        <source>Folder and files</source>
        <translation>Dossier et fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>modulateur (m_t)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>erreur d&apos;analyse</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>à l&apos;octet %1</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>erreur de lecture</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ReconcileTab</name>
    <message numerus="yes">
        <source>Reconciling %n dump(s) against the merged ledger…</source>
        <translation>
            <numerusform>Rapprochement de %n vidage avec le registre fusionné…</numerusform>
            <numerusform>Rapprochement de %n vidages avec le registre fusionné…</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Seulement ici</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Matches merged ledger</source>
        <translation>Conforme au registre fusionné</translation>
    </message>
    <message>
        <source>First divergent entry</source>
        <translation>Première écriture divergente</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions the devices disagree on&lt;/b&gt; (each device&apos;s copy; the authentic one is marked)</source>
        <translation>&lt;b&gt;Transactions sur lesquelles les appareils divergent&lt;/b&gt; (copie de chaque appareil&#xa0;; l&apos;authentique est marquée)</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>Le rapprochement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 transactions&lt;/b&gt; across %2 devices, %3 on every device; merged ledger: %4 entries (%5 valid, %6 rejected). &lt;b&gt;%7 device(s) depart from the merged ledger&lt;/b&gt;; %8 conflicting transaction(s).</source>
        <translation>&lt;b&gt;%1 transactions&lt;/b&gt; sur %2 appareils, %3 sur tous les appareils&#xa0;; registre fusionné&#xa0;: %4 écritures (%5 valides, %6 rejetées). &lt;b&gt;%7 appareil(s) s&apos;écartent du registre fusionné&lt;/b&gt;&#xa0;; %8 transaction(s) en conflit.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>%1: journal seq %2 (merged #%3) %4</source>
        <translation>%1&#xa0;: journal seq %2 (fusionné n° %3) %4</translation>
    </message>
    <message>
        <source>seq %1, signature %2%3</source>
        <translation>seq %1, signature %2%3</translation>
    </message>
    <message>
        <source>, authentic</source>
        <translation>, authentique</translation>
    </message>
    <message>
        <source>, DIFFERS</source>
        <translation>, DIFFÉRENTE</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Previous journal entry (state time travel)</source>
        <translation>Écriture précédente du journal (voyage dans le temps de l&apos;état)</translation>
    </message>
    <message>
        <source>Alt+Left or [</source>
        <translation>Alt+Gauche ou [</translation>
    </message>
    <message>
        <source>Next journal entry (state time travel)</source>
        <translation>Écriture suivante du journal (voyage dans le temps de l&apos;état)</translation>
    </message>
    <message>
        <source>Alt+Right or ]</source>
        <translation>Alt+Droite ou ]</translation>
    </message>
    <message>
        <source>Jump to a finding&apos;s entry and bytes</source>
        <translation>Aller à l&apos;écriture et aux octets d&apos;un constat</translation>
    </message>
    <message>
        <source>select it in Findings (arrow keys)</source>
        <translation>sélectionnez-le dans Constats (flèches)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::StateInspector</name>
    <message>
        <source>Select a journal entry to see the ledger state as of it.</source>
        <translation>Sélectionnez une écriture du journal pour voir l&apos;état du registre à ce moment.</translation>
    </message>
    <message>
        <source>Account / group</source>
        <translation>Compte / groupe</translation>
    </message>
    <message>
        <source>Balance / pool</source>
        <translation>Solde / cagnotte</translation>
    </message>
    <message>
        <source>Trust / status</source>
        <translation>Confiance / statut</translation>
    </message>
    <message>
        <source>This entry changed</source>
        <translation>Cette écriture a modifié</translation>
    </message>
    <message>
        <source>No replay: the ledger state is not known.</source>
        <translation>Pas de rejeu&#xa0;: l&apos;état du registre est inconnu.</translation>
    </message>
    <message>
        <source>trust %1 → %2</source>
        <translation>confiance %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Comptes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Groups and pools (%1)</source>
        <translation>Groupes et cagnottes (%1)</translation>
    </message>
    <message>
        <source>%1, cycle %2, %3 members</source>
        <translation>%1, cycle %2, %3 membres</translation>
    </message>
    <message>
        <source>Total issued</source>
        <translation>Total émis</translation>
    </message>
    <message>
        <source>Not replayed: no ledger entry here, or it did not decode.</source>
        <translation>Non rejouée&#xa0;: pas d&apos;écriture du registre ici, ou elle n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>Only decoded entries inside the replayed range have a ledger state.</source>
        <translation>Seules les écritures décodées dans la plage rejouée ont un état du registre.</translation>
    </message>
    <message>
        <source>Bold rows changed here; the last column shows before → after.</source>
        <translation>Les lignes en gras ont changé ici&#xa0;; la dernière colonne montre avant → après.</translation>
    </message>
    <message>
        <source>State after entry seq %1 (canonical #%2, Lamport %3): %4</source>
        <translation>État après l&apos;écriture seq %1 (canonique n° %2, Lamport %3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::VerdictBanner</name>
    <message>
        <source>no damage and no sign of tampering was found.</source>
        <translation>aucun dommage ni aucun signe de falsification n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>the media is damaged (a torn write or corruption), which does not by itself point to tampering.</source>
        <translation>le support est endommagé (écriture interrompue ou corruption), ce qui en soi n&apos;indique pas une falsification.</translation>
    </message>
    <message>
        <source>the device&apos;s records were changed in a way media damage cannot explain.</source>
        <translation>les enregistrements de l&apos;appareil ont été modifiés d&apos;une manière qu&apos;un dommage du support ne peut expliquer.</translation>
    </message>
    <message>
        <source>problems were found that need an examiner&apos;s judgement.</source>
        <translation>des problèmes ont été trouvés qui demandent le jugement d&apos;un expert.</translation>
    </message>
    <message>
        <source>the storage key given does not decrypt this dump. That is a problem with the examiner&apos;s inputs, not a finding about the device: close the tab, use File &gt; Ask for keys again, and open the dump again. What needs the key was not checked.</source>
        <translation>la clé de stockage fournie ne déchiffre pas ce vidage. C&apos;est un problème des données fournies par l&apos;expert, pas un constat sur l&apos;appareil&#xa0;: fermez l&apos;onglet, utilisez Fichier &gt; Redemander les clés et rouvrez le vidage. Ce qui nécessite la clé n&apos;a pas été vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all, %1 critical.</source>
        <translation>
            <numerusform>%n constat au total, dont %1 critiques.</numerusform>
            <numerusform>%n constats au total, dont %1 critiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Non vérifié&#xa0;:</translation>
    </message>
    <message>
        <source> at 0x%1</source>
        <translation> à 0x%1</translation>
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
        <translation>Ouvrez un vidage d&apos;appareil Seed (&lt;tt&gt;.seeddump&lt;/tt&gt;), un dossier de vidages ou un répertoire de points de contrôle Ω. Les preuves sont ouvertes en lecture seule et leur empreinte est calculée avant toute chose&#xa0;; vous pouvez aussi déposer des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Open device dump…</source>
        <translation>Ouvrir un vidage d&apos;appareil…</translation>
    </message>
    <message>
        <source>Open a folder (Ω checkpoints or dumps)…</source>
        <translation>Ouvrir un dossier (points de contrôle Ω ou vidages)…</translation>
    </message>
    <message>
        <source>Open the bundled sample (a mesh with a tampered and a power-cut device)</source>
        <translation>Ouvrir l&apos;exemple fourni (un maillage avec un appareil falsifié et un appareil coupé en pleine écriture)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent evidence&lt;/b&gt; (double-click or Enter to open)</source>
        <translation>&lt;b&gt;Preuves récentes&lt;/b&gt; (double-clic ou Entrée pour ouvrir)</translation>
    </message>
    <message>
        <source>(nothing opened yet)</source>
        <translation>(rien n&apos;a encore été ouvert)</translation>
    </message>
</context>
</TS>

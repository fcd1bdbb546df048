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
    <message>
        <source>clean</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>key used</source>
        <translation>clé utilisée</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>signet</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>evidence mismatch</source>
        <translation>preuve non concordante</translation>
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
        <source>This checkpoint&apos;s state_root is reproduced only by applying the journal in storage order; canonical (Lamport, device, tx_id) order gives %1. The device did not apply entries in canonical order.</source>
        <translation>Le state_root de ce point de contrôle n&apos;est reproduit qu&apos;en appliquant le journal dans l&apos;ordre de stockage ; l&apos;ordre canonique (Lamport, appareil, tx_id) donne %1. L&apos;appareil n&apos;a pas appliqué les écritures dans l&apos;ordre canonique.</translation>
    </message>
    <message>
        <source>Replaying %1 journal entries from the previous checkpoint reproduces this checkpoint&apos;s state_root.</source>
        <translation>Rejouer %1 écritures du journal depuis le point de contrôle précédent reproduit le state_root de ce point de contrôle.</translation>
    </message>
    <message>
        <source>... %1 more</source>
        <translation>... %1 de plus</translation>
    </message>
    <message>
        <source>%1 tx %2 (journal seq %3, %4)</source>
        <translation>%1 tx %2 (journal seq %3, %4)</translation>
    </message>
    <message>
        <source>%1 tx_id(s) the checkpoint applied are missing from the journal (first %2)</source>
        <translation>%1 tx_id appliqué(s) par le point de contrôle manquent dans le journal (premier : %2)</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject; differing records: %1.</source>
        <translation>Rejouer le journal depuis le point de contrôle précédent ne reproduit pas le state_root de ce point de contrôle ; ils divergent pour la première fois après l&apos;écriture nommée dans le sujet ; enregistrements différents : %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject.</source>
        <translation>Rejouer le journal depuis le point de contrôle précédent ne reproduit pas le state_root de ce point de contrôle ; ils divergent pour la première fois après l&apos;écriture nommée dans le sujet.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; differing records: %1.</source>
        <translation>Rejouer le journal depuis le point de contrôle précédent ne reproduit pas le state_root de ce point de contrôle ; enregistrements différents : %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root.</source>
        <translation>Rejouer le journal depuis le point de contrôle précédent ne reproduit pas le state_root de ce point de contrôle.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>A savings pool holds less than nothing.</source>
        <translation>La cagnotte d&apos;une tontine est inférieure à zéro.</translation>
    </message>
    <message>
        <source>The pool balance is not contributions minus payouts.</source>
        <translation>Le solde de la cagnotte n&apos;est pas égal aux contributions moins les versements.</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>dépassement de capacité</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>An account balance is negative.</source>
        <translation>Le solde d&apos;un compte est négatif.</translation>
    </message>
    <message>
        <source>0..10000 tenths</source>
        <translation>0..10000 dixièmes</translation>
    </message>
    <message>
        <source>A trust score is outside 0.0..1000.0.</source>
        <translation>Un score de confiance est hors de 0.0..1000.0.</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>Balances plus savings pools do not add up to the money issued.</source>
        <translation>Les soldes et les cagnottes des tontines ne totalisent pas l&apos;argent émis.</translation>
    </message>
    <message>
        <source>The entry left an account negative.</source>
        <translation>L&apos;écriture a rendu un compte négatif.</translation>
    </message>
    <message>
        <source>The entry pushed a trust score out of bounds.</source>
        <translation>L&apos;écriture a fait sortir un score de confiance de ses bornes.</translation>
    </message>
    <message>
        <source>The entry created or destroyed money.</source>
        <translation>L&apos;écriture a créé ou détruit de l&apos;argent.</translation>
    </message>
    <message>
        <source>same tx_id and content as an entry already applied</source>
        <translation>même tx_id et même contenu qu&apos;une écriture déjà appliquée</translation>
    </message>
    <message>
        <source>tx_id already used by an entry with different content</source>
        <translation>tx_id déjà utilisé par une écriture au contenu différent</translation>
    </message>
    <message>
        <source>no key known for the origin device at Lamport %1</source>
        <translation>aucune clé connue pour l&apos;appareil d&apos;origine au Lamport %1</translation>
    </message>
    <message>
        <source>signature does not verify with the origin&apos;s key</source>
        <translation>la signature ne se vérifie pas avec la clé de l&apos;origine</translation>
    </message>
    <message>
        <source>sequence %1 not above the origin&apos;s highest %2</source>
        <translation>séquence %1 non supérieure à la plus haute de l&apos;origine, %2</translation>
    </message>
    <message>
        <source>Lamport %1 more than %2 above the highest seen %3</source>
        <translation>Lamport %1 plus de %2 au-dessus du plus haut vu, %3</translation>
    </message>
    <message>
        <source>depends on a transaction not yet in the ledger</source>
        <translation>dépend d&apos;une transaction pas encore dans le registre</translation>
    </message>
    <message>
        <source>account %1 is not controlled by the origin device</source>
        <translation>le compte %1 n&apos;est pas contrôlé par l&apos;appareil d&apos;origine</translation>
    </message>
    <message>
        <source>ISSUE not signed by the network authority</source>
        <translation>ISSUE non signé par l&apos;autorité du réseau</translation>
    </message>
    <message>
        <source>only the founder account may close the group</source>
        <translation>seul le compte fondateur peut clore le groupe</translation>
    </message>
    <message>
        <source>authority TRUST_EVENT not signed by the network authority</source>
        <translation>TRUST_EVENT d&apos;autorité non signé par l&apos;autorité du réseau</translation>
    </message>
    <message>
        <source>TRUST_EVENT names an unknown group</source>
        <translation>TRUST_EVENT nomme un groupe inconnu</translation>
    </message>
    <message>
        <source>group TRUST_EVENT not signed by the group founder&apos;s device</source>
        <translation>TRUST_EVENT de groupe non signé par l&apos;appareil du fondateur du groupe</translation>
    </message>
    <message>
        <source>sender account does not exist</source>
        <translation>le compte émetteur n&apos;existe pas</translation>
    </message>
    <message>
        <source>receiver account does not exist</source>
        <translation>le compte destinataire n&apos;existe pas</translation>
    </message>
    <message>
        <source>balance %1 below amount %2</source>
        <translation>solde %1 inférieur au montant %2</translation>
    </message>
    <message>
        <source>amount %1 above the per-transaction cap %2</source>
        <translation>montant %1 supérieur au plafond par transaction %2</translation>
    </message>
    <message>
        <source>%1 already spent in the last %2 ticks; %3 more exceeds the window cap %4</source>
        <translation>%1 déjà dépensé(s) dans les %2 derniers ticks ; %3 de plus dépassent le plafond de la fenêtre %4</translation>
    </message>
    <message>
        <source>ISSUE names a different owner device than the account has</source>
        <translation>ISSUE nomme un appareil propriétaire différent de celui du compte</translation>
    </message>
    <message>
        <source>total issuance would overflow 64 bits</source>
        <translation>l&apos;émission totale dépasserait 64 bits</translation>
    </message>
    <message>
        <source>group id already exists</source>
        <translation>l&apos;id de groupe existe déjà</translation>
    </message>
    <message>
        <source>member %1 does not exist</source>
        <translation>le membre %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>groupe inexistant</translation>
    </message>
    <message>
        <source>group is %1</source>
        <translation>le groupe est %1</translation>
    </message>
    <message>
        <source>account is already a member</source>
        <translation>le compte est déjà membre</translation>
    </message>
    <message>
        <source>joins close at the first contribution</source>
        <translation>les adhésions se ferment à la première contribution</translation>
    </message>
    <message>
        <source>group is full</source>
        <translation>le groupe est complet</translation>
    </message>
    <message>
        <source>joining account does not exist</source>
        <translation>le compte qui adhère n&apos;existe pas</translation>
    </message>
    <message>
        <source>account is not a member</source>
        <translation>le compte n&apos;est pas membre</translation>
    </message>
    <message>
        <source>cycle %1, the group is in cycle %2</source>
        <translation>cycle %1, le groupe est au cycle %2</translation>
    </message>
    <message>
        <source>second contribution in cycle %1</source>
        <translation>deuxième contribution au cycle %1</translation>
    </message>
    <message>
        <source>contribution %1, the group requires %2</source>
        <translation>contribution %1, le groupe exige %2</translation>
    </message>
    <message>
        <source>member account does not exist</source>
        <translation>le compte du membre n&apos;existe pas</translation>
    </message>
    <message>
        <source>balance %1 below contribution %2</source>
        <translation>solde %1 inférieur à la contribution %2</translation>
    </message>
    <message>
        <source>cycle %1 was already paid</source>
        <translation>le cycle %1 a déjà été versé</translation>
    </message>
    <message>
        <source>cycle %1 pays rotation[%2]</source>
        <translation>le cycle %1 verse à rotation[%2]</translation>
    </message>
    <message>
        <source>payout %1, the pot is %2</source>
        <translation>versement %1, la cagnotte est de %2</translation>
    </message>
    <message>
        <source>%1 of %2 contributions of cycle %3 are in</source>
        <translation>%1 des %2 contributions du cycle %3 sont arrivées</translation>
    </message>
    <message>
        <source>recipient account does not exist</source>
        <translation>le compte bénéficiaire n&apos;existe pas</translation>
    </message>
    <message>
        <source>subject account does not exist</source>
        <translation>le compte concerné n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown entry type</source>
        <translation>type d&apos;écriture inconnu</translation>
    </message>
    <message>
        <source>tx_id and origin must be 16 bytes</source>
        <translation>tx_id et origine doivent faire 16 octets</translation>
    </message>
    <message>
        <source>dependency must be a 16-byte tx_id</source>
        <translation>la dépendance doit être un tx_id de 16 octets</translation>
    </message>
    <message>
        <source>signature must be 64 bytes</source>
        <translation>la signature doit faire 64 octets</translation>
    </message>
    <message>
        <source>account ids must be 16 bytes</source>
        <translation>les id de compte doivent faire 16 octets</translation>
    </message>
    <message>
        <source>sender equals receiver</source>
        <translation>l&apos;émetteur est égal au destinataire</translation>
    </message>
    <message>
        <source>amount must be &gt; 0</source>
        <translation>le montant doit être &gt; 0</translation>
    </message>
    <message>
        <source>account and owner must be 16 bytes</source>
        <translation>compte et propriétaire doivent faire 16 octets</translation>
    </message>
    <message>
        <source>group and founder must be 16 bytes</source>
        <translation>groupe et fondateur doivent faire 16 octets</translation>
    </message>
    <message>
        <source>contribution must be &gt; 0</source>
        <translation>la contribution doit être &gt; 0</translation>
    </message>
    <message>
        <source>1..64 members</source>
        <translation>1..64 membres</translation>
    </message>
    <message>
        <source>contribution too large for a 64-member pot</source>
        <translation>contribution trop grande pour une cagnotte de 64 membres</translation>
    </message>
    <message>
        <source>a member is listed twice</source>
        <translation>un membre figure deux fois</translation>
    </message>
    <message>
        <source>member ids must be 16 bytes</source>
        <translation>les id de membre doivent faire 16 octets</translation>
    </message>
    <message>
        <source>the founder must be a member</source>
        <translation>le fondateur doit être membre</translation>
    </message>
    <message>
        <source>group and account must be 16 bytes</source>
        <translation>groupe et compte doivent faire 16 octets</translation>
    </message>
    <message>
        <source>group and recipient must be 16 bytes</source>
        <translation>groupe et bénéficiaire doivent faire 16 octets</translation>
    </message>
    <message>
        <source>group and subject must be 16 bytes</source>
        <translation>groupe et sujet doivent faire 16 octets</translation>
    </message>
    <message>
        <source>unknown trust reason %1</source>
        <translation>motif de confiance inconnu %1</translation>
    </message>
    <message>
        <source>trust delta %1 does not match reason %2 (%3)</source>
        <translation>le delta de confiance %1 ne correspond pas au motif %2 (%3)</translation>
    </message>
    <message>
        <source>new key must be 32 bytes</source>
        <translation>la nouvelle clé doit faire 32 octets</translation>
    </message>
    <message>
        <source>a rotation must take effect after its own Lamport value</source>
        <translation>une rotation doit prendre effet après sa propre valeur de Lamport</translation>
    </message>
    <message>
        <source>journal seq %1</source>
        <translation>seq de journal %1</translation>
    </message>
    <message>
        <source>%1 tx %2</source>
        <translation>%1 tx %2</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>clé certifiée par l&apos;autorité du réseau</translation>
    </message>
    <message>
        <source>uncertified key</source>
        <translation>clé non certifiée</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the network authority never certified the key that made it.</source>
        <translation>La signature est mathématiquement valide, mais l&apos;autorité du réseau n&apos;a jamais certifié la clé qui l&apos;a produite.</translation>
    </message>
    <message>
        <source>unique tx_id</source>
        <translation>tx_id unique</translation>
    </message>
    <message>
        <source>The same transaction appears again with identical content; the copy is ignored.</source>
        <translation>La même transaction réapparaît avec un contenu identique ; la copie est ignorée.</translation>
    </message>
    <message>
        <source>dependency %1 applied</source>
        <translation>dépendance %1 appliquée</translation>
    </message>
    <message>
        <source>The entry depends on a transaction that never appeared, so it was never applied.</source>
        <translation>L&apos;écriture dépend d&apos;une transaction qui n&apos;est jamais apparue ; elle n&apos;a donc jamais été appliquée.</translation>
    </message>
    <message>
        <source>a ledger entry (docs/format/ledger-encoding.md)</source>
        <translation>une écriture du registre (docs/format/ledger-encoding.md)</translation>
    </message>
    <message>
        <source>The journal record&apos;s entry bytes do not decode; it is reported as BAD_FORMAT and never applied.</source>
        <translation>Les octets d&apos;écriture de l&apos;enregistrement du journal ne se décodent pas ; il est signalé comme BAD_FORMAT et jamais appliqué.</translation>
    </message>
    <message>
        <source>start state</source>
        <translation>état initial</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>tx %1</translation>
    </message>
    <message>
        <source>key %1 from Lamport %2 in the key history</source>
        <translation>clé %1 à partir du Lamport %2 dans l&apos;historique des clés</translation>
    </message>
    <message>
        <source>not in the key history</source>
        <translation>absente de l&apos;historique des clés</translation>
    </message>
    <message>
        <source>The journal announces a key rotation that the device&apos;s key history (identity region or registry) does not list.</source>
        <translation>Le journal annonce une rotation de clé que l&apos;historique des clés de l&apos;appareil (région d&apos;identité ou registre) ne mentionne pas.</translation>
    </message>
    <message>
        <source>storage order = canonical order</source>
        <translation>ordre de stockage = ordre canonique</translation>
    </message>
    <message>
        <source>%1 entries stored after an entry that sorts after them</source>
        <translation>%1 écritures stockées après une écriture qui se classe après elles</translation>
    </message>
    <message>
        <source>The journal stores entries in arrival order; replay uses canonical (Lamport, device, tx_id) order. This is the first entry where they differ.</source>
        <translation>Le journal stocke les écritures dans l&apos;ordre d&apos;arrivée ; le rejeu utilise l&apos;ordre canonique (Lamport, appareil, tx_id). Voici la première écriture où ils diffèrent.</translation>
    </message>
    <message>
        <source>end of replay</source>
        <translation>fin du rejeu</translation>
    </message>
    <message>
        <source>A checkpoint file holds one JSON object; this one holds something else, so the original loader fails on it.</source>
        <translation>Un fichier de point de contrôle contient un objet JSON ; celui-ci contient autre chose, donc le chargeur d&apos;origine échoue dessus.</translation>
    </message>
    <message>
        <source>one complete JSON object</source>
        <translation>un objet JSON complet</translation>
    </message>
    <message>
        <source>file ends after %1 bytes inside %2</source>
        <translation>le fichier s&apos;arrête après %1 octets dans %2</translation>
    </message>
    <message>
        <source>The file stops in the middle of a value: the writer opens the file with truncation and writes in place, so a crash or a value json cannot serialise leaves half a checkpoint and destroys whatever this name held before.</source>
        <translation>Le fichier s&apos;arrête au milieu d&apos;une valeur : l&apos;écrivain ouvre le fichier en le tronquant et écrit sur place, donc un plantage ou une valeur que json ne sait pas sérialiser laisse un demi point de contrôle et détruit ce que ce nom contenait avant.</translation>
    </message>
    <message>
        <source>The file exceeds a documented safety cap of the reader, so it was not read further; no real checkpoint comes near these caps.</source>
        <translation>Le fichier dépasse un plafond de sécurité documenté du lecteur, il n&apos;a donc pas été lu plus loin ; aucun vrai point de contrôle n&apos;approche ces plafonds.</translation>
    </message>
    <message>
        <source>The bytes are not JSON Python can read (%1); the original loader returns nothing when it picks this file.</source>
        <translation>Les octets ne sont pas du JSON lisible par Python (%1) ; le chargeur d&apos;origine ne renvoie rien quand il choisit ce fichier.</translation>
    </message>
    <message>
        <source>\uD800-\uDBFF followed by \uDC00-\uDFFF</source>
        <translation>\uD800-\uDBFF suivi de \uDC00-\uDFFF</translation>
    </message>
    <message>
        <source>unpaired surrogate escape at byte %1</source>
        <translation>échappement de substitut isolé à l&apos;octet %1</translation>
    </message>
    <message>
        <source>A text value contains half of a UTF-16 pair: Python keeps it, but it is not a character and cannot be written as UTF-8.</source>
        <translation>Une valeur texte contient la moitié d&apos;une paire UTF-16 : Python la garde, mais ce n&apos;est pas un caractère et elle ne peut pas s&apos;écrire en UTF-8.</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>chaque clé une fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again at byte %2</source>
        <translation>&quot;%1&quot; de nouveau à l&apos;octet %2</translation>
    </message>
    <message>
        <source>A key appears twice; Python silently keeps the last value, so two readers can disagree about this checkpoint.</source>
        <translation>Une clé apparaît deux fois ; Python garde en silence la dernière valeur, donc deux lecteurs peuvent diverger sur ce point de contrôle.</translation>
    </message>
    <message>
        <source>ASCII only (json.dump ensure_ascii)</source>
        <translation>ASCII uniquement (json.dump ensure_ascii)</translation>
    </message>
    <message>
        <source>raw non-ASCII byte at %1</source>
        <translation>octet non ASCII brut à %1</translation>
    </message>
    <message>
        <source>The real writer escapes every non-ASCII character, so this file was written or edited by something else.</source>
        <translation>Le vrai écrivain échappe tout caractère non ASCII, donc ce fichier a été écrit ou modifié par autre chose.</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>un nombre fini</translation>
    </message>
    <message>
        <source>Python&apos;s json writes NaN and infinities as bare tokens that are not JSON; the original validator never looks at the vectors and compares NaN as &apos;not out of range&apos;, so this value would be restored.</source>
        <translation>Le json de Python écrit NaN et les infinis comme des jetons nus qui ne sont pas du JSON ; le validateur d&apos;origine ne regarde jamais les vecteurs et compare NaN comme « pas hors limites », donc cette valeur serait restaurée.</translation>
    </message>
    <message>
        <source>finite numbers</source>
        <translation>nombres finis</translation>
    </message>
    <message>
        <source>%1 more non-finite value(s) not listed</source>
        <translation>%1 valeur(s) non finie(s) de plus non listée(s)</translation>
    </message>
    <message>
        <source>Only the first %1 non-finite values of a file are listed one by one.</source>
        <translation>Seules les %1 premières valeurs non finies d&apos;un fichier sont listées une par une.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>clé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>The original loader indexes this key and returns nothing when it is missing.</source>
        <translation>Le chargeur d&apos;origine indexe cette clé et ne renvoie rien quand elle manque.</translation>
    </message>
    <message>
        <source>only the six CheckpointData keys</source>
        <translation>uniquement les six clés de CheckpointData</translation>
    </message>
    <message>
        <source>extra key &quot;%1&quot;</source>
        <translation>clé en trop &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The real writer never writes this key; the original loader ignores it.</source>
        <translation>Le vrai écrivain n&apos;écrit jamais cette clé ; le chargeur d&apos;origine l&apos;ignore.</translation>
    </message>
    <message>
        <source>list of numbers</source>
        <translation>liste de nombres</translation>
    </message>
    <message>
        <source>The original validator requires a list here and rejects this checkpoint.</source>
        <translation>Le validateur d&apos;origine exige ici une liste et rejette ce point de contrôle.</translation>
    </message>
    <message>
        <source>at least one component</source>
        <translation>au moins une composante</translation>
    </message>
    <message>
        <source>An empty state vector cannot restore anything, yet the original validator accepts it.</source>
        <translation>Un vecteur d&apos;état vide ne peut rien restaurer, et pourtant le validateur d&apos;origine l&apos;accepte.</translation>
    </message>
    <message>
        <source>at most %1 components</source>
        <translation>au plus %1 composantes</translation>
    </message>
    <message>
        <source>The vector is longer than the reader&apos;s documented cap; it was not checked.</source>
        <translation>Le vecteur dépasse le plafond documenté du lecteur ; il n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>A vector component is not a number; restoring this state fails in numpy.</source>
        <translation>Une composante du vecteur n&apos;est pas un nombre ; restaurer cet état échoue dans numpy.</translation>
    </message>
    <message>
        <source>float components</source>
        <translation>composantes float</translation>
    </message>
    <message>
        <source>%1 integer component(s)</source>
        <translation>%1 composante(s) entière(s)</translation>
    </message>
    <message>
        <source>The real engine writes floats; integers mean the caller passed a hand-made list (as the project&apos;s own tests do).</source>
        <translation>Le vrai moteur écrit des floats ; des entiers signifient que l&apos;appelant a passé une liste faite à la main (comme le font les propres tests du projet).</translation>
    </message>
    <message>
        <source>%1 components, as I_t_L</source>
        <translation>%1 composantes, comme I_t_L</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 composantes</translation>
    </message>
    <message>
        <source>I_t_L and Omega_t_L describe the same features and must have the same length.</source>
        <translation>I_t_L et Omega_t_L décrivent les mêmes caractéristiques et doivent avoir la même longueur.</translation>
    </message>
    <message>
        <source>%1 must be a number; the original validator&apos;s comparison raises on this and rejects the file.</source>
        <translation>%1 doit être un nombre ; la comparaison du validateur d&apos;origine lève une erreur et rejette le fichier.</translation>
    </message>
    <message>
        <source>%1 was written as an integer: the real engine writes floats, so a person or a test harness produced this value.</source>
        <translation>%1 a été écrit comme un entier : le vrai moteur écrit des floats, donc une personne ou un banc de test a produit cette valeur.</translation>
    </message>
    <message>
        <source>The timestamp</source>
        <translation>L&apos;horodatage</translation>
    </message>
    <message>
        <source>&lt;= %1 (examination time + 60 s)</source>
        <translation>&lt;= %1 (heure de l&apos;examen + 60 s)</translation>
    </message>
    <message>
        <source>The checkpoint claims to be from %1 s after the examination time: a wrong clock or a forged file.</source>
        <translation>Le point de contrôle prétend dater de %1 s après l&apos;heure de l&apos;examen : une horloge fausse ou un fichier falsifié.</translation>
    </message>
    <message>
        <source>int(timestamp) = %1</source>
        <translation>int(timestamp) = %1</translation>
    </message>
    <message>
        <source>%1 (int %2)</source>
        <translation>%1 (entier %2)</translation>
    </message>
    <message>
        <source>The writer names each file after int(timestamp); this content belongs to another second, so the file was renamed, copied over or edited.</source>
        <translation>L&apos;écrivain nomme chaque fichier d&apos;après int(timestamp) ; ce contenu appartient à une autre seconde, donc le fichier a été renommé, écrasé par une copie ou modifié.</translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>Ψ is a mean of cosine similarities clamped to [0, 1]; this value cannot come from the engine.</source>
        <translation>Ψ est une moyenne de similarités cosinus bornée à [0, 1] ; cette valeur ne peut pas venir du moteur.</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>modulateur (m_t)</translation>
    </message>
    <message>
        <source>m_t is exp(...) and always positive; a zero or negative modulator is impossible.</source>
        <translation>m_t vaut exp(...) et est toujours positif ; un modulateur nul ou négatif est impossible.</translation>
    </message>
    <message>
        <source>%1 (ln = %2)</source>
        <translation>%1 (ln = %2)</translation>
    </message>
    <message>
        <source>The engine clamps ln m_t to ±10 (its dimensional stability test); this modulator is outside it.</source>
        <translation>Le moteur borne ln m_t à ±10 (son test de stabilité dimensionnelle) ; ce modulateur est en dehors.</translation>
    </message>
    <message>
        <source>network_id must be a string naming the node&apos;s network.</source>
        <translation>network_id doit être une chaîne nommant le réseau du nœud.</translation>
    </message>
    <message>
        <source>‖Omega_t_L‖ = m_t within %1 relative</source>
        <translation>‖Omega_t_L‖ = m_t à %1 près en relatif</translation>
    </message>
    <message>
        <source>‖Ω‖ = %1, m_t = %2</source>
        <translation>‖Ω‖ = %1, m_t = %2</translation>
    </message>
    <message>
        <source>The engine builds Ω as a unit vector times m_t; this file&apos;s Ω does not have length m_t, so it was not produced by update_omega (hand-made or edited).</source>
        <translation>Le moteur construit Ω comme un vecteur unitaire multiplié par m_t ; le Ω de ce fichier n&apos;a pas la longueur m_t, il n&apos;a donc pas été produit par update_omega (fait main ou modifié).</translation>
    </message>
    <message>
        <source>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</source>
        <translation>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</translation>
    </message>
    <message>
        <source>The coded maths gives m_t from I_t_L with λ = 1.2944271909999159; this modulator does not follow from the file&apos;s own I_t_L.</source>
        <translation>Les calculs du code donnent m_t à partir de I_t_L avec λ = 1.2944271909999159 ; ce modulateur ne découle pas du propre I_t_L du fichier.</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>au plus %1 entrées de dossier</translation>
    </message>
    <message>
        <source>more; the rest was not examined</source>
        <translation>davantage ; le reste n&apos;a pas été examiné</translation>
    </message>
    <message>
        <source>The folder holds more entries than the documented cap; only the first %1 were examined.</source>
        <translation>Le dossier contient plus d&apos;entrées que le plafond documenté ; seules les %1 premières ont été examinées.</translation>
    </message>
    <message>
        <source>The writer never produces this name, but the original loader&apos;s text sort ranks it above every numeric name, so it is what a restart would load.</source>
        <translation>L&apos;écrivain ne produit jamais ce nom, mais le tri textuel du chargeur d&apos;origine le place au-dessus de tout nom numérique, c&apos;est donc lui qu&apos;un redémarrage chargerait.</translation>
    </message>
    <message>
        <source>a UTF-8 file name, as the writer produces</source>
        <translation>un nom de fichier UTF-8, comme l&apos;écrivain le produit</translation>
    </message>
    <message>
        <source>%1 (undecodable bytes shown as \xNN)</source>
        <translation>%1 (octets non décodables affichés en \xNN)</translation>
    </message>
    <message>
        <source>The writer never produces this name, and many tools do not show it, but Python&apos;s glob lists it and its sort ranks it by the raw bytes: it is part of the folder.</source>
        <translation>L&apos;écrivain ne produit jamais ce nom, et beaucoup d&apos;outils ne l&apos;affichent pas, mais le glob de Python le liste et son tri le classe selon les octets bruts : il fait partie du dossier.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (does not resolve)</source>
        <translation>un lien symbolique vers %1 (ne se résout pas)</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (%2)</source>
        <translation>un lien symbolique vers %1 (%2)</translation>
    </message>
    <message>
        <source>The entry points out of the evidence folder. Seedscope does not follow it; the original loader would read whatever it points to as a checkpoint.</source>
        <translation>L&apos;entrée pointe hors du dossier de preuves. Seedscope ne la suit pas ; le chargeur d&apos;origine lirait comme point de contrôle ce vers quoi elle pointe.</translation>
    </message>
    <message>
        <source>The writer never creates links. This one stays inside the folder and was followed; what it shows is another entry&apos;s content under this name.</source>
        <translation>L&apos;écrivain ne crée jamais de liens. Celui-ci reste dans le dossier et a été suivi ; ce qu&apos;il montre est le contenu d&apos;une autre entrée sous ce nom.</translation>
    </message>
    <message>
        <source>a signed manifest.json (hardened layout)</source>
        <translation>un manifest.json signé (structure renforcée)</translation>
    </message>
    <message>
        <source>no manifest: %1 file(s) with no hash, signature or encryption</source>
        <translation>pas de manifeste : %1 fichier(s) sans empreinte, signature ni chiffrement</translation>
    </message>
    <message>
        <source>Nothing in this folder is authenticated: any file could have been edited, replaced, added or deleted without leaving a trace, despite the guide&apos;s promise of hash-verified, encrypted checkpoints.</source>
        <translation>Rien dans ce dossier n&apos;est authentifié : tout fichier a pu être modifié, remplacé, ajouté ou supprimé sans laisser de trace, malgré la promesse du guide de points de contrôle chiffrés et vérifiés par empreinte.</translation>
    </message>
    <message>
        <source>a readable manifest.json</source>
        <translation>un manifest.json lisible</translation>
    </message>
    <message>
        <source>The manifest cannot be read, so nothing in the folder is authenticated.</source>
        <translation>Le manifeste est illisible, donc rien dans le dossier n&apos;est authentifié.</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>au plus %1 octets</translation>
    </message>
    <message>
        <source>a readable regular file</source>
        <translation>un fichier ordinaire lisible</translation>
    </message>
    <message>
        <source>The file is larger than the reader&apos;s documented cap and was not read.</source>
        <translation>Le fichier dépasse le plafond documenté du lecteur et n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The entry matches the writer&apos;s name pattern but cannot be read as a file; the original loader fails on it if it sorts last.</source>
        <translation>L&apos;entrée correspond au modèle de nom de l&apos;écrivain mais ne peut pas être lue comme fichier ; le chargeur d&apos;origine échoue dessus si elle est triée en dernier.</translation>
    </message>
    <message>
        <source>the node key (--key-file) and a manifest listing the file</source>
        <translation>la clé du nœud (--key-file) et un manifeste listant le fichier</translation>
    </message>
    <message>
        <source>no usable manifest entry</source>
        <translation>aucune entrée de manifeste utilisable</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>aucune clé donnée</translation>
    </message>
    <message>
        <source>Encrypted checkpoints can only be hash-checked against the manifest, not read or validated, without the node key.</source>
        <translation>Sans la clé du nœud, les points de contrôle chiffrés ne peuvent qu&apos;être vérifiés par empreinte contre le manifeste, ni lus ni validés.</translation>
    </message>
    <message>
        <source>an AES-256-GCM envelope that authenticates under the node key</source>
        <translation>une enveloppe AES-256-GCM qui s&apos;authentifie avec la clé du nœud</translation>
    </message>
    <message>
        <source>The encrypted checkpoint does not authenticate: it was altered, renamed, or written with another key.</source>
        <translation>Le point de contrôle chiffré ne s&apos;authentifie pas : il a été modifié, renommé ou écrit avec une autre clé.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>the node key the encrypted checkpoints were written with</source>
        <translation>la clé du nœud avec laquelle les points de contrôle chiffrés ont été écrits</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted files authenticate</source>
        <translation>clé %1 : 0 des %2 fichiers chiffrés s&apos;authentifie</translation>
    </message>
    <message>
        <source>The node key given (fingerprint %1) opens none of the %2 encrypted checkpoints: it is not this node&apos;s key. This is a problem with the key supplied, not with the folder; the files were not read.</source>
        <translation>La clé du nœud donnée (empreinte %1) n&apos;ouvre aucun des %2 points de contrôle chiffrés : ce n&apos;est pas la clé de ce nœud. C&apos;est un problème de la clé fournie, pas du dossier ; les fichiers n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>%1 present (%2 bytes)</source>
        <translation>%1 présent (%2 octets)</translation>
    </message>
    <message>
        <source>present but unreadable</source>
        <translation>présent mais illisible</translation>
    </message>
    <message>
        <source>A checkpoint the signed manifest lists is gone: it was deleted or renamed after signing.</source>
        <translation>Un point de contrôle listé par le manifeste signé a disparu : il a été supprimé ou renommé après la signature.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 octets, SHA-256 %2</translation>
    </message>
    <message>
        <source>The file&apos;s bytes differ from what the manifest signed: it was changed after signing.</source>
        <translation>Les octets du fichier diffèrent de ce que le manifeste a signé : il a été modifié après la signature.</translation>
    </message>
    <message>
        <source>listed in manifest.json</source>
        <translation>listé dans manifest.json</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>This checkpoint is not covered by the signed manifest, so nothing vouches for it: it was added after signing.</source>
        <translation>Ce point de contrôle n&apos;est pas couvert par le manifeste signé, donc rien ne le garantit : il a été ajouté après la signature.</translation>
    </message>
    <message>
        <source>no checkpoint_*.json file</source>
        <translation>aucun fichier checkpoint_*.json</translation>
    </message>
    <message>
        <source>unknown: open() follows the link out of the folder, which Seedscope does not read</source>
        <translation>inconnu : open() suit le lien hors du dossier, que Seedscope ne lit pas</translation>
    </message>
    <message>
        <source>open() blocks forever on a FIFO</source>
        <translation>open() bloque indéfiniment sur une FIFO</translation>
    </message>
    <message>
        <source>json.load() reads a device file (without end for /dev/zero)</source>
        <translation>json.load() lit un fichier de périphérique (sans fin pour /dev/zero)</translation>
    </message>
    <message>
        <source>open() fails</source>
        <translation>open() échoue</translation>
    </message>
    <message>
        <source>json.load() fails (%1)</source>
        <translation>json.load() échoue (%1)</translation>
    </message>
    <message>
        <source>the JSON value is not an object</source>
        <translation>la valeur JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation>une clé manque</translation>
    </message>
    <message>
        <source>checkpoint_&lt;int&gt;.json files</source>
        <translation>fichiers checkpoint_&lt;int&gt;.json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The folder holds no checkpoint the writer could have written; a restart from it starts from nothing.</source>
        <translation>Le dossier ne contient aucun point de contrôle que l&apos;écrivain aurait pu écrire ; un redémarrage depuis celui-ci part de rien.</translation>
    </message>
    <message>
        <source>no valid checkpoint exists</source>
        <translation>aucun point de contrôle valide n&apos;existe</translation>
    </message>
    <message>
        <source>the newest valid one is %1</source>
        <translation>le plus récent valide est %1</translation>
    </message>
    <message>
        <source>load_latest_checkpoint sorts names as text, so it picks %1 although %2 is newer; a restart resumes from the wrong state.</source>
        <translation>load_latest_checkpoint trie les noms comme du texte, il choisit donc %1 alors que %2 est plus récent ; un redémarrage reprend depuis le mauvais état.</translation>
    </message>
    <message>
        <source>a checkpoint</source>
        <translation>un point de contrôle</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>None : %1</translation>
    </message>
    <message>
        <source>The original loader reads only the file that sorts last and has no fallback, so it returns nothing and the node restarts from scratch; %1.</source>
        <translation>Le chargeur d&apos;origine ne lit que le fichier trié en dernier et n&apos;a pas de solution de repli, il ne renvoie donc rien et le nœud redémarre de zéro ; %1.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>un point de contrôle valide</translation>
    </message>
    <message>
        <source>%1 with %2 error finding(s); the original validator says %3</source>
        <translation>%1 avec %2 constat(s) d&apos;erreur ; le validateur d&apos;origine dit %3</translation>
    </message>
    <message>
        <source>valid (it misses the defect)</source>
        <translation>valide (il ne voit pas le défaut)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>The file the original loader restores is itself invalid; %1.</source>
        <translation>Le fichier que restaure le chargeur d&apos;origine est lui-même invalide ; %1.</translation>
    </message>
    <message>
        <source>the checkpoint to restart from</source>
        <translation>le point de contrôle depuis lequel redémarrer</translation>
    </message>
    <message>
        <source>%1 (timestamp %2)</source>
        <translation>%1 (horodatage %2)</translation>
    </message>
    <message>
        <source>The newest checkpoint that passes every check is %1; the original loader picks %2.</source>
        <translation>Le point de contrôle le plus récent qui passe toutes les vérifications est %1 ; le chargeur d&apos;origine choisit %2.</translation>
    </message>
    <message>
        <source>at least one valid checkpoint</source>
        <translation>au moins un point de contrôle valide</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>aucun sur %1</translation>
    </message>
    <message>
        <source>No file in the folder passes validation; there is nothing safe to restart from.</source>
        <translation>Aucun fichier du dossier ne passe la validation ; il n&apos;y a rien de sûr depuis quoi redémarrer.</translation>
    </message>
    <message>
        <source>text order = time order</source>
        <translation>ordre du texte = ordre du temps</translation>
    </message>
    <message>
        <source>%1 sorts after %2 as text but is older</source>
        <translation>%1 est trié après %2 comme texte mais est plus ancien</translation>
    </message>
    <message>
        <source>File names have different digit counts, so text order is not time order; anything sorting names as text (like the original loader) gets the wrong order.</source>
        <translation>Les noms de fichiers ont des nombres de chiffres différents, donc l&apos;ordre du texte n&apos;est pas l&apos;ordre du temps ; tout ce qui trie les noms comme du texte (comme le chargeur d&apos;origine) obtient le mauvais ordre.</translation>
    </message>
    <message>
        <source>at most %1 checkpoint files</source>
        <translation>au plus %1 fichiers de point de contrôle</translation>
    </message>
    <message>
        <source>%1 files on disk</source>
        <translation>%1 fichiers sur disque</translation>
    </message>
    <message>
        <source>The writer applies its retention of 10 to its in-memory list only and never deletes a file, so the folder grows without bound.</source>
        <translation>L&apos;écrivain applique sa rétention de 10 à sa seule liste en mémoire et ne supprime jamais de fichier, donc le dossier grossit sans limite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; like the rest of the folder</source>
        <translation>&quot;%1&quot; comme le reste du dossier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (folder: %2)</source>
        <translation>&quot;%1&quot; (dossier : %2)</translation>
    </message>
    <message>
        <source>One engine writes one network_id; a different id in the same folder means another node&apos;s (or a hand-made) checkpoint was placed here and could be restored.</source>
        <translation>Un moteur écrit un seul network_id ; un id différent dans le même dossier signifie que le point de contrôle d&apos;un autre nœud (ou fait main) a été placé ici et pourrait être restauré.</translation>
    </message>
    <message>
        <source>one file per checkpoint</source>
        <translation>un fichier par point de contrôle</translation>
    </message>
    <message>
        <source>same timestamp %1 as %2</source>
        <translation>même horodatage %1 que %2</translation>
    </message>
    <message>
        <source>Two files hold the same instant: one is a copy (for example a stray checkpoint_latest.json), not a separate checkpoint.</source>
        <translation>Deux fichiers contiennent le même instant : l&apos;un est une copie (par exemple un checkpoint_latest.json égaré), pas un point de contrôle distinct.</translation>
    </message>
    <message>
        <source>|ΔΨ| &lt; %1 and |Δm_t| &lt; %1</source>
        <translation>|ΔΨ| &lt; %1 et |Δm_t| &lt; %1</translation>
    </message>
    <message>
        <source>ΔΨ = %1, Δm_t = %2</source>
        <translation>ΔΨ = %1, Δm_t = %2</translation>
    </message>
    <message>
        <source>Between these consecutive checkpoints the state moved more than the harmonic continuity bound the guide promises (CAF delta within ±0.001).</source>
        <translation>Entre ces points de contrôle consécutifs, l&apos;état a bougé plus que la borne de continuité harmonique promise par le guide (delta CAF à ±0.001).</translation>
    </message>
    <message>
        <source>about %1 s between checkpoints (median)</source>
        <translation>environ %1 s entre points de contrôle (médiane)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The interval is more than twice the folder&apos;s usual cadence: checkpoints in between are missing, unreadable or were overwritten.</source>
        <translation>L&apos;intervalle fait plus du double de la cadence habituelle du dossier : des points de contrôle intermédiaires manquent, sont illisibles ou ont été écrasés.</translation>
    </message>
    <message>
        <source>one complete checkpoint per file</source>
        <translation>un point de contrôle complet par fichier</translation>
    </message>
    <message>
        <source>a broken write into %1</source>
        <translation>une écriture cassée dans %1</translation>
    </message>
    <message>
        <source>The writer truncates and rewrites checkpoint_&lt;second&gt;.json in place, so this broken write destroyed whatever checkpoint of the same second the file held before.</source>
        <translation>L&apos;écrivain tronque et réécrit checkpoint_&lt;second&gt;.json sur place, donc cette écriture cassée a détruit le point de contrôle de la même seconde que le fichier contenait avant.</translation>
    </message>
    <message>
        <source>names that cannot collide</source>
        <translation>des noms qui ne peuvent pas entrer en collision</translation>
    </message>
    <message>
        <source>whole-second names; %1 s of the run&apos;s seconds precede a surviving checkpoint</source>
        <translation>noms à la seconde entière ; %1 s des secondes de l&apos;exécution précèdent un point de contrôle survivant</translation>
    </message>
    <message>
        <source>Names keep only int(timestamp): any checkpoint written earlier in the same second as a surviving one was silently replaced and left no trace in the content.</source>
        <translation>Les noms ne gardent que int(timestamp) : tout point de contrôle écrit plus tôt dans la même seconde qu&apos;un survivant a été remplacé en silence et n&apos;a laissé aucune trace dans le contenu.</translation>
    </message>
    <message>
        <source>manifest.json is not in the exact form the hardened layout defines, so it authenticates nothing.</source>
        <translation>manifest.json n&apos;a pas la forme exacte que définit la structure renforcée, il n&apos;authentifie donc rien.</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>JSON valide</translation>
    </message>
    <message>
        <source>another structure</source>
        <translation>une autre structure</translation>
    </message>
    <message>
        <source>128 lowercase hex characters</source>
        <translation>128 caractères hexadécimaux minuscules</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>the exact envelope bytes around the signed body</source>
        <translation>les octets exacts de l&apos;enveloppe autour du corps signé</translation>
    </message>
    <message>
        <source>different byte at offset %1</source>
        <translation>octet différent à la position %1</translation>
    </message>
    <message>
        <source>string &quot;%1&quot;</source>
        <translation>chaîne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>absente ou pas une chaîne</translation>
    </message>
    <message>
        <source>non-negative integer &quot;%1&quot;</source>
        <translation>entier non négatif &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not one</source>
        <translation>absent ou n&apos;en est pas un</translation>
    </message>
    <message>
        <source>%1 lowercase hex characters</source>
        <translation>%1 caractères hexadécimaux minuscules</translation>
    </message>
    <message>
        <source>another format</source>
        <translation>un autre format</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>une autre version</translation>
    </message>
    <message>
        <source>&quot;encryption&quot;: null or an object</source>
        <translation>&quot;encryption&quot; : null ou un objet</translation>
    </message>
    <message>
        <source>missing or other</source>
        <translation>absent ou autre</translation>
    </message>
    <message>
        <source>another AEAD</source>
        <translation>un autre AEAD</translation>
    </message>
    <message>
        <source>another KDF</source>
        <translation>une autre KDF</translation>
    </message>
    <message>
        <source>&quot;files&quot;: a list of at most %1 entries</source>
        <translation>&quot;files&quot; : une liste d&apos;au plus %1 entrées</translation>
    </message>
    <message>
        <source>missing, not a list or too long</source>
        <translation>absent, pas une liste ou trop long</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>a checkpoint file name and a matching &quot;encrypted&quot; flag</source>
        <translation>un nom de fichier de point de contrôle et un indicateur &quot;encrypted&quot; cohérent</translation>
    </message>
    <message>
        <source>each key once per object</source>
        <translation>chaque clé une fois par objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again (first at offset %2)</source>
        <translation>&quot;%1&quot; de nouveau (la première à la position %2)</translation>
    </message>
    <message>
        <source>The manifest repeats a key. Seedscope, like Python, uses the last value; another verifier may use the first, so the signature does not pin down one list of files.</source>
        <translation>Le manifeste répète une clé. Seedscope, comme Python, utilise la dernière valeur ; un autre vérificateur peut utiliser la première, donc la signature ne fixe pas une seule liste de fichiers.</translation>
    </message>
    <message>
        <source>a valid Ed25519 signature by key %1</source>
        <translation>une signature Ed25519 valide de la clé %1</translation>
    </message>
    <message>
        <source>signature check: %1</source>
        <translation>vérification de signature : %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify: the manifest (or its key) was changed after signing, so none of its hashes can be relied on.</source>
        <translation>La signature du manifeste ne se vérifie pas : le manifeste (ou sa clé) a été modifié après la signature, donc aucune de ses empreintes n&apos;est fiable.</translation>
    </message>
    <message>
        <source>signed by the trusted node key %1</source>
        <translation>signé par la clé de nœud de confiance %1</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>signé par la clé %1</translation>
    </message>
    <message>
        <source>The manifest is validly signed, but by another key than the trust key given: either the trust key is not this node&apos;s or the folder was re-signed. Nothing in the folder is authenticated.</source>
        <translation>Le manifeste est validement signé, mais par une autre clé que la clé de confiance donnée : soit la clé de confiance n&apos;est pas celle de ce nœud, soit le dossier a été re-signé. Rien dans le dossier n&apos;est authentifié.</translation>
    </message>
    <message>
        <source>a signer key the examiner trusts (--trust-key)</source>
        <translation>une clé de signataire à laquelle l&apos;expert fait confiance (--trust-key)</translation>
    </message>
    <message>
        <source>self-declared key %1</source>
        <translation>clé autodéclarée %1</translation>
    </message>
    <message>
        <source>The signature is consistent, but anyone can sign with their own key: give the node&apos;s public key with --trust-key to make it mean something.</source>
        <translation>La signature est cohérente, mais n&apos;importe qui peut signer avec sa propre clé : donnez la clé publique du nœud avec --trust-key pour qu&apos;elle ait un sens.</translation>
    </message>
    <message>
        <source>signed by the trusted node key</source>
        <translation>signé par la clé de nœud de confiance</translation>
    </message>
    <message>
        <source>valid signature by %1 over %2 file entries</source>
        <translation>signature valide de %1 sur %2 entrées de fichier</translation>
    </message>
    <message>
        <source>The manifest is authentic: every listed file is checked against its signed size and SHA-256.</source>
        <translation>Le manifeste est authentique : chaque fichier listé est vérifié par rapport à sa taille et à son SHA-256 signés.</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s journal holds two different entries with the same sequence number in the same log generation (first at %1): its chain forks.</source>
        <translation>Le journal de l&apos;appareil contient deux écritures différentes avec le même numéro de séquence dans la même génération du journal (la première à %1) : sa chaîne bifurque.</translation>
    </message>
    <message>
        <source>A later log generation re-used this sequence number after a recovery dropped the record at %1: a recovered fork, expected after truncation.</source>
        <translation>Une génération ultérieure du journal a réutilisé ce numéro de séquence après qu&apos;une reprise a écarté l&apos;enregistrement à %1 : une bifurcation reprise, attendue après une troncature.</translation>
    </message>
    <message>
        <source>This checkpoint and checkpoint %1 of %2 cover exactly the same %3 transactions but hold different states; this one is not their canonical replay but their replay in this device&apos;s storage (arrival) order.</source>
        <translation>Ce point de contrôle et le point de contrôle %1 de %2 couvrent exactement les mêmes %3 transactions mais contiennent des états différents ; celui-ci n&apos;est pas leur rejeu canonique mais leur rejeu dans l&apos;ordre de stockage (d&apos;arrivée) de cet appareil.</translation>
    </message>
    <message>
        <source>This checkpoint covers exactly the same %1 transactions as checkpoint %2 of %3, which holds their canonical replay, but its own state differs: this device computed a different ledger.</source>
        <translation>Ce point de contrôle couvre exactement les mêmes %1 transactions que le point de contrôle %2 de %3, qui contient leur rejeu canonique, mais son propre état diffère : cet appareil a calculé un registre différent.</translation>
    </message>
    <message>
        <source>The origin device signed two different versions of this transaction (the other is held by %1 at %2): a possible forgery by the origin; the first in canonical order stands.</source>
        <translation>L&apos;appareil d&apos;origine a signé deux versions différentes de cette transaction (l&apos;autre est détenue par %1 à %2) : une possible contrefaçon par l&apos;origine ; la première dans l&apos;ordre canonique prévaut.</translation>
    </message>
    <message>
        <source>This device&apos;s copy of the transaction has different content from the authentic copy held by %1 at %2, and its signature no longer verifies: it was altered on this device.</source>
        <translation>La copie de la transaction de cet appareil a un contenu différent de la copie authentique détenue par %1 à %2, et sa signature ne se vérifie plus : elle a été modifiée sur cet appareil.</translation>
    </message>
    <message>
        <source>This device&apos;s copy has the same content as the authentic copy held by %1 at %2, but a signature that does not verify: the signature was altered on this device.</source>
        <translation>La copie de cet appareil a le même contenu que la copie authentique détenue par %1 à %2, mais une signature qui ne se vérifie pas : la signature a été modifiée sur cet appareil.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>signature valide</translation>
    </message>
    <message>
        <source>does not hold this transaction (held by %1)</source>
        <translation>ne détient pas cette transaction (détenue par %1)</translation>
    </message>
    <message>
        <source>holds an altered copy (authentic copy on %1 at %2)</source>
        <translation>détient une copie modifiée (copie authentique sur %1 à %2)</translation>
    </message>
    <message>
        <source>same transactions, different replayed state</source>
        <translation>mêmes transactions, état rejoué différent</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>This device&apos;s view of the ledger differs from the merged ledger of all dumps from canonical entry %1 on: it %2.</source>
        <translation>La vue du registre de cet appareil diffère du registre fusionné de tous les vidages à partir de l&apos;écriture canonique %1 : il %2.</translation>
    </message>
    <message>
        <source>This device&apos;s view lags the merged ledger from canonical entry %1 on: it %2 (%3 merged transactions missing).</source>
        <translation>La vue de cet appareil est en retard sur le registre fusionné à partir de l&apos;écriture canonique %1 : il %2 (%3 transactions fusionnées manquantes).</translation>
    </message>
    <message>
        <source>%1 transactions are held by this device only (the first at this offset): not yet synced to the others, or missing from their dumps.</source>
        <translation>%1 transactions ne sont détenues que par cet appareil (la première à cette position) : pas encore synchronisées avec les autres, ou absentes de leurs vidages.</translation>
    </message>
    <message>
        <source>on every device</source>
        <translation>sur chaque appareil</translation>
    </message>
    <message>
        <source>%1 only here</source>
        <translation>%1 seulement ici</translation>
    </message>
    <message>
        <source>For the %1 transactions both devices stored, this device&apos;s Lamport clock is typically %2 ticks away from %3&apos;s, beyond the network&apos;s drift bound: one clock jumped.</source>
        <translation>Pour les %1 transactions que les deux appareils ont stockées, l&apos;horloge de Lamport de cet appareil est en général à %2 ticks de celle de %3, au-delà de la dérive permise par le réseau : une horloge a sauté.</translation>
    </message>
    <message>
        <source>This dump was given twice (the same file, or a copy with the same device, size and journal head as %1): it is reconciled once.</source>
        <translation>Ce vidage a été donné deux fois (le même fichier, ou une copie avec le même appareil, la même taille et la même tête de journal que %1) : il est rapproché une seule fois.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>uncommitted</source>
        <translation>non validé</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>montant %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>cycle %1</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>trust delta %1 (reason %2)</source>
        <translation>delta de confiance %1 (motif %2)</translation>
    </message>
    <message>
        <source>new key %1 from Lamport %2</source>
        <translation>nouvelle clé %1 à partir du Lamport %2</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (chiffré)</translation>
    </message>
    <message>
        <source>%1 (ok)</source>
        <translation>%1 (correct)</translation>
    </message>
    <message>
        <source>%1 (mismatch)</source>
        <translation>%1 (ne correspond pas)</translation>
    </message>
    <message>
        <source>encrypted, no storage key</source>
        <translation>chiffré, pas de clé de stockage</translation>
    </message>
    <message>
        <source>payload encrypted and no storage key was given</source>
        <translation>charge utile chiffrée et aucune clé de stockage donnée</translation>
    </message>
    <message>
        <source>does not decrypt with the given key</source>
        <translation>ne se déchiffre pas avec la clé donnée</translation>
    </message>
    <message>
        <source>payload does not decrypt with the given key</source>
        <translation>la charge utile ne se déchiffre pas avec la clé donnée</translation>
    </message>
    <message>
        <source>payload decrypted: field offsets refer to plaintext, not to the evidence</source>
        <translation>charge utile déchiffrée : les positions des champs se rapportent au texte en clair, pas à la preuve</translation>
    </message>
    <message>
        <source>the entry bytes do not decode</source>
        <translation>les octets de l&apos;écriture ne se décodent pas</translation>
    </message>
    <message>
        <source>superblock %1</source>
        <translation>superbloc %1</translation>
    </message>
    <message>
        <source>valid (active)</source>
        <translation>valide (actif)</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>key rotation %1</source>
        <translation>rotation de clé %1</translation>
    </message>
    <message>
        <source>checkpoint slots</source>
        <translation>emplacements de point de contrôle</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (chargé)</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (repli)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>%1 seq %2</source>
        <translation>%1 seq %2</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>marqueurs de reprise</translation>
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
        <source>journal block %1</source>
        <translation>bloc de journal %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloc de marqueurs %1</translation>
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
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>La signature propre de l&apos;appareil sur cette écriture ne se vérifie pas : son contenu a été modifié après la signature.</translation>
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
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>Les emplacements de point de contrôle contiennent des données mais aucun n&apos;est valide : l&apos;appareil doit reconstruire son registre à partir de tout le journal.</translation>
    </message>
    <message>
        <source>checkpoint payload not decrypted</source>
        <translation>charge utile du point de contrôle non déchiffrée</translation>
    </message>
    <message>
        <source>this DELTA&apos;s base_state_root differs from the state_root of checkpoint %1</source>
        <translation>le base_state_root de ce DELTA diffère du state_root du point de contrôle %1</translation>
    </message>
    <message>
        <source>DELTA base checkpoint %1 is not available</source>
        <translation>le point de contrôle de base %1 du DELTA n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>decoded state&apos;s root %1 differs from the signed header&apos;s %2</source>
        <translation>la racine %1 de l&apos;état décodé diffère de celle de l&apos;en-tête signé, %2</translation>
    </message>
    <message>
        <source>slot %1: checkpoint %2</source>
        <translation>emplacement %1 : point de contrôle %2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>emplacement %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
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
        <translation>Rapport d&apos;affaire : %1</translation>
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
        <translation>Numéro d&apos;affaire</translation>
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
        <translation>SHA-256 à l&apos;import</translation>
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
        <translation>Empreinte : SHA-256. Chaîne de possession : seedscope-custody-v1. Les clés et les magasins de confiance sont identifiés par le SHA-256 de leur fichier ; leur contenu n&apos;est jamais conservé.</translation>
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
        <translation>Chaîne d&apos;empreintes :</translation>
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
        <translation>Empreinte de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Essayez « %1 ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Add a note to the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Ajouter une note à l&apos;affaire, à une preuve, à une écriture, à un constat, à un fichier Omega ou à un point de graphique.</translation>
    </message>
    <message>
        <source>Tag the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Étiqueter l&apos;affaire, une preuve, une écriture, un constat, un fichier Omega ou un point de graphique.</translation>
    </message>
    <message>
        <source>Bookmark an entry, a finding, an Omega file or a chart point.</source>
        <translation>Poser un signet sur une écriture, un constat, un fichier Omega ou un point de graphique.</translation>
    </message>
    <message>
        <source>The evidence: SHA-256 (or 8+ hex prefix), name or path.</source>
        <translation>La preuve : SHA-256 (ou un préfixe hexadécimal de 8 caractères ou plus), nom ou chemin.</translation>
    </message>
    <message>
        <source>A journal entry by sequence number.</source>
        <translation>Une écriture du journal, par numéro de séquence.</translation>
    </message>
    <message>
        <source>A journal entry by byte offset in the evidence.</source>
        <translation>Une écriture du journal, par position en octets dans la preuve.</translation>
    </message>
    <message>
        <source>A finding of the evidence&apos;s stored result, by id (F1, F2 ...).</source>
        <translation>Un constat du résultat enregistré de la preuve, par identifiant (F1, F2 ...).</translation>
    </message>
    <message>
        <source>A file of an Omega folder, by name.</source>
        <translation>Un fichier d&apos;un dossier Omega, par nom.</translation>
    </message>
    <message>
        <source>A chart point: SERIES:X (e.g. trust:154).</source>
        <translation>Un point de graphique : SERIES:X (p. ex. trust:154).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <source>A note on it.</source>
        <translation>Une note à son sujet.</translation>
    </message>
    <message>
        <source>Tag name; repeatable.</source>
        <translation>Nom de l&apos;étiquette ; répétable.</translation>
    </message>
    <message>
        <source>A label.</source>
        <translation>Un libellé.</translation>
    </message>
    <message>
        <source>The .seedcase file (omit with --db).</source>
        <translation>Le fichier .seedcase (à omettre avec --db).</translation>
    </message>
    <message>
        <source>Create a case file (or initialise a team case database).</source>
        <translation>Créer un dossier d&apos;affaire (ou initialiser la base de données d&apos;une affaire d&apos;équipe).</translation>
    </message>
    <message>
        <source>Case title.</source>
        <translation>Titre de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Numéro de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Agency.</source>
        <translation>Organisme.</translation>
    </message>
    <message>
        <source>The new .seedcase file.</source>
        <translation>Le nouveau fichier .seedcase.</translation>
    </message>
    <message>
        <source>Import evidence into a case: hash it, verify it (dumps) or examine it (Omega folders), and store the result. Evidence already verified by this Seedscope version with the same keys is not verified again.</source>
        <translation>Importer des preuves dans une affaire : en calculer l&apos;empreinte, les vérifier (vidages) ou les examiner (dossiers Omega), et enregistrer le résultat. Une preuve déjà vérifiée par cette version de Seedscope avec les mêmes clés n&apos;est pas vérifiée de nouveau.</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable.</source>
        <translation>Fichier de la clé racine de stockage (hex) ; répétable.</translation>
    </message>
    <message>
        <source>Network trust store.</source>
        <translation>Magasin de confiance du réseau.</translation>
    </message>
    <message>
        <source>Dump files or Omega folders.</source>
        <translation>Fichiers de vidage ou dossiers Omega.</translation>
    </message>
    <message>
        <source>Re-hash every piece of evidence and check the custody chain. Exit 2 names the changed evidence or the first custody record that fails.</source>
        <translation>Recalculer l&apos;empreinte de chaque preuve et vérifier la chaîne de possession. Le code de sortie 2 nomme la preuve modifiée ou le premier enregistrement de conservation en échec.</translation>
    </message>
    <message>
        <source>Print the custody log (read-only) and whether its hash chain verifies.</source>
        <translation>Afficher l&apos;historique de conservation (lecture seule) et si sa chaîne d&apos;empreintes se vérifie.</translation>
    </message>
    <message>
        <source>usage: case new|add|verify|log|note|bookmark|tag [options] (case &lt;action&gt; --help for each)</source>
        <translation>utilisation : case new|add|verify|log|note|bookmark|tag [options] (case &lt;action&gt; --help pour chacune)</translation>
    </message>
    <message>
        <source>Case files: new, add evidence, verify, custody log, notes, bookmarks, tags</source>
        <translation>Dossiers d&apos;affaire : création, ajout de preuves, vérification, historique de conservation, notes, signets, étiquettes</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string (postgresql://...) in place of CASE.</source>
        <translation>Affaire d&apos;équipe : une chaîne de connexion PostgreSQL (postgresql://...) à la place de CASE.</translation>
    </message>
    <message>
        <source>Who performs this action (default: the case&apos;s examiner).</source>
        <translation>Qui effectue cette action (par défaut : l&apos;expert de l&apos;affaire).</translation>
    </message>
    <message>
        <source>Print JSON (docs/case-file.md).</source>
        <translation>Afficher du JSON (docs/case-file.md).</translation>
    </message>
    <message>
        <source>Print size, SHA-256 and modification time of evidence files (read-only).</source>
        <translation>Afficher la taille, le SHA-256 et la date de modification de fichiers de preuve (lecture seule).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Fichiers de preuve.</translation>
    </message>
    <message>
        <source>Hash evidence files read-only (size, SHA-256, mtime)</source>
        <translation>Calculer l&apos;empreinte de fichiers de preuve en lecture seule (taille, SHA-256, date)</translation>
    </message>
    <message>
        <source>Show the layout of a Seed device dump: geometry, identity, slots, journal extent, markers.</source>
        <translation>Afficher la structure d&apos;un vidage d&apos;appareil Seed : géométrie, identité, emplacements, étendue du journal, marqueurs.</translation>
    </message>
    <message>
        <source>Storage root key file (64 hex characters).</source>
        <translation>Fichier de la clé racine de stockage (64 caractères hexadécimaux).</translation>
    </message>
    <message>
        <source>A .seeddump file.</source>
        <translation>Un fichier .seeddump.</translation>
    </message>
    <message>
        <source>Show a Seed dump&apos;s layout: geometry, identity, slots, journal, markers</source>
        <translation>Afficher la structure d&apos;un vidage Seed : géométrie, identité, emplacements, journal, marqueurs</translation>
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
Sortie JSON (--json), un objet (docs/cli.md) :
  command &quot;omega&quot;, schema_version 1, exit_code, folder (nom du dossier ouvert),
  examined_at (secondes unix, --now),
  summary: files_on_disk, parsed, valid, truncated[], malformed[], non_finite[],
    out_of_range[] (noms de fichiers), original_loader {picks, returns &quot;checkpoint&quot;|&quot;nothing&quot;,
    returned_timestamp, result_valid, reason}, numerically_latest, newest_by_content,
    newest_valid, retention {guide_limit, on_disk}, continuity {limit, pairs, violations},
    authentication &quot;none&quot;|&quot;verified&quot;|&quot;untrusted_key&quot;|&quot;failed&quot;, signer_key_id,
    worst_severity, exit_code,
  files[]: name, status (valid|invalid|truncated|malformed|unreadable|encrypted|
    encrypted_unread), size, sha256, name_seconds, timestamp, coherence_score, modulator,
    network_id, vector_length, encrypted, errors, warnings (ordre numérique),
  findings[]: id, cause, code, severity, evidence, offset, length, location (chemin JSON),
    subject, expected, found, explanation, verdict.
Les nombres non finis s&apos;écrivent comme les chaînes &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;.
Codes et exemples : docs/findings/omega.md.
</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory (checkpoint_*.json, or a folder holding checkpoints/) read-only: per-file validation, what the original loader picks, continuity, authentication.</source>
        <translation>Examiner un répertoire de points de contrôle Omega (checkpoint_*.json, ou un dossier contenant checkpoints/) en lecture seule : validation de chaque fichier, choix du chargeur d&apos;origine, continuité, authentification.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema below).</source>
        <translation>Afficher le rapport en JSON (schéma ci-dessous).</translation>
    </message>
    <message>
        <source>Examination time as unix seconds (default: the current time).</source>
        <translation>Heure de l&apos;examen en secondes unix (par défaut : l&apos;heure actuelle).</translation>
    </message>
    <message>
        <source>File with the node&apos;s Ed25519 public key (64 hex characters).</source>
        <translation>Fichier contenant la clé publique Ed25519 du nœud (64 caractères hexadécimaux).</translation>
    </message>
    <message>
        <source>File with the node secret (64 hex) to decrypt .json.enc checkpoints.</source>
        <translation>Fichier contenant le secret du nœud (64 hex) pour déchiffrer les points de contrôle .json.enc.</translation>
    </message>
    <message>
        <source>The checkpoint folder.</source>
        <translation>Le dossier des points de contrôle.</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory read-only (findings, loader pick, continuity)</source>
        <translation>Examiner un répertoire de points de contrôle Omega en lecture seule (constats, choix du chargeur, continuité)</translation>
    </message>
    <message>
        <source>Write a deterministic Omega checkpoint folder to DIR/checkpoints/ (same seed, same bytes).
--hardened adds a signed manifest.json; --encrypt writes checkpoint_&lt;int&gt;.json.enc files.
The node secret comes from --key-file F (64 hex characters); when F does not exist it is
created (mode 0600) from the seed. Simulator keys protect nothing: never reuse them.
With --hardened, the node&apos;s public key is written to DIR/node_public_key.hex (for --trust-key).</source>
        <translation>Écrire un dossier de points de contrôle Omega déterministe dans DIR/checkpoints/ (même graine, mêmes octets).
--hardened ajoute un manifest.json signé ; --encrypt écrit des fichiers checkpoint_&lt;int&gt;.json.enc.
Le secret du nœud vient de --key-file F (64 caractères hexadécimaux) ; si F n&apos;existe pas, il est
créé (mode 0600) à partir de la graine. Les clés du simulateur ne protègent rien : ne les réutilisez jamais.
Avec --hardened, la clé publique du nœud est écrite dans DIR/node_public_key.hex (pour --trust-key).</translation>
    </message>
    <message>
        <source>Simulate an Omega checkpoint folder.</source>
        <translation>Simuler un dossier de points de contrôle Omega.</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Répertoire de sortie.</translation>
    </message>
    <message>
        <source>Checkpoint files before defects (default 24).</source>
        <translation>Fichiers de points de contrôle avant les défauts (par défaut 24).</translation>
    </message>
    <message>
        <source>Seed (default 20251109).</source>
        <translation>Graine (par défaut 20251109).</translation>
    </message>
    <message>
        <source>Append the real writer&apos;s typical defects.</source>
        <translation>Ajouter les défauts typiques du véritable programme d&apos;écriture.</translation>
    </message>
    <message>
        <source>Write a signed manifest.json.</source>
        <translation>Écrire un manifest.json signé.</translation>
    </message>
    <message>
        <source>Encrypt checkpoint files (implies --hardened).</source>
        <translation>Chiffrer les fichiers de points de contrôle (implique --hardened).</translation>
    </message>
    <message>
        <source>Node secret file (64 hex).</source>
        <translation>Fichier du secret du nœud (64 hex).</translation>
    </message>
    <message>
        <source>Print what was written as JSON (schema: docs/cli.md).</source>
        <translation>Afficher ce qui a été écrit en JSON (schéma : docs/cli.md).</translation>
    </message>
    <message>
        <source>Export a standalone proof of one balance (or pool) from a signed checkpoint.</source>
        <translation>Exporter une preuve autonome d&apos;un solde (ou d&apos;une cagnotte) à partir d&apos;un point de contrôle signé.</translation>
    </message>
    <message>
        <source>Trust store JSON.</source>
        <translation>Magasin de confiance (JSON).</translation>
    </message>
    <message>
        <source>Storage key file (repeatable).</source>
        <translation>Fichier de clé de stockage (répétable).</translation>
    </message>
    <message>
        <source>Directory with &lt;dump-name&gt;.key files.</source>
        <translation>Répertoire contenant des fichiers &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Account to prove (32 hex digits).</source>
        <translation>Compte à prouver (32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Savings group pool to prove (32 hex digits).</source>
        <translation>Cagnotte de la tontine à prouver (32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Use the latest checkpoint covering at most journal sequence SEQ.</source>
        <translation>Utiliser le dernier point de contrôle couvrant au plus la séquence SEQ du journal.</translation>
    </message>
    <message>
        <source>Write the proof here (default: stdout).</source>
        <translation>Écrire la preuve ici (par défaut : stdout).</translation>
    </message>
    <message>
        <source>Seed dump file.</source>
        <translation>Fichier de vidage Seed.</translation>
    </message>
    <message>
        <source>Export a standalone Merkle proof of a balance or pool from a dump</source>
        <translation>Exporter une preuve de Merkle autonome d&apos;un solde ou d&apos;une cagnotte à partir d&apos;un vidage</translation>
    </message>
    <message>
        <source>Reconcile the dumps of several Seed devices of one network: matched transactions, entries on one side only, conflicting duplicates, altered copies, chain forks, divergent checkpoints, clock skew, and the merged ledger each device is compared to. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Rapprocher les vidages de plusieurs appareils Seed d&apos;un même réseau : transactions appariées, écritures d&apos;un seul côté, doublons en conflit, copies altérées, bifurcations de chaîne, points de contrôle divergents, décalage d&apos;horloge, et le registre fusionné auquel chaque appareil est comparé. Sortie : 0 sain, 1 avertissements, 2 erreurs ou falsification, 3 illisible, 64 utilisation.</translation>
    </message>
    <message>
        <source>Network trust store (required).</source>
        <translation>Magasin de confiance du réseau (obligatoire).</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable, matched to dumps by name first.</source>
        <translation>Fichier de la clé racine de stockage (hex) ; répétable, associé aux vidages d&apos;abord par le nom.</translation>
    </message>
    <message>
        <source>Directory holding &lt;dump-name&gt;.key files.</source>
        <translation>Répertoire contenant les fichiers &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Print JSON (schema: docs/cli.md).</source>
        <translation>Afficher du JSON (schéma : docs/cli.md).</translation>
    </message>
    <message>
        <source>Two or more Seed dump files.</source>
        <translation>Deux fichiers de vidage Seed ou plus.</translation>
    </message>
    <message>
        <source>Reconcile several Seed dumps: matches, conflicts, forks, merged ledger</source>
        <translation>Rapprocher plusieurs vidages Seed : correspondances, conflits, bifurcations, registre fusionné</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, account provenance.</source>
        <translation>Rejouer le registre d&apos;un vidage : état, événements, preuves croisées des points de contrôle, provenance des comptes.</translation>
    </message>
    <message>
        <source>Trust store JSON (authority key, device registry).</source>
        <translation>Magasin de confiance JSON (clé de l&apos;autorité, liste des appareils).</translation>
    </message>
    <message>
        <source>State after the entry stored at journal sequence N.</source>
        <translation>État après l&apos;écriture enregistrée à la séquence N du journal.</translation>
    </message>
    <message>
        <source>State after every entry with Lamport &lt;= L.</source>
        <translation>État après toutes les écritures de Lamport &lt;= L.</translation>
    </message>
    <message>
        <source>One account&apos;s history with provenance.</source>
        <translation>L&apos;historique d&apos;un compte avec sa provenance.</translation>
    </message>
    <message>
        <source>Print events as CSV.</source>
        <translation>Afficher les événements en CSV.</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, provenance</source>
        <translation>Rejouer le registre d&apos;un vidage : état, événements, preuves croisées, provenance</translation>
    </message>
    <message>
        <source>Write a case report: case, examiner, tool version, evidence manifest with hashes, methods, verdicts and findings, proofs, charts, bookmarks, notes and the custody log.</source>
        <translation>Écrire un rapport d&apos;affaire : affaire, expert, version de l&apos;outil, inventaire des preuves avec leurs empreintes, méthodes, verdicts et constats, preuves d&apos;inclusion, graphiques, signets, notes et l&apos;historique de conservation.</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string in place of CASE.</source>
        <translation>Affaire d&apos;équipe : une chaîne de connexion PostgreSQL à la place de CASE.</translation>
    </message>
    <message>
        <source>html, pdf, json or csv.</source>
        <translation>html, pdf, json ou csv.</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Le fichier du rapport à écrire.</translation>
    </message>
    <message>
        <source>Generation time to print in HTML/PDF (ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z).</source>
        <translation>Heure de génération à imprimer en HTML/PDF (ISO 8601 UTC, p. ex. 2026-01-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>Who exports (default: the case&apos;s examiner).</source>
        <translation>Qui exporte (par défaut : l&apos;expert de l&apos;affaire).</translation>
    </message>
    <message>
        <source>Print a JSON summary of what was written.</source>
        <translation>Afficher un résumé JSON de ce qui a été écrit.</translation>
    </message>
    <message>
        <source>Case report as HTML, PDF, JSON or CSV</source>
        <translation>Rapport d&apos;affaire en HTML, PDF, JSON ou CSV</translation>
    </message>
    <message>
        <source>Simulate a mesh of Seed devices and write one .seeddump (+ .key) per device, trust-store.json and manifest.json.
Same options and seed, same bytes.</source>
        <translation>Simuler un maillage d&apos;appareils Seed et écrire un .seeddump (+ .key) par appareil, trust-store.json et manifest.json.
Mêmes options et même graine, mêmes octets.</translation>
    </message>
    <message>
        <source>Number of devices (1..64).</source>
        <translation>Nombre d&apos;appareils (1..64).</translation>
    </message>
    <message>
        <source>Entries the devices create.</source>
        <translation>Écritures que créent les appareils.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Encrypt journal payloads and checkpoints (AES-256-GCM).</source>
        <translation>Chiffrer le contenu du journal et les points de contrôle (AES-256-GCM).</translation>
    </message>
    <message>
        <source>Run rotating savings groups (ROSCA) with trust events.</source>
        <translation>Faire tourner des tontines (groupes d&apos;épargne rotatifs) avec des événements de confiance.</translation>
    </message>
    <message>
        <source>Checkpoint after K stored entries per device.</source>
        <translation>Point de contrôle toutes les K écritures enregistrées par appareil.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[@DEVICE[:SEQ]] (repeatable; see --list-faults).</source>
        <translation>Injecter un défaut : KIND[@DEVICE[:SEQ]] (répétable ; voir --list-faults).</translation>
    </message>
    <message>
        <source>List the fault kinds and exit.</source>
        <translation>Lister les types de défaut et quitter.</translation>
    </message>
    <message>
        <source>Print the manifest as JSON.</source>
        <translation>Afficher le manifeste en JSON.</translation>
    </message>
    <message>
        <source>With --omega (Omega checkpoint folders instead of device dumps):</source>
        <translation>Avec --omega (dossiers de points de contrôle Omega au lieu de vidages d&apos;appareils) :</translation>
    </message>
    <message>
        <source>Generate deterministic evidence: device meshes, or --omega directories</source>
        <translation>Générer des preuves déterministes : maillages d&apos;appareils, ou répertoires --omega</translation>
    </message>
    <message>
        <source>Verify Seed device dumps: framing, hash chain, seals, checkpoints, signatures, ledger replay (with a trust store), damage verdicts and the device&apos;s boot-time recovery. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Vérifie les vidages d&apos;appareils Seed : structure des enregistrements, chaîne d&apos;empreintes, sceaux, points de contrôle, signatures, rejeu du registre (avec un magasin de confiance), verdicts de dommage et reprise de l&apos;appareil au démarrage. Sortie : 0 sain, 1 avertissements, 2 erreurs ou falsification, 3 illisible, 64 utilisation.</translation>
    </message>
    <message>
        <source>Network trust store (authority key and device registry).</source>
        <translation>Magasin de confiance du réseau (clé de l&apos;autorité et liste des appareils).</translation>
    </message>
    <message>
        <source>Seed dump files.</source>
        <translation>Fichiers de vidage Seed.</translation>
    </message>
    <message>
        <source>Verify Seed dumps: findings, damage verdicts, recovery emulation</source>
        <translation>Vérifier des vidages Seed : constats, verdicts de dommage, émulation de la reprise</translation>
    </message>
    <message>
        <source>Verify a Seedscope proof file standalone (no dump needed).</source>
        <translation>Vérifier un fichier de preuve Seedscope de façon autonome (sans vidage).</translation>
    </message>
    <message>
        <source>Trust store JSON {network_id, authority_public_key}.</source>
        <translation>Magasin de confiance JSON {network_id, authority_public_key}.</translation>
    </message>
    <message>
        <source>Proof file.</source>
        <translation>Fichier de preuve.</translation>
    </message>
    <message>
        <source>Verify a balance/pool/trust proof file against a trust store</source>
        <translation>Vérifier un fichier de preuve de solde, de cagnotte ou de confiance avec un magasin de confiance</translation>
    </message>
    <message>
        <source>audit and forensics for Seed device dumps and Omega checkpoint directories</source>
        <translation>audit et expertise des vidages d&apos;appareils Seed et des répertoires de points de contrôle Omega</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Utilisation : %1 &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Show this list, or a command&apos;s options: help &lt;command&gt;</source>
        <translation>Afficher cette liste, ou les options d&apos;une commande : help &lt;command&gt;</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>Exit codes: 0 clean, 1 findings below error, 2 errors or tampering, 3 unreadable input,
4 the examiner&apos;s key or trust store does not fit the evidence, 64 usage (docs/cli.md).</source>
        <translation>Codes de sortie : 0 sain, 1 constats sous le niveau erreur, 2 erreurs ou falsification, 3 entrée illisible,
4 la clé ou le magasin de confiance de l&apos;expert ne correspond pas à la preuve, 64 utilisation (docs/cli.md).</translation>
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
    <message>
        <source>Note added on %1.</source>
        <translation>Note ajoutée sur %1.</translation>
    </message>
    <message>
        <source>Tag added on %1.</source>
        <translation>Étiquette ajoutée sur %1.</translation>
    </message>
    <message>
        <source>Bookmark added on %1.</source>
        <translation>Signet ajouté sur %1.</translation>
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

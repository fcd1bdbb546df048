<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CoreTerms</name>
    <message>
        <source>torn_tail</source>
        <translation>escritura interrumpida</translation>
    </message>
    <message>
        <source>corruption</source>
        <translation>corrupción</translation>
    </message>
    <message>
        <source>tampering</source>
        <translation>manipulación</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>high_risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>en claro</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>descifrado</translation>
    </message>
    <message>
        <source>no-key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>unknown_key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>de más</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>fondo</translation>
    </message>
    <message>
        <source>group_status</source>
        <translation>estado del grupo</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>issuance</source>
        <translation>emisión</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>untrusted_key</source>
        <translation>clave no fiable</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>limpio</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advertencias</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>open</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verificación</translation>
    </message>
    <message>
        <source>key used</source>
        <translation>clave usada</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>evidence mismatch</source>
        <translation>evidencia no coincidente</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>checkpoint slot %1</source>
        <translation>ranura de punto de control %1</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>punto de control %1</translation>
    </message>
    <message>
        <source>The newest checkpoint cannot be loaded, so the device falls back to checkpoint %1 in slot %2 and replays more journal.</source>
        <translation>El punto de control más reciente no se puede cargar, así que el dispositivo recurre al punto de control %1 de la ranura %2 y vuelve a reproducir más diario.</translation>
    </message>
    <message>
        <source>checkpoint %1 loadable</source>
        <translation>punto de control %1 cargable</translation>
    </message>
    <message>
        <source>fallback to checkpoint %1</source>
        <translation>recurso al punto de control %1</translation>
    </message>
    <message>
        <source>This checkpoint&apos;s state_root is reproduced only by applying the journal in storage order; canonical (Lamport, device, tx_id) order gives %1. The device did not apply entries in canonical order.</source>
        <translation>El state_root de este punto de control solo se reproduce aplicando el diario en orden de almacenamiento; el orden canónico (Lamport, dispositivo, tx_id) da %1. El dispositivo no aplicó las entradas en orden canónico.</translation>
    </message>
    <message>
        <source>Replaying %1 journal entries from the previous checkpoint reproduces this checkpoint&apos;s state_root.</source>
        <translation>Reproducir %1 entradas del diario desde el punto de control anterior reproduce el state_root de este punto de control.</translation>
    </message>
    <message>
        <source>... %1 more</source>
        <translation>... %1 más</translation>
    </message>
    <message>
        <source>%1 tx %2 (journal seq %3, %4)</source>
        <translation>%1 tx %2 (diario seq %3, %4)</translation>
    </message>
    <message>
        <source>%1 tx_id(s) the checkpoint applied are missing from the journal (first %2)</source>
        <translation>%1 tx_id que el punto de control aplicó faltan en el diario (el primero %2)</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject; differing records: %1.</source>
        <translation>Reproducir el diario desde el punto de control anterior no reproduce el state_root de este punto de control; difieren por primera vez tras la entrada indicada en el sujeto; registros distintos: %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject.</source>
        <translation>Reproducir el diario desde el punto de control anterior no reproduce el state_root de este punto de control; difieren por primera vez tras la entrada indicada en el sujeto.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; differing records: %1.</source>
        <translation>Reproducir el diario desde el punto de control anterior no reproduce el state_root de este punto de control; registros distintos: %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root.</source>
        <translation>Reproducir el diario desde el punto de control anterior no reproduce el state_root de este punto de control.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>A savings pool holds less than nothing.</source>
        <translation>El fondo de un grupo de ahorro es menor que cero.</translation>
    </message>
    <message>
        <source>The pool balance is not contributions minus payouts.</source>
        <translation>El saldo del fondo no es igual a las aportaciones menos los pagos.</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>desbordamiento</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>An account balance is negative.</source>
        <translation>El saldo de una cuenta es negativo.</translation>
    </message>
    <message>
        <source>0..10000 tenths</source>
        <translation>0..10000 décimas</translation>
    </message>
    <message>
        <source>A trust score is outside 0.0..1000.0.</source>
        <translation>Una puntuación de confianza está fuera de 0.0..1000.0.</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>libro contable</translation>
    </message>
    <message>
        <source>Balances plus savings pools do not add up to the money issued.</source>
        <translation>Los saldos más los fondos de los grupos de ahorro no suman el dinero emitido.</translation>
    </message>
    <message>
        <source>The entry left an account negative.</source>
        <translation>La entrada dejó una cuenta en negativo.</translation>
    </message>
    <message>
        <source>The entry pushed a trust score out of bounds.</source>
        <translation>La entrada sacó una puntuación de confianza de sus límites.</translation>
    </message>
    <message>
        <source>The entry created or destroyed money.</source>
        <translation>La entrada creó o destruyó dinero.</translation>
    </message>
    <message>
        <source>same tx_id and content as an entry already applied</source>
        <translation>mismo tx_id y contenido que una entrada ya aplicada</translation>
    </message>
    <message>
        <source>tx_id already used by an entry with different content</source>
        <translation>tx_id ya usado por una entrada con otro contenido</translation>
    </message>
    <message>
        <source>no key known for the origin device at Lamport %1</source>
        <translation>ninguna clave conocida para el dispositivo de origen en Lamport %1</translation>
    </message>
    <message>
        <source>signature does not verify with the origin&apos;s key</source>
        <translation>la firma no se verifica con la clave del origen</translation>
    </message>
    <message>
        <source>sequence %1 not above the origin&apos;s highest %2</source>
        <translation>secuencia %1 no superior a la más alta del origen, %2</translation>
    </message>
    <message>
        <source>Lamport %1 more than %2 above the highest seen %3</source>
        <translation>Lamport %1 más de %2 por encima del mayor visto, %3</translation>
    </message>
    <message>
        <source>depends on a transaction not yet in the ledger</source>
        <translation>depende de una transacción que aún no está en el libro contable</translation>
    </message>
    <message>
        <source>account %1 is not controlled by the origin device</source>
        <translation>la cuenta %1 no está controlada por el dispositivo de origen</translation>
    </message>
    <message>
        <source>ISSUE not signed by the network authority</source>
        <translation>ISSUE no firmado por la autoridad de la red</translation>
    </message>
    <message>
        <source>only the founder account may close the group</source>
        <translation>solo la cuenta fundadora puede cerrar el grupo</translation>
    </message>
    <message>
        <source>authority TRUST_EVENT not signed by the network authority</source>
        <translation>TRUST_EVENT de autoridad no firmado por la autoridad de la red</translation>
    </message>
    <message>
        <source>TRUST_EVENT names an unknown group</source>
        <translation>TRUST_EVENT nombra un grupo desconocido</translation>
    </message>
    <message>
        <source>group TRUST_EVENT not signed by the group founder&apos;s device</source>
        <translation>TRUST_EVENT de grupo no firmado por el dispositivo del fundador del grupo</translation>
    </message>
    <message>
        <source>sender account does not exist</source>
        <translation>la cuenta emisora no existe</translation>
    </message>
    <message>
        <source>receiver account does not exist</source>
        <translation>la cuenta receptora no existe</translation>
    </message>
    <message>
        <source>balance %1 below amount %2</source>
        <translation>saldo %1 inferior al importe %2</translation>
    </message>
    <message>
        <source>amount %1 above the per-transaction cap %2</source>
        <translation>importe %1 superior al límite por transacción %2</translation>
    </message>
    <message>
        <source>%1 already spent in the last %2 ticks; %3 more exceeds the window cap %4</source>
        <translation>%1 ya gastados en los últimos %2 ticks; %3 más superan el límite de la ventana %4</translation>
    </message>
    <message>
        <source>ISSUE names a different owner device than the account has</source>
        <translation>ISSUE nombra un dispositivo propietario distinto del de la cuenta</translation>
    </message>
    <message>
        <source>total issuance would overflow 64 bits</source>
        <translation>la emisión total desbordaría 64 bits</translation>
    </message>
    <message>
        <source>group id already exists</source>
        <translation>el id de grupo ya existe</translation>
    </message>
    <message>
        <source>member %1 does not exist</source>
        <translation>el miembro %1 no existe</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>no existe ese grupo</translation>
    </message>
    <message>
        <source>group is %1</source>
        <translation>el grupo está %1</translation>
    </message>
    <message>
        <source>account is already a member</source>
        <translation>la cuenta ya es miembro</translation>
    </message>
    <message>
        <source>joins close at the first contribution</source>
        <translation>las adhesiones se cierran con la primera aportación</translation>
    </message>
    <message>
        <source>group is full</source>
        <translation>el grupo está completo</translation>
    </message>
    <message>
        <source>joining account does not exist</source>
        <translation>la cuenta que se une no existe</translation>
    </message>
    <message>
        <source>account is not a member</source>
        <translation>la cuenta no es miembro</translation>
    </message>
    <message>
        <source>cycle %1, the group is in cycle %2</source>
        <translation>ciclo %1, el grupo está en el ciclo %2</translation>
    </message>
    <message>
        <source>second contribution in cycle %1</source>
        <translation>segunda aportación en el ciclo %1</translation>
    </message>
    <message>
        <source>contribution %1, the group requires %2</source>
        <translation>aportación %1, el grupo exige %2</translation>
    </message>
    <message>
        <source>member account does not exist</source>
        <translation>la cuenta del miembro no existe</translation>
    </message>
    <message>
        <source>balance %1 below contribution %2</source>
        <translation>saldo %1 inferior a la aportación %2</translation>
    </message>
    <message>
        <source>cycle %1 was already paid</source>
        <translation>el ciclo %1 ya se pagó</translation>
    </message>
    <message>
        <source>cycle %1 pays rotation[%2]</source>
        <translation>el ciclo %1 paga a rotation[%2]</translation>
    </message>
    <message>
        <source>payout %1, the pot is %2</source>
        <translation>pago %1, el fondo es %2</translation>
    </message>
    <message>
        <source>%1 of %2 contributions of cycle %3 are in</source>
        <translation>han llegado %1 de %2 aportaciones del ciclo %3</translation>
    </message>
    <message>
        <source>recipient account does not exist</source>
        <translation>la cuenta destinataria no existe</translation>
    </message>
    <message>
        <source>subject account does not exist</source>
        <translation>la cuenta objeto no existe</translation>
    </message>
    <message>
        <source>unknown entry type</source>
        <translation>tipo de entrada desconocido</translation>
    </message>
    <message>
        <source>tx_id and origin must be 16 bytes</source>
        <translation>tx_id y origen deben tener 16 bytes</translation>
    </message>
    <message>
        <source>dependency must be a 16-byte tx_id</source>
        <translation>la dependencia debe ser un tx_id de 16 bytes</translation>
    </message>
    <message>
        <source>signature must be 64 bytes</source>
        <translation>la firma debe tener 64 bytes</translation>
    </message>
    <message>
        <source>account ids must be 16 bytes</source>
        <translation>los id de cuenta deben tener 16 bytes</translation>
    </message>
    <message>
        <source>sender equals receiver</source>
        <translation>el emisor es igual al receptor</translation>
    </message>
    <message>
        <source>amount must be &gt; 0</source>
        <translation>el importe debe ser &gt; 0</translation>
    </message>
    <message>
        <source>account and owner must be 16 bytes</source>
        <translation>cuenta y propietario deben tener 16 bytes</translation>
    </message>
    <message>
        <source>group and founder must be 16 bytes</source>
        <translation>grupo y fundador deben tener 16 bytes</translation>
    </message>
    <message>
        <source>contribution must be &gt; 0</source>
        <translation>la aportación debe ser &gt; 0</translation>
    </message>
    <message>
        <source>1..64 members</source>
        <translation>1..64 miembros</translation>
    </message>
    <message>
        <source>contribution too large for a 64-member pot</source>
        <translation>aportación demasiado grande para un fondo de 64 miembros</translation>
    </message>
    <message>
        <source>a member is listed twice</source>
        <translation>un miembro aparece dos veces</translation>
    </message>
    <message>
        <source>member ids must be 16 bytes</source>
        <translation>los id de miembro deben tener 16 bytes</translation>
    </message>
    <message>
        <source>the founder must be a member</source>
        <translation>el fundador debe ser miembro</translation>
    </message>
    <message>
        <source>group and account must be 16 bytes</source>
        <translation>grupo y cuenta deben tener 16 bytes</translation>
    </message>
    <message>
        <source>group and recipient must be 16 bytes</source>
        <translation>grupo y destinatario deben tener 16 bytes</translation>
    </message>
    <message>
        <source>group and subject must be 16 bytes</source>
        <translation>grupo y objeto deben tener 16 bytes</translation>
    </message>
    <message>
        <source>unknown trust reason %1</source>
        <translation>motivo de confianza desconocido %1</translation>
    </message>
    <message>
        <source>trust delta %1 does not match reason %2 (%3)</source>
        <translation>el delta de confianza %1 no corresponde al motivo %2 (%3)</translation>
    </message>
    <message>
        <source>new key must be 32 bytes</source>
        <translation>la nueva clave debe tener 32 bytes</translation>
    </message>
    <message>
        <source>a rotation must take effect after its own Lamport value</source>
        <translation>una rotación debe surtir efecto después de su propio valor Lamport</translation>
    </message>
    <message>
        <source>journal seq %1</source>
        <translation>seq de diario %1</translation>
    </message>
    <message>
        <source>%1 tx %2</source>
        <translation>%1 tx %2</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>clave certificada por la autoridad de la red</translation>
    </message>
    <message>
        <source>uncertified key</source>
        <translation>clave no certificada</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the network authority never certified the key that made it.</source>
        <translation>La firma es matemáticamente válida, pero la autoridad de la red nunca certificó la clave que la hizo.</translation>
    </message>
    <message>
        <source>unique tx_id</source>
        <translation>tx_id único</translation>
    </message>
    <message>
        <source>The same transaction appears again with identical content; the copy is ignored.</source>
        <translation>La misma transacción aparece de nuevo con idéntico contenido; la copia se ignora.</translation>
    </message>
    <message>
        <source>dependency %1 applied</source>
        <translation>dependencia %1 aplicada</translation>
    </message>
    <message>
        <source>The entry depends on a transaction that never appeared, so it was never applied.</source>
        <translation>La entrada depende de una transacción que nunca apareció, así que nunca se aplicó.</translation>
    </message>
    <message>
        <source>a ledger entry (docs/format/ledger-encoding.md)</source>
        <translation>una entrada del libro contable (docs/format/ledger-encoding.md)</translation>
    </message>
    <message>
        <source>The journal record&apos;s entry bytes do not decode; it is reported as BAD_FORMAT and never applied.</source>
        <translation>Los bytes de entrada del registro del diario no se decodifican; se notifica como BAD_FORMAT y nunca se aplica.</translation>
    </message>
    <message>
        <source>start state</source>
        <translation>estado inicial</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>tx %1</translation>
    </message>
    <message>
        <source>key %1 from Lamport %2 in the key history</source>
        <translation>clave %1 desde Lamport %2 en el historial de claves</translation>
    </message>
    <message>
        <source>not in the key history</source>
        <translation>no está en el historial de claves</translation>
    </message>
    <message>
        <source>The journal announces a key rotation that the device&apos;s key history (identity region or registry) does not list.</source>
        <translation>El diario anuncia una rotación de clave que el historial de claves del dispositivo (región de identidad o registro) no recoge.</translation>
    </message>
    <message>
        <source>storage order = canonical order</source>
        <translation>orden de almacenamiento = orden canónico</translation>
    </message>
    <message>
        <source>%1 entries stored after an entry that sorts after them</source>
        <translation>%1 entradas almacenadas después de una entrada que se ordena después de ellas</translation>
    </message>
    <message>
        <source>The journal stores entries in arrival order; replay uses canonical (Lamport, device, tx_id) order. This is the first entry where they differ.</source>
        <translation>El diario almacena las entradas en orden de llegada; la reproducción usa el orden canónico (Lamport, dispositivo, tx_id). Esta es la primera entrada en la que difieren.</translation>
    </message>
    <message>
        <source>end of replay</source>
        <translation>fin de la reproducción</translation>
    </message>
    <message>
        <source>A checkpoint file holds one JSON object; this one holds something else, so the original loader fails on it.</source>
        <translation>Un archivo de punto de control contiene un objeto JSON; este contiene otra cosa, así que el cargador original falla con él.</translation>
    </message>
    <message>
        <source>one complete JSON object</source>
        <translation>un objeto JSON completo</translation>
    </message>
    <message>
        <source>file ends after %1 bytes inside %2</source>
        <translation>el archivo termina tras %1 bytes dentro de %2</translation>
    </message>
    <message>
        <source>The file stops in the middle of a value: the writer opens the file with truncation and writes in place, so a crash or a value json cannot serialise leaves half a checkpoint and destroys whatever this name held before.</source>
        <translation>El archivo se detiene a mitad de un valor: el escritor abre el archivo truncándolo y escribe en el sitio, así que un fallo o un valor que json no puede serializar deja medio punto de control y destruye lo que este nombre contenía antes.</translation>
    </message>
    <message>
        <source>The file exceeds a documented safety cap of the reader, so it was not read further; no real checkpoint comes near these caps.</source>
        <translation>El archivo supera un límite de seguridad documentado del lector, así que no se leyó más; ningún punto de control real se acerca a estos límites.</translation>
    </message>
    <message>
        <source>The bytes are not JSON Python can read (%1); the original loader returns nothing when it picks this file.</source>
        <translation>Los bytes no son JSON que Python pueda leer (%1); el cargador original no devuelve nada cuando elige este archivo.</translation>
    </message>
    <message>
        <source>\uD800-\uDBFF followed by \uDC00-\uDFFF</source>
        <translation>\uD800-\uDBFF seguido de \uDC00-\uDFFF</translation>
    </message>
    <message>
        <source>unpaired surrogate escape at byte %1</source>
        <translation>escape sustituto desparejado en el byte %1</translation>
    </message>
    <message>
        <source>A text value contains half of a UTF-16 pair: Python keeps it, but it is not a character and cannot be written as UTF-8.</source>
        <translation>Un valor de texto contiene la mitad de un par UTF-16: Python lo conserva, pero no es un carácter y no puede escribirse en UTF-8.</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>cada clave una vez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again at byte %2</source>
        <translation>&quot;%1&quot; de nuevo en el byte %2</translation>
    </message>
    <message>
        <source>A key appears twice; Python silently keeps the last value, so two readers can disagree about this checkpoint.</source>
        <translation>Una clave aparece dos veces; Python conserva en silencio el último valor, así que dos lectores pueden discrepar sobre este punto de control.</translation>
    </message>
    <message>
        <source>ASCII only (json.dump ensure_ascii)</source>
        <translation>solo ASCII (json.dump ensure_ascii)</translation>
    </message>
    <message>
        <source>raw non-ASCII byte at %1</source>
        <translation>byte no ASCII en bruto en %1</translation>
    </message>
    <message>
        <source>The real writer escapes every non-ASCII character, so this file was written or edited by something else.</source>
        <translation>El escritor real escapa todo carácter no ASCII, así que este archivo lo escribió o editó otra cosa.</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>un número finito</translation>
    </message>
    <message>
        <source>Python&apos;s json writes NaN and infinities as bare tokens that are not JSON; the original validator never looks at the vectors and compares NaN as &apos;not out of range&apos;, so this value would be restored.</source>
        <translation>El json de Python escribe NaN e infinitos como tokens sueltos que no son JSON; el validador original nunca mira los vectores y compara NaN como &apos;no fuera de rango&apos;, así que este valor se restauraría.</translation>
    </message>
    <message>
        <source>finite numbers</source>
        <translation>números finitos</translation>
    </message>
    <message>
        <source>%1 more non-finite value(s) not listed</source>
        <translation>%1 valores no finitos más no listados</translation>
    </message>
    <message>
        <source>Only the first %1 non-finite values of a file are listed one by one.</source>
        <translation>Solo los primeros %1 valores no finitos de un archivo se listan uno a uno.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>The original loader indexes this key and returns nothing when it is missing.</source>
        <translation>El cargador original indexa esta clave y no devuelve nada cuando falta.</translation>
    </message>
    <message>
        <source>only the six CheckpointData keys</source>
        <translation>solo las seis claves de CheckpointData</translation>
    </message>
    <message>
        <source>extra key &quot;%1&quot;</source>
        <translation>clave adicional &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The real writer never writes this key; the original loader ignores it.</source>
        <translation>El escritor real nunca escribe esta clave; el cargador original la ignora.</translation>
    </message>
    <message>
        <source>list of numbers</source>
        <translation>lista de números</translation>
    </message>
    <message>
        <source>The original validator requires a list here and rejects this checkpoint.</source>
        <translation>El validador original exige aquí una lista y rechaza este punto de control.</translation>
    </message>
    <message>
        <source>at least one component</source>
        <translation>al menos un componente</translation>
    </message>
    <message>
        <source>An empty state vector cannot restore anything, yet the original validator accepts it.</source>
        <translation>Un vector de estado vacío no puede restaurar nada, pero el validador original lo acepta.</translation>
    </message>
    <message>
        <source>at most %1 components</source>
        <translation>como máximo %1 componentes</translation>
    </message>
    <message>
        <source>The vector is longer than the reader&apos;s documented cap; it was not checked.</source>
        <translation>El vector es más largo que el límite documentado del lector; no se comprobó.</translation>
    </message>
    <message>
        <source>A vector component is not a number; restoring this state fails in numpy.</source>
        <translation>Un componente del vector no es un número; restaurar este estado falla en numpy.</translation>
    </message>
    <message>
        <source>float components</source>
        <translation>componentes float</translation>
    </message>
    <message>
        <source>%1 integer component(s)</source>
        <translation>%1 componente(s) entero(s)</translation>
    </message>
    <message>
        <source>The real engine writes floats; integers mean the caller passed a hand-made list (as the project&apos;s own tests do).</source>
        <translation>El motor real escribe floats; los enteros indican que quien llamó pasó una lista hecha a mano (como hacen las propias pruebas del proyecto).</translation>
    </message>
    <message>
        <source>%1 components, as I_t_L</source>
        <translation>%1 componentes, como I_t_L</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 componentes</translation>
    </message>
    <message>
        <source>I_t_L and Omega_t_L describe the same features and must have the same length.</source>
        <translation>I_t_L y Omega_t_L describen las mismas características y deben tener la misma longitud.</translation>
    </message>
    <message>
        <source>%1 must be a number; the original validator&apos;s comparison raises on this and rejects the file.</source>
        <translation>%1 debe ser un número; la comparación del validador original falla con esto y rechaza el archivo.</translation>
    </message>
    <message>
        <source>%1 was written as an integer: the real engine writes floats, so a person or a test harness produced this value.</source>
        <translation>%1 se escribió como entero: el motor real escribe floats, así que este valor lo produjo una persona o un banco de pruebas.</translation>
    </message>
    <message>
        <source>The timestamp</source>
        <translation>La marca de tiempo</translation>
    </message>
    <message>
        <source>&lt;= %1 (examination time + 60 s)</source>
        <translation>&lt;= %1 (hora del examen + 60 s)</translation>
    </message>
    <message>
        <source>The checkpoint claims to be from %1 s after the examination time: a wrong clock or a forged file.</source>
        <translation>El punto de control dice ser de %1 s después de la hora del examen: un reloj erróneo o un archivo falsificado.</translation>
    </message>
    <message>
        <source>int(timestamp) = %1</source>
        <translation>int(timestamp) = %1</translation>
    </message>
    <message>
        <source>%1 (int %2)</source>
        <translation>%1 (entero %2)</translation>
    </message>
    <message>
        <source>The writer names each file after int(timestamp); this content belongs to another second, so the file was renamed, copied over or edited.</source>
        <translation>El escritor nombra cada archivo por int(timestamp); este contenido pertenece a otro segundo, así que el archivo se renombró, se sobrescribió con una copia o se editó.</translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>Ψ is a mean of cosine similarities clamped to [0, 1]; this value cannot come from the engine.</source>
        <translation>Ψ es una media de similitudes de coseno limitada a [0, 1]; este valor no puede venir del motor.</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>modulador (m_t)</translation>
    </message>
    <message>
        <source>m_t is exp(...) and always positive; a zero or negative modulator is impossible.</source>
        <translation>m_t es exp(...) y siempre positivo; un modulador cero o negativo es imposible.</translation>
    </message>
    <message>
        <source>%1 (ln = %2)</source>
        <translation>%1 (ln = %2)</translation>
    </message>
    <message>
        <source>The engine clamps ln m_t to ±10 (its dimensional stability test); this modulator is outside it.</source>
        <translation>El motor limita ln m_t a ±10 (su prueba de estabilidad dimensional); este modulador está fuera.</translation>
    </message>
    <message>
        <source>network_id must be a string naming the node&apos;s network.</source>
        <translation>network_id debe ser una cadena que nombre la red del nodo.</translation>
    </message>
    <message>
        <source>‖Omega_t_L‖ = m_t within %1 relative</source>
        <translation>‖Omega_t_L‖ = m_t con %1 de tolerancia relativa</translation>
    </message>
    <message>
        <source>‖Ω‖ = %1, m_t = %2</source>
        <translation>‖Ω‖ = %1, m_t = %2</translation>
    </message>
    <message>
        <source>The engine builds Ω as a unit vector times m_t; this file&apos;s Ω does not have length m_t, so it was not produced by update_omega (hand-made or edited).</source>
        <translation>El motor construye Ω como un vector unitario por m_t; la Ω de este archivo no tiene longitud m_t, así que no la produjo update_omega (hecha a mano o editada).</translation>
    </message>
    <message>
        <source>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</source>
        <translation>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</translation>
    </message>
    <message>
        <source>The coded maths gives m_t from I_t_L with λ = 1.2944271909999159; this modulator does not follow from the file&apos;s own I_t_L.</source>
        <translation>Las matemáticas del código dan m_t a partir de I_t_L con λ = 1.2944271909999159; este modulador no se deduce del propio I_t_L del archivo.</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>como máximo %1 entradas de carpeta</translation>
    </message>
    <message>
        <source>more; the rest was not examined</source>
        <translation>más; el resto no se examinó</translation>
    </message>
    <message>
        <source>The folder holds more entries than the documented cap; only the first %1 were examined.</source>
        <translation>La carpeta contiene más entradas que el límite documentado; solo se examinaron las primeras %1.</translation>
    </message>
    <message>
        <source>The writer never produces this name, but the original loader&apos;s text sort ranks it above every numeric name, so it is what a restart would load.</source>
        <translation>El escritor nunca produce este nombre, pero el orden de texto del cargador original lo sitúa por encima de todo nombre numérico, así que es lo que cargaría un reinicio.</translation>
    </message>
    <message>
        <source>a UTF-8 file name, as the writer produces</source>
        <translation>un nombre de archivo UTF-8, como produce el escritor</translation>
    </message>
    <message>
        <source>%1 (undecodable bytes shown as \xNN)</source>
        <translation>%1 (bytes no decodificables mostrados como \xNN)</translation>
    </message>
    <message>
        <source>The writer never produces this name, and many tools do not show it, but Python&apos;s glob lists it and its sort ranks it by the raw bytes: it is part of the folder.</source>
        <translation>El escritor nunca produce este nombre, y muchas herramientas no lo muestran, pero el glob de Python lo lista y su orden lo clasifica por los bytes en bruto: forma parte de la carpeta.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>un archivo normal</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (does not resolve)</source>
        <translation>un enlace simbólico a %1 (no se resuelve)</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (%2)</source>
        <translation>un enlace simbólico a %1 (%2)</translation>
    </message>
    <message>
        <source>The entry points out of the evidence folder. Seedscope does not follow it; the original loader would read whatever it points to as a checkpoint.</source>
        <translation>La entrada apunta fuera de la carpeta de evidencia. Seedscope no la sigue; el cargador original leería como punto de control aquello a lo que apunte.</translation>
    </message>
    <message>
        <source>The writer never creates links. This one stays inside the folder and was followed; what it shows is another entry&apos;s content under this name.</source>
        <translation>El escritor nunca crea enlaces. Este permanece dentro de la carpeta y se siguió; lo que muestra es el contenido de otra entrada bajo este nombre.</translation>
    </message>
    <message>
        <source>a signed manifest.json (hardened layout)</source>
        <translation>un manifest.json firmado (estructura reforzada)</translation>
    </message>
    <message>
        <source>no manifest: %1 file(s) with no hash, signature or encryption</source>
        <translation>sin manifiesto: %1 archivo(s) sin hash, firma ni cifrado</translation>
    </message>
    <message>
        <source>Nothing in this folder is authenticated: any file could have been edited, replaced, added or deleted without leaving a trace, despite the guide&apos;s promise of hash-verified, encrypted checkpoints.</source>
        <translation>Nada en esta carpeta está autenticado: cualquier archivo podría haberse editado, sustituido, añadido o borrado sin dejar rastro, pese a la promesa de la guía de puntos de control cifrados y verificados por hash.</translation>
    </message>
    <message>
        <source>a readable manifest.json</source>
        <translation>un manifest.json legible</translation>
    </message>
    <message>
        <source>The manifest cannot be read, so nothing in the folder is authenticated.</source>
        <translation>El manifiesto no se puede leer, así que nada en la carpeta está autenticado.</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>como máximo %1 bytes</translation>
    </message>
    <message>
        <source>a readable regular file</source>
        <translation>un archivo normal legible</translation>
    </message>
    <message>
        <source>The file is larger than the reader&apos;s documented cap and was not read.</source>
        <translation>El archivo es mayor que el límite documentado del lector y no se leyó.</translation>
    </message>
    <message>
        <source>The entry matches the writer&apos;s name pattern but cannot be read as a file; the original loader fails on it if it sorts last.</source>
        <translation>La entrada coincide con el patrón de nombres del escritor pero no se puede leer como archivo; el cargador original falla con ella si queda la última.</translation>
    </message>
    <message>
        <source>the node key (--key-file) and a manifest listing the file</source>
        <translation>la clave del nodo (--key-file) y un manifiesto que liste el archivo</translation>
    </message>
    <message>
        <source>no usable manifest entry</source>
        <translation>ninguna entrada de manifiesto utilizable</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>no se dio ninguna clave</translation>
    </message>
    <message>
        <source>Encrypted checkpoints can only be hash-checked against the manifest, not read or validated, without the node key.</source>
        <translation>Sin la clave del nodo, los puntos de control cifrados solo pueden comprobarse por hash contra el manifiesto, no leerse ni validarse.</translation>
    </message>
    <message>
        <source>an AES-256-GCM envelope that authenticates under the node key</source>
        <translation>un sobre AES-256-GCM que se autentique con la clave del nodo</translation>
    </message>
    <message>
        <source>The encrypted checkpoint does not authenticate: it was altered, renamed, or written with another key.</source>
        <translation>El punto de control cifrado no se autentica: se alteró, se renombró o se escribió con otra clave.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>the node key the encrypted checkpoints were written with</source>
        <translation>la clave del nodo con la que se escribieron los puntos de control cifrados</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted files authenticate</source>
        <translation>clave %1: 0 de %2 archivos cifrados se autentican</translation>
    </message>
    <message>
        <source>The node key given (fingerprint %1) opens none of the %2 encrypted checkpoints: it is not this node&apos;s key. This is a problem with the key supplied, not with the folder; the files were not read.</source>
        <translation>La clave del nodo dada (huella %1) no abre ninguno de los %2 puntos de control cifrados: no es la clave de este nodo. Es un problema de la clave aportada, no de la carpeta; los archivos no se leyeron.</translation>
    </message>
    <message>
        <source>%1 present (%2 bytes)</source>
        <translation>%1 presente (%2 bytes)</translation>
    </message>
    <message>
        <source>present but unreadable</source>
        <translation>presente pero ilegible</translation>
    </message>
    <message>
        <source>A checkpoint the signed manifest lists is gone: it was deleted or renamed after signing.</source>
        <translation>Un punto de control que lista el manifiesto firmado ha desaparecido: se borró o renombró tras la firma.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>The file&apos;s bytes differ from what the manifest signed: it was changed after signing.</source>
        <translation>Los bytes del archivo difieren de lo que firmó el manifiesto: se modificó tras la firma.</translation>
    </message>
    <message>
        <source>listed in manifest.json</source>
        <translation>listado en manifest.json</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no listado</translation>
    </message>
    <message>
        <source>This checkpoint is not covered by the signed manifest, so nothing vouches for it: it was added after signing.</source>
        <translation>Este punto de control no está cubierto por el manifiesto firmado, así que nada lo avala: se añadió tras la firma.</translation>
    </message>
    <message>
        <source>no checkpoint_*.json file</source>
        <translation>ningún archivo checkpoint_*.json</translation>
    </message>
    <message>
        <source>unknown: open() follows the link out of the folder, which Seedscope does not read</source>
        <translation>desconocido: open() sigue el enlace fuera de la carpeta, que Seedscope no lee</translation>
    </message>
    <message>
        <source>open() blocks forever on a FIFO</source>
        <translation>open() se bloquea para siempre en una FIFO</translation>
    </message>
    <message>
        <source>json.load() reads a device file (without end for /dev/zero)</source>
        <translation>json.load() lee un archivo de dispositivo (sin fin para /dev/zero)</translation>
    </message>
    <message>
        <source>open() fails</source>
        <translation>open() falla</translation>
    </message>
    <message>
        <source>json.load() fails (%1)</source>
        <translation>json.load() falla (%1)</translation>
    </message>
    <message>
        <source>the JSON value is not an object</source>
        <translation>el valor JSON no es un objeto</translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation>falta una clave</translation>
    </message>
    <message>
        <source>checkpoint_&lt;int&gt;.json files</source>
        <translation>archivos checkpoint_&lt;int&gt;.json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The folder holds no checkpoint the writer could have written; a restart from it starts from nothing.</source>
        <translation>La carpeta no contiene ningún punto de control que el escritor pudiera haber escrito; un reinicio desde ella empieza de cero.</translation>
    </message>
    <message>
        <source>no valid checkpoint exists</source>
        <translation>no existe ningún punto de control válido</translation>
    </message>
    <message>
        <source>the newest valid one is %1</source>
        <translation>el válido más reciente es %1</translation>
    </message>
    <message>
        <source>load_latest_checkpoint sorts names as text, so it picks %1 although %2 is newer; a restart resumes from the wrong state.</source>
        <translation>load_latest_checkpoint ordena los nombres como texto, así que elige %1 aunque %2 es más reciente; un reinicio se reanuda desde el estado equivocado.</translation>
    </message>
    <message>
        <source>a checkpoint</source>
        <translation>un punto de control</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>None: %1</translation>
    </message>
    <message>
        <source>The original loader reads only the file that sorts last and has no fallback, so it returns nothing and the node restarts from scratch; %1.</source>
        <translation>El cargador original solo lee el archivo que queda el último y no tiene alternativa, así que no devuelve nada y el nodo se reinicia desde cero; %1.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>un punto de control válido</translation>
    </message>
    <message>
        <source>%1 with %2 error finding(s); the original validator says %3</source>
        <translation>%1 con %2 hallazgo(s) de error; el validador original dice %3</translation>
    </message>
    <message>
        <source>valid (it misses the defect)</source>
        <translation>válido (no ve el defecto)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>The file the original loader restores is itself invalid; %1.</source>
        <translation>El archivo que restaura el cargador original es inválido en sí; %1.</translation>
    </message>
    <message>
        <source>the checkpoint to restart from</source>
        <translation>el punto de control desde el que reiniciar</translation>
    </message>
    <message>
        <source>%1 (timestamp %2)</source>
        <translation>%1 (marca de tiempo %2)</translation>
    </message>
    <message>
        <source>The newest checkpoint that passes every check is %1; the original loader picks %2.</source>
        <translation>El punto de control más reciente que pasa todas las comprobaciones es %1; el cargador original elige %2.</translation>
    </message>
    <message>
        <source>at least one valid checkpoint</source>
        <translation>al menos un punto de control válido</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>ninguno de %1</translation>
    </message>
    <message>
        <source>No file in the folder passes validation; there is nothing safe to restart from.</source>
        <translation>Ningún archivo de la carpeta pasa la validación; no hay nada seguro desde lo que reiniciar.</translation>
    </message>
    <message>
        <source>text order = time order</source>
        <translation>orden de texto = orden temporal</translation>
    </message>
    <message>
        <source>%1 sorts after %2 as text but is older</source>
        <translation>%1 se ordena después de %2 como texto pero es más antiguo</translation>
    </message>
    <message>
        <source>File names have different digit counts, so text order is not time order; anything sorting names as text (like the original loader) gets the wrong order.</source>
        <translation>Los nombres de archivo tienen distinto número de cifras, así que el orden de texto no es el orden temporal; todo lo que ordene nombres como texto (como el cargador original) obtiene el orden equivocado.</translation>
    </message>
    <message>
        <source>at most %1 checkpoint files</source>
        <translation>como máximo %1 archivos de punto de control</translation>
    </message>
    <message>
        <source>%1 files on disk</source>
        <translation>%1 archivos en disco</translation>
    </message>
    <message>
        <source>The writer applies its retention of 10 to its in-memory list only and never deletes a file, so the folder grows without bound.</source>
        <translation>El escritor aplica su retención de 10 solo a su lista en memoria y nunca borra un archivo, así que la carpeta crece sin límite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; like the rest of the folder</source>
        <translation>&quot;%1&quot; como el resto de la carpeta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (folder: %2)</source>
        <translation>&quot;%1&quot; (carpeta: %2)</translation>
    </message>
    <message>
        <source>One engine writes one network_id; a different id in the same folder means another node&apos;s (or a hand-made) checkpoint was placed here and could be restored.</source>
        <translation>Un motor escribe un solo network_id; un id distinto en la misma carpeta significa que se colocó aquí el punto de control de otro nodo (o uno hecho a mano) y podría restaurarse.</translation>
    </message>
    <message>
        <source>one file per checkpoint</source>
        <translation>un archivo por punto de control</translation>
    </message>
    <message>
        <source>same timestamp %1 as %2</source>
        <translation>misma marca de tiempo %1 que %2</translation>
    </message>
    <message>
        <source>Two files hold the same instant: one is a copy (for example a stray checkpoint_latest.json), not a separate checkpoint.</source>
        <translation>Dos archivos contienen el mismo instante: uno es una copia (por ejemplo un checkpoint_latest.json suelto), no un punto de control aparte.</translation>
    </message>
    <message>
        <source>|ΔΨ| &lt; %1 and |Δm_t| &lt; %1</source>
        <translation>|ΔΨ| &lt; %1 y |Δm_t| &lt; %1</translation>
    </message>
    <message>
        <source>ΔΨ = %1, Δm_t = %2</source>
        <translation>ΔΨ = %1, Δm_t = %2</translation>
    </message>
    <message>
        <source>Between these consecutive checkpoints the state moved more than the harmonic continuity bound the guide promises (CAF delta within ±0.001).</source>
        <translation>Entre estos puntos de control consecutivos el estado se movió más que el límite de continuidad armónica que promete la guía (delta CAF dentro de ±0.001).</translation>
    </message>
    <message>
        <source>about %1 s between checkpoints (median)</source>
        <translation>unos %1 s entre puntos de control (mediana)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The interval is more than twice the folder&apos;s usual cadence: checkpoints in between are missing, unreadable or were overwritten.</source>
        <translation>El intervalo es más del doble de la cadencia habitual de la carpeta: faltan puntos de control intermedios, son ilegibles o se sobrescribieron.</translation>
    </message>
    <message>
        <source>one complete checkpoint per file</source>
        <translation>un punto de control completo por archivo</translation>
    </message>
    <message>
        <source>a broken write into %1</source>
        <translation>una escritura rota en %1</translation>
    </message>
    <message>
        <source>The writer truncates and rewrites checkpoint_&lt;second&gt;.json in place, so this broken write destroyed whatever checkpoint of the same second the file held before.</source>
        <translation>El escritor trunca y reescribe checkpoint_&lt;second&gt;.json en el sitio, así que esta escritura rota destruyó el punto de control del mismo segundo que el archivo contenía antes.</translation>
    </message>
    <message>
        <source>names that cannot collide</source>
        <translation>nombres que no puedan colisionar</translation>
    </message>
    <message>
        <source>whole-second names; %1 s of the run&apos;s seconds precede a surviving checkpoint</source>
        <translation>nombres de segundos enteros; %1 s de los segundos de la ejecución preceden a un punto de control superviviente</translation>
    </message>
    <message>
        <source>Names keep only int(timestamp): any checkpoint written earlier in the same second as a surviving one was silently replaced and left no trace in the content.</source>
        <translation>Los nombres conservan solo int(timestamp): cualquier punto de control escrito antes en el mismo segundo que uno superviviente se sustituyó en silencio y no dejó rastro en el contenido.</translation>
    </message>
    <message>
        <source>manifest.json is not in the exact form the hardened layout defines, so it authenticates nothing.</source>
        <translation>manifest.json no tiene la forma exacta que define la estructura reforzada, así que no autentica nada.</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>another structure</source>
        <translation>otra estructura</translation>
    </message>
    <message>
        <source>128 lowercase hex characters</source>
        <translation>128 caracteres hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>the exact envelope bytes around the signed body</source>
        <translation>los bytes exactos del sobre alrededor del cuerpo firmado</translation>
    </message>
    <message>
        <source>different byte at offset %1</source>
        <translation>byte distinto en el desplazamiento %1</translation>
    </message>
    <message>
        <source>string &quot;%1&quot;</source>
        <translation>cadena &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>ausente o no es una cadena</translation>
    </message>
    <message>
        <source>non-negative integer &quot;%1&quot;</source>
        <translation>entero no negativo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not one</source>
        <translation>ausente o no lo es</translation>
    </message>
    <message>
        <source>%1 lowercase hex characters</source>
        <translation>%1 caracteres hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>another format</source>
        <translation>otro formato</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>otra versión</translation>
    </message>
    <message>
        <source>&quot;encryption&quot;: null or an object</source>
        <translation>&quot;encryption&quot;: null o un objeto</translation>
    </message>
    <message>
        <source>missing or other</source>
        <translation>ausente u otro</translation>
    </message>
    <message>
        <source>another AEAD</source>
        <translation>otro AEAD</translation>
    </message>
    <message>
        <source>another KDF</source>
        <translation>otra KDF</translation>
    </message>
    <message>
        <source>&quot;files&quot;: a list of at most %1 entries</source>
        <translation>&quot;files&quot;: una lista de como máximo %1 entradas</translation>
    </message>
    <message>
        <source>missing, not a list or too long</source>
        <translation>ausente, no es una lista o demasiado larga</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>a checkpoint file name and a matching &quot;encrypted&quot; flag</source>
        <translation>un nombre de archivo de punto de control y un indicador &quot;encrypted&quot; coherente</translation>
    </message>
    <message>
        <source>each key once per object</source>
        <translation>cada clave una vez por objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again (first at offset %2)</source>
        <translation>&quot;%1&quot; de nuevo (la primera en el desplazamiento %2)</translation>
    </message>
    <message>
        <source>The manifest repeats a key. Seedscope, like Python, uses the last value; another verifier may use the first, so the signature does not pin down one list of files.</source>
        <translation>El manifiesto repite una clave. Seedscope, como Python, usa el último valor; otro verificador puede usar el primero, así que la firma no fija una única lista de archivos.</translation>
    </message>
    <message>
        <source>a valid Ed25519 signature by key %1</source>
        <translation>una firma Ed25519 válida de la clave %1</translation>
    </message>
    <message>
        <source>signature check: %1</source>
        <translation>comprobación de firma: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify: the manifest (or its key) was changed after signing, so none of its hashes can be relied on.</source>
        <translation>La firma del manifiesto no se verifica: el manifiesto (o su clave) se modificó tras la firma, así que no se puede confiar en ninguno de sus hashes.</translation>
    </message>
    <message>
        <source>signed by the trusted node key %1</source>
        <translation>firmado por la clave de nodo de confianza %1</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>firmado por la clave %1</translation>
    </message>
    <message>
        <source>The manifest is validly signed, but by another key than the trust key given: either the trust key is not this node&apos;s or the folder was re-signed. Nothing in the folder is authenticated.</source>
        <translation>El manifiesto está firmado válidamente, pero por una clave distinta de la clave de confianza dada: o la clave de confianza no es la de este nodo o la carpeta se volvió a firmar. Nada en la carpeta está autenticado.</translation>
    </message>
    <message>
        <source>a signer key the examiner trusts (--trust-key)</source>
        <translation>una clave firmante en la que confíe el perito (--trust-key)</translation>
    </message>
    <message>
        <source>self-declared key %1</source>
        <translation>clave autodeclarada %1</translation>
    </message>
    <message>
        <source>The signature is consistent, but anyone can sign with their own key: give the node&apos;s public key with --trust-key to make it mean something.</source>
        <translation>La firma es coherente, pero cualquiera puede firmar con su propia clave: indique la clave pública del nodo con --trust-key para que signifique algo.</translation>
    </message>
    <message>
        <source>signed by the trusted node key</source>
        <translation>firmado por la clave de nodo de confianza</translation>
    </message>
    <message>
        <source>valid signature by %1 over %2 file entries</source>
        <translation>firma válida de %1 sobre %2 entradas de archivo</translation>
    </message>
    <message>
        <source>The manifest is authentic: every listed file is checked against its signed size and SHA-256.</source>
        <translation>El manifiesto es auténtico: cada archivo listado se comprueba contra su tamaño y SHA-256 firmados.</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s journal holds two different entries with the same sequence number in the same log generation (first at %1): its chain forks.</source>
        <translation>El diario del dispositivo contiene dos entradas distintas con el mismo número de secuencia en la misma generación del registro (la primera en %1): su cadena se bifurca.</translation>
    </message>
    <message>
        <source>A later log generation re-used this sequence number after a recovery dropped the record at %1: a recovered fork, expected after truncation.</source>
        <translation>Una generación posterior del registro reutilizó este número de secuencia después de que una recuperación descartara el registro en %1: una bifurcación recuperada, esperable tras un truncamiento.</translation>
    </message>
    <message>
        <source>This checkpoint and checkpoint %1 of %2 cover exactly the same %3 transactions but hold different states; this one is not their canonical replay but their replay in this device&apos;s storage (arrival) order.</source>
        <translation>Este punto de control y el punto de control %1 de %2 cubren exactamente las mismas %3 transacciones pero contienen estados distintos; este no es su reproducción canónica sino su reproducción en el orden de almacenamiento (de llegada) de este dispositivo.</translation>
    </message>
    <message>
        <source>This checkpoint covers exactly the same %1 transactions as checkpoint %2 of %3, which holds their canonical replay, but its own state differs: this device computed a different ledger.</source>
        <translation>Este punto de control cubre exactamente las mismas %1 transacciones que el punto de control %2 de %3, que contiene su reproducción canónica, pero su propio estado difiere: este dispositivo calculó un libro contable distinto.</translation>
    </message>
    <message>
        <source>The origin device signed two different versions of this transaction (the other is held by %1 at %2): a possible forgery by the origin; the first in canonical order stands.</source>
        <translation>El dispositivo de origen firmó dos versiones distintas de esta transacción (la otra la tiene %1 en %2): una posible falsificación por el origen; prevalece la primera en orden canónico.</translation>
    </message>
    <message>
        <source>This device&apos;s copy of the transaction has different content from the authentic copy held by %1 at %2, and its signature no longer verifies: it was altered on this device.</source>
        <translation>La copia de la transacción de este dispositivo tiene un contenido distinto de la copia auténtica que tiene %1 en %2, y su firma ya no se verifica: se alteró en este dispositivo.</translation>
    </message>
    <message>
        <source>This device&apos;s copy has the same content as the authentic copy held by %1 at %2, but a signature that does not verify: the signature was altered on this device.</source>
        <translation>La copia de este dispositivo tiene el mismo contenido que la copia auténtica que tiene %1 en %2, pero una firma que no se verifica: la firma se alteró en este dispositivo.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>firma válida</translation>
    </message>
    <message>
        <source>does not hold this transaction (held by %1)</source>
        <translation>no tiene esta transacción (la tiene %1)</translation>
    </message>
    <message>
        <source>holds an altered copy (authentic copy on %1 at %2)</source>
        <translation>tiene una copia alterada (copia auténtica en %1 en %2)</translation>
    </message>
    <message>
        <source>same transactions, different replayed state</source>
        <translation>mismas transacciones, distinto estado reproducido</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>This device&apos;s view of the ledger differs from the merged ledger of all dumps from canonical entry %1 on: it %2.</source>
        <translation>La visión del libro contable de este dispositivo difiere del libro contable combinado de todos los volcados a partir de la entrada canónica %1: %2.</translation>
    </message>
    <message>
        <source>This device&apos;s view lags the merged ledger from canonical entry %1 on: it %2 (%3 merged transactions missing).</source>
        <translation>La visión de este dispositivo va por detrás del libro contable combinado a partir de la entrada canónica %1: %2 (faltan %3 transacciones combinadas).</translation>
    </message>
    <message>
        <source>%1 transactions are held by this device only (the first at this offset): not yet synced to the others, or missing from their dumps.</source>
        <translation>%1 transacciones solo las tiene este dispositivo (la primera en este desplazamiento): aún no sincronizadas con los demás, o ausentes de sus volcados.</translation>
    </message>
    <message>
        <source>on every device</source>
        <translation>en todos los dispositivos</translation>
    </message>
    <message>
        <source>%1 only here</source>
        <translation>%1 solo aquí</translation>
    </message>
    <message>
        <source>For the %1 transactions both devices stored, this device&apos;s Lamport clock is typically %2 ticks away from %3&apos;s, beyond the network&apos;s drift bound: one clock jumped.</source>
        <translation>Para las %1 transacciones que ambos dispositivos almacenaron, el reloj Lamport de este dispositivo suele estar a %2 ticks del de %3, más allá del límite de deriva de la red: un reloj saltó.</translation>
    </message>
    <message>
        <source>This dump was given twice (the same file, or a copy with the same device, size and journal head as %1): it is reconciled once.</source>
        <translation>Este volcado se indicó dos veces (el mismo archivo, o una copia con el mismo dispositivo, tamaño y cabeza de diario que %1): se concilia una sola vez.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>uncommitted</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>importe %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 miembros</translation>
    </message>
    <message>
        <source>trust delta %1 (reason %2)</source>
        <translation>delta de confianza %1 (motivo %2)</translation>
    </message>
    <message>
        <source>new key %1 from Lamport %2</source>
        <translation>nueva clave %1 desde Lamport %2</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (cifrado)</translation>
    </message>
    <message>
        <source>%1 (ok)</source>
        <translation>%1 (correcto)</translation>
    </message>
    <message>
        <source>%1 (mismatch)</source>
        <translation>%1 (no coincide)</translation>
    </message>
    <message>
        <source>encrypted, no storage key</source>
        <translation>cifrado, sin clave de almacenamiento</translation>
    </message>
    <message>
        <source>payload encrypted and no storage key was given</source>
        <translation>carga útil cifrada y no se dio ninguna clave de almacenamiento</translation>
    </message>
    <message>
        <source>does not decrypt with the given key</source>
        <translation>no se descifra con la clave dada</translation>
    </message>
    <message>
        <source>payload does not decrypt with the given key</source>
        <translation>la carga útil no se descifra con la clave dada</translation>
    </message>
    <message>
        <source>payload decrypted: field offsets refer to plaintext, not to the evidence</source>
        <translation>carga útil descifrada: los desplazamientos de campo se refieren al texto en claro, no a la evidencia</translation>
    </message>
    <message>
        <source>the entry bytes do not decode</source>
        <translation>los bytes de la entrada no se decodifican</translation>
    </message>
    <message>
        <source>superblock %1</source>
        <translation>superbloque %1</translation>
    </message>
    <message>
        <source>valid (active)</source>
        <translation>válida (activa)</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>key rotation %1</source>
        <translation>rotación de clave %1</translation>
    </message>
    <message>
        <source>checkpoint slots</source>
        <translation>ranuras de punto de control</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (cargada)</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (alternativa)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>%1 seq %2</source>
        <translation>%1 seq %2</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>marcadores de recuperación</translation>
    </message>
    <message>
        <source>superblock copy %1</source>
        <translation>copia del superbloque %1</translation>
    </message>
    <message>
        <source>The superblock copy has a valid checksum but an impossible layout: %1.</source>
        <translation>La copia del superbloque tiene una suma de comprobación válida pero una disposición imposible: %1.</translation>
    </message>
    <message>
        <source>This superblock copy is erased; the other copy is used if it is valid.</source>
        <translation>Esta copia del superbloque está borrada; se usa la otra copia si es válida.</translation>
    </message>
    <message>
        <source>The superblock copy&apos;s checksum does not match (a torn or damaged write); the other copy is used if it is valid.</source>
        <translation>La suma de comprobación de la copia del superbloque no coincide (una escritura interrumpida o dañada); se usa la otra copia si es válida.</translation>
    </message>
    <message>
        <source>No superblock magic here (89 53 45 44 0D 0A 1A 0A expected).</source>
        <translation>No hay aquí magia de superbloque (se esperaba 89 53 45 44 0D 0A 1A 0A).</translation>
    </message>
    <message>
        <source>superblock pair</source>
        <translation>par de superbloques</translation>
    </message>
    <message>
        <source>Neither superblock copy is valid, so the layout of this image is unknown. It may not be a Seed dump.</source>
        <translation>Ninguna copia del superbloque es válida, así que la disposición de esta imagen es desconocida. Puede que no sea un volcado de Seed.</translation>
    </message>
    <message>
        <source>Both superblock copies are valid but describe different layouts; the one with the higher revision is used.</source>
        <translation>Ambas copias del superbloque son válidas pero describen disposiciones distintas; se usa la de revisión más alta.</translation>
    </message>
    <message>
        <source>This dump uses format version %1.%2; this build reads version 1.x only.</source>
        <translation>Este volcado usa la versión de formato %1.%2; esta compilación solo lee la versión 1.x.</translation>
    </message>
    <message>
        <source>The dump needs features this build does not know (incompat flags or algorithm ids); reading it could misinterpret it, so it is refused.</source>
        <translation>El volcado necesita funciones que esta compilación no conoce (indicadores incompat o identificadores de algoritmo); leerlo podría interpretarlo mal, así que se rechaza.</translation>
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
        <translation>Hay funciones desconocidas compatibles en solo lectura activadas; el volcado se puede leer, pero un escritor lo rechazaría.</translation>
    </message>
    <message>
        <source>Unknown compatible features are set; they do not change how the dump is read.</source>
        <translation>Hay funciones compatibles desconocidas activadas; no cambian cómo se lee el volcado.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>The image is shorter than the superblock declares; structures past its end are missing.</source>
        <translation>La imagen es más corta de lo que declara el superbloque; faltan las estructuras posteriores a su final.</translation>
    </message>
    <message>
        <source>The image is longer than the superblock declares; the extra bytes are not part of the format.</source>
        <translation>La imagen es más larga de lo que declara el superbloque; los bytes sobrantes no forman parte del formato.</translation>
    </message>
    <message>
        <source>identity region</source>
        <translation>región de identidad</translation>
    </message>
    <message>
        <source>The identity region lies past the end of the image.</source>
        <translation>La región de identidad está más allá del final de la imagen.</translation>
    </message>
    <message>
        <source>No identity header (magic SIDN) where the superblock says it is; the device key is unknown.</source>
        <translation>No hay cabecera de identidad (magia SIDN) donde el superbloque dice; la clave del dispositivo es desconocida.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage); the device key is taken from: %1.</source>
        <translation>La suma de comprobación de la cabecera de identidad no coincide (daño del soporte); la clave del dispositivo se toma de: %1.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage) and no trust store key confirms the device key, so the device&apos;s own signatures cannot be checked.</source>
        <translation>La suma de comprobación de la cabecera de identidad no coincide (daño del soporte) y ninguna clave del almacén de confianza confirma la clave del dispositivo, así que no se pueden comprobar las firmas propias del dispositivo.</translation>
    </message>
    <message>
        <source>device_id must be the first 16 bytes of SHA-256(public key) and equal the superblock&apos;s.</source>
        <translation>device_id debe ser los primeros 16 bytes de SHA-256(clave pública) e igual al del superbloque.</translation>
    </message>
    <message>
        <source>The identity&apos;s network id differs from the superblock&apos;s.</source>
        <translation>El identificador de red de la identidad difiere del del superbloque.</translation>
    </message>
    <message>
        <source>The key history count does not fit in the identity region.</source>
        <translation>El número de entradas del historial de claves no cabe en la región de identidad.</translation>
    </message>
    <message>
        <source>identity key history %1</source>
        <translation>historial de claves de identidad %1</translation>
    </message>
    <message>
        <source>A key history record is damaged (magic SKEY or checksum); keys after it cannot be trusted.</source>
        <translation>Un registro del historial de claves está dañado (magia SKEY o suma de comprobación); no se puede confiar en las claves posteriores.</translation>
    </message>
    <message>
        <source>A checkpoint write was interrupted while its header was being written; the device must ignore this slot.</source>
        <translation>La escritura de un punto de control se interrumpió mientras se escribía su cabecera; el dispositivo debe ignorar esta ranura.</translation>
    </message>
    <message>
        <source>The slot holds data but no checkpoint header (magic SCKP).</source>
        <translation>La ranura contiene datos pero ninguna cabecera de punto de control (magia SCKP).</translation>
    </message>
    <message>
        <source>The checkpoint header&apos;s checksum does not match; the slot cannot be used.</source>
        <translation>La suma de comprobación de la cabecera del punto de control no coincide; la ranura no se puede usar.</translation>
    </message>
    <message>
        <source>The declared payload length does not fit in the slot.</source>
        <translation>La longitud de carga declarada no cabe en la ranura.</translation>
    </message>
    <message>
        <source>Checkpoint %1 was written but never committed (power lost before the commit record); the device must ignore it.</source>
        <translation>El punto de control %1 se escribió pero nunca se confirmó (corte de energía antes del registro de confirmación); el dispositivo debe ignorarlo.</translation>
    </message>
    <message>
        <source>The committed checkpoint&apos;s payload checksum does not match: the state it holds is damaged.</source>
        <translation>La suma de comprobación de la carga del punto de control confirmado no coincide: el estado que contiene está dañado.</translation>
    </message>
    <message>
        <source>no commit magic (SCMT)</source>
        <translation>sin magia de confirmación (SCMT)</translation>
    </message>
    <message>
        <source>commit checksum mismatch</source>
        <translation>la suma de comprobación de la confirmación no coincide</translation>
    </message>
    <message>
        <source>commit names checkpoint %1, header %2</source>
        <translation>la confirmación nombra el punto de control %1, la cabecera el %2</translation>
    </message>
    <message>
        <source>commit payload hash differs from SHA-256 of the payload</source>
        <translation>el hash de carga de la confirmación difiere del SHA-256 de la carga</translation>
    </message>
    <message>
        <source>The commit record does not hold (%1); the slot cannot be used.</source>
        <translation>El registro de confirmación no es válido (%1); la ranura no se puede usar.</translation>
    </message>
    <message>
        <source>The checkpoint payload does not authenticate under the given storage key (wrong key, or the ciphertext or its header was altered).</source>
        <translation>La carga del punto de control no se autentica con la clave de almacenamiento dada (clave errónea, o se alteró el texto cifrado o su cabecera).</translation>
    </message>
    <message>
        <source>The image is larger than Seedscope analyses in memory; it was not read.</source>
        <translation>La imagen es mayor de lo que Seedscope analiza en memoria; no se leyó.</translation>
    </message>
    <message>
        <source>&lt;= %1 bytes</source>
        <translation>&lt;= %1 bytes</translation>
    </message>
    <message>
        <source>storage key</source>
        <translation>clave de almacenamiento</translation>
    </message>
    <message>
        <source>the storage root key of device %1</source>
        <translation>la clave raíz de almacenamiento del dispositivo %1</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted records authenticate</source>
        <translation>clave %1: 0 de %2 registros cifrados se autentican</translation>
    </message>
    <message>
        <source>The storage key given (fingerprint %1) is not this dump&apos;s: none of its %2 intact encrypted records authenticates under it, so nothing encrypted was read. This is a problem with the key supplied, not with the device; what needs the key is reported as not checked.</source>
        <translation>La clave de almacenamiento dada (huella %1) no es la de este volcado: ninguno de sus %2 registros cifrados intactos se autentica con ella, así que no se leyó nada cifrado. Es un problema de la clave suministrada, no del dispositivo; lo que necesita la clave se indica como no comprobado.</translation>
    </message>
    <message>
        <source>journal block %1</source>
        <translation>bloque de diario %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloque de marcadores %1</translation>
    </message>
    <message>
        <source>Programmed bytes in a block whose header is erased: no writer puts data there.</source>
        <translation>Bytes programados en un bloque cuya cabecera está borrada: ningún escritor pone datos ahí.</translation>
    </message>
    <message>
        <source>Programmed bytes after the last record of the block, where flash should be erased.</source>
        <translation>Bytes programados tras el último registro del bloque, donde la flash debería estar borrada.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>The record header&apos;s reserved bytes are not zero; format v1 writers always write zeros.</source>
        <translation>Los bytes reservados de la cabecera del registro no son cero; los escritores del formato v1 siempre escriben ceros.</translation>
    </message>
    <message>
        <source>A record type this build does not know, marked safe to ignore (bit 7); skipped.</source>
        <translation>Un tipo de registro que esta compilación no conoce, marcado como ignorable (bit 7); se omite.</translation>
    </message>
    <message>
        <source>A record type this build does not know (or one that does not belong in this region); its payload is skipped and not interpreted.</source>
        <translation>Un tipo de registro que esta compilación no conoce (o que no pertenece a esta región); su carga se omite y no se interpreta.</translation>
    </message>
    <message>
        <source>a %1 record type</source>
        <translation>un tipo de registro %1</translation>
    </message>
    <message>
        <source>The record&apos;s epoch differs from its block&apos;s: a record of another generation.</source>
        <translation>La época del registro difiere de la de su bloque: un registro de otra generación.</translation>
    </message>
    <message>
        <source>An EPOCH record whose payload is not 64 bytes.</source>
        <translation>Un registro EPOCH cuya carga no tiene 64 bytes.</translation>
    </message>
    <message>
        <source>block header</source>
        <translation>cabecera de bloque</translation>
    </message>
    <message>
        <source>record header</source>
        <translation>cabecera de registro</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>longitud de carga</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>journal block %1, %2</source>
        <translation>bloque de diario %1, %2</translation>
    </message>
    <message>
        <source>marker block %1, %2</source>
        <translation>bloque de marcadores %1, %2</translation>
    </message>
    <message>
        <source>A record declares a payload longer than what remains of its erase block; the rest of the block is skipped.</source>
        <translation>Un registro declara una carga más larga que lo que queda de su bloque de borrado; se omite el resto del bloque.</translation>
    </message>
    <message>
        <source>The last write of this log generation is incomplete and only erased flash follows: a power cut mid-write. The device truncates here.</source>
        <translation>La última escritura de esta generación del registro está incompleta y solo sigue flash borrada: un corte de energía a mitad de escritura. El dispositivo trunca aquí.</translation>
    </message>
    <message>
        <source>A used block whose header is damaged; its records are skipped.</source>
        <translation>Un bloque usado cuya cabecera está dañada; se omiten sus registros.</translation>
    </message>
    <message>
        <source>A record&apos;s payload checksum does not match and valid data follows: damage in the middle of the log.</source>
        <translation>La suma de comprobación de la carga de un registro no coincide y siguen datos válidos: daño en medio del registro.</translation>
    </message>
    <message>
        <source>A record header&apos;s checksum does not match and valid data follows: damage in the middle of the log; the rest of the block is skipped.</source>
        <translation>La suma de comprobación de la cabecera de un registro no coincide y siguen datos válidos: daño en medio del registro; se omite el resto del bloque.</translation>
    </message>
    <message>
        <source>journal block %1, seq %2</source>
        <translation>bloque de diario %1, seq %2</translation>
    </message>
    <message>
        <source>No readable EPOCH record for epoch %1, so its journal key (derived from the epoch salt) cannot be computed.</source>
        <translation>No hay ningún registro EPOCH legible para la época %1, así que no se puede calcular su clave de diario (derivada de la sal de la época).</translation>
    </message>
    <message>
        <source>The entry does not authenticate under its epoch key: wrong storage key, or the ciphertext or its header was altered or moved.</source>
        <translation>La entrada no se autentica con la clave de su época: clave de almacenamiento errónea, o se alteró o movió el texto cifrado o su cabecera.</translation>
    </message>
    <message>
        <source>An unencrypted entry in a dump whose superblock says entries are encrypted.</source>
        <translation>Una entrada sin cifrar en un volcado cuyo superbloque dice que las entradas están cifradas.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>en claro</translation>
    </message>
    <message>
        <source>An entry payload shorter than its 48-byte entry header.</source>
        <translation>Una carga de entrada más corta que su cabecera de entrada de 48 bytes.</translation>
    </message>
    <message>
        <source>The entry&apos;s framing and checksums hold but its ledger bytes do not decode: %1</source>
        <translation>El marco y las sumas de comprobación de la entrada son correctos, pero sus bytes contables no se decodifican: %1</translation>
    </message>
    <message>
        <source>The entry header inside the payload disagrees with the record header (seq, Lamport or prev_hash).</source>
        <translation>La cabecera de entrada dentro de la carga no concuerda con la cabecera del registro (seq, Lamport o prev_hash).</translation>
    </message>
    <message>
        <source>seq %1 lamport %2</source>
        <translation>seq %1 lamport %2</translation>
    </message>
    <message>
        <source>The journal is encrypted and no storage key was given: entry contents were not read; framing, checksums and the hash chain still were.</source>
        <translation>El diario está cifrado y no se dio ninguna clave de almacenamiento: no se leyó el contenido de las entradas; el marco, las sumas de comprobación y la cadena de hash sí.</translation>
    </message>
    <message>
        <source>%1 encrypted journal entries could not be decrypted (no key or wrong key); replay covers only the readable ones.</source>
        <translation>%1 entradas cifradas del diario no se pudieron descifrar (sin clave o clave errónea); la reproducción solo cubre las legibles.</translation>
    </message>
    <message>
        <source>checkpoint %1 (slot %2)</source>
        <translation>punto de control %1 (ranura %2)</translation>
    </message>
    <message>
        <source>This DELTA checkpoint&apos;s base (checkpoint %1) is in a slot a newer checkpoint has since reused, so its state cannot be rebuilt; newer checkpoints are readable, so nothing is lost.</source>
        <translation>La base de este punto de control DELTA (punto de control %1) está en una ranura que un punto de control más reciente ha reutilizado, así que su estado no se puede reconstruir; los puntos de control más recientes son legibles, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>base checkpoint %1</source>
        <translation>punto de control base %1</translation>
    </message>
    <message>
        <source>base slot reused</source>
        <translation>ranura base reutilizada</translation>
    </message>
    <message>
        <source>a state whose root is the signed state_root</source>
        <translation>un estado cuya raíz es el state_root firmado</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but entries it covers are %1, so it can be neither confirmed nor refuted.</source>
        <translation>Reproducir el diario no reproduce el state_root firmado de este punto de control, pero las entradas que cubre están %1, así que no se puede ni confirmar ni refutar.</translation>
    </message>
    <message>
        <source>missing from a damaged or cut journal</source>
        <translation>ausentes de un diario dañado o cortado</translation>
    </message>
    <message>
        <source>undecodable</source>
        <translation>indescifrables</translation>
    </message>
    <message>
        <source>signed by devices the trust store holds no key for</source>
        <translation>firmadas por dispositivos de los que el almacén de confianza no tiene clave</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy.</source>
        <translation>El archivo de evidencia cambió (tamaño, fecha de modificación o contenido) mientras se analizaba, así que este informe no describe ninguna versión concreta y es nulo; examine una copia estable.</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy. (%1)</source>
        <translation>El archivo de evidencia cambió (tamaño, fecha de modificación o contenido) mientras se analizaba, así que este informe no describe ninguna versión concreta y es nulo; examine una copia estable. (%1)</translation>
    </message>
    <message>
        <source>SHA-256 %1, %2 bytes</source>
        <translation>SHA-256 %1, %2 bytes</translation>
    </message>
    <message>
        <source>changed during the analysis</source>
        <translation>cambió durante el análisis</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>After the damage at %1 no length can be trusted, so these programmed bytes cannot be interpreted; any records in them are unknown, not absent.</source>
        <translation>Tras el daño en %1 no se puede confiar en ninguna longitud, así que estos bytes programados no se pueden interpretar; los registros que contengan son desconocidos, no ausentes.</translation>
    </message>
    <message>
        <source>parseable records</source>
        <translation>registros analizables</translation>
    </message>
    <message>
        <source>%1 uninterpretable bytes</source>
        <translation>%1 bytes no interpretables</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>A new log generation continues from a journal entry that is not among the intact entries; damaged or missing journal bytes could hold it, so this is not evidence of tampering.</source>
        <translation>Una nueva generación del registro continúa desde una entrada del diario que no está entre las entradas intactas; bytes del diario dañados o ausentes podrían contenerla, así que esto no es evidencia de manipulación.</translation>
    </message>
    <message>
        <source>A new log generation says it continues from a journal entry that is not in the journal, and no damage could hold it: entries were removed or the record was altered.</source>
        <translation>Una nueva generación del registro dice continuar desde una entrada que no está en el diario, y ningún daño podría contenerla: se eliminaron entradas o se alteró el registro.</translation>
    </message>
    <message>
        <source>an entry with seq %1 and hash %2</source>
        <translation>una entrada con seq %1 y hash %2</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>no existe esa entrada</translation>
    </message>
    <message>
        <source>An exact copy of an earlier journal entry was stored again after it: a replayed record.</source>
        <translation>Una copia exacta de una entrada anterior del diario se almacenó de nuevo después: un registro reinyectado.</translation>
    </message>
    <message>
        <source>A journal sequence number that was already used appears again in the same log generation.</source>
        <translation>Un número de secuencia del diario ya usado aparece de nuevo en la misma generación del registro.</translation>
    </message>
    <message>
        <source>Journal sequence numbers jump here with no damaged record in between: %1 entries are missing.</source>
        <translation>Los números de secuencia del diario saltan aquí sin ningún registro dañado en medio: faltan %1 entradas.</translation>
    </message>
    <message>
        <source>The entry&apos;s checksum holds but its link to the previous entry does not: the previous entry was altered or removed, or this one was inserted or moved.</source>
        <translation>La suma de comprobación de la entrada es correcta pero su enlace con la entrada anterior no: la entrada anterior se alteró o eliminó, o esta se insertó o movió.</translation>
    </message>
    <message>
        <source>This transaction is already stored earlier in the journal (at %1): a replayed copy.</source>
        <translation>Esta transacción ya está almacenada antes en el diario (en %1): una copia reinyectada.</translation>
    </message>
    <message>
        <source>a transaction stored once</source>
        <translation>una transacción almacenada una vez</translation>
    </message>
    <message>
        <source>second copy</source>
        <translation>segunda copia</translation>
    </message>
    <message>
        <source>The entry&apos;s stored Lamport clock is not above the one of the entry before it in the chain: the device clock went back (rollback or reset).</source>
        <translation>El reloj Lamport almacenado de la entrada no es mayor que el de la entrada anterior en la cadena: el reloj del dispositivo retrocedió (reversión o reinicio).</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the intact journal ends at seq %3; the journal&apos;s end is damaged or the file is cut, which explains the loss, so it is not evidence of tampering.</source>
        <translation>%1 cubre entradas del diario hasta seq %2, pero el diario intacto termina en seq %3; el final del diario está dañado o el archivo está cortado, lo que explica la pérdida, así que no es evidencia de manipulación.</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the journal ends at seq %3 with no damage: signed entries were removed from the end.</source>
        <translation>%1 cubre entradas del diario hasta seq %2, pero el diario termina en seq %3 sin daño: se eliminaron entradas firmadas del final.</translation>
    </message>
    <message>
        <source>last seq %1</source>
        <translation>último seq %1</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no intact entry has, but damaged journal records could hold it: neither confirmed nor refuted.</source>
        <translation>%1 nombra un hash de cadena en seq %2 que ninguna entrada intacta tiene, pero registros dañados del diario podrían contenerlo: ni confirmado ni refutado.</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no entry in the journal has, and no damage could hold it: history before it was rewritten.</source>
        <translation>%1 nombra un hash de cadena en seq %2 que ninguna entrada del diario tiene, y ningún daño podría contenerlo: se reescribió la historia anterior.</translation>
    </message>
    <message>
        <source>marker block %1, seq %2</source>
        <translation>bloque de marcadores %1, seq %2</translation>
    </message>
    <message>
        <source>seal of journal seq %1</source>
        <translation>sello del diario en seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s signature over this seal of the journal does not verify: the seal was altered or forged.</source>
        <translation>La firma del dispositivo sobre este sello del diario no se verifica: el sello se alteró o falsificó.</translation>
    </message>
    <message>
        <source>A signed seal</source>
        <translation>Un sello firmado</translation>
    </message>
    <message>
        <source>The Merkle root of the journal entries up to this seal differs from the one the device signed: an earlier entry was rewritten.</source>
        <translation>La raíz de Merkle de las entradas del diario hasta este sello difiere de la que firmó el dispositivo: se reescribió una entrada anterior.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s commit record and checksums hold but the device signature does not verify: the checkpoint was altered or forged.</source>
        <translation>El registro de confirmación y las sumas de comprobación del punto de control son correctos, pero la firma del dispositivo no se verifica: el punto de control se alteró o falsificó.</translation>
    </message>
    <message>
        <source>A signed checkpoint</source>
        <translation>Un punto de control firmado</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s Lamport clock is below that of an entry it covers (at %1): the clock was rolled back.</source>
        <translation>El reloj Lamport del punto de control es menor que el de una entrada que cubre (en %1): el reloj se hizo retroceder.</translation>
    </message>
    <message>
        <source>seq %1..</source>
        <translation>seq %1..</translation>
    </message>
    <message>
        <source>%1 journal entries after the last seal or checkpoint are not yet covered by a device signature over the chain; removing them from the end would not be detectable.</source>
        <translation>%1 entradas del diario posteriores al último sello o punto de control aún no están cubiertas por una firma del dispositivo sobre la cadena; eliminarlas del final no sería detectable.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>sellado</translation>
    </message>
    <message>
        <source>%1 unsealed</source>
        <translation>%1 sin sellar</translation>
    </message>
    <message>
        <source>The device&apos;s marker log does not link here: a marker was removed, inserted or altered.</source>
        <translation>El registro de marcadores del dispositivo no enlaza aquí: se eliminó, insertó o alteró un marcador.</translation>
    </message>
    <message>
        <source>seq %1 prev %2</source>
        <translation>seq %1 prev %2</translation>
    </message>
    <message>
        <source>%1 Located by comparing the payload with the state the journal proves for this checkpoint: %2 byte(s) from %3 differ.</source>
        <translation>%1 Localizado comparando la carga con el estado que el diario prueba para este punto de control: difieren %2 byte(s) desde %3.</translation>
    </message>
    <message>
        <source>Not checked: only the newest %1 of %2 BOOT and %3 RECOVERY markers were compared with the emulated recovery.</source>
        <translation>No comprobado: solo los %1 más recientes de %2 marcadores BOOT y %3 RECOVERY se compararon con la recuperación emulada.</translation>
    </message>
    <message>
        <source>RECOVERY epoch %1: %2</source>
        <translation>RECOVERY época %1: %2</translation>
    </message>
    <message>
        <source>The device&apos;s RECOVERY marker records a different %1 than the recovery it should have run on this journal.</source>
        <translation>El marcador RECOVERY del dispositivo registra un valor distinto de %1 que la recuperación que debería haber ejecutado sobre este diario.</translation>
    </message>
    <message>
        <source>damage offset</source>
        <translation>desplazamiento del daño</translation>
    </message>
    <message>
        <source>no damage</source>
        <translation>sin daño</translation>
    </message>
    <message>
        <source>set of dropped bytes</source>
        <translation>conjunto de bytes descartados</translation>
    </message>
    <message>
        <source>%1 bytes, sha256 %2</source>
        <translation>%1 bytes, sha256 %2</translation>
    </message>
    <message>
        <source>last good sequence</source>
        <translation>última secuencia correcta</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>arranque %1</translation>
    </message>
    <message>
        <source>The device&apos;s BOOT marker says it recovered differently (%1) from what the boot-time recovery rule gives on this image.</source>
        <translation>El marcador BOOT del dispositivo dice que se recuperó de otra forma (%1) de lo que da la regla de recuperación al arrancar sobre esta imagen.</translation>
    </message>
    <message>
        <source>The device loaded its fallback checkpoint although the active one (slot %1) was valid.</source>
        <translation>El dispositivo cargó su punto de control de reserva aunque el activo (ranura %1) era válido.</translation>
    </message>
    <message>
        <source>slot %1 (active)</source>
        <translation>ranura %1 (activa)</translation>
    </message>
    <message>
        <source>slot %1 (fallback)</source>
        <translation>ranura %1 (reserva)</translation>
    </message>
    <message>
        <source>loaded checkpoint</source>
        <translation>punto de control cargado</translation>
    </message>
    <message>
        <source>slot %1, checkpoint %2</source>
        <translation>ranura %1, punto de control %2</translation>
    </message>
    <message>
        <source>fallback flag</source>
        <translation>indicador de reserva</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>truncation point</source>
        <translation>punto de truncamiento</translation>
    </message>
    <message>
        <source>last valid sequence</source>
        <translation>última secuencia válida</translation>
    </message>
    <message>
        <source>The device truncated its journal at this boot but logged no RECOVERY marker for the damage.</source>
        <translation>El dispositivo truncó su diario en este arranque pero no registró ningún marcador RECOVERY por el daño.</translation>
    </message>
    <message>
        <source>RECOVERY at %1</source>
        <translation>RECOVERY en %1</translation>
    </message>
    <message>
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>La firma propia del dispositivo sobre esta entrada no se verifica: su contenido se alteró tras la firma.</translation>
    </message>
    <message>
        <source>The entry&apos;s signature does not verify under its origin&apos;s registered key: the entry was altered or forged.</source>
        <translation>La firma de la entrada no se verifica con la clave registrada de su origen: la entrada se alteró o falsificó.</translation>
    </message>
    <message>
        <source>No key is registered for the entry&apos;s origin device in the trust store or the dump, so its signature cannot be checked and it is not trusted.</source>
        <translation>No hay ninguna clave registrada para el dispositivo de origen de la entrada en el almacén de confianza ni en el volcado, así que su firma no se puede comprobar y no es de confianza.</translation>
    </message>
    <message>
        <source>a registered key</source>
        <translation>una clave registrada</translation>
    </message>
    <message>
        <source>no key for origin %1</source>
        <translation>ninguna clave para el origen %1</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the key that made it is not certified by the network authority in the trust store.</source>
        <translation>La firma es matemáticamente válida, pero la clave que la hizo no está certificada por la autoridad de la red en el almacén de confianza.</translation>
    </message>
    <message>
        <source>a certified key</source>
        <translation>una clave certificada</translation>
    </message>
    <message>
        <source>uncertified key of %1</source>
        <translation>clave no certificada de %1</translation>
    </message>
    <message>
        <source>The entry spends funds its account no longer had when replayed in canonical order: a double spend.</source>
        <translation>La entrada gasta fondos que su cuenta ya no tenía al reproducirse en orden canónico: un doble gasto.</translation>
    </message>
    <message>
        <source>sufficient balance</source>
        <translation>saldo suficiente</translation>
    </message>
    <message>
        <source>entries it covers are damaged (first at %1)</source>
        <translation>las entradas que cubre están dañadas (la primera en %1)</translation>
    </message>
    <message>
        <source>entries it covers are missing from a damaged or cut journal (first seq %1)</source>
        <translation>las entradas que cubre faltan de un diario dañado o cortado (primer seq %1)</translation>
    </message>
    <message>
        <source>entries it covers are signed by devices the trust store holds no key for (first at %1)</source>
        <translation>las entradas que cubre están firmadas por dispositivos de los que el almacén de confianza no tiene clave (la primera en %1)</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but %1, so the checkpoint can be neither confirmed nor refuted.</source>
        <translation>Reproducir el diario no reproduce el state_root firmado de este punto de control, pero %1, así que el punto de control no se puede ni confirmar ni refutar.</translation>
    </message>
    <message>
        <source>Replaying the journal into this checkpoint does not reproduce its signed state_root.</source>
        <translation>Reproducir el diario hasta este punto de control no reproduce su state_root firmado.</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce checkpoint %1&apos;s signed state_root; the first entry that explains the difference is journal seq %2.</source>
        <translation>Reproducir el diario no reproduce el state_root firmado del punto de control %1; la primera entrada que explica la diferencia es el seq de diario %2.</translation>
    </message>
    <message>
        <source>trust store</source>
        <translation>almacén de confianza</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>red %1</translation>
    </message>
    <message>
        <source>The trust store is for network &apos;%1&apos;, but this dump&apos;s superblock (CRC intact) names network &apos;%2&apos;: the trust store is not this network&apos;s, so it was not used and nothing that needs it was checked.</source>
        <translation>El almacén de confianza es de la red &apos;%1&apos;, pero el superbloque de este volcado (CRC intacto) nombra la red &apos;%2&apos;: el almacén de confianza no es de esta red, así que no se usó y no se comprobó nada que lo necesite.</translation>
    </message>
    <message>
        <source>a trust store for network &apos;%1&apos;</source>
        <translation>un almacén de confianza para la red &apos;%1&apos;</translation>
    </message>
    <message>
        <source>network &apos;%1&apos;</source>
        <translation>red &apos;%1&apos;</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>dispositivo %1</translation>
    </message>
    <message>
        <source>The trust store registers device %1 with key %2, but the dump&apos;s intact identity header holds key %3: %4 of the device&apos;s %5 signed records verify under the header&apos;s key and none under the trust store&apos;s. The trust store&apos;s entry for this device is wrong (it was ignored); the device&apos;s records are checked under its own key.</source>
        <translation>El almacén de confianza registra el dispositivo %1 con la clave %2, pero la cabecera de identidad intacta del volcado contiene la clave %3: %4 de los %5 registros firmados del dispositivo se verifican con la clave de la cabecera y ninguno con la del almacén de confianza. La entrada del almacén de confianza para este dispositivo es errónea (se ignoró); los registros del dispositivo se comprueban con su propia clave.</translation>
    </message>
    <message>
        <source>key %1 (intact identity header)</source>
        <translation>clave %1 (cabecera de identidad intacta)</translation>
    </message>
    <message>
        <source>key %1 (trust store)</source>
        <translation>clave %1 (almacén de confianza)</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>No comprobado: %1.</translation>
    </message>
    <message>
        <source>This DELTA checkpoint (%1) is older than the one the device loads (%2) and the chain of checkpoints it builds on has been overwritten by newer ones, so its state cannot be rebuilt; the device no longer needs it.</source>
        <translation>Este punto de control DELTA (%1) es más antiguo que el que carga el dispositivo (%2) y la cadena de puntos de control sobre la que se construye ha sido sobrescrita por otros más recientes, así que su estado no se puede reconstruir; el dispositivo ya no lo necesita.</translation>
    </message>
    <message>
        <source>base no longer rebuildable (slot reused)</source>
        <translation>base ya no reconstruible (ranura reutilizada)</translation>
    </message>
    <message>
        <source>the trust store given is not this network&apos;s (TRUST_STORE_MISMATCH)</source>
        <translation>el almacén de confianza dado no es de esta red (TRUST_STORE_MISMATCH)</translation>
    </message>
    <message>
        <source>no trust store was given</source>
        <translation>no se dio ningún almacén de confianza</translation>
    </message>
    <message>
        <source>the storage key given is not this dump&apos;s (KEY_MISMATCH)</source>
        <translation>la clave de almacenamiento dada no es la de este volcado (KEY_MISMATCH)</translation>
    </message>
    <message>
        <source>no storage key was given</source>
        <translation>no se dio ninguna clave de almacenamiento</translation>
    </message>
    <message>
        <source>the journal is encrypted and %1, so the contents of %2 journal entries (entry signatures, ledger rules, double spends, invariants) were not checked</source>
        <translation>el diario está cifrado y %1, así que no se comprobó el contenido de %2 entradas del diario (firmas de entradas, reglas contables, dobles gastos, invariantes)</translation>
    </message>
    <message>
        <source>checkpoint payloads are encrypted and %1, so state_roots were not recomputed and no checkpoint was cross-proven</source>
        <translation>las cargas de los puntos de control están cifradas y %1, así que no se recalcularon los state_root y no se verificó cruzadamente ningún punto de control</translation>
    </message>
    <message>
        <source>the identity header is damaged and no trust store key for device %1 confirms the device key, so seal and checkpoint signatures could not be checked</source>
        <translation>la cabecera de identidad está dañada y ninguna clave del almacén de confianza para el dispositivo %1 confirma la clave del dispositivo, así que no se pudieron comprobar las firmas de sellos y puntos de control</translation>
    </message>
    <message>
        <source>%1, so no key could be checked against the network authority (KEY_UNREGISTERED is not reported)</source>
        <translation>%1, así que no se pudo comprobar ninguna clave frente a la autoridad de la red (KEY_UNREGISTERED no se informa)</translation>
    </message>
    <message>
        <source>%1, so the ledger was not replayed: other devices&apos; signatures, ledger rules, double spends, invariants and checkpoint cross-proofs were not checked</source>
        <translation>%1, así que no se reprodujo el libro contable: no se comprobaron las firmas de otros dispositivos, las reglas contables, los dobles gastos, los invariantes ni las verificaciones cruzadas de puntos de control</translation>
    </message>
    <message>
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>Las ranuras de punto de control contienen datos pero ninguna es válida: el dispositivo debe reconstruir su libro contable a partir de todo el diario.</translation>
    </message>
    <message>
        <source>checkpoint payload not decrypted</source>
        <translation>carga del punto de control no descifrada</translation>
    </message>
    <message>
        <source>this DELTA&apos;s base_state_root differs from the state_root of checkpoint %1</source>
        <translation>el base_state_root de este DELTA difiere del state_root del punto de control %1</translation>
    </message>
    <message>
        <source>DELTA base checkpoint %1 is not available</source>
        <translation>el punto de control base %1 del DELTA no está disponible</translation>
    </message>
    <message>
        <source>decoded state&apos;s root %1 differs from the signed header&apos;s %2</source>
        <translation>la raíz %1 del estado decodificado difiere de la %2 de la cabecera firmada</translation>
    </message>
    <message>
        <source>slot %1: checkpoint %2</source>
        <translation>ranura %1: punto de control %2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ranura %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drag to pan, wheel to zoom, click a point to select its entry.</source>
        <translation>Arrastre para desplazar, rueda para ampliar, clic en un punto para seleccionar su entrada.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>CLEAN</source>
        <translation>LIMPIO</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAÑADO</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>MANIPULADO</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
    <message>
        <source>KEY DOES NOT FIT</source>
        <translation>LA CLAVE NO CORRESPONDE</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Ω directory</source>
        <translation>Directorio Ω</translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Volcado de dispositivo Seed</translation>
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
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>Exportar el gráfico como PDF</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Exportar el gráfico como SVG</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certificada</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>no certificada</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Case report: %1</source>
        <translation>Informe del caso: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Perito</translation>
    </message>
    <message>
        <source>Case opened (UTC)</source>
        <translation>Caso abierto (UTC)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>Informe generado (UTC)</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Inventario de evidencias</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256 at import</source>
        <translation>SHA-256 al importar</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importado (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Re-hashed now</source>
        <translation>Hash recalculado ahora</translation>
    </message>
    <message>
        <source>Methods and parameters</source>
        <translation>Métodos y parámetros</translation>
    </message>
    <message>
        <source>Hash: SHA-256. Custody chain: seedscope-custody-v1. Keys and trust stores are identified by the SHA-256 of their file; their contents are never stored.</source>
        <translation>Hash: SHA-256. Cadena de custodia: seedscope-custody-v1. Las claves y los almacenes de confianza se identifican por el SHA-256 de su archivo; su contenido nunca se almacena.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <source>First used (UTC)</source>
        <translation>Primer uso (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>What was checked and proven</source>
        <translation>Qué se comprobó y demostró</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Hash chain:</source>
        <translation>Cadena de hash:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Hash del registro</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Pruebe «%1».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Add a note to the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Añadir una nota al caso, a una evidencia, a una entrada, a un hallazgo, a un archivo Omega o a un punto de un gráfico.</translation>
    </message>
    <message>
        <source>Tag the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Etiquetar el caso, una evidencia, una entrada, un hallazgo, un archivo Omega o un punto de un gráfico.</translation>
    </message>
    <message>
        <source>Bookmark an entry, a finding, an Omega file or a chart point.</source>
        <translation>Poner un marcador en una entrada, un hallazgo, un archivo Omega o un punto de un gráfico.</translation>
    </message>
    <message>
        <source>The evidence: SHA-256 (or 8+ hex prefix), name or path.</source>
        <translation>La evidencia: SHA-256 (o un prefijo hexadecimal de 8 o más caracteres), nombre o ruta.</translation>
    </message>
    <message>
        <source>A journal entry by sequence number.</source>
        <translation>Una entrada del diario, por número de secuencia.</translation>
    </message>
    <message>
        <source>A journal entry by byte offset in the evidence.</source>
        <translation>Una entrada del diario, por desplazamiento en bytes dentro de la evidencia.</translation>
    </message>
    <message>
        <source>A finding of the evidence&apos;s stored result, by id (F1, F2 ...).</source>
        <translation>Un hallazgo del resultado guardado de la evidencia, por identificador (F1, F2 ...).</translation>
    </message>
    <message>
        <source>A file of an Omega folder, by name.</source>
        <translation>Un archivo de una carpeta Omega, por nombre.</translation>
    </message>
    <message>
        <source>A chart point: SERIES:X (e.g. trust:154).</source>
        <translation>Un punto de un gráfico: SERIES:X (p. ej. trust:154).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La nota.</translation>
    </message>
    <message>
        <source>A note on it.</source>
        <translation>Una nota sobre ello.</translation>
    </message>
    <message>
        <source>Tag name; repeatable.</source>
        <translation>Nombre de la etiqueta; repetible.</translation>
    </message>
    <message>
        <source>A label.</source>
        <translation>Un rótulo.</translation>
    </message>
    <message>
        <source>The .seedcase file (omit with --db).</source>
        <translation>El archivo .seedcase (omítalo con --db).</translation>
    </message>
    <message>
        <source>Create a case file (or initialise a team case database).</source>
        <translation>Crear un archivo de caso (o inicializar la base de datos de un caso de equipo).</translation>
    </message>
    <message>
        <source>Case title.</source>
        <translation>Título del caso.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Número del caso.</translation>
    </message>
    <message>
        <source>Agency.</source>
        <translation>Organismo.</translation>
    </message>
    <message>
        <source>The new .seedcase file.</source>
        <translation>El nuevo archivo .seedcase.</translation>
    </message>
    <message>
        <source>Import evidence into a case: hash it, verify it (dumps) or examine it (Omega folders), and store the result. Evidence already verified by this Seedscope version with the same keys is not verified again.</source>
        <translation>Importar evidencias a un caso: calcular su hash, verificarlas (volcados) o examinarlas (carpetas Omega) y guardar el resultado. Una evidencia ya verificada por esta versión de Seedscope con las mismas claves no se verifica de nuevo.</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable.</source>
        <translation>Archivo de la clave raíz de almacenamiento (hex); repetible.</translation>
    </message>
    <message>
        <source>Network trust store.</source>
        <translation>Almacén de confianza de la red.</translation>
    </message>
    <message>
        <source>Dump files or Omega folders.</source>
        <translation>Archivos de volcado o carpetas Omega.</translation>
    </message>
    <message>
        <source>Re-hash every piece of evidence and check the custody chain. Exit 2 names the changed evidence or the first custody record that fails.</source>
        <translation>Recalcular el hash de cada evidencia y comprobar la cadena de custodia. La salida 2 nombra la evidencia modificada o el primer registro de custodia que falla.</translation>
    </message>
    <message>
        <source>Print the custody log (read-only) and whether its hash chain verifies.</source>
        <translation>Mostrar el registro de custodia (solo lectura) y si su cadena de hashes se verifica.</translation>
    </message>
    <message>
        <source>usage: case new|add|verify|log|note|bookmark|tag [options] (case &lt;action&gt; --help for each)</source>
        <translation>uso: case new|add|verify|log|note|bookmark|tag [opciones] (case &lt;action&gt; --help para cada una)</translation>
    </message>
    <message>
        <source>Case files: new, add evidence, verify, custody log, notes, bookmarks, tags</source>
        <translation>Archivos de caso: crear, añadir evidencias, verificar, registro de custodia, notas, marcadores, etiquetas</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string (postgresql://...) in place of CASE.</source>
        <translation>Caso de equipo: una cadena de conexión PostgreSQL (postgresql://...) en lugar de CASE.</translation>
    </message>
    <message>
        <source>Who performs this action (default: the case&apos;s examiner).</source>
        <translation>Quién realiza esta acción (por defecto: el perito del caso).</translation>
    </message>
    <message>
        <source>Print JSON (docs/case-file.md).</source>
        <translation>Imprimir JSON (docs/case-file.md).</translation>
    </message>
    <message>
        <source>Print size, SHA-256 and modification time of evidence files (read-only).</source>
        <translation>Mostrar el tamaño, el SHA-256 y la fecha de modificación de archivos de evidencia (solo lectura).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Archivos de evidencia.</translation>
    </message>
    <message>
        <source>Hash evidence files read-only (size, SHA-256, mtime)</source>
        <translation>Calcular el hash de archivos de evidencia en solo lectura (tamaño, SHA-256, fecha)</translation>
    </message>
    <message>
        <source>Show the layout of a Seed device dump: geometry, identity, slots, journal extent, markers.</source>
        <translation>Mostrar la estructura de un volcado de dispositivo Seed: geometría, identidad, ranuras, extensión del diario, marcadores.</translation>
    </message>
    <message>
        <source>Storage root key file (64 hex characters).</source>
        <translation>Archivo de la clave raíz de almacenamiento (64 caracteres hexadecimales).</translation>
    </message>
    <message>
        <source>A .seeddump file.</source>
        <translation>Un archivo .seeddump.</translation>
    </message>
    <message>
        <source>Show a Seed dump&apos;s layout: geometry, identity, slots, journal, markers</source>
        <translation>Mostrar la estructura de un volcado Seed: geometría, identidad, ranuras, diario, marcadores</translation>
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
Salida JSON (--json), un objeto (docs/cli.md):
  command &quot;omega&quot;, schema_version 1, exit_code, folder (nombre de la carpeta abierta),
  examined_at (segundos unix, --now),
  summary: files_on_disk, parsed, valid, truncated[], malformed[], non_finite[],
    out_of_range[] (nombres de archivo), original_loader {picks, returns &quot;checkpoint&quot;|&quot;nothing&quot;,
    returned_timestamp, result_valid, reason}, numerically_latest, newest_by_content,
    newest_valid, retention {guide_limit, on_disk}, continuity {limit, pairs, violations},
    authentication &quot;none&quot;|&quot;verified&quot;|&quot;untrusted_key&quot;|&quot;failed&quot;, signer_key_id,
    worst_severity, exit_code,
  files[]: name, status (valid|invalid|truncated|malformed|unreadable|encrypted|
    encrypted_unread), size, sha256, name_seconds, timestamp, coherence_score, modulator,
    network_id, vector_length, encrypted, errors, warnings (orden numérico),
  findings[]: id, cause, code, severity, evidence, offset, length, location (ruta JSON),
    subject, expected, found, explanation, verdict.
Los números no finitos aparecen como las cadenas &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;.
Códigos y ejemplos: docs/findings/omega.md.
</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory (checkpoint_*.json, or a folder holding checkpoints/) read-only: per-file validation, what the original loader picks, continuity, authentication.</source>
        <translation>Examinar un directorio de puntos de control Omega (checkpoint_*.json, o una carpeta que contiene checkpoints/) en solo lectura: validación de cada archivo, lo que elige el cargador original, continuidad, autenticación.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema below).</source>
        <translation>Imprimir el informe como JSON (esquema más abajo).</translation>
    </message>
    <message>
        <source>Examination time as unix seconds (default: the current time).</source>
        <translation>Hora del examen en segundos unix (por defecto: la hora actual).</translation>
    </message>
    <message>
        <source>File with the node&apos;s Ed25519 public key (64 hex characters).</source>
        <translation>Archivo con la clave pública Ed25519 del nodo (64 caracteres hexadecimales).</translation>
    </message>
    <message>
        <source>File with the node secret (64 hex) to decrypt .json.enc checkpoints.</source>
        <translation>Archivo con el secreto del nodo (64 hex) para descifrar los puntos de control .json.enc.</translation>
    </message>
    <message>
        <source>The checkpoint folder.</source>
        <translation>La carpeta de los puntos de control.</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory read-only (findings, loader pick, continuity)</source>
        <translation>Examinar un directorio de puntos de control Omega en solo lectura (hallazgos, elección del cargador, continuidad)</translation>
    </message>
    <message>
        <source>Write a deterministic Omega checkpoint folder to DIR/checkpoints/ (same seed, same bytes).
--hardened adds a signed manifest.json; --encrypt writes checkpoint_&lt;int&gt;.json.enc files.
The node secret comes from --key-file F (64 hex characters); when F does not exist it is
created (mode 0600) from the seed. Simulator keys protect nothing: never reuse them.
With --hardened, the node&apos;s public key is written to DIR/node_public_key.hex (for --trust-key).</source>
        <translation>Escribir una carpeta de puntos de control Omega determinista en DIR/checkpoints/ (misma semilla, mismos bytes).
--hardened añade un manifest.json firmado; --encrypt escribe archivos checkpoint_&lt;int&gt;.json.enc.
El secreto del nodo viene de --key-file F (64 caracteres hexadecimales); si F no existe, se
crea (modo 0600) a partir de la semilla. Las claves del simulador no protegen nada: no las reutilice nunca.
Con --hardened, la clave pública del nodo se escribe en DIR/node_public_key.hex (para --trust-key).</translation>
    </message>
    <message>
        <source>Simulate an Omega checkpoint folder.</source>
        <translation>Simular una carpeta de puntos de control Omega.</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Directorio de salida.</translation>
    </message>
    <message>
        <source>Checkpoint files before defects (default 24).</source>
        <translation>Archivos de puntos de control antes de los defectos (por defecto 24).</translation>
    </message>
    <message>
        <source>Seed (default 20251109).</source>
        <translation>Semilla (por defecto 20251109).</translation>
    </message>
    <message>
        <source>Append the real writer&apos;s typical defects.</source>
        <translation>Añadir los defectos típicos del escritor real.</translation>
    </message>
    <message>
        <source>Write a signed manifest.json.</source>
        <translation>Escribir un manifest.json firmado.</translation>
    </message>
    <message>
        <source>Encrypt checkpoint files (implies --hardened).</source>
        <translation>Cifrar los archivos de puntos de control (implica --hardened).</translation>
    </message>
    <message>
        <source>Node secret file (64 hex).</source>
        <translation>Archivo del secreto del nodo (64 hex).</translation>
    </message>
    <message>
        <source>Print what was written as JSON (schema: docs/cli.md).</source>
        <translation>Imprimir lo que se escribió como JSON (esquema: docs/cli.md).</translation>
    </message>
    <message>
        <source>Export a standalone proof of one balance (or pool) from a signed checkpoint.</source>
        <translation>Exportar una prueba independiente de un saldo (o fondo) a partir de un punto de control firmado.</translation>
    </message>
    <message>
        <source>Trust store JSON.</source>
        <translation>Almacén de confianza (JSON).</translation>
    </message>
    <message>
        <source>Storage key file (repeatable).</source>
        <translation>Archivo de clave de almacenamiento (repetible).</translation>
    </message>
    <message>
        <source>Directory with &lt;dump-name&gt;.key files.</source>
        <translation>Directorio con archivos &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Account to prove (32 hex digits).</source>
        <translation>Cuenta que probar (32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Savings group pool to prove (32 hex digits).</source>
        <translation>Fondo del grupo de ahorro que probar (32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Use the latest checkpoint covering at most journal sequence SEQ.</source>
        <translation>Usar el último punto de control que cubra como máximo la secuencia SEQ del diario.</translation>
    </message>
    <message>
        <source>Write the proof here (default: stdout).</source>
        <translation>Escribir la prueba aquí (por defecto: stdout).</translation>
    </message>
    <message>
        <source>Seed dump file.</source>
        <translation>Archivo de volcado Seed.</translation>
    </message>
    <message>
        <source>Export a standalone Merkle proof of a balance or pool from a dump</source>
        <translation>Exportar una prueba de Merkle independiente de un saldo o fondo a partir de un volcado</translation>
    </message>
    <message>
        <source>Reconcile the dumps of several Seed devices of one network: matched transactions, entries on one side only, conflicting duplicates, altered copies, chain forks, divergent checkpoints, clock skew, and the merged ledger each device is compared to. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Conciliar los volcados de varios dispositivos Seed de una misma red: transacciones emparejadas, entradas en un solo lado, duplicados en conflicto, copias alteradas, bifurcaciones de la cadena, puntos de control divergentes, desfase de reloj y el libro contable combinado con el que se compara cada dispositivo. Salida: 0 limpio, 1 advertencias, 2 errores o manipulación, 3 ilegible, 64 uso.</translation>
    </message>
    <message>
        <source>Network trust store (required).</source>
        <translation>Almacén de confianza de la red (obligatorio).</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable, matched to dumps by name first.</source>
        <translation>Archivo de la clave raíz de almacenamiento (hex); repetible, asociado a los volcados primero por el nombre.</translation>
    </message>
    <message>
        <source>Directory holding &lt;dump-name&gt;.key files.</source>
        <translation>Directorio que contiene los archivos &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Print JSON (schema: docs/cli.md).</source>
        <translation>Imprimir JSON (esquema: docs/cli.md).</translation>
    </message>
    <message>
        <source>Two or more Seed dump files.</source>
        <translation>Dos o más archivos de volcado Seed.</translation>
    </message>
    <message>
        <source>Reconcile several Seed dumps: matches, conflicts, forks, merged ledger</source>
        <translation>Conciliar varios volcados Seed: coincidencias, conflictos, bifurcaciones, libro contable combinado</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, account provenance.</source>
        <translation>Reproducir el libro contable de un volcado: estado, eventos, pruebas cruzadas de los puntos de control, procedencia de las cuentas.</translation>
    </message>
    <message>
        <source>Trust store JSON (authority key, device registry).</source>
        <translation>Almacén de confianza JSON (clave de la autoridad, registro de dispositivos).</translation>
    </message>
    <message>
        <source>State after the entry stored at journal sequence N.</source>
        <translation>Estado tras la entrada guardada en la secuencia N del diario.</translation>
    </message>
    <message>
        <source>State after every entry with Lamport &lt;= L.</source>
        <translation>Estado tras todas las entradas con Lamport &lt;= L.</translation>
    </message>
    <message>
        <source>One account&apos;s history with provenance.</source>
        <translation>El historial de una cuenta con su procedencia.</translation>
    </message>
    <message>
        <source>Print events as CSV.</source>
        <translation>Imprimir los eventos como CSV.</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, provenance</source>
        <translation>Reproducir el libro contable de un volcado: estado, eventos, pruebas cruzadas, procedencia</translation>
    </message>
    <message>
        <source>Write a case report: case, examiner, tool version, evidence manifest with hashes, methods, verdicts and findings, proofs, charts, bookmarks, notes and the custody log.</source>
        <translation>Escribir un informe del caso: caso, perito, versión de la herramienta, inventario de evidencias con sus hashes, métodos, veredictos y hallazgos, pruebas, gráficos, marcadores, notas y el registro de custodia.</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string in place of CASE.</source>
        <translation>Caso de equipo: una cadena de conexión PostgreSQL en lugar de CASE.</translation>
    </message>
    <message>
        <source>html, pdf, json or csv.</source>
        <translation>html, pdf, json o csv.</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>El archivo del informe que escribir.</translation>
    </message>
    <message>
        <source>Generation time to print in HTML/PDF (ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z).</source>
        <translation>Hora de generación que imprimir en HTML/PDF (ISO 8601 UTC, p. ej. 2026-01-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>Who exports (default: the case&apos;s examiner).</source>
        <translation>Quién exporta (por defecto: el perito del caso).</translation>
    </message>
    <message>
        <source>Print a JSON summary of what was written.</source>
        <translation>Imprimir un resumen JSON de lo que se escribió.</translation>
    </message>
    <message>
        <source>Case report as HTML, PDF, JSON or CSV</source>
        <translation>Informe del caso en HTML, PDF, JSON o CSV</translation>
    </message>
    <message>
        <source>Simulate a mesh of Seed devices and write one .seeddump (+ .key) per device, trust-store.json and manifest.json.
Same options and seed, same bytes.</source>
        <translation>Simular una malla de dispositivos Seed y escribir un .seeddump (+ .key) por dispositivo, trust-store.json y manifest.json.
Mismas opciones y semilla, mismos bytes.</translation>
    </message>
    <message>
        <source>Number of devices (1..64).</source>
        <translation>Número de dispositivos (1..64).</translation>
    </message>
    <message>
        <source>Entries the devices create.</source>
        <translation>Entradas que crean los dispositivos.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Encrypt journal payloads and checkpoints (AES-256-GCM).</source>
        <translation>Cifrar el contenido del diario y los puntos de control (AES-256-GCM).</translation>
    </message>
    <message>
        <source>Run rotating savings groups (ROSCA) with trust events.</source>
        <translation>Ejecutar grupos de ahorro rotativos (ROSCA) con eventos de confianza.</translation>
    </message>
    <message>
        <source>Checkpoint after K stored entries per device.</source>
        <translation>Punto de control cada K entradas guardadas por dispositivo.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[@DEVICE[:SEQ]] (repeatable; see --list-faults).</source>
        <translation>Inyectar un fallo: KIND[@DEVICE[:SEQ]] (repetible; véase --list-faults).</translation>
    </message>
    <message>
        <source>List the fault kinds and exit.</source>
        <translation>Listar los tipos de fallo y salir.</translation>
    </message>
    <message>
        <source>Print the manifest as JSON.</source>
        <translation>Imprimir el manifiesto como JSON.</translation>
    </message>
    <message>
        <source>With --omega (Omega checkpoint folders instead of device dumps):</source>
        <translation>Con --omega (carpetas de puntos de control Omega en lugar de volcados de dispositivos):</translation>
    </message>
    <message>
        <source>Generate deterministic evidence: device meshes, or --omega directories</source>
        <translation>Generar evidencias deterministas: mallas de dispositivos, o directorios --omega</translation>
    </message>
    <message>
        <source>Verify Seed device dumps: framing, hash chain, seals, checkpoints, signatures, ledger replay (with a trust store), damage verdicts and the device&apos;s boot-time recovery. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Verifica volcados de dispositivos Seed: estructura de los registros, cadena de hashes, sellos, puntos de control, firmas, reproducción del libro contable (con un almacén de confianza), veredictos de daño y la recuperación del dispositivo al arrancar. Salida: 0 limpio, 1 advertencias, 2 errores o manipulación, 3 ilegible, 64 uso.</translation>
    </message>
    <message>
        <source>Network trust store (authority key and device registry).</source>
        <translation>Almacén de confianza de la red (clave de la autoridad y registro de dispositivos).</translation>
    </message>
    <message>
        <source>Seed dump files.</source>
        <translation>Archivos de volcado Seed.</translation>
    </message>
    <message>
        <source>Verify Seed dumps: findings, damage verdicts, recovery emulation</source>
        <translation>Verificar volcados Seed: hallazgos, veredictos de daño, emulación de la recuperación</translation>
    </message>
    <message>
        <source>Verify a Seedscope proof file standalone (no dump needed).</source>
        <translation>Verificar un archivo de prueba de Seedscope de forma independiente (sin volcado).</translation>
    </message>
    <message>
        <source>Trust store JSON {network_id, authority_public_key}.</source>
        <translation>Almacén de confianza JSON {network_id, authority_public_key}.</translation>
    </message>
    <message>
        <source>Proof file.</source>
        <translation>Archivo de prueba.</translation>
    </message>
    <message>
        <source>Verify a balance/pool/trust proof file against a trust store</source>
        <translation>Verificar un archivo de prueba de saldo, fondo o confianza con un almacén de confianza</translation>
    </message>
    <message>
        <source>audit and forensics for Seed device dumps and Omega checkpoint directories</source>
        <translation>auditoría y análisis forense de volcados de dispositivos Seed y directorios de puntos de control Omega</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Uso: %1 &lt;command&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Show this list, or a command&apos;s options: help &lt;command&gt;</source>
        <translation>Mostrar esta lista, o las opciones de una orden: help &lt;command&gt;</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Mostrar la versión</translation>
    </message>
    <message>
        <source>Exit codes: 0 clean, 1 findings below error, 2 errors or tampering, 3 unreadable input,
4 the examiner&apos;s key or trust store does not fit the evidence, 64 usage (docs/cli.md).</source>
        <translation>Códigos de salida: 0 limpio, 1 hallazgos por debajo de error, 2 errores o manipulación, 3 entrada ilegible,
4 la clave o el almacén de confianza del perito no corresponde a la evidencia, 64 uso (docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit and forensics workbench for Seed device dumps and Ω checkpoint directories</source>
        <translation>Banco de trabajo de auditoría y forense para volcados de dispositivos Seed y directorios de puntos de control Ω</translation>
    </message>
    <message>
        <source>Render the window to PNG once the evidence is verified, then quit.</source>
        <translation>Guarda la ventana como PNG una vez verificada la evidencia y sale.</translation>
    </message>
    <message>
        <source>Use the key files and trust store found beside the evidence without asking.</source>
        <translation>Usa sin preguntar los archivos de clave y el almacén de confianza encontrados junto a la evidencia.</translation>
    </message>
    <message>
        <source>Dump files, folders of dumps or Ω directories to open.</source>
        <translation>Archivos de volcado, carpetas de volcados o directorios Ω que abrir.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::AnnotationDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseController</name>
    <message>
        <source>no case is open</source>
        <translation>no hay ningún caso abierto</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::CaseDock</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Verdict (stored)</source>
        <translation>Veredicto (guardado)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
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
        <translation>Perito</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>No case open. File &gt; New case… or Open case…</source>
        <translation>Ningún caso abierto. Archivo &gt; Nuevo caso… o Abrir caso…</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source> (no. %1)</source>
        <translation> (n.º %1)</translation>
    </message>
    <message>
        <source>%1
Examiner: %2
Agency: %3
File: %4</source>
        <translation>%1
Perito: %2
Organismo: %3
Archivo: %4</translation>
    </message>
    <message>
        <source>Custody chain intact (%1 records verified)</source>
        <translation>Cadena de custodia intacta (%1 registros verificados)</translation>
    </message>
    <message>
        <source>Custody chain BROKEN at %1</source>
        <translation>Cadena de custodia ROTA en %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacta</translation>
    </message>
    <message>
        <source>CHANGED: %1</source>
        <translation>MODIFICADA: %1</translation>
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
        <translation>C&amp;aso</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Abrir cas&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Add the open evidence to the case</source>
        <translation>&amp;Añadir la evidencia abierta al caso</translation>
    </message>
    <message>
        <source>Evidence added to the case.</source>
        <translation>Evidencia añadida al caso.</translation>
    </message>
    <message>
        <source>&amp;Bookmark the selection…</source>
        <translation>Poner un &amp;marcador en la selección…</translation>
    </message>
    <message>
        <source>&amp;Note on the selection…</source>
        <translation>&amp;Nota sobre la selección…</translation>
    </message>
    <message>
        <source>&amp;Tag the selection…</source>
        <translation>&amp;Etiquetar la selección…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <source>Show the case &amp;dock</source>
        <translation>Mostrar el &amp;panel del caso</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nuevo archivo de caso</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase)</source>
        <translation>Casos de Seedscope (*.seedcase)</translation>
    </message>
    <message>
        <source>Case created: %1</source>
        <translation>Caso creado: %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase);;All files (*)</source>
        <translation>Casos de Seedscope (*.seedcase);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Case opened; verdicts shown are the stored results (nothing was verified again).</source>
        <translation>Caso abierto; los veredictos mostrados son los resultados guardados (no se ha vuelto a verificar nada).</translation>
    </message>
    <message>
        <source>open a dump or an Omega folder first</source>
        <translation>abra primero un volcado o una carpeta Omega</translation>
    </message>
    <message>
        <source>select a journal entry or a finding in a dump tab first</source>
        <translation>seleccione primero una entrada del diario o un hallazgo en una pestaña de volcado</translation>
    </message>
    <message>
        <source>%1 is not in the case yet: add it first</source>
        <translation>%1 aún no está en el caso: añádalo primero</translation>
    </message>
    <message>
        <source>select a finding first</source>
        <translation>seleccione primero un hallazgo</translation>
    </message>
    <message>
        <source>this finding has no id to refer to</source>
        <translation>este hallazgo no tiene ningún identificador al que referirse</translation>
    </message>
    <message>
        <source>select a journal entry or a finding first</source>
        <translation>seleccione primero una entrada del diario o un hallazgo</translation>
    </message>
    <message>
        <source>the selected entry is out of range</source>
        <translation>la entrada seleccionada está fuera de rango</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>no hay ningún caso abierto</translation>
    </message>
    <message>
        <source>finding %1 (%2)</source>
        <translation>hallazgo %1 (%2)</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>entrada seq %1</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Exportar informe del caso</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Informe escrito: %1</translation>
    </message>
    <message>
        <source>Note added on %1.</source>
        <translation>Nota añadida a %1.</translation>
    </message>
    <message>
        <source>Tag added on %1.</source>
        <translation>Etiqueta añadida a %1.</translation>
    </message>
    <message>
        <source>Bookmark added on %1.</source>
        <translation>Marcador añadido a %1.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpTab</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verificar de nuevo</translation>
    </message>
    <message>
        <source>Verifying %1 (read-only)…</source>
        <translation>Verificando %1 (solo lectura)…</translation>
    </message>
    <message>
        <source>Cancelled by the examiner.</source>
        <translation>Cancelado por el perito.</translation>
    </message>
    <message>
        <source>Verification of %1 was cancelled. Nothing is shown from a partial run.</source>
        <translation>Se canceló la verificación de %1. No se muestra nada de una ejecución parcial.</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>calculando el hash de la evidencia</translation>
    </message>
    <message>
        <source>reading records and keys</source>
        <translation>leyendo registros y claves</translation>
    </message>
    <message>
        <source>replaying the ledger</source>
        <translation>reproduciendo el libro contable</translation>
    </message>
    <message>
        <source>verifying chains, seals and signatures</source>
        <translation>verificando cadenas, sellos y firmas</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>decrypting records</source>
        <translation>descifrando registros</translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation>comprobando firmas</translation>
    </message>
    <message>
        <source>checking checkpoints against the journal</source>
        <translation>comprobando los puntos de control con el diario</translation>
    </message>
    <message>
        <source>checking the evidence did not change</source>
        <translation>comprobando que la evidencia no ha cambiado</translation>
    </message>
    <message>
        <source>This is not a Seed device dump: %1. The file was left untouched.</source>
        <translation>No es un volcado de dispositivo Seed: %1. El archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpWorkbench</name>
    <message>
        <source>Previous entry</source>
        <translation>Entrada anterior</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Entrada siguiente</translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation>Buscar en el diario…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Evidence structure</source>
        <translation>Estructura de la evidencia</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Trust scores</source>
        <translation>Puntuaciones de confianza</translation>
    </message>
    <message>
        <source>Group pools</source>
        <translation>Fondos de los grupos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Entry inspector</source>
        <translation>Inspector de entradas</translation>
    </message>
    <message>
        <source>State (time travel: Alt+←/→)</source>
        <translation>Estado (viaje en el tiempo: Alt+←/→)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(record seq %1, %2)</source>
        <translation>(registro seq %1, %2)</translation>
    </message>
    <message>
        <source>Entry seq %1: %2</source>
        <translation>Entrada seq %1: %2</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> de %1 a %2</translation>
    </message>
    <message>
        <source>, amount %1</source>
        <translation>, importe %1</translation>
    </message>
    <message>
        <source>, replay %1</source>
        <translation>, reproducción %1</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrando…</translation>
    </message>
    <message>
        <source>Search the journal: sequence, Lamport, type, accounts or status</source>
        <translation>Buscar en el diario: secuencia, Lamport, tipo, cuentas o estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account (hex prefix of the sender or receiver)</source>
        <translation>Cuenta (prefijo hex del emisor o del receptor)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>no reproducida</translation>
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
        <translation>Orden de almacenamiento</translation>
    </message>
    <message>
        <source>Canonical order</source>
        <translation>Orden canónico</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Con hallazgos</translation>
    </message>
    <message>
        <source>Only records that findings point into</source>
        <translation>Solo los registros a los que apuntan hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 de %n registro</numerusform>
            <numerusform>%1 de %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EntryInspector</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal record</source>
        <translation>Registro del diario</translation>
    </message>
    <message>
        <source>Record header</source>
        <translation>Cabecera del registro</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Descifrado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Signature (cryptography)</source>
        <translation>Firma (criptografía)</translation>
    </message>
    <message>
        <source>Signer trust</source>
        <translation>Confianza del firmante</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>clave certificada por la autoridad de la red</translation>
    </message>
    <message>
        <source>key not certified</source>
        <translation>clave no certificada</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Rechazada porque</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Double spend</source>
        <translation>Doble gasto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Provenance of %1</source>
        <translation>Procedencia de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s); activate one to jump</source>
        <translation>
            <numerusform>%n cambio anterior; active uno para saltar a él</numerusform>
            <numerusform>%n cambios anteriores; active uno para saltar a él</numerusform>
        </translation>
    </message>
    <message>
        <source>start state</source>
        <translation>estado inicial</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>entrada seq %1</translation>
    </message>
    <message>
        <source>%1 at Lamport %2</source>
        <translation>%1 en Lamport %2</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Hallazgo %1</translation>
    </message>
    <message>
        <source>Entry header</source>
        <translation>Cabecera de la entrada</translation>
    </message>
    <message>
        <source>seq %1, %2</source>
        <translation>seq %1, %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Decodificación</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>links to the previous record</source>
        <translation>enlaza con el registro anterior</translation>
    </message>
    <message>
        <source>BROKEN: the previous-record hash does not match</source>
        <translation>ROTA: el hash del registro anterior no coincide</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>made by a key not in the trust store</source>
        <translation>hecha con una clave que no está en el almacén de confianza</translation>
    </message>
    <message>
        <source>INVALID: the bytes do not match the signature</source>
        <translation>NO VÁLIDA: los bytes no corresponden a la firma</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceListModel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n archivo, %1</numerusform>
            <numerusform>%n archivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256 at open</source>
        <translation>SHA-256 al abrir</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Modificado (UTC)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceOpener</name>
    <message>
        <source>There is no such file or folder (no such file).</source>
        <translation>No existe ese archivo o carpeta (no such file).</translation>
    </message>
    <message>
        <source>This folder holds no Seed device dumps (*.seeddump) and no Ω checkpoint files (checkpoint_&lt;seconds&gt;.json), here or in its checkpoints/ or devices/ folder.</source>
        <translation>Esta carpeta no contiene volcados de dispositivos Seed (*.seeddump) ni archivos de puntos de control Ω (checkpoint_&lt;segundos&gt;.json), ni aquí ni en sus carpetas checkpoints/ o devices/.</translation>
    </message>
    <message>
        <source>The file is empty: there is no device dump in it.</source>
        <translation>El archivo está vacío: no contiene ningún volcado de dispositivo.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation (%n dumps)</source>
        <translation>
            <numerusform>Conciliación (%n volcado)</numerusform>
            <numerusform>Conciliación (%n volcados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Volcado de dispositivo Seed</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceTree</name>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>0x%1, %n byte(s)</source>
        <translation>
            <numerusform>0x%1, %n byte</numerusform>
            <numerusform>0x%1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only, SHA-256 %1…</source>
        <translation>solo lectura, SHA-256 %1…</translation>
    </message>
    <message>
        <source>registration not checked (no trust store)</source>
        <translation>registro no comprobado (sin almacén de confianza)</translation>
    </message>
    <message>
        <source>trust store: %1</source>
        <translation>almacén de confianza: %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>identity ok, network %1; %2</source>
        <translation>identidad correcta, red %1; %2</translation>
    </message>
    <message>
        <source>identity header DAMAGED</source>
        <translation>cabecera de identidad DAÑADA</translation>
    </message>
    <message>
        <source>Damaged regions</source>
        <translation>Regiones dañadas</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 0x%2</source>
        <translation>%1 en 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsModel</name>
    <message>
        <source>Expected: %1
Found: %2</source>
        <translation>Esperado: %1
Encontrado: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Advertencias y superiores</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Errores y superiores</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Solo críticos</translation>
    </message>
    <message>
        <source>Search findings (code, offset, subject, text)…</source>
        <translation>Buscar hallazgos (código, desplazamiento, objeto, texto)…</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::JournalModel</name>
    <message>
        <source>(undecodable)</source>
        <translation>(no decodificable)</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>no reproducida</translation>
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
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Findings point into this record</source>
        <translation>Hay hallazgos que apuntan a este registro</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::KeyDialog</name>
    <message>
        <source>Keys and trust store</source>
        <translation>Claves y almacén de confianza</translation>
    </message>
    <message>
        <source>&lt;p&gt;The evidence in &lt;b&gt;%1&lt;/b&gt; may need its storage keys (to decrypt the journal and checkpoints) and the network&apos;s trust store (to tell certified keys from unknown ones).&lt;/p&gt;&lt;p&gt;These files were found beside it. Only their paths are remembered, for this session; Seedscope never stores key bytes. A key that does not fit is reported as a problem with the inputs, never as tampering.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La evidencia de &lt;b&gt;%1&lt;/b&gt; puede necesitar sus claves de almacenamiento (para descifrar el diario y los puntos de control) y el almacén de confianza de la red (para distinguir las claves certificadas de las desconocidas).&lt;/p&gt;&lt;p&gt;Estos archivos se encontraron junto a ella. Solo se recuerdan sus rutas, durante esta sesión; Seedscope nunca guarda bytes de claves. Una clave que no corresponde se informa como un problema de las entradas, nunca como manipulación.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The key named like each dump (&lt;dump&gt;.key), %n found here</source>
        <translation>
            <numerusform>La clave con el nombre de cada volcado (&lt;dump&gt;.key), %n encontrada aquí</numerusform>
            <numerusform>La clave con el nombre de cada volcado (&lt;dump&gt;.key), %n encontradas aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>No storage key</source>
        <translation>Sin clave de almacenamiento</translation>
    </message>
    <message>
        <source>No trust store</source>
        <translation>Sin almacén de confianza</translation>
    </message>
    <message>
        <source>Other key file…</source>
        <translation>Otro archivo de clave…</translation>
    </message>
    <message>
        <source>Other trust store…</source>
        <translation>Otro almacén de confianza…</translation>
    </message>
    <message>
        <source>Storage key:</source>
        <translation>Clave de almacenamiento:</translation>
    </message>
    <message>
        <source>Trust store:</source>
        <translation>Almacén de confianza:</translation>
    </message>
    <message>
        <source>Verify with these</source>
        <translation>Verificar con estos</translation>
    </message>
    <message>
        <source>Storage key file</source>
        <translation>Archivo de clave de almacenamiento</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Archivos de clave (*.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Almacén de confianza</translation>
    </message>
    <message>
        <source>Trust stores (*.json);;All files (*)</source>
        <translation>Almacenes de confianza (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LedgerChart</name>
    <message>
        <source>Lamport time</source>
        <translation>Tiempo de Lamport</translation>
    </message>
    <message>
        <source>Trust score</source>
        <translation>Puntuación de confianza</translation>
    </message>
    <message>
        <source>high risk below 100</source>
        <translation>riesgo alto por debajo de 100</translation>
    </message>
    <message>
        <source>reliable above 300</source>
        <translation>fiable por encima de 300</translation>
    </message>
    <message>
        <source>excellent above 600</source>
        <translation>excelente por encima de 600</translation>
    </message>
    <message>
        <source>Pool balance</source>
        <translation>Saldo del fondo</translation>
    </message>
    <message>
        <source>%1 at Lamport %2: %3%4</source>
        <translation>%1 en Lamport %2: %3%4</translation>
    </message>
    <message>
        <source> (before the journal)</source>
        <translation> (antes del diario)</translation>
    </message>
    <message>
        <source>Hover a point to read it; click it to select its entry.</source>
        <translation>Pase el puntero sobre un punto para leerlo; haga clic en él para seleccionar su entrada.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::MainWindow</name>
    <message>
        <source>Evidence (read-only)</source>
        <translation>Evidencia (solo lectura)</translation>
    </message>
    <message>
        <source>Ready. Evidence is opened read-only.</source>
        <translation>Listo. La evidencia se abre en solo lectura.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;device dump…</source>
        <translation>Abrir &amp;volcado de dispositivo…</translation>
    </message>
    <message>
        <source>Open &amp;folder (Ω directory or dumps)…</source>
        <translation>Abrir &amp;carpeta (directorio Ω o volcados)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the bundled &amp;sample</source>
        <translation>Abrir la &amp;muestra incluida</translation>
    </message>
    <message>
        <source>Ask for &amp;keys again</source>
        <translation>Volver a pedir las &amp;claves</translation>
    </message>
    <message>
        <source>Key and trust store choices forgotten: the next dump opened asks again.</source>
        <translation>Elecciones de clave y almacén de confianza olvidadas: el próximo volcado que se abra volverá a preguntar.</translation>
    </message>
    <message>
        <source>&amp;Close evidence tab</source>
        <translation>&amp;Cerrar pestaña de evidencia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>Modo &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Seedscope</source>
        <translation>&amp;Acerca de Seedscope</translation>
    </message>
    <message>
        <source>Open device dump</source>
        <translation>Abrir volcado de dispositivo</translation>
    </message>
    <message>
        <source>Seed device dumps (*.seeddump);;All files (*)</source>
        <translation>Volcados de dispositivos Seed (*.seeddump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open an Ω checkpoint directory or a folder of dumps</source>
        <translation>Abrir un directorio de puntos de control Ω o una carpeta de volcados</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ya está abierto</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 abierto en solo lectura</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open evidence</source>
        <translation>No se puede abrir la evidencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no se abrió.</translation>
    </message>
    <message>
        <source>About Seedscope</source>
        <translation>Acerca de Seedscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Audit and forensics for Seed device dumps and Ω checkpoint directories.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Auditoría y forense de volcados de dispositivos Seed y directorios de puntos de control Ω.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Perito:</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Título del caso:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número del caso:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::OmegaView</name>
    <message>
        <source>Ψ and m_t</source>
        <translation>Ψ y m_t</translation>
    </message>
    <message>
        <source>Ω and I components</source>
        <translation>Componentes Ω e I</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Archivos (%1)</translation>
    </message>
    <message>
        <source>finds no checkpoint_*.json</source>
        <translation>no encuentra ningún checkpoint_*.json</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; and returns &lt;b&gt;nothing&lt;/b&gt; (%2)</source>
        <translation>elige &lt;b&gt;%1&lt;/b&gt; y no devuelve &lt;b&gt;nada&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; (%2 by its own validator)</source>
        <translation>elige &lt;b&gt;%1&lt;/b&gt; (%2 según su propio validador)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;nothing is authenticated&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;nada está autenticado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 files, %3 valid · original loader %4 · newest valid: &lt;b&gt;%5&lt;/b&gt; · continuity: %6 of %7 pairs break ±0.001 · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 archivos, %3 válidos · cargador original %4 · el más reciente válido: &lt;b&gt;%5&lt;/b&gt; · continuidad: %6 de %7 pares rompen ±0,001 · %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>seconds after %1 UTC</source>
        <translation>segundos después de %1 UTC</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Ψ (coherence_score)</source>
        <translation>Ψ (coherence_score)</translation>
    </message>
    <message>
        <source>m_t (modulator)</source>
        <translation>m_t (modulador)</translation>
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
        <translation>ruptura de continuidad (|Δ| ≥ %1)</translation>
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
        <translation>Componentes de Omega_t_L, ‖Ω‖</translation>
    </message>
    <message>
        <source>I_t_L components</source>
        <translation>Componentes de I_t_L</translation>
    </message>
    <message>
        <source>seconds after the first checkpoint</source>
        <translation>segundos después del primer punto de control</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>componente %1</translation>
    </message>
    <message>
        <source>‖Ω‖ (= m_t by construction)</source>
        <translation>‖Ω‖ (= m_t por construcción)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>esperado: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>network_id</source>
        <translation>network_id</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formado</translation>
    </message>
    <message>
        <source> · original loader&apos;s pick</source>
        <translation> · elección del cargador original</translation>
    </message>
    <message>
        <source> · newest valid</source>
        <translation> · el más reciente válido</translation>
    </message>
    <message>
        <source>Folder and files</source>
        <translation>Carpeta y archivos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>modulador (m_t)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>error de análisis</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>en el byte %1</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>error de lectura</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ReconcileTab</name>
    <message numerus="yes">
        <source>Reconciling %n dump(s) against the merged ledger…</source>
        <translation>
            <numerusform>Conciliando %n volcado con el libro contable combinado…</numerusform>
            <numerusform>Conciliando %n volcados con el libro contable combinado…</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Solo aquí</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Alteradas</translation>
    </message>
    <message>
        <source>Matches merged ledger</source>
        <translation>Coincide con el libro combinado</translation>
    </message>
    <message>
        <source>First divergent entry</source>
        <translation>Primera entrada divergente</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions the devices disagree on&lt;/b&gt; (each device&apos;s copy; the authentic one is marked)</source>
        <translation>&lt;b&gt;Transacciones en las que los dispositivos discrepan&lt;/b&gt; (la copia de cada dispositivo; la auténtica está marcada)</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>La conciliación falló: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 transactions&lt;/b&gt; across %2 devices, %3 on every device; merged ledger: %4 entries (%5 valid, %6 rejected). &lt;b&gt;%7 device(s) depart from the merged ledger&lt;/b&gt;; %8 conflicting transaction(s).</source>
        <translation>&lt;b&gt;%1 transacciones&lt;/b&gt; en %2 dispositivos, %3 en todos los dispositivos; libro contable combinado: %4 entradas (%5 válidas, %6 rechazadas). &lt;b&gt;%7 dispositivo(s) se apartan del libro combinado&lt;/b&gt;; %8 transacción(es) en conflicto.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>%1: journal seq %2 (merged #%3) %4</source>
        <translation>%1: diario seq %2 (combinado #%3) %4</translation>
    </message>
    <message>
        <source>seq %1, signature %2%3</source>
        <translation>seq %1, firma %2%3</translation>
    </message>
    <message>
        <source>, authentic</source>
        <translation>, auténtica</translation>
    </message>
    <message>
        <source>, DIFFERS</source>
        <translation>, DIFIERE</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Previous journal entry (state time travel)</source>
        <translation>Entrada anterior del diario (viaje en el tiempo del estado)</translation>
    </message>
    <message>
        <source>Alt+Left or [</source>
        <translation>Alt+Izquierda o [</translation>
    </message>
    <message>
        <source>Next journal entry (state time travel)</source>
        <translation>Entrada siguiente del diario (viaje en el tiempo del estado)</translation>
    </message>
    <message>
        <source>Alt+Right or ]</source>
        <translation>Alt+Derecha o ]</translation>
    </message>
    <message>
        <source>Jump to a finding&apos;s entry and bytes</source>
        <translation>Saltar a la entrada y los bytes de un hallazgo</translation>
    </message>
    <message>
        <source>select it in Findings (arrow keys)</source>
        <translation>selecciónelo en Hallazgos (teclas de flecha)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::StateInspector</name>
    <message>
        <source>Select a journal entry to see the ledger state as of it.</source>
        <translation>Seleccione una entrada del diario para ver el estado del libro contable en ese momento.</translation>
    </message>
    <message>
        <source>Account / group</source>
        <translation>Cuenta / grupo</translation>
    </message>
    <message>
        <source>Balance / pool</source>
        <translation>Saldo / fondo</translation>
    </message>
    <message>
        <source>Trust / status</source>
        <translation>Confianza / estado</translation>
    </message>
    <message>
        <source>This entry changed</source>
        <translation>Esta entrada cambió</translation>
    </message>
    <message>
        <source>No replay: the ledger state is not known.</source>
        <translation>Sin reproducción: el estado del libro contable no se conoce.</translation>
    </message>
    <message>
        <source>trust %1 → %2</source>
        <translation>confianza %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Cuentas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Groups and pools (%1)</source>
        <translation>Grupos y fondos (%1)</translation>
    </message>
    <message>
        <source>%1, cycle %2, %3 members</source>
        <translation>%1, ciclo %2, %3 miembros</translation>
    </message>
    <message>
        <source>Total issued</source>
        <translation>Total emitido</translation>
    </message>
    <message>
        <source>Not replayed: no ledger entry here, or it did not decode.</source>
        <translation>No reproducida: aquí no hay ninguna entrada del libro contable, o no se pudo decodificar.</translation>
    </message>
    <message>
        <source>Only decoded entries inside the replayed range have a ledger state.</source>
        <translation>Solo las entradas decodificadas dentro del intervalo reproducido tienen un estado del libro contable.</translation>
    </message>
    <message>
        <source>Bold rows changed here; the last column shows before → after.</source>
        <translation>Las filas en negrita cambiaron aquí; la última columna muestra antes → después.</translation>
    </message>
    <message>
        <source>State after entry seq %1 (canonical #%2, Lamport %3): %4</source>
        <translation>Estado tras la entrada seq %1 (canónico #%2, Lamport %3): %4</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::VerdictBanner</name>
    <message>
        <source>no damage and no sign of tampering was found.</source>
        <translation>no se encontró ningún daño ni indicio de manipulación.</translation>
    </message>
    <message>
        <source>the media is damaged (a torn write or corruption), which does not by itself point to tampering.</source>
        <translation>el soporte está dañado (una escritura interrumpida o corrupción), lo que por sí solo no indica manipulación.</translation>
    </message>
    <message>
        <source>the device&apos;s records were changed in a way media damage cannot explain.</source>
        <translation>los registros del dispositivo se cambiaron de una forma que el daño del soporte no puede explicar.</translation>
    </message>
    <message>
        <source>problems were found that need an examiner&apos;s judgement.</source>
        <translation>se encontraron problemas que requieren el criterio de un perito.</translation>
    </message>
    <message>
        <source>the storage key given does not decrypt this dump. That is a problem with the examiner&apos;s inputs, not a finding about the device: close the tab, use File &gt; Ask for keys again, and open the dump again. What needs the key was not checked.</source>
        <translation>la clave de almacenamiento indicada no descifra este volcado. Es un problema de las entradas del perito, no un hallazgo sobre el dispositivo: cierre la pestaña, use Archivo &gt; Volver a pedir las claves y abra de nuevo el volcado. Lo que necesita la clave no se ha comprobado.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all, %1 critical.</source>
        <translation>
            <numerusform>%n hallazgo en total, %1 críticos.</numerusform>
            <numerusform>%n hallazgos en total, %1 críticos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>No comprobado:</translation>
    </message>
    <message>
        <source> at 0x%1</source>
        <translation> en 0x%1</translation>
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
        <translation>Abra un volcado de dispositivo Seed (&lt;tt&gt;.seeddump&lt;/tt&gt;), una carpeta de volcados o un directorio de puntos de control Ω. La evidencia se abre en solo lectura y se calcula su hash antes que nada; también puede soltar archivos en esta ventana.</translation>
    </message>
    <message>
        <source>Open device dump…</source>
        <translation>Abrir volcado de dispositivo…</translation>
    </message>
    <message>
        <source>Open a folder (Ω checkpoints or dumps)…</source>
        <translation>Abrir una carpeta (puntos de control Ω o volcados)…</translation>
    </message>
    <message>
        <source>Open the bundled sample (a mesh with a tampered and a power-cut device)</source>
        <translation>Abrir la muestra incluida (una red con un dispositivo manipulado y otro con corte de energía)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent evidence&lt;/b&gt; (double-click or Enter to open)</source>
        <translation>&lt;b&gt;Evidencia reciente&lt;/b&gt; (doble clic o Intro para abrir)</translation>
    </message>
    <message>
        <source>(nothing opened yet)</source>
        <translation>(aún no se ha abierto nada)</translation>
    </message>
</context>
</TS>

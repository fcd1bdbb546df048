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
        <source>key %1</source>
        <translation>clave %1</translation>
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
        <source>seq %1</source>
        <translation>seq %1</translation>
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
        <source>journal</source>
        <translation>diario</translation>
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
        <source>valid</source>
        <translation>válida</translation>
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
        <source>none</source>
        <translation>ninguno</translation>
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
        <source>journal seq %1</source>
        <translation>seq de diario %1</translation>
    </message>
    <message>
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>La firma propia del dispositivo sobre esta entrada no se verifica: su contenido se alteró tras la firma.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>firma válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
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
        <source>checkpoint slots</source>
        <translation>ranuras de punto de control</translation>
    </message>
    <message>
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>Las ranuras de punto de control contienen datos pero ninguna es válida: el dispositivo debe reconstruir su libro contable a partir de todo el diario.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>un punto de control válido</translation>
    </message>
    <message>
        <source>journal block %1</source>
        <translation>bloque de diario %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloque de marcadores %1</translation>
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
        <source>%1 added on %2.</source>
        <translation>Anotación (%1) añadida a %2.</translation>
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

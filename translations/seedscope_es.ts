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

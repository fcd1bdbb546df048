<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>CoreTerms</name>
    <message>
        <source>torn_tail</source>
        <translation>escrita interrompida</translation>
    </message>
    <message>
        <source>corruption</source>
        <translation>corrupção</translation>
    </message>
    <message>
        <source>tampering</source>
        <translation>adulteração</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>high_risk</source>
        <translation>risco elevado</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiável</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>em claro</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>decifrado</translation>
    </message>
    <message>
        <source>no-key</source>
        <translation>sem chave</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>unknown_key</source>
        <translation>chave desconhecida</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>a mais</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>fundo</translation>
    </message>
    <message>
        <source>group_status</source>
        <translation>estado do grupo</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>confiança</translation>
    </message>
    <message>
        <source>issuance</source>
        <translation>emissão</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informação</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>untrusted_key</source>
        <translation>chave não fiável</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>limpo</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erros</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criação</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abertura</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verificação</translation>
    </message>
    <message>
        <source>key used</source>
        <translation>chave usada</translation>
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
        <translation>exportação</translation>
    </message>
    <message>
        <source>evidence mismatch</source>
        <translation>evidência não coincidente</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>checkpoint slot %1</source>
        <translation>ranhura de ponto de verificação %1</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>ponto de verificação %1</translation>
    </message>
    <message>
        <source>The newest checkpoint cannot be loaded, so the device falls back to checkpoint %1 in slot %2 and replays more journal.</source>
        <translation>O ponto de verificação mais recente não pode ser carregado, pelo que o dispositivo recorre ao ponto de verificação %1 na ranhura %2 e reproduz mais do diário.</translation>
    </message>
    <message>
        <source>checkpoint %1 loadable</source>
        <translation>ponto de verificação %1 carregável</translation>
    </message>
    <message>
        <source>fallback to checkpoint %1</source>
        <translation>recurso ao ponto de verificação %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilização: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opções]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
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
        <translation>&amp;Ficheiro</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drag to pan, wheel to zoom, click a point to select its entry.</source>
        <translation>Arraste para deslocar, roda para ampliar, clique num ponto para selecionar o seu lançamento.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Repor vista</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>CLEAN</source>
        <translation>LIMPO</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DANIFICADO</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>ADULTERADO</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>KEY DOES NOT FIT</source>
        <translation>A CHAVE NÃO CORRESPONDE</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>chave desconhecida</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVÁLIDA</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Ω directory</source>
        <translation>Diretório Ω</translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Despejo de dispositivo Seed</translation>
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
        <translation>Exportar o gráfico como PNG</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>Exportar o gráfico como PDF</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Exportar o gráfico como SVG</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certificada</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>não certificada</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
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
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Experimente «%1».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Add a note to the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Adicionar uma nota ao caso, a uma evidência, a um lançamento, a uma constatação, a um ficheiro Omega ou a um ponto de um gráfico.</translation>
    </message>
    <message>
        <source>Tag the case, a piece of evidence, an entry, a finding, an Omega file or a chart point.</source>
        <translation>Etiquetar o caso, uma evidência, um lançamento, uma constatação, um ficheiro Omega ou um ponto de um gráfico.</translation>
    </message>
    <message>
        <source>Bookmark an entry, a finding, an Omega file or a chart point.</source>
        <translation>Colocar um marcador num lançamento, numa constatação, num ficheiro Omega ou num ponto de um gráfico.</translation>
    </message>
    <message>
        <source>The evidence: SHA-256 (or 8+ hex prefix), name or path.</source>
        <translation>A evidência: SHA-256 (ou um prefixo hexadecimal de 8 ou mais caracteres), nome ou caminho.</translation>
    </message>
    <message>
        <source>A journal entry by sequence number.</source>
        <translation>Um lançamento do diário, por número de sequência.</translation>
    </message>
    <message>
        <source>A journal entry by byte offset in the evidence.</source>
        <translation>Um lançamento do diário, por deslocamento em bytes na evidência.</translation>
    </message>
    <message>
        <source>A finding of the evidence&apos;s stored result, by id (F1, F2 ...).</source>
        <translation>Uma constatação do resultado guardado da evidência, por identificador (F1, F2 ...).</translation>
    </message>
    <message>
        <source>A file of an Omega folder, by name.</source>
        <translation>Um ficheiro de uma pasta Omega, por nome.</translation>
    </message>
    <message>
        <source>A chart point: SERIES:X (e.g. trust:154).</source>
        <translation>Um ponto de um gráfico: SERIES:X (p. ex. trust:154).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>A nota.</translation>
    </message>
    <message>
        <source>A note on it.</source>
        <translation>Uma nota sobre isso.</translation>
    </message>
    <message>
        <source>Tag name; repeatable.</source>
        <translation>Nome da etiqueta; repetível.</translation>
    </message>
    <message>
        <source>A label.</source>
        <translation>Um rótulo.</translation>
    </message>
    <message>
        <source>The .seedcase file (omit with --db).</source>
        <translation>O ficheiro .seedcase (omita-o com --db).</translation>
    </message>
    <message>
        <source>Create a case file (or initialise a team case database).</source>
        <translation>Criar um ficheiro de caso (ou inicializar a base de dados de um caso de equipa).</translation>
    </message>
    <message>
        <source>Case title.</source>
        <translation>Título do caso.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Número do caso.</translation>
    </message>
    <message>
        <source>Agency.</source>
        <translation>Entidade.</translation>
    </message>
    <message>
        <source>The new .seedcase file.</source>
        <translation>O novo ficheiro .seedcase.</translation>
    </message>
    <message>
        <source>Import evidence into a case: hash it, verify it (dumps) or examine it (Omega folders), and store the result. Evidence already verified by this Seedscope version with the same keys is not verified again.</source>
        <translation>Importar evidências para um caso: calcular o hash, verificá-las (despejos) ou examiná-las (pastas Omega) e guardar o resultado. Uma evidência já verificada por esta versão do Seedscope com as mesmas chaves não é verificada de novo.</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable.</source>
        <translation>Ficheiro da chave raiz de armazenamento (hex); repetível.</translation>
    </message>
    <message>
        <source>Network trust store.</source>
        <translation>Repositório de confiança da rede.</translation>
    </message>
    <message>
        <source>Dump files or Omega folders.</source>
        <translation>Ficheiros de despejo ou pastas Omega.</translation>
    </message>
    <message>
        <source>Re-hash every piece of evidence and check the custody chain. Exit 2 names the changed evidence or the first custody record that fails.</source>
        <translation>Recalcular o hash de cada evidência e verificar a cadeia de custódia. A saída 2 indica a evidência alterada ou o primeiro registo de custódia que falha.</translation>
    </message>
    <message>
        <source>Print the custody log (read-only) and whether its hash chain verifies.</source>
        <translation>Mostrar o registo de custódia (só de leitura) e se a sua cadeia de hashes se verifica.</translation>
    </message>
    <message>
        <source>usage: case new|add|verify|log|note|bookmark|tag [options] (case &lt;action&gt; --help for each)</source>
        <translation>utilização: case new|add|verify|log|note|bookmark|tag [opções] (case &lt;action&gt; --help para cada uma)</translation>
    </message>
    <message>
        <source>Case files: new, add evidence, verify, custody log, notes, bookmarks, tags</source>
        <translation>Ficheiros de caso: criar, adicionar evidências, verificar, registo de custódia, notas, marcadores, etiquetas</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string (postgresql://...) in place of CASE.</source>
        <translation>Caso de equipa: uma cadeia de ligação PostgreSQL (postgresql://...) em vez de CASE.</translation>
    </message>
    <message>
        <source>Who performs this action (default: the case&apos;s examiner).</source>
        <translation>Quem realiza esta ação (por omissão: o perito do caso).</translation>
    </message>
    <message>
        <source>Print JSON (docs/case-file.md).</source>
        <translation>Imprimir JSON (docs/case-file.md).</translation>
    </message>
    <message>
        <source>Print size, SHA-256 and modification time of evidence files (read-only).</source>
        <translation>Mostrar o tamanho, o SHA-256 e a data de modificação de ficheiros de evidência (só de leitura).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Evidence files.</source>
        <translation>Ficheiros de evidência.</translation>
    </message>
    <message>
        <source>Hash evidence files read-only (size, SHA-256, mtime)</source>
        <translation>Calcular o hash de ficheiros de evidência só de leitura (tamanho, SHA-256, data)</translation>
    </message>
    <message>
        <source>Show the layout of a Seed device dump: geometry, identity, slots, journal extent, markers.</source>
        <translation>Mostrar a estrutura de um despejo de dispositivo Seed: geometria, identidade, ranhuras, extensão do diário, marcadores.</translation>
    </message>
    <message>
        <source>Storage root key file (64 hex characters).</source>
        <translation>Ficheiro da chave raiz de armazenamento (64 caracteres hexadecimais).</translation>
    </message>
    <message>
        <source>A .seeddump file.</source>
        <translation>Um ficheiro .seeddump.</translation>
    </message>
    <message>
        <source>Show a Seed dump&apos;s layout: geometry, identity, slots, journal, markers</source>
        <translation>Mostrar a estrutura de um despejo Seed: geometria, identidade, ranhuras, diário, marcadores</translation>
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
Saída JSON (--json), um objeto (docs/cli.md):
  command &quot;omega&quot;, schema_version 1, exit_code, folder (nome da pasta aberta),
  examined_at (segundos unix, --now),
  summary: files_on_disk, parsed, valid, truncated[], malformed[], non_finite[],
    out_of_range[] (nomes de ficheiro), original_loader {picks, returns &quot;checkpoint&quot;|&quot;nothing&quot;,
    returned_timestamp, result_valid, reason}, numerically_latest, newest_by_content,
    newest_valid, retention {guide_limit, on_disk}, continuity {limit, pairs, violations},
    authentication &quot;none&quot;|&quot;verified&quot;|&quot;untrusted_key&quot;|&quot;failed&quot;, signer_key_id,
    worst_severity, exit_code,
  files[]: name, status (valid|invalid|truncated|malformed|unreadable|encrypted|
    encrypted_unread), size, sha256, name_seconds, timestamp, coherence_score, modulator,
    network_id, vector_length, encrypted, errors, warnings (ordem numérica),
  findings[]: id, cause, code, severity, evidence, offset, length, location (caminho JSON),
    subject, expected, found, explanation, verdict.
Os números não finitos aparecem como as cadeias &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;.
Códigos e exemplos: docs/findings/omega.md.
</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory (checkpoint_*.json, or a folder holding checkpoints/) read-only: per-file validation, what the original loader picks, continuity, authentication.</source>
        <translation>Examinar um diretório de pontos de verificação Omega (checkpoint_*.json, ou uma pasta que contém checkpoints/) só de leitura: validação de cada ficheiro, o que o carregador original escolhe, continuidade, autenticação.</translation>
    </message>
    <message>
        <source>Print the report as JSON (schema below).</source>
        <translation>Imprimir o relatório como JSON (esquema abaixo).</translation>
    </message>
    <message>
        <source>Examination time as unix seconds (default: the current time).</source>
        <translation>Hora do exame em segundos unix (por omissão: a hora atual).</translation>
    </message>
    <message>
        <source>File with the node&apos;s Ed25519 public key (64 hex characters).</source>
        <translation>Ficheiro com a chave pública Ed25519 do nó (64 caracteres hexadecimais).</translation>
    </message>
    <message>
        <source>File with the node secret (64 hex) to decrypt .json.enc checkpoints.</source>
        <translation>Ficheiro com o segredo do nó (64 hex) para decifrar os pontos de verificação .json.enc.</translation>
    </message>
    <message>
        <source>The checkpoint folder.</source>
        <translation>A pasta dos pontos de verificação.</translation>
    </message>
    <message>
        <source>Examine an Omega checkpoint directory read-only (findings, loader pick, continuity)</source>
        <translation>Examinar um diretório de pontos de verificação Omega só de leitura (constatações, escolha do carregador, continuidade)</translation>
    </message>
    <message>
        <source>Write a deterministic Omega checkpoint folder to DIR/checkpoints/ (same seed, same bytes).
--hardened adds a signed manifest.json; --encrypt writes checkpoint_&lt;int&gt;.json.enc files.
The node secret comes from --key-file F (64 hex characters); when F does not exist it is
created (mode 0600) from the seed. Simulator keys protect nothing: never reuse them.
With --hardened, the node&apos;s public key is written to DIR/node_public_key.hex (for --trust-key).</source>
        <translation>Escrever uma pasta de pontos de verificação Omega determinista em DIR/checkpoints/ (mesma semente, mesmos bytes).
--hardened acrescenta um manifest.json assinado; --encrypt escreve ficheiros checkpoint_&lt;int&gt;.json.enc.
O segredo do nó vem de --key-file F (64 caracteres hexadecimais); se F não existir, é
criado (modo 0600) a partir da semente. As chaves do simulador não protegem nada: nunca as reutilize.
Com --hardened, a chave pública do nó é escrita em DIR/node_public_key.hex (para --trust-key).</translation>
    </message>
    <message>
        <source>Simulate an Omega checkpoint folder.</source>
        <translation>Simular uma pasta de pontos de verificação Omega.</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Diretório de saída.</translation>
    </message>
    <message>
        <source>Checkpoint files before defects (default 24).</source>
        <translation>Ficheiros de pontos de verificação antes dos defeitos (por omissão 24).</translation>
    </message>
    <message>
        <source>Seed (default 20251109).</source>
        <translation>Semente (por omissão 20251109).</translation>
    </message>
    <message>
        <source>Append the real writer&apos;s typical defects.</source>
        <translation>Acrescentar os defeitos típicos do escritor real.</translation>
    </message>
    <message>
        <source>Write a signed manifest.json.</source>
        <translation>Escrever um manifest.json assinado.</translation>
    </message>
    <message>
        <source>Encrypt checkpoint files (implies --hardened).</source>
        <translation>Cifrar os ficheiros de pontos de verificação (implica --hardened).</translation>
    </message>
    <message>
        <source>Node secret file (64 hex).</source>
        <translation>Ficheiro do segredo do nó (64 hex).</translation>
    </message>
    <message>
        <source>Print what was written as JSON (schema: docs/cli.md).</source>
        <translation>Imprimir o que foi escrito como JSON (esquema: docs/cli.md).</translation>
    </message>
    <message>
        <source>Export a standalone proof of one balance (or pool) from a signed checkpoint.</source>
        <translation>Exportar uma prova independente de um saldo (ou fundo) a partir de um ponto de verificação assinado.</translation>
    </message>
    <message>
        <source>Trust store JSON.</source>
        <translation>Repositório de confiança (JSON).</translation>
    </message>
    <message>
        <source>Storage key file (repeatable).</source>
        <translation>Ficheiro de chave de armazenamento (repetível).</translation>
    </message>
    <message>
        <source>Directory with &lt;dump-name&gt;.key files.</source>
        <translation>Diretório com ficheiros &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Account to prove (32 hex digits).</source>
        <translation>Conta a provar (32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>Savings group pool to prove (32 hex digits).</source>
        <translation>Fundo do grupo de poupança a provar (32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>Use the latest checkpoint covering at most journal sequence SEQ.</source>
        <translation>Usar o último ponto de verificação que cubra no máximo a sequência SEQ do diário.</translation>
    </message>
    <message>
        <source>Write the proof here (default: stdout).</source>
        <translation>Escrever a prova aqui (por omissão: stdout).</translation>
    </message>
    <message>
        <source>Seed dump file.</source>
        <translation>Ficheiro de despejo Seed.</translation>
    </message>
    <message>
        <source>Export a standalone Merkle proof of a balance or pool from a dump</source>
        <translation>Exportar uma prova de Merkle independente de um saldo ou fundo a partir de um despejo</translation>
    </message>
    <message>
        <source>Reconcile the dumps of several Seed devices of one network: matched transactions, entries on one side only, conflicting duplicates, altered copies, chain forks, divergent checkpoints, clock skew, and the merged ledger each device is compared to. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Reconciliar os despejos de vários dispositivos Seed de uma mesma rede: transações emparelhadas, lançamentos de um só lado, duplicados em conflito, cópias alteradas, bifurcações da cadeia, pontos de verificação divergentes, desvio de relógio e o livro-razão combinado com que cada dispositivo é comparado. Saída: 0 limpo, 1 avisos, 2 erros ou adulteração, 3 ilegível, 64 utilização.</translation>
    </message>
    <message>
        <source>Network trust store (required).</source>
        <translation>Repositório de confiança da rede (obrigatório).</translation>
    </message>
    <message>
        <source>Storage root key file (hex); repeatable, matched to dumps by name first.</source>
        <translation>Ficheiro da chave raiz de armazenamento (hex); repetível, associado aos despejos primeiro pelo nome.</translation>
    </message>
    <message>
        <source>Directory holding &lt;dump-name&gt;.key files.</source>
        <translation>Diretório que contém os ficheiros &lt;dump-name&gt;.key.</translation>
    </message>
    <message>
        <source>Print JSON (schema: docs/cli.md).</source>
        <translation>Imprimir JSON (esquema: docs/cli.md).</translation>
    </message>
    <message>
        <source>Two or more Seed dump files.</source>
        <translation>Dois ou mais ficheiros de despejo Seed.</translation>
    </message>
    <message>
        <source>Reconcile several Seed dumps: matches, conflicts, forks, merged ledger</source>
        <translation>Reconciliar vários despejos Seed: correspondências, conflitos, bifurcações, livro-razão combinado</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, account provenance.</source>
        <translation>Reproduzir o livro-razão de um despejo: estado, eventos, provas cruzadas dos pontos de verificação, proveniência das contas.</translation>
    </message>
    <message>
        <source>Trust store JSON (authority key, device registry).</source>
        <translation>Repositório de confiança JSON (chave da autoridade, registo de dispositivos).</translation>
    </message>
    <message>
        <source>State after the entry stored at journal sequence N.</source>
        <translation>Estado após o lançamento guardado na sequência N do diário.</translation>
    </message>
    <message>
        <source>State after every entry with Lamport &lt;= L.</source>
        <translation>Estado após todos os lançamentos com Lamport &lt;= L.</translation>
    </message>
    <message>
        <source>One account&apos;s history with provenance.</source>
        <translation>O histórico de uma conta com a sua proveniência.</translation>
    </message>
    <message>
        <source>Print events as CSV.</source>
        <translation>Imprimir os eventos como CSV.</translation>
    </message>
    <message>
        <source>Replay a dump&apos;s ledger: state, events, checkpoint cross-proofs, provenance</source>
        <translation>Reproduzir o livro-razão de um despejo: estado, eventos, provas cruzadas, proveniência</translation>
    </message>
    <message>
        <source>Write a case report: case, examiner, tool version, evidence manifest with hashes, methods, verdicts and findings, proofs, charts, bookmarks, notes and the custody log.</source>
        <translation>Escrever um relatório do caso: caso, perito, versão da ferramenta, inventário das evidências com os seus hashes, métodos, veredictos e constatações, provas, gráficos, marcadores, notas e o registo de custódia.</translation>
    </message>
    <message>
        <source>Team case: a PostgreSQL connection string in place of CASE.</source>
        <translation>Caso de equipa: uma cadeia de ligação PostgreSQL em vez de CASE.</translation>
    </message>
    <message>
        <source>html, pdf, json or csv.</source>
        <translation>html, pdf, json ou csv.</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>O ficheiro do relatório a escrever.</translation>
    </message>
    <message>
        <source>Generation time to print in HTML/PDF (ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z).</source>
        <translation>Hora de geração a imprimir em HTML/PDF (ISO 8601 UTC, p. ex. 2026-01-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>Who exports (default: the case&apos;s examiner).</source>
        <translation>Quem exporta (por omissão: o perito do caso).</translation>
    </message>
    <message>
        <source>Print a JSON summary of what was written.</source>
        <translation>Imprimir um resumo JSON do que foi escrito.</translation>
    </message>
    <message>
        <source>Case report as HTML, PDF, JSON or CSV</source>
        <translation>Relatório do caso em HTML, PDF, JSON ou CSV</translation>
    </message>
    <message>
        <source>Simulate a mesh of Seed devices and write one .seeddump (+ .key) per device, trust-store.json and manifest.json.
Same options and seed, same bytes.</source>
        <translation>Simular uma malha de dispositivos Seed e escrever um .seeddump (+ .key) por dispositivo, trust-store.json e manifest.json.
Mesmas opções e semente, mesmos bytes.</translation>
    </message>
    <message>
        <source>Number of devices (1..64).</source>
        <translation>Número de dispositivos (1..64).</translation>
    </message>
    <message>
        <source>Entries the devices create.</source>
        <translation>Lançamentos que os dispositivos criam.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semente aleatória.</translation>
    </message>
    <message>
        <source>Encrypt journal payloads and checkpoints (AES-256-GCM).</source>
        <translation>Cifrar o conteúdo do diário e os pontos de verificação (AES-256-GCM).</translation>
    </message>
    <message>
        <source>Run rotating savings groups (ROSCA) with trust events.</source>
        <translation>Executar grupos de poupança rotativos (ROSCA) com eventos de confiança.</translation>
    </message>
    <message>
        <source>Checkpoint after K stored entries per device.</source>
        <translation>Ponto de verificação a cada K lançamentos guardados por dispositivo.</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[@DEVICE[:SEQ]] (repeatable; see --list-faults).</source>
        <translation>Injetar uma falha: KIND[@DEVICE[:SEQ]] (repetível; ver --list-faults).</translation>
    </message>
    <message>
        <source>List the fault kinds and exit.</source>
        <translation>Listar os tipos de falha e sair.</translation>
    </message>
    <message>
        <source>Print the manifest as JSON.</source>
        <translation>Imprimir o manifesto como JSON.</translation>
    </message>
    <message>
        <source>With --omega (Omega checkpoint folders instead of device dumps):</source>
        <translation>Com --omega (pastas de pontos de verificação Omega em vez de despejos de dispositivos):</translation>
    </message>
    <message>
        <source>Generate deterministic evidence: device meshes, or --omega directories</source>
        <translation>Gerar evidências deterministas: malhas de dispositivos, ou diretórios --omega</translation>
    </message>
    <message>
        <source>Verify Seed device dumps: framing, hash chain, seals, checkpoints, signatures, ledger replay (with a trust store), damage verdicts and the device&apos;s boot-time recovery. Exit: 0 clean, 1 warnings, 2 errors or tampering, 3 unreadable, 64 usage.</source>
        <translation>Verifica despejos de dispositivos Seed: estrutura dos registos, cadeia de hashes, selos, pontos de verificação, assinaturas, reprodução do livro-razão (com um repositório de confiança), veredictos de dano e a recuperação do dispositivo no arranque. Saída: 0 limpo, 1 avisos, 2 erros ou adulteração, 3 ilegível, 64 utilização.</translation>
    </message>
    <message>
        <source>Network trust store (authority key and device registry).</source>
        <translation>Repositório de confiança da rede (chave da autoridade e registo de dispositivos).</translation>
    </message>
    <message>
        <source>Seed dump files.</source>
        <translation>Ficheiros de despejo Seed.</translation>
    </message>
    <message>
        <source>Verify Seed dumps: findings, damage verdicts, recovery emulation</source>
        <translation>Verificar despejos Seed: constatações, veredictos de dano, emulação da recuperação</translation>
    </message>
    <message>
        <source>Verify a Seedscope proof file standalone (no dump needed).</source>
        <translation>Verificar um ficheiro de prova do Seedscope de forma independente (sem despejo).</translation>
    </message>
    <message>
        <source>Trust store JSON {network_id, authority_public_key}.</source>
        <translation>Repositório de confiança JSON {network_id, authority_public_key}.</translation>
    </message>
    <message>
        <source>Proof file.</source>
        <translation>Ficheiro de prova.</translation>
    </message>
    <message>
        <source>Verify a balance/pool/trust proof file against a trust store</source>
        <translation>Verificar um ficheiro de prova de saldo, fundo ou confiança com um repositório de confiança</translation>
    </message>
    <message>
        <source>audit and forensics for Seed device dumps and Omega checkpoint directories</source>
        <translation>auditoria e análise forense de despejos de dispositivos Seed e diretórios de pontos de verificação Omega</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Utilização: %1 &lt;command&gt; [opções]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Show this list, or a command&apos;s options: help &lt;command&gt;</source>
        <translation>Mostrar esta lista, ou as opções de um comando: help &lt;command&gt;</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Mostrar a versão</translation>
    </message>
    <message>
        <source>Exit codes: 0 clean, 1 findings below error, 2 errors or tampering, 3 unreadable input,
4 the examiner&apos;s key or trust store does not fit the evidence, 64 usage (docs/cli.md).</source>
        <translation>Códigos de saída: 0 limpo, 1 constatações abaixo de erro, 2 erros ou adulteração, 3 entrada ilegível,
4 a chave ou o repositório de confiança do perito não corresponde à evidência, 64 utilização (docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit and forensics workbench for Seed device dumps and Ω checkpoint directories</source>
        <translation>Bancada de auditoria e perícia para despejos de dispositivos Seed e diretórios de pontos de verificação Ω</translation>
    </message>
    <message>
        <source>Render the window to PNG once the evidence is verified, then quit.</source>
        <translation>Guarda a janela em PNG depois de verificada a evidência e sai.</translation>
    </message>
    <message>
        <source>Use the key files and trust store found beside the evidence without asking.</source>
        <translation>Usa sem perguntar os ficheiros de chave e o repositório de confiança encontrados junto da evidência.</translation>
    </message>
    <message>
        <source>Dump files, folders of dumps or Ω directories to open.</source>
        <translation>Ficheiros de despejo, pastas de despejos ou diretórios Ω a abrir.</translation>
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
        <translation>não há nenhum caso aberto</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>registo %1: %2</translation>
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
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Verdict (stored)</source>
        <translation>Veredito (guardado)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridade</translation>
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
        <translation>Ação</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pormenores</translation>
    </message>
    <message>
        <source>No case open. File &gt; New case… or Open case…</source>
        <translation>Nenhum caso aberto. Ficheiro &gt; Novo caso… ou Abrir caso…</translation>
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
Entidade: %3
Ficheiro: %4</translation>
    </message>
    <message>
        <source>Custody chain intact (%1 records verified)</source>
        <translation>Cadeia de custódia intacta (%1 registos verificados)</translation>
    </message>
    <message>
        <source>Custody chain BROKEN at %1</source>
        <translation>Cadeia de custódia QUEBRADA em %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacta</translation>
    </message>
    <message>
        <source>CHANGED: %1</source>
        <translation>ALTERADA: %1</translation>
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
        <translation>Cas&amp;o</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>A&amp;brir caso…</translation>
    </message>
    <message>
        <source>&amp;Add the open evidence to the case</source>
        <translation>&amp;Adicionar a evidência aberta ao caso</translation>
    </message>
    <message>
        <source>Evidence added to the case.</source>
        <translation>Evidência adicionada ao caso.</translation>
    </message>
    <message>
        <source>&amp;Bookmark the selection…</source>
        <translation>Colocar um &amp;marcador na seleção…</translation>
    </message>
    <message>
        <source>&amp;Note on the selection…</source>
        <translation>&amp;Nota sobre a seleção…</translation>
    </message>
    <message>
        <source>&amp;Tag the selection…</source>
        <translation>&amp;Etiquetar a seleção…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar relatório…</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Fechar caso</translation>
    </message>
    <message>
        <source>Show the case &amp;dock</source>
        <translation>Mostrar o &amp;painel do caso</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Novo ficheiro de caso</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase)</source>
        <translation>Casos do Seedscope (*.seedcase)</translation>
    </message>
    <message>
        <source>Case created: %1</source>
        <translation>Caso criado: %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Seedscope cases (*.seedcase);;All files (*)</source>
        <translation>Casos do Seedscope (*.seedcase);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Case opened; verdicts shown are the stored results (nothing was verified again).</source>
        <translation>Caso aberto; os veredictos mostrados são os resultados guardados (nada foi verificado de novo).</translation>
    </message>
    <message>
        <source>open a dump or an Omega folder first</source>
        <translation>abra primeiro um despejo ou uma pasta Omega</translation>
    </message>
    <message>
        <source>select a journal entry or a finding in a dump tab first</source>
        <translation>selecione primeiro um lançamento do diário ou uma constatação num separador de despejo</translation>
    </message>
    <message>
        <source>%1 is not in the case yet: add it first</source>
        <translation>%1 ainda não está no caso: adicione-o primeiro</translation>
    </message>
    <message>
        <source>select a finding first</source>
        <translation>selecione primeiro uma constatação</translation>
    </message>
    <message>
        <source>this finding has no id to refer to</source>
        <translation>esta constatação não tem nenhum identificador a que se referir</translation>
    </message>
    <message>
        <source>select a journal entry or a finding first</source>
        <translation>selecione primeiro um lançamento do diário ou uma constatação</translation>
    </message>
    <message>
        <source>the selected entry is out of range</source>
        <translation>o lançamento selecionado está fora do intervalo</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>não há nenhum caso aberto</translation>
    </message>
    <message>
        <source>finding %1 (%2)</source>
        <translation>constatação %1 (%2)</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>lançamento seq %1</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>Exportar relatório do caso</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Relatório escrito: %1</translation>
    </message>
    <message>
        <source>Note added on %1.</source>
        <translation>Nota adicionada a %1.</translation>
    </message>
    <message>
        <source>Tag added on %1.</source>
        <translation>Etiqueta adicionada a %1.</translation>
    </message>
    <message>
        <source>Bookmark added on %1.</source>
        <translation>Marcador adicionado a %1.</translation>
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
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Verifying %1 (read-only)…</source>
        <translation>A verificar %1 (só de leitura)…</translation>
    </message>
    <message>
        <source>Cancelled by the examiner.</source>
        <translation>Cancelado pelo perito.</translation>
    </message>
    <message>
        <source>Verification of %1 was cancelled. Nothing is shown from a partial run.</source>
        <translation>A verificação de %1 foi cancelada. Nada é mostrado de uma execução parcial.</translation>
    </message>
    <message>
        <source>hashing the evidence</source>
        <translation>a calcular o hash da evidência</translation>
    </message>
    <message>
        <source>reading records and keys</source>
        <translation>a ler registos e chaves</translation>
    </message>
    <message>
        <source>replaying the ledger</source>
        <translation>a reproduzir o livro-razão</translation>
    </message>
    <message>
        <source>verifying chains, seals and signatures</source>
        <translation>a verificar cadeias, selos e assinaturas</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>decrypting records</source>
        <translation>a decifrar registos</translation>
    </message>
    <message>
        <source>checking signatures</source>
        <translation>a verificar assinaturas</translation>
    </message>
    <message>
        <source>checking checkpoints against the journal</source>
        <translation>a verificar os pontos de verificação com o diário</translation>
    </message>
    <message>
        <source>checking the evidence did not change</source>
        <translation>a verificar que a evidência não mudou</translation>
    </message>
    <message>
        <source>This is not a Seed device dump: %1. The file was left untouched.</source>
        <translation>Não é um despejo de dispositivo Seed: %1. O ficheiro não foi alterado.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::DumpWorkbench</name>
    <message>
        <source>Previous entry</source>
        <translation>Lançamento anterior</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Lançamento seguinte</translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation>Pesquisar no diário…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Evidence structure</source>
        <translation>Estrutura da evidência</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Trust scores</source>
        <translation>Pontuações de confiança</translation>
    </message>
    <message>
        <source>Group pools</source>
        <translation>Fundos dos grupos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Entry inspector</source>
        <translation>Inspetor de lançamentos</translation>
    </message>
    <message>
        <source>State (time travel: Alt+←/→)</source>
        <translation>Estado (viagem no tempo: Alt+←/→)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(record seq %1, %2)</source>
        <translation>(registo seq %1, %2)</translation>
    </message>
    <message>
        <source>Entry seq %1: %2</source>
        <translation>Lançamento seq %1: %2</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> de %1 para %2</translation>
    </message>
    <message>
        <source>, amount %1</source>
        <translation>, montante %1</translation>
    </message>
    <message>
        <source>, replay %1</source>
        <translation>, reprodução %1</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>a filtrar…</translation>
    </message>
    <message>
        <source>Search the journal: sequence, Lamport, type, accounts or status</source>
        <translation>Pesquisar no diário: sequência, Lamport, tipo, contas ou estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Account (hex prefix of the sender or receiver)</source>
        <translation>Conta (prefixo hex do emissor ou do recetor)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>não reproduzido</translation>
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
        <translation>Ordem de armazenamento</translation>
    </message>
    <message>
        <source>Canonical order</source>
        <translation>Ordem canónica</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Com constatações</translation>
    </message>
    <message>
        <source>Only records that findings point into</source>
        <translation>Só os registos para onde apontam constatações</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 de %n registo</numerusform>
            <numerusform>%1 de %n registos</numerusform>
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
        <translation>Registo do diário</translation>
    </message>
    <message>
        <source>Record header</source>
        <translation>Cabeçalho do registo</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Decifração</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Signature (cryptography)</source>
        <translation>Assinatura (criptografia)</translation>
    </message>
    <message>
        <source>Signer trust</source>
        <translation>Confiança do signatário</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>chave certificada pela autoridade da rede</translation>
    </message>
    <message>
        <source>key not certified</source>
        <translation>chave não certificada</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Rejeitado porque</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Pormenor</translation>
    </message>
    <message>
        <source>Double spend</source>
        <translation>Gasto duplo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Provenance of %1</source>
        <translation>Proveniência de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s); activate one to jump</source>
        <translation>
            <numerusform>%n alteração anterior; ative uma para saltar para ela</numerusform>
            <numerusform>%n alterações anteriores; ative uma para saltar para ela</numerusform>
        </translation>
    </message>
    <message>
        <source>start state</source>
        <translation>estado inicial</translation>
    </message>
    <message>
        <source>entry seq %1</source>
        <translation>lançamento seq %1</translation>
    </message>
    <message>
        <source>%1 at Lamport %2</source>
        <translation>%1 em Lamport %2</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Constatação %1</translation>
    </message>
    <message>
        <source>Entry header</source>
        <translation>Cabeçalho do lançamento</translation>
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
        <translation>Descodificação</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadeia</translation>
    </message>
    <message>
        <source>links to the previous record</source>
        <translation>liga-se ao registo anterior</translation>
    </message>
    <message>
        <source>BROKEN: the previous-record hash does not match</source>
        <translation>QUEBRADA: o hash do registo anterior não corresponde</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>made by a key not in the trust store</source>
        <translation>feita com uma chave que não está no repositório de confiança</translation>
    </message>
    <message>
        <source>INVALID: the bytes do not match the signature</source>
        <translation>INVÁLIDA: os bytes não correspondem à assinatura</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceListModel</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n ficheiro, %1</numerusform>
            <numerusform>%n ficheiros, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>SHA-256 at open</source>
        <translation>SHA-256 ao abrir</translation>
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
        <translation>Esse ficheiro ou pasta não existe (no such file).</translation>
    </message>
    <message>
        <source>This folder holds no Seed device dumps (*.seeddump) and no Ω checkpoint files (checkpoint_&lt;seconds&gt;.json), here or in its checkpoints/ or devices/ folder.</source>
        <translation>Esta pasta não contém despejos de dispositivos Seed (*.seeddump) nem ficheiros de pontos de verificação Ω (checkpoint_&lt;segundos&gt;.json), aqui ou nas suas pastas checkpoints/ ou devices/.</translation>
    </message>
    <message>
        <source>The file is empty: there is no device dump in it.</source>
        <translation>O ficheiro está vazio: não contém nenhum despejo de dispositivo.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation (%n dumps)</source>
        <translation>
            <numerusform>Reconciliação (%n despejo)</numerusform>
            <numerusform>Reconciliação (%n despejos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed device dump</source>
        <translation>Despejo de dispositivo Seed</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::EvidenceTree</name>
    <message>
        <source>Structure</source>
        <translation>Estrutura</translation>
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
        <translation>só de leitura, SHA-256 %1…</translation>
    </message>
    <message>
        <source>registration not checked (no trust store)</source>
        <translation>registo não verificado (sem repositório de confiança)</translation>
    </message>
    <message>
        <source>trust store: %1</source>
        <translation>repositório de confiança: %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>identity ok, network %1; %2</source>
        <translation>identidade correta, rede %1; %2</translation>
    </message>
    <message>
        <source>identity header DAMAGED</source>
        <translation>cabeçalho de identidade DANIFICADO</translation>
    </message>
    <message>
        <source>Damaged regions</source>
        <translation>Regiões danificadas</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n região</numerusform>
            <numerusform>%n regiões</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 0x%2</source>
        <translation>%1 em 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Todas as gravidades</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Avisos e mais graves</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Erros e mais graves</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Só críticos</translation>
    </message>
    <message>
        <source>Search findings (code, offset, subject, text)…</source>
        <translation>Pesquisar constatações (código, posição, objeto, texto)…</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::JournalModel</name>
    <message>
        <source>(undecodable)</source>
        <translation>(não descodificável)</translation>
    </message>
    <message>
        <source>not replayed</source>
        <translation>não reproduzido</translation>
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
        <translation>Para</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Findings point into this record</source>
        <translation>Há constatações que apontam para este registo</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::KeyDialog</name>
    <message>
        <source>Keys and trust store</source>
        <translation>Chaves e repositório de confiança</translation>
    </message>
    <message>
        <source>&lt;p&gt;The evidence in &lt;b&gt;%1&lt;/b&gt; may need its storage keys (to decrypt the journal and checkpoints) and the network&apos;s trust store (to tell certified keys from unknown ones).&lt;/p&gt;&lt;p&gt;These files were found beside it. Only their paths are remembered, for this session; Seedscope never stores key bytes. A key that does not fit is reported as a problem with the inputs, never as tampering.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A evidência em &lt;b&gt;%1&lt;/b&gt; pode precisar das suas chaves de armazenamento (para decifrar o diário e os pontos de verificação) e do repositório de confiança da rede (para distinguir chaves certificadas de desconhecidas).&lt;/p&gt;&lt;p&gt;Estes ficheiros foram encontrados junto dela. Só os seus caminhos são lembrados, durante esta sessão; o Seedscope nunca guarda bytes de chaves. Uma chave que não corresponde é indicada como um problema dos dados fornecidos, nunca como adulteração.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The key named like each dump (&lt;dump&gt;.key), %n found here</source>
        <translation>
            <numerusform>A chave com o nome de cada despejo (&lt;dump&gt;.key), %n encontrada aqui</numerusform>
            <numerusform>A chave com o nome de cada despejo (&lt;dump&gt;.key), %n encontradas aqui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>No storage key</source>
        <translation>Sem chave de armazenamento</translation>
    </message>
    <message>
        <source>No trust store</source>
        <translation>Sem repositório de confiança</translation>
    </message>
    <message>
        <source>Other key file…</source>
        <translation>Outro ficheiro de chave…</translation>
    </message>
    <message>
        <source>Other trust store…</source>
        <translation>Outro repositório de confiança…</translation>
    </message>
    <message>
        <source>Storage key:</source>
        <translation>Chave de armazenamento:</translation>
    </message>
    <message>
        <source>Trust store:</source>
        <translation>Repositório de confiança:</translation>
    </message>
    <message>
        <source>Verify with these</source>
        <translation>Verificar com estes</translation>
    </message>
    <message>
        <source>Storage key file</source>
        <translation>Ficheiro de chave de armazenamento</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Ficheiros de chave (*.key);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Repositório de confiança</translation>
    </message>
    <message>
        <source>Trust stores (*.json);;All files (*)</source>
        <translation>Repositórios de confiança (*.json);;Todos os ficheiros (*)</translation>
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
        <translation>Predefinição do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::LedgerChart</name>
    <message>
        <source>Lamport time</source>
        <translation>Tempo de Lamport</translation>
    </message>
    <message>
        <source>Trust score</source>
        <translation>Pontuação de confiança</translation>
    </message>
    <message>
        <source>high risk below 100</source>
        <translation>risco elevado abaixo de 100</translation>
    </message>
    <message>
        <source>reliable above 300</source>
        <translation>fiável acima de 300</translation>
    </message>
    <message>
        <source>excellent above 600</source>
        <translation>excelente acima de 600</translation>
    </message>
    <message>
        <source>Pool balance</source>
        <translation>Saldo do fundo</translation>
    </message>
    <message>
        <source>%1 at Lamport %2: %3%4</source>
        <translation>%1 em Lamport %2: %3%4</translation>
    </message>
    <message>
        <source> (before the journal)</source>
        <translation> (antes do diário)</translation>
    </message>
    <message>
        <source>Hover a point to read it; click it to select its entry.</source>
        <translation>Passe o ponteiro sobre um ponto para o ler; clique nele para selecionar o seu lançamento.</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::MainWindow</name>
    <message>
        <source>Evidence (read-only)</source>
        <translation>Evidência (só de leitura)</translation>
    </message>
    <message>
        <source>Ready. Evidence is opened read-only.</source>
        <translation>Pronto. A evidência é aberta só de leitura.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;device dump…</source>
        <translation>Abrir &amp;despejo de dispositivo…</translation>
    </message>
    <message>
        <source>Open &amp;folder (Ω directory or dumps)…</source>
        <translation>Abrir &amp;pasta (diretório Ω ou despejos)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Open the bundled &amp;sample</source>
        <translation>Abrir a &amp;amostra incluída</translation>
    </message>
    <message>
        <source>Ask for &amp;keys again</source>
        <translation>Voltar a pedir as &amp;chaves</translation>
    </message>
    <message>
        <source>Key and trust store choices forgotten: the next dump opened asks again.</source>
        <translation>Escolhas de chave e repositório de confiança esquecidas: o próximo despejo aberto voltará a perguntar.</translation>
    </message>
    <message>
        <source>&amp;Close evidence tab</source>
        <translation>&amp;Fechar separador de evidência</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Separador &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Separador &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>Modo &amp;escuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Seedscope</source>
        <translation>&amp;Acerca do Seedscope</translation>
    </message>
    <message>
        <source>Open device dump</source>
        <translation>Abrir despejo de dispositivo</translation>
    </message>
    <message>
        <source>Seed device dumps (*.seeddump);;All files (*)</source>
        <translation>Despejos de dispositivos Seed (*.seeddump);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open an Ω checkpoint directory or a folder of dumps</source>
        <translation>Abrir um diretório de pontos de verificação Ω ou uma pasta de despejos</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 já está aberto</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 aberto só de leitura</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open evidence</source>
        <translation>Não é possível abrir a evidência</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; não foi aberto.</translation>
    </message>
    <message>
        <source>About Seedscope</source>
        <translation>Acerca do Seedscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Audit and forensics for Seed device dumps and Ω checkpoint directories.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Seedscope %1&lt;/b&gt;&lt;p&gt;Auditoria e perícia de despejos de dispositivos Seed e diretórios de pontos de verificação Ω.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Perito:</translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation>&amp;Título do caso:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número do caso:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Entidade:</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::OmegaView</name>
    <message>
        <source>Ψ and m_t</source>
        <translation>Ψ e m_t</translation>
    </message>
    <message>
        <source>Ω and I components</source>
        <translation>Componentes Ω e I</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constatações (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Ficheiros (%1)</translation>
    </message>
    <message>
        <source>finds no checkpoint_*.json</source>
        <translation>não encontra nenhum checkpoint_*.json</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; and returns &lt;b&gt;nothing&lt;/b&gt; (%2)</source>
        <translation>escolhe &lt;b&gt;%1&lt;/b&gt; e não devolve &lt;b&gt;nada&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>picks &lt;b&gt;%1&lt;/b&gt; (%2 by its own validator)</source>
        <translation>escolhe &lt;b&gt;%1&lt;/b&gt; (%2 segundo o seu próprio validador)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;nothing is authenticated&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;nada está autenticado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 files, %3 valid · original loader %4 · newest valid: &lt;b&gt;%5&lt;/b&gt; · continuity: %6 of %7 pairs break ±0.001 · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 ficheiros, %3 válidos · carregador original %4 · mais recente válido: &lt;b&gt;%5&lt;/b&gt; · continuidade: %6 de %7 pares quebram ±0,001 · %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>seconds after %1 UTC</source>
        <translation>segundos após %1 UTC</translation>
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
        <translation>quebra de continuidade (|Δ| ≥ %1)</translation>
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
        <translation>segundos após o primeiro ponto de verificação</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>componente %1</translation>
    </message>
    <message>
        <source>‖Ω‖ (= m_t by construction)</source>
        <translation>‖Ω‖ (= m_t por construção)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>esperado: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Carimbo temporal</translation>
    </message>
    <message>
        <source>network_id</source>
        <translation>network_id</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>ilegível</translation>
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
        <translation> · escolha do carregador original</translation>
    </message>
    <message>
        <source> · newest valid</source>
        <translation> · mais recente válido</translation>
    </message>
    <message>
        <source>Folder and files</source>
        <translation>Pasta e ficheiros</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ficheiro</numerusform>
            <numerusform>%n ficheiros</numerusform>
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
        <translation>erro de análise</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>no byte %1</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>erro de leitura</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
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
            <numerusform>A reconciliar %n despejo com o livro-razão combinado…</numerusform>
            <numerusform>A reconciliar %n despejos com o livro-razão combinado…</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Só aqui</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Matches merged ledger</source>
        <translation>Coincide com o livro combinado</translation>
    </message>
    <message>
        <source>First divergent entry</source>
        <translation>Primeiro lançamento divergente</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transactions the devices disagree on&lt;/b&gt; (each device&apos;s copy; the authentic one is marked)</source>
        <translation>&lt;b&gt;Transações em que os dispositivos divergem&lt;/b&gt; (a cópia de cada dispositivo; a autêntica está marcada)</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>A reconciliação falhou: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 transactions&lt;/b&gt; across %2 devices, %3 on every device; merged ledger: %4 entries (%5 valid, %6 rejected). &lt;b&gt;%7 device(s) depart from the merged ledger&lt;/b&gt;; %8 conflicting transaction(s).</source>
        <translation>&lt;b&gt;%1 transações&lt;/b&gt; em %2 dispositivos, %3 em todos os dispositivos; livro-razão combinado: %4 lançamentos (%5 válidos, %6 rejeitados). &lt;b&gt;%7 dispositivo(s) afastam-se do livro combinado&lt;/b&gt;; %8 transação(ões) em conflito.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NÃO</translation>
    </message>
    <message>
        <source>%1: journal seq %2 (merged #%3) %4</source>
        <translation>%1: diário seq %2 (combinado #%3) %4</translation>
    </message>
    <message>
        <source>seq %1, signature %2%3</source>
        <translation>seq %1, assinatura %2%3</translation>
    </message>
    <message>
        <source>, authentic</source>
        <translation>, autêntica</translation>
    </message>
    <message>
        <source>, DIFFERS</source>
        <translation>, DIFERE</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Previous journal entry (state time travel)</source>
        <translation>Lançamento anterior do diário (viagem no tempo do estado)</translation>
    </message>
    <message>
        <source>Alt+Left or [</source>
        <translation>Alt+Esquerda ou [</translation>
    </message>
    <message>
        <source>Next journal entry (state time travel)</source>
        <translation>Lançamento seguinte do diário (viagem no tempo do estado)</translation>
    </message>
    <message>
        <source>Alt+Right or ]</source>
        <translation>Alt+Direita ou ]</translation>
    </message>
    <message>
        <source>Jump to a finding&apos;s entry and bytes</source>
        <translation>Saltar para o lançamento e os bytes de uma constatação</translation>
    </message>
    <message>
        <source>select it in Findings (arrow keys)</source>
        <translation>selecione-a em Constatações (teclas de seta)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Selecione um lançamento do diário para ver o estado do livro-razão nesse momento.</translation>
    </message>
    <message>
        <source>Account / group</source>
        <translation>Conta / grupo</translation>
    </message>
    <message>
        <source>Balance / pool</source>
        <translation>Saldo / fundo</translation>
    </message>
    <message>
        <source>Trust / status</source>
        <translation>Confiança / estado</translation>
    </message>
    <message>
        <source>This entry changed</source>
        <translation>Este lançamento alterou</translation>
    </message>
    <message>
        <source>No replay: the ledger state is not known.</source>
        <translation>Sem reprodução: o estado do livro-razão é desconhecido.</translation>
    </message>
    <message>
        <source>trust %1 → %2</source>
        <translation>confiança %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Contas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Groups and pools (%1)</source>
        <translation>Grupos e fundos (%1)</translation>
    </message>
    <message>
        <source>%1, cycle %2, %3 members</source>
        <translation>%1, ciclo %2, %3 membros</translation>
    </message>
    <message>
        <source>Total issued</source>
        <translation>Total emitido</translation>
    </message>
    <message>
        <source>Not replayed: no ledger entry here, or it did not decode.</source>
        <translation>Não reproduzido: não há aqui nenhum lançamento do livro-razão, ou não foi possível descodificá-lo.</translation>
    </message>
    <message>
        <source>Only decoded entries inside the replayed range have a ledger state.</source>
        <translation>Só os lançamentos descodificados dentro do intervalo reproduzido têm um estado do livro-razão.</translation>
    </message>
    <message>
        <source>Bold rows changed here; the last column shows before → after.</source>
        <translation>As linhas a negrito mudaram aqui; a última coluna mostra antes → depois.</translation>
    </message>
    <message>
        <source>State after entry seq %1 (canonical #%2, Lamport %3): %4</source>
        <translation>Estado após o lançamento seq %1 (canónico #%2, Lamport %3): %4</translation>
    </message>
</context>
<context>
    <name>seedscope::ui::VerdictBanner</name>
    <message>
        <source>no damage and no sign of tampering was found.</source>
        <translation>não foi encontrado nenhum dano nem sinal de adulteração.</translation>
    </message>
    <message>
        <source>the media is damaged (a torn write or corruption), which does not by itself point to tampering.</source>
        <translation>o suporte está danificado (uma escrita interrompida ou corrupção), o que por si só não indica adulteração.</translation>
    </message>
    <message>
        <source>the device&apos;s records were changed in a way media damage cannot explain.</source>
        <translation>os registos do dispositivo foram alterados de uma forma que o dano do suporte não consegue explicar.</translation>
    </message>
    <message>
        <source>problems were found that need an examiner&apos;s judgement.</source>
        <translation>foram encontrados problemas que requerem o juízo de um perito.</translation>
    </message>
    <message>
        <source>the storage key given does not decrypt this dump. That is a problem with the examiner&apos;s inputs, not a finding about the device: close the tab, use File &gt; Ask for keys again, and open the dump again. What needs the key was not checked.</source>
        <translation>a chave de armazenamento indicada não decifra este despejo. É um problema dos dados fornecidos pelo perito, não uma constatação sobre o dispositivo: feche o separador, use Ficheiro &gt; Voltar a pedir as chaves e abra de novo o despejo. O que precisa da chave não foi verificado.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all, %1 critical.</source>
        <translation>
            <numerusform>%n constatação no total, %1 críticas.</numerusform>
            <numerusform>%n constatações no total, %1 críticas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Não verificado:</translation>
    </message>
    <message>
        <source> at 0x%1</source>
        <translation> em 0x%1</translation>
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
        <translation>Abra um despejo de dispositivo Seed (&lt;tt&gt;.seeddump&lt;/tt&gt;), uma pasta de despejos ou um diretório de pontos de verificação Ω. A evidência é aberta só de leitura e o seu hash é calculado antes de tudo; também pode largar ficheiros nesta janela.</translation>
    </message>
    <message>
        <source>Open device dump…</source>
        <translation>Abrir despejo de dispositivo…</translation>
    </message>
    <message>
        <source>Open a folder (Ω checkpoints or dumps)…</source>
        <translation>Abrir uma pasta (pontos de verificação Ω ou despejos)…</translation>
    </message>
    <message>
        <source>Open the bundled sample (a mesh with a tampered and a power-cut device)</source>
        <translation>Abrir a amostra incluída (uma rede com um dispositivo adulterado e outro com corte de energia)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent evidence&lt;/b&gt; (double-click or Enter to open)</source>
        <translation>&lt;b&gt;Evidência recente&lt;/b&gt; (duplo clique ou Enter para abrir)</translation>
    </message>
    <message>
        <source>(nothing opened yet)</source>
        <translation>(ainda nada foi aberto)</translation>
    </message>
</context>
</TS>

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
    <message>
        <source>superblock copy %1</source>
        <translation>cópia do superbloco %1</translation>
    </message>
    <message>
        <source>The superblock copy has a valid checksum but an impossible layout: %1.</source>
        <translation>A cópia do superbloco tem uma soma de verificação válida mas uma disposição impossível: %1.</translation>
    </message>
    <message>
        <source>This superblock copy is erased; the other copy is used if it is valid.</source>
        <translation>Esta cópia do superbloco está apagada; usa-se a outra cópia se for válida.</translation>
    </message>
    <message>
        <source>The superblock copy&apos;s checksum does not match (a torn or damaged write); the other copy is used if it is valid.</source>
        <translation>A soma de verificação da cópia do superbloco não corresponde (uma escrita interrompida ou danificada); usa-se a outra cópia se for válida.</translation>
    </message>
    <message>
        <source>No superblock magic here (89 53 45 44 0D 0A 1A 0A expected).</source>
        <translation>Não há aqui magia de superbloco (esperava-se 89 53 45 44 0D 0A 1A 0A).</translation>
    </message>
    <message>
        <source>superblock pair</source>
        <translation>par de superblocos</translation>
    </message>
    <message>
        <source>Neither superblock copy is valid, so the layout of this image is unknown. It may not be a Seed dump.</source>
        <translation>Nenhuma cópia do superbloco é válida, pelo que a disposição desta imagem é desconhecida. Pode não ser um despejo Seed.</translation>
    </message>
    <message>
        <source>Both superblock copies are valid but describe different layouts; the one with the higher revision is used.</source>
        <translation>Ambas as cópias do superbloco são válidas mas descrevem disposições diferentes; usa-se a de revisão mais alta.</translation>
    </message>
    <message>
        <source>This dump uses format version %1.%2; this build reads version 1.x only.</source>
        <translation>Este despejo usa a versão de formato %1.%2; esta compilação só lê a versão 1.x.</translation>
    </message>
    <message>
        <source>The dump needs features this build does not know (incompat flags or algorithm ids); reading it could misinterpret it, so it is refused.</source>
        <translation>O despejo requer funcionalidades que esta compilação não conhece (indicadores incompat ou identificadores de algoritmo); lê-lo poderia interpretá-lo mal, por isso é recusado.</translation>
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
        <translation>Estão ativas funcionalidades desconhecidas compatíveis em só de leitura; o despejo pode ser lido, mas um escritor recusá-lo-ia.</translation>
    </message>
    <message>
        <source>Unknown compatible features are set; they do not change how the dump is read.</source>
        <translation>Estão ativas funcionalidades compatíveis desconhecidas; não mudam a forma como o despejo é lido.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>The image is shorter than the superblock declares; structures past its end are missing.</source>
        <translation>A imagem é mais curta do que o superbloco declara; faltam as estruturas para além do seu fim.</translation>
    </message>
    <message>
        <source>The image is longer than the superblock declares; the extra bytes are not part of the format.</source>
        <translation>A imagem é mais longa do que o superbloco declara; os bytes a mais não fazem parte do formato.</translation>
    </message>
    <message>
        <source>identity region</source>
        <translation>região de identidade</translation>
    </message>
    <message>
        <source>The identity region lies past the end of the image.</source>
        <translation>A região de identidade fica para além do fim da imagem.</translation>
    </message>
    <message>
        <source>No identity header (magic SIDN) where the superblock says it is; the device key is unknown.</source>
        <translation>Não há cabeçalho de identidade (magia SIDN) onde o superbloco indica; a chave do dispositivo é desconhecida.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage); the device key is taken from: %1.</source>
        <translation>A soma de verificação do cabeçalho de identidade não corresponde (dano do suporte); a chave do dispositivo é obtida de: %1.</translation>
    </message>
    <message>
        <source>The identity header&apos;s checksum does not match (media damage) and no trust store key confirms the device key, so the device&apos;s own signatures cannot be checked.</source>
        <translation>A soma de verificação do cabeçalho de identidade não corresponde (dano do suporte) e nenhuma chave do repositório de confiança confirma a chave do dispositivo, pelo que as assinaturas próprias do dispositivo não podem ser verificadas.</translation>
    </message>
    <message>
        <source>device_id must be the first 16 bytes of SHA-256(public key) and equal the superblock&apos;s.</source>
        <translation>device_id tem de ser os primeiros 16 bytes de SHA-256(chave pública) e igual ao do superbloco.</translation>
    </message>
    <message>
        <source>The identity&apos;s network id differs from the superblock&apos;s.</source>
        <translation>O identificador de rede da identidade difere do do superbloco.</translation>
    </message>
    <message>
        <source>The key history count does not fit in the identity region.</source>
        <translation>O número de entradas do histórico de chaves não cabe na região de identidade.</translation>
    </message>
    <message>
        <source>identity key history %1</source>
        <translation>histórico de chaves de identidade %1</translation>
    </message>
    <message>
        <source>A key history record is damaged (magic SKEY or checksum); keys after it cannot be trusted.</source>
        <translation>Um registo do histórico de chaves está danificado (magia SKEY ou soma de verificação); as chaves seguintes não são de confiança.</translation>
    </message>
    <message>
        <source>A checkpoint write was interrupted while its header was being written; the device must ignore this slot.</source>
        <translation>A escrita de um ponto de verificação foi interrompida enquanto se escrevia o seu cabeçalho; o dispositivo deve ignorar esta ranhura.</translation>
    </message>
    <message>
        <source>The slot holds data but no checkpoint header (magic SCKP).</source>
        <translation>A ranhura contém dados mas nenhum cabeçalho de ponto de verificação (magia SCKP).</translation>
    </message>
    <message>
        <source>The checkpoint header&apos;s checksum does not match; the slot cannot be used.</source>
        <translation>A soma de verificação do cabeçalho do ponto de verificação não corresponde; a ranhura não pode ser usada.</translation>
    </message>
    <message>
        <source>The declared payload length does not fit in the slot.</source>
        <translation>O comprimento de carga declarado não cabe na ranhura.</translation>
    </message>
    <message>
        <source>Checkpoint %1 was written but never committed (power lost before the commit record); the device must ignore it.</source>
        <translation>O ponto de verificação %1 foi escrito mas nunca confirmado (falha de energia antes do registo de confirmação); o dispositivo deve ignorá-lo.</translation>
    </message>
    <message>
        <source>The committed checkpoint&apos;s payload checksum does not match: the state it holds is damaged.</source>
        <translation>A soma de verificação da carga do ponto de verificação confirmado não corresponde: o estado que contém está danificado.</translation>
    </message>
    <message>
        <source>no commit magic (SCMT)</source>
        <translation>sem magia de confirmação (SCMT)</translation>
    </message>
    <message>
        <source>commit checksum mismatch</source>
        <translation>a soma de verificação da confirmação não corresponde</translation>
    </message>
    <message>
        <source>commit names checkpoint %1, header %2</source>
        <translation>a confirmação indica o ponto de verificação %1, o cabeçalho o %2</translation>
    </message>
    <message>
        <source>commit payload hash differs from SHA-256 of the payload</source>
        <translation>o hash de carga da confirmação difere do SHA-256 da carga</translation>
    </message>
    <message>
        <source>The commit record does not hold (%1); the slot cannot be used.</source>
        <translation>O registo de confirmação não é válido (%1); a ranhura não pode ser usada.</translation>
    </message>
    <message>
        <source>The checkpoint payload does not authenticate under the given storage key (wrong key, or the ciphertext or its header was altered).</source>
        <translation>A carga do ponto de verificação não se autentica com a chave de armazenamento dada (chave errada, ou o texto cifrado ou o seu cabeçalho foi alterado).</translation>
    </message>
    <message>
        <source>The image is larger than Seedscope analyses in memory; it was not read.</source>
        <translation>A imagem é maior do que o Seedscope analisa em memória; não foi lida.</translation>
    </message>
    <message>
        <source>&lt;= %1 bytes</source>
        <translation>&lt;= %1 bytes</translation>
    </message>
    <message>
        <source>storage key</source>
        <translation>chave de armazenamento</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <source>the storage root key of device %1</source>
        <translation>a chave raiz de armazenamento do dispositivo %1</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted records authenticate</source>
        <translation>chave %1: 0 de %2 registos cifrados se autenticam</translation>
    </message>
    <message>
        <source>The storage key given (fingerprint %1) is not this dump&apos;s: none of its %2 intact encrypted records authenticates under it, so nothing encrypted was read. This is a problem with the key supplied, not with the device; what needs the key is reported as not checked.</source>
        <translation>A chave de armazenamento dada (impressão digital %1) não é a deste despejo: nenhum dos seus %2 registos cifrados intactos se autentica com ela, pelo que nada cifrado foi lido. É um problema da chave fornecida, não do dispositivo; o que precisa da chave é indicado como não verificado.</translation>
    </message>
    <message>
        <source>Programmed bytes in a block whose header is erased: no writer puts data there.</source>
        <translation>Bytes programados num bloco cujo cabeçalho está apagado: nenhum escritor põe dados aí.</translation>
    </message>
    <message>
        <source>Programmed bytes after the last record of the block, where flash should be erased.</source>
        <translation>Bytes programados após o último registo do bloco, onde a flash devia estar apagada.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registo %1</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>The record header&apos;s reserved bytes are not zero; format v1 writers always write zeros.</source>
        <translation>Os bytes reservados do cabeçalho do registo não são zero; os escritores do formato v1 escrevem sempre zeros.</translation>
    </message>
    <message>
        <source>A record type this build does not know, marked safe to ignore (bit 7); skipped.</source>
        <translation>Um tipo de registo que esta compilação não conhece, marcado como ignorável (bit 7); ignorado.</translation>
    </message>
    <message>
        <source>A record type this build does not know (or one that does not belong in this region); its payload is skipped and not interpreted.</source>
        <translation>Um tipo de registo que esta compilação não conhece (ou que não pertence a esta região); a sua carga é ignorada e não interpretada.</translation>
    </message>
    <message>
        <source>a %1 record type</source>
        <translation>um tipo de registo %1</translation>
    </message>
    <message>
        <source>The record&apos;s epoch differs from its block&apos;s: a record of another generation.</source>
        <translation>A época do registo difere da do seu bloco: um registo de outra geração.</translation>
    </message>
    <message>
        <source>An EPOCH record whose payload is not 64 bytes.</source>
        <translation>Um registo EPOCH cuja carga não tem 64 bytes.</translation>
    </message>
    <message>
        <source>block header</source>
        <translation>cabeçalho de bloco</translation>
    </message>
    <message>
        <source>record header</source>
        <translation>cabeçalho de registo</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>comprimento da carga</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>journal block %1, %2</source>
        <translation>bloco de diário %1, %2</translation>
    </message>
    <message>
        <source>marker block %1, %2</source>
        <translation>bloco de marcadores %1, %2</translation>
    </message>
    <message>
        <source>A record declares a payload longer than what remains of its erase block; the rest of the block is skipped.</source>
        <translation>Um registo declara uma carga mais longa do que o que resta do seu bloco de apagamento; o resto do bloco é ignorado.</translation>
    </message>
    <message>
        <source>The last write of this log generation is incomplete and only erased flash follows: a power cut mid-write. The device truncates here.</source>
        <translation>A última escrita desta geração do registo está incompleta e só se segue flash apagada: uma falha de energia a meio da escrita. O dispositivo trunca aqui.</translation>
    </message>
    <message>
        <source>A used block whose header is damaged; its records are skipped.</source>
        <translation>Um bloco usado cujo cabeçalho está danificado; os seus registos são ignorados.</translation>
    </message>
    <message>
        <source>A record&apos;s payload checksum does not match and valid data follows: damage in the middle of the log.</source>
        <translation>A soma de verificação da carga de um registo não corresponde e seguem-se dados válidos: dano a meio do registo.</translation>
    </message>
    <message>
        <source>A record header&apos;s checksum does not match and valid data follows: damage in the middle of the log; the rest of the block is skipped.</source>
        <translation>A soma de verificação do cabeçalho de um registo não corresponde e seguem-se dados válidos: dano a meio do registo; o resto do bloco é ignorado.</translation>
    </message>
    <message>
        <source>journal block %1, seq %2</source>
        <translation>bloco de diário %1, seq %2</translation>
    </message>
    <message>
        <source>No readable EPOCH record for epoch %1, so its journal key (derived from the epoch salt) cannot be computed.</source>
        <translation>Não há nenhum registo EPOCH legível para a época %1, pelo que a sua chave de diário (derivada do sal da época) não pode ser calculada.</translation>
    </message>
    <message>
        <source>The entry does not authenticate under its epoch key: wrong storage key, or the ciphertext or its header was altered or moved.</source>
        <translation>O lançamento não se autentica com a chave da sua época: chave de armazenamento errada, ou o texto cifrado ou o seu cabeçalho foi alterado ou movido.</translation>
    </message>
    <message>
        <source>An unencrypted entry in a dump whose superblock says entries are encrypted.</source>
        <translation>Um lançamento não cifrado num despejo cujo superbloco indica que os lançamentos estão cifrados.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>plaintext</source>
        <translation>em claro</translation>
    </message>
    <message>
        <source>An entry payload shorter than its 48-byte entry header.</source>
        <translation>Uma carga de lançamento mais curta do que o seu cabeçalho de lançamento de 48 bytes.</translation>
    </message>
    <message>
        <source>The entry&apos;s framing and checksums hold but its ledger bytes do not decode: %1</source>
        <translation>O enquadramento e as somas de verificação do lançamento estão corretos, mas os seus bytes do livro-razão não se descodificam: %1</translation>
    </message>
    <message>
        <source>The entry header inside the payload disagrees with the record header (seq, Lamport or prev_hash).</source>
        <translation>O cabeçalho do lançamento dentro da carga não concorda com o cabeçalho do registo (seq, Lamport ou prev_hash).</translation>
    </message>
    <message>
        <source>seq %1 lamport %2</source>
        <translation>seq %1 lamport %2</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>The journal is encrypted and no storage key was given: entry contents were not read; framing, checksums and the hash chain still were.</source>
        <translation>O diário está cifrado e não foi dada nenhuma chave de armazenamento: o conteúdo dos lançamentos não foi lido; o enquadramento, as somas de verificação e a cadeia de hash foram.</translation>
    </message>
    <message>
        <source>%1 encrypted journal entries could not be decrypted (no key or wrong key); replay covers only the readable ones.</source>
        <translation>%1 lançamentos cifrados do diário não puderam ser decifrados (sem chave ou chave errada); a reprodução cobre só os legíveis.</translation>
    </message>
    <message>
        <source>checkpoint %1 (slot %2)</source>
        <translation>ponto de verificação %1 (ranhura %2)</translation>
    </message>
    <message>
        <source>This DELTA checkpoint&apos;s base (checkpoint %1) is in a slot a newer checkpoint has since reused, so its state cannot be rebuilt; newer checkpoints are readable, so nothing is lost.</source>
        <translation>A base deste ponto de verificação DELTA (ponto de verificação %1) está numa ranhura que um ponto de verificação mais recente entretanto reutilizou, pelo que o seu estado não pode ser reconstruído; os pontos de verificação mais recentes são legíveis, pelo que nada se perde.</translation>
    </message>
    <message>
        <source>base checkpoint %1</source>
        <translation>ponto de verificação base %1</translation>
    </message>
    <message>
        <source>base slot reused</source>
        <translation>ranhura base reutilizada</translation>
    </message>
    <message>
        <source>a state whose root is the signed state_root</source>
        <translation>um estado cuja raiz é o state_root assinado</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but entries it covers are %1, so it can be neither confirmed nor refuted.</source>
        <translation>Reproduzir o diário não reproduz o state_root assinado deste ponto de verificação, mas os lançamentos que cobre estão %1, pelo que não pode ser nem confirmado nem refutado.</translation>
    </message>
    <message>
        <source>missing from a damaged or cut journal</source>
        <translation>ausentes de um diário danificado ou cortado</translation>
    </message>
    <message>
        <source>undecodable</source>
        <translation>indescodificáveis</translation>
    </message>
    <message>
        <source>signed by devices the trust store holds no key for</source>
        <translation>assinados por dispositivos para os quais o repositório de confiança não tem chave</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy.</source>
        <translation>O ficheiro de evidência mudou (tamanho, data de modificação ou conteúdo) enquanto era analisado, pelo que este relatório não descreve nenhuma versão concreta e é nulo; examine uma cópia estável.</translation>
    </message>
    <message>
        <source>The evidence file changed (size, modification time or content) while it was being analysed, so this report describes no single version of it and is void; examine a stable copy. (%1)</source>
        <translation>O ficheiro de evidência mudou (tamanho, data de modificação ou conteúdo) enquanto era analisado, pelo que este relatório não descreve nenhuma versão concreta e é nulo; examine uma cópia estável. (%1)</translation>
    </message>
    <message>
        <source>SHA-256 %1, %2 bytes</source>
        <translation>SHA-256 %1, %2 bytes</translation>
    </message>
    <message>
        <source>changed during the analysis</source>
        <translation>mudou durante a análise</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>After the damage at %1 no length can be trusted, so these programmed bytes cannot be interpreted; any records in them are unknown, not absent.</source>
        <translation>Após o dano em %1 nenhum comprimento é de confiança, pelo que estes bytes programados não podem ser interpretados; os registos que contenham são desconhecidos, não ausentes.</translation>
    </message>
    <message>
        <source>parseable records</source>
        <translation>registos analisáveis</translation>
    </message>
    <message>
        <source>%1 uninterpretable bytes</source>
        <translation>%1 bytes não interpretáveis</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>A new log generation continues from a journal entry that is not among the intact entries; damaged or missing journal bytes could hold it, so this is not evidence of tampering.</source>
        <translation>Uma nova geração do registo continua a partir de um lançamento do diário que não está entre os lançamentos intactos; bytes do diário danificados ou em falta poderiam contê-lo, pelo que isto não é evidência de adulteração.</translation>
    </message>
    <message>
        <source>A new log generation says it continues from a journal entry that is not in the journal, and no damage could hold it: entries were removed or the record was altered.</source>
        <translation>Uma nova geração do registo diz continuar a partir de um lançamento que não está no diário, e nenhum dano poderia contê-lo: foram removidos lançamentos ou o registo foi alterado.</translation>
    </message>
    <message>
        <source>an entry with seq %1 and hash %2</source>
        <translation>um lançamento com seq %1 e hash %2</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>não existe esse lançamento</translation>
    </message>
    <message>
        <source>An exact copy of an earlier journal entry was stored again after it: a replayed record.</source>
        <translation>Uma cópia exata de um lançamento anterior do diário foi guardada de novo depois dele: um registo repetido.</translation>
    </message>
    <message>
        <source>A journal sequence number that was already used appears again in the same log generation.</source>
        <translation>Um número de sequência do diário já usado aparece de novo na mesma geração do registo.</translation>
    </message>
    <message>
        <source>Journal sequence numbers jump here with no damaged record in between: %1 entries are missing.</source>
        <translation>Os números de sequência do diário saltam aqui sem nenhum registo danificado pelo meio: faltam %1 lançamentos.</translation>
    </message>
    <message>
        <source>The entry&apos;s checksum holds but its link to the previous entry does not: the previous entry was altered or removed, or this one was inserted or moved.</source>
        <translation>A soma de verificação do lançamento está correta mas a sua ligação ao lançamento anterior não: o lançamento anterior foi alterado ou removido, ou este foi inserido ou movido.</translation>
    </message>
    <message>
        <source>This transaction is already stored earlier in the journal (at %1): a replayed copy.</source>
        <translation>Esta transação já está guardada antes no diário (em %1): uma cópia repetida.</translation>
    </message>
    <message>
        <source>a transaction stored once</source>
        <translation>uma transação guardada uma vez</translation>
    </message>
    <message>
        <source>second copy</source>
        <translation>segunda cópia</translation>
    </message>
    <message>
        <source>The entry&apos;s stored Lamport clock is not above the one of the entry before it in the chain: the device clock went back (rollback or reset).</source>
        <translation>O relógio Lamport guardado do lançamento não é superior ao do lançamento anterior na cadeia: o relógio do dispositivo recuou (reversão ou reposição).</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the intact journal ends at seq %3; the journal&apos;s end is damaged or the file is cut, which explains the loss, so it is not evidence of tampering.</source>
        <translation>%1 cobre lançamentos do diário até seq %2, mas o diário intacto termina em seq %3; o fim do diário está danificado ou o ficheiro está cortado, o que explica a perda, pelo que não é evidência de adulteração.</translation>
    </message>
    <message>
        <source>%1 covers journal entries up to seq %2, but the journal ends at seq %3 with no damage: signed entries were removed from the end.</source>
        <translation>%1 cobre lançamentos do diário até seq %2, mas o diário termina em seq %3 sem dano: foram removidos lançamentos assinados do fim.</translation>
    </message>
    <message>
        <source>last seq %1</source>
        <translation>último seq %1</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no intact entry has, but damaged journal records could hold it: neither confirmed nor refuted.</source>
        <translation>%1 indica um hash de cadeia em seq %2 que nenhum lançamento intacto tem, mas registos danificados do diário poderiam contê-lo: nem confirmado nem refutado.</translation>
    </message>
    <message>
        <source>%1 names a chain hash at seq %2 that no entry in the journal has, and no damage could hold it: history before it was rewritten.</source>
        <translation>%1 indica um hash de cadeia em seq %2 que nenhum lançamento do diário tem, e nenhum dano poderia contê-lo: a história anterior foi reescrita.</translation>
    </message>
    <message>
        <source>marker block %1, seq %2</source>
        <translation>bloco de marcadores %1, seq %2</translation>
    </message>
    <message>
        <source>seal of journal seq %1</source>
        <translation>selo do diário em seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s signature over this seal of the journal does not verify: the seal was altered or forged.</source>
        <translation>A assinatura do dispositivo sobre este selo do diário não se verifica: o selo foi alterado ou forjado.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>A signed seal</source>
        <translation>Um selo assinado</translation>
    </message>
    <message>
        <source>The Merkle root of the journal entries up to this seal differs from the one the device signed: an earlier entry was rewritten.</source>
        <translation>A raiz de Merkle dos lançamentos do diário até este selo difere da que o dispositivo assinou: um lançamento anterior foi reescrito.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s commit record and checksums hold but the device signature does not verify: the checkpoint was altered or forged.</source>
        <translation>O registo de confirmação e as somas de verificação do ponto de verificação estão corretos, mas a assinatura do dispositivo não se verifica: o ponto de verificação foi alterado ou forjado.</translation>
    </message>
    <message>
        <source>A signed checkpoint</source>
        <translation>Um ponto de verificação assinado</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s Lamport clock is below that of an entry it covers (at %1): the clock was rolled back.</source>
        <translation>O relógio Lamport do ponto de verificação é inferior ao de um lançamento que cobre (em %1): o relógio foi recuado.</translation>
    </message>
    <message>
        <source>seq %1..</source>
        <translation>seq %1..</translation>
    </message>
    <message>
        <source>%1 journal entries after the last seal or checkpoint are not yet covered by a device signature over the chain; removing them from the end would not be detectable.</source>
        <translation>%1 lançamentos do diário após o último selo ou ponto de verificação ainda não estão cobertos por uma assinatura do dispositivo sobre a cadeia; removê-los do fim não seria detetável.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>selado</translation>
    </message>
    <message>
        <source>%1 unsealed</source>
        <translation>%1 não selados</translation>
    </message>
    <message>
        <source>The device&apos;s marker log does not link here: a marker was removed, inserted or altered.</source>
        <translation>O registo de marcadores do dispositivo não liga aqui: um marcador foi removido, inserido ou alterado.</translation>
    </message>
    <message>
        <source>seq %1 prev %2</source>
        <translation>seq %1 prev %2</translation>
    </message>
    <message>
        <source>%1 Located by comparing the payload with the state the journal proves for this checkpoint: %2 byte(s) from %3 differ.</source>
        <translation>%1 Localizado comparando a carga com o estado que o diário prova para este ponto de verificação: diferem %2 byte(s) a partir de %3.</translation>
    </message>
    <message>
        <source>Not checked: only the newest %1 of %2 BOOT and %3 RECOVERY markers were compared with the emulated recovery.</source>
        <translation>Não verificado: só os %1 mais recentes de %2 marcadores BOOT e %3 RECOVERY foram comparados com a recuperação emulada.</translation>
    </message>
    <message>
        <source>RECOVERY epoch %1: %2</source>
        <translation>RECOVERY época %1: %2</translation>
    </message>
    <message>
        <source>The device&apos;s RECOVERY marker records a different %1 than the recovery it should have run on this journal.</source>
        <translation>O marcador RECOVERY do dispositivo regista um valor de %1 diferente da recuperação que devia ter executado sobre este diário.</translation>
    </message>
    <message>
        <source>damage offset</source>
        <translation>posição do dano</translation>
    </message>
    <message>
        <source>no damage</source>
        <translation>sem dano</translation>
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
        <translation>última sequência correta</translation>
    </message>
    <message>
        <source>boot %1</source>
        <translation>arranque %1</translation>
    </message>
    <message>
        <source>The device&apos;s BOOT marker says it recovered differently (%1) from what the boot-time recovery rule gives on this image.</source>
        <translation>O marcador BOOT do dispositivo diz que recuperou de outra forma (%1) do que dá a regra de recuperação no arranque sobre esta imagem.</translation>
    </message>
    <message>
        <source>The device loaded its fallback checkpoint although the active one (slot %1) was valid.</source>
        <translation>O dispositivo carregou o seu ponto de verificação de reserva embora o ativo (ranhura %1) fosse válido.</translation>
    </message>
    <message>
        <source>slot %1 (active)</source>
        <translation>ranhura %1 (ativa)</translation>
    </message>
    <message>
        <source>slot %1 (fallback)</source>
        <translation>ranhura %1 (reserva)</translation>
    </message>
    <message>
        <source>loaded checkpoint</source>
        <translation>ponto de verificação carregado</translation>
    </message>
    <message>
        <source>slot %1, checkpoint %2</source>
        <translation>ranhura %1, ponto de verificação %2</translation>
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
        <translation>ativa</translation>
    </message>
    <message>
        <source>truncation point</source>
        <translation>ponto de truncagem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>last valid sequence</source>
        <translation>última sequência válida</translation>
    </message>
    <message>
        <source>The device truncated its journal at this boot but logged no RECOVERY marker for the damage.</source>
        <translation>O dispositivo truncou o seu diário neste arranque mas não registou nenhum marcador RECOVERY para o dano.</translation>
    </message>
    <message>
        <source>RECOVERY at %1</source>
        <translation>RECOVERY em %1</translation>
    </message>
    <message>
        <source>journal seq %1</source>
        <translation>seq de diário %1</translation>
    </message>
    <message>
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>A assinatura própria do dispositivo sobre este lançamento não se verifica: o seu conteúdo foi alterado após a assinatura.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>assinatura válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>The entry&apos;s signature does not verify under its origin&apos;s registered key: the entry was altered or forged.</source>
        <translation>A assinatura do lançamento não se verifica com a chave registada da sua origem: o lançamento foi alterado ou forjado.</translation>
    </message>
    <message>
        <source>No key is registered for the entry&apos;s origin device in the trust store or the dump, so its signature cannot be checked and it is not trusted.</source>
        <translation>Não há nenhuma chave registada para o dispositivo de origem do lançamento no repositório de confiança nem no despejo, pelo que a sua assinatura não pode ser verificada e não é de confiança.</translation>
    </message>
    <message>
        <source>a registered key</source>
        <translation>uma chave registada</translation>
    </message>
    <message>
        <source>no key for origin %1</source>
        <translation>nenhuma chave para a origem %1</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the key that made it is not certified by the network authority in the trust store.</source>
        <translation>A assinatura é matematicamente válida, mas a chave que a produziu não está certificada pela autoridade da rede no repositório de confiança.</translation>
    </message>
    <message>
        <source>a certified key</source>
        <translation>uma chave certificada</translation>
    </message>
    <message>
        <source>uncertified key of %1</source>
        <translation>chave não certificada de %1</translation>
    </message>
    <message>
        <source>The entry spends funds its account no longer had when replayed in canonical order: a double spend.</source>
        <translation>O lançamento gasta fundos que a sua conta já não tinha quando reproduzido na ordem canónica: um gasto duplo.</translation>
    </message>
    <message>
        <source>sufficient balance</source>
        <translation>saldo suficiente</translation>
    </message>
    <message>
        <source>entries it covers are damaged (first at %1)</source>
        <translation>lançamentos que cobre estão danificados (o primeiro em %1)</translation>
    </message>
    <message>
        <source>entries it covers are missing from a damaged or cut journal (first seq %1)</source>
        <translation>lançamentos que cobre faltam num diário danificado ou cortado (primeiro seq %1)</translation>
    </message>
    <message>
        <source>entries it covers are signed by devices the trust store holds no key for (first at %1)</source>
        <translation>lançamentos que cobre estão assinados por dispositivos para os quais o repositório de confiança não tem chave (o primeiro em %1)</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce this checkpoint&apos;s signed state_root, but %1, so the checkpoint can be neither confirmed nor refuted.</source>
        <translation>Reproduzir o diário não reproduz o state_root assinado deste ponto de verificação, mas %1, pelo que o ponto de verificação não pode ser nem confirmado nem refutado.</translation>
    </message>
    <message>
        <source>Replaying the journal into this checkpoint does not reproduce its signed state_root.</source>
        <translation>Reproduzir o diário até este ponto de verificação não reproduz o seu state_root assinado.</translation>
    </message>
    <message>
        <source>Replaying the journal does not reproduce checkpoint %1&apos;s signed state_root; the first entry that explains the difference is journal seq %2.</source>
        <translation>Reproduzir o diário não reproduz o state_root assinado do ponto de verificação %1; o primeiro lançamento que explica a diferença é o seq de diário %2.</translation>
    </message>
    <message>
        <source>trust store</source>
        <translation>repositório de confiança</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>rede %1</translation>
    </message>
    <message>
        <source>The trust store is for network &apos;%1&apos;, but this dump&apos;s superblock (CRC intact) names network &apos;%2&apos;: the trust store is not this network&apos;s, so it was not used and nothing that needs it was checked.</source>
        <translation>O repositório de confiança é da rede &apos;%1&apos;, mas o superbloco deste despejo (CRC intacto) indica a rede &apos;%2&apos;: o repositório de confiança não é desta rede, pelo que não foi usado e nada do que o requer foi verificado.</translation>
    </message>
    <message>
        <source>a trust store for network &apos;%1&apos;</source>
        <translation>um repositório de confiança para a rede &apos;%1&apos;</translation>
    </message>
    <message>
        <source>network &apos;%1&apos;</source>
        <translation>rede &apos;%1&apos;</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>dispositivo %1</translation>
    </message>
    <message>
        <source>The trust store registers device %1 with key %2, but the dump&apos;s intact identity header holds key %3: %4 of the device&apos;s %5 signed records verify under the header&apos;s key and none under the trust store&apos;s. The trust store&apos;s entry for this device is wrong (it was ignored); the device&apos;s records are checked under its own key.</source>
        <translation>O repositório de confiança regista o dispositivo %1 com a chave %2, mas o cabeçalho de identidade intacto do despejo contém a chave %3: %4 dos %5 registos assinados do dispositivo verificam-se com a chave do cabeçalho e nenhum com a do repositório de confiança. A entrada do repositório de confiança para este dispositivo está errada (foi ignorada); os registos do dispositivo são verificados com a sua própria chave.</translation>
    </message>
    <message>
        <source>key %1 (intact identity header)</source>
        <translation>chave %1 (cabeçalho de identidade intacto)</translation>
    </message>
    <message>
        <source>key %1 (trust store)</source>
        <translation>chave %1 (repositório de confiança)</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Não verificado: %1.</translation>
    </message>
    <message>
        <source>This DELTA checkpoint (%1) is older than the one the device loads (%2) and the chain of checkpoints it builds on has been overwritten by newer ones, so its state cannot be rebuilt; the device no longer needs it.</source>
        <translation>Este ponto de verificação DELTA (%1) é mais antigo do que o que o dispositivo carrega (%2) e a cadeia de pontos de verificação em que assenta foi sobrescrita por outros mais recentes, pelo que o seu estado não pode ser reconstruído; o dispositivo já não precisa dele.</translation>
    </message>
    <message>
        <source>base no longer rebuildable (slot reused)</source>
        <translation>base já não reconstruível (ranhura reutilizada)</translation>
    </message>
    <message>
        <source>the trust store given is not this network&apos;s (TRUST_STORE_MISMATCH)</source>
        <translation>o repositório de confiança dado não é desta rede (TRUST_STORE_MISMATCH)</translation>
    </message>
    <message>
        <source>no trust store was given</source>
        <translation>não foi dado nenhum repositório de confiança</translation>
    </message>
    <message>
        <source>the storage key given is not this dump&apos;s (KEY_MISMATCH)</source>
        <translation>a chave de armazenamento dada não é a deste despejo (KEY_MISMATCH)</translation>
    </message>
    <message>
        <source>no storage key was given</source>
        <translation>não foi dada nenhuma chave de armazenamento</translation>
    </message>
    <message>
        <source>the journal is encrypted and %1, so the contents of %2 journal entries (entry signatures, ledger rules, double spends, invariants) were not checked</source>
        <translation>o diário está cifrado e %1, pelo que o conteúdo de %2 lançamentos do diário (assinaturas dos lançamentos, regras do livro-razão, gastos duplos, invariantes) não foi verificado</translation>
    </message>
    <message>
        <source>checkpoint payloads are encrypted and %1, so state_roots were not recomputed and no checkpoint was cross-proven</source>
        <translation>as cargas dos pontos de verificação estão cifradas e %1, pelo que os state_root não foram recalculados e nenhum ponto de verificação foi verificado de forma cruzada</translation>
    </message>
    <message>
        <source>the identity header is damaged and no trust store key for device %1 confirms the device key, so seal and checkpoint signatures could not be checked</source>
        <translation>o cabeçalho de identidade está danificado e nenhuma chave do repositório de confiança para o dispositivo %1 confirma a chave do dispositivo, pelo que as assinaturas de selos e pontos de verificação não puderam ser verificadas</translation>
    </message>
    <message>
        <source>%1, so no key could be checked against the network authority (KEY_UNREGISTERED is not reported)</source>
        <translation>%1, pelo que nenhuma chave pôde ser verificada junto da autoridade da rede (KEY_UNREGISTERED não é reportado)</translation>
    </message>
    <message>
        <source>%1, so the ledger was not replayed: other devices&apos; signatures, ledger rules, double spends, invariants and checkpoint cross-proofs were not checked</source>
        <translation>%1, pelo que o livro-razão não foi reproduzido: as assinaturas de outros dispositivos, as regras do livro-razão, os gastos duplos, os invariantes e as verificações cruzadas dos pontos de verificação não foram verificados</translation>
    </message>
    <message>
        <source>checkpoint slots</source>
        <translation>ranhuras de ponto de verificação</translation>
    </message>
    <message>
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>As ranhuras de ponto de verificação contêm dados mas nenhuma é válida: o dispositivo tem de reconstruir o seu livro-razão a partir de todo o diário.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>um ponto de verificação válido</translation>
    </message>
    <message>
        <source>journal block %1</source>
        <translation>bloco de diário %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloco de marcadores %1</translation>
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
    <name>Report</name>
    <message>
        <source>Case report: %1</source>
        <translation>Relatório do caso: %1</translation>
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
        <translation>Número do caso</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Perito</translation>
    </message>
    <message>
        <source>Case opened (UTC)</source>
        <translation>Caso aberto (UTC)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <source>Report generated (UTC)</source>
        <translation>Relatório gerado (UTC)</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Inventário de evidências</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>SHA-256 na importação</translation>
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
        <translation>Hash recalculado agora</translation>
    </message>
    <message>
        <source>Methods and parameters</source>
        <translation>Métodos e parâmetros</translation>
    </message>
    <message>
        <source>Hash: SHA-256. Custody chain: seedscope-custody-v1. Keys and trust stores are identified by the SHA-256 of their file; their contents are never stored.</source>
        <translation>Hash: SHA-256. Cadeia de custódia: seedscope-custody-v1. As chaves e os repositórios de confiança são identificados pelo SHA-256 do seu ficheiro; o seu conteúdo nunca é guardado.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Impressão digital (SHA-256)</translation>
    </message>
    <message>
        <source>First used (UTC)</source>
        <translation>Primeira utilização (UTC)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>What was checked and proven</source>
        <translation>O que foi verificado e provado</translation>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
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
        <translation>Explicação</translation>
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
        <translation>Evidência</translation>
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
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadeia de custódia</translation>
    </message>
    <message>
        <source>Hash chain:</source>
        <translation>Cadeia de hash:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Hash do registo</translation>
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
        <source>%1 added on %2.</source>
        <translation>Anotação (%1) adicionada a %2.</translation>
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

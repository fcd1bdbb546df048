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
    <message>
        <source>This checkpoint&apos;s state_root is reproduced only by applying the journal in storage order; canonical (Lamport, device, tx_id) order gives %1. The device did not apply entries in canonical order.</source>
        <translation>O state_root deste ponto de verificação só é reproduzido aplicando o diário na ordem de armazenamento; a ordem canónica (Lamport, dispositivo, tx_id) dá %1. O dispositivo não aplicou os lançamentos na ordem canónica.</translation>
    </message>
    <message>
        <source>Replaying %1 journal entries from the previous checkpoint reproduces this checkpoint&apos;s state_root.</source>
        <translation>Reproduzir %1 lançamentos do diário a partir do ponto de verificação anterior reproduz o state_root deste ponto de verificação.</translation>
    </message>
    <message>
        <source>... %1 more</source>
        <translation>... mais %1</translation>
    </message>
    <message>
        <source>%1 tx %2 (journal seq %3, %4)</source>
        <translation>%1 tx %2 (diário seq %3, %4)</translation>
    </message>
    <message>
        <source>%1 tx_id(s) the checkpoint applied are missing from the journal (first %2)</source>
        <translation>%1 tx_id aplicado(s) pelo ponto de verificação faltam no diário (o primeiro %2)</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject; differing records: %1.</source>
        <translation>Reproduzir o diário a partir do ponto de verificação anterior não reproduz o state_root deste ponto de verificação; divergem pela primeira vez após o lançamento indicado no assunto; registos diferentes: %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; they first disagree after the entry named in subject.</source>
        <translation>Reproduzir o diário a partir do ponto de verificação anterior não reproduz o state_root deste ponto de verificação; divergem pela primeira vez após o lançamento indicado no assunto.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root; differing records: %1.</source>
        <translation>Reproduzir o diário a partir do ponto de verificação anterior não reproduz o state_root deste ponto de verificação; registos diferentes: %1.</translation>
    </message>
    <message>
        <source>Replaying the journal from the previous checkpoint does not reproduce this checkpoint&apos;s state_root.</source>
        <translation>Reproduzir o diário a partir do ponto de verificação anterior não reproduz o state_root deste ponto de verificação.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>A savings pool holds less than nothing.</source>
        <translation>O fundo de um grupo de poupança é inferior a zero.</translation>
    </message>
    <message>
        <source>The pool balance is not contributions minus payouts.</source>
        <translation>O saldo do fundo não é igual às contribuições menos os pagamentos.</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>transbordo</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>conta %1</translation>
    </message>
    <message>
        <source>An account balance is negative.</source>
        <translation>O saldo de uma conta é negativo.</translation>
    </message>
    <message>
        <source>0..10000 tenths</source>
        <translation>0..10000 décimas</translation>
    </message>
    <message>
        <source>A trust score is outside 0.0..1000.0.</source>
        <translation>Uma pontuação de confiança está fora de 0.0..1000.0.</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>livro-razão</translation>
    </message>
    <message>
        <source>Balances plus savings pools do not add up to the money issued.</source>
        <translation>Os saldos mais os fundos dos grupos de poupança não somam o dinheiro emitido.</translation>
    </message>
    <message>
        <source>The entry left an account negative.</source>
        <translation>O lançamento deixou uma conta negativa.</translation>
    </message>
    <message>
        <source>The entry pushed a trust score out of bounds.</source>
        <translation>O lançamento levou uma pontuação de confiança para fora dos limites.</translation>
    </message>
    <message>
        <source>The entry created or destroyed money.</source>
        <translation>O lançamento criou ou destruiu dinheiro.</translation>
    </message>
    <message>
        <source>same tx_id and content as an entry already applied</source>
        <translation>mesmo tx_id e conteúdo que um lançamento já aplicado</translation>
    </message>
    <message>
        <source>tx_id already used by an entry with different content</source>
        <translation>tx_id já usado por um lançamento com outro conteúdo</translation>
    </message>
    <message>
        <source>no key known for the origin device at Lamport %1</source>
        <translation>nenhuma chave conhecida para o dispositivo de origem no Lamport %1</translation>
    </message>
    <message>
        <source>signature does not verify with the origin&apos;s key</source>
        <translation>a assinatura não é verificada com a chave da origem</translation>
    </message>
    <message>
        <source>sequence %1 not above the origin&apos;s highest %2</source>
        <translation>sequência %1 não superior à mais alta da origem, %2</translation>
    </message>
    <message>
        <source>Lamport %1 more than %2 above the highest seen %3</source>
        <translation>Lamport %1 mais de %2 acima do maior visto, %3</translation>
    </message>
    <message>
        <source>depends on a transaction not yet in the ledger</source>
        <translation>depende de uma transação que ainda não está no livro-razão</translation>
    </message>
    <message>
        <source>account %1 is not controlled by the origin device</source>
        <translation>a conta %1 não é controlada pelo dispositivo de origem</translation>
    </message>
    <message>
        <source>ISSUE not signed by the network authority</source>
        <translation>ISSUE não assinado pela autoridade da rede</translation>
    </message>
    <message>
        <source>only the founder account may close the group</source>
        <translation>só a conta fundadora pode fechar o grupo</translation>
    </message>
    <message>
        <source>authority TRUST_EVENT not signed by the network authority</source>
        <translation>TRUST_EVENT de autoridade não assinado pela autoridade da rede</translation>
    </message>
    <message>
        <source>TRUST_EVENT names an unknown group</source>
        <translation>TRUST_EVENT indica um grupo desconhecido</translation>
    </message>
    <message>
        <source>group TRUST_EVENT not signed by the group founder&apos;s device</source>
        <translation>TRUST_EVENT de grupo não assinado pelo dispositivo do fundador do grupo</translation>
    </message>
    <message>
        <source>sender account does not exist</source>
        <translation>a conta remetente não existe</translation>
    </message>
    <message>
        <source>receiver account does not exist</source>
        <translation>a conta destinatária não existe</translation>
    </message>
    <message>
        <source>balance %1 below amount %2</source>
        <translation>saldo %1 inferior ao montante %2</translation>
    </message>
    <message>
        <source>amount %1 above the per-transaction cap %2</source>
        <translation>montante %1 acima do limite por transação %2</translation>
    </message>
    <message>
        <source>%1 already spent in the last %2 ticks; %3 more exceeds the window cap %4</source>
        <translation>%1 já gastos nos últimos %2 ticks; mais %3 excedem o limite da janela %4</translation>
    </message>
    <message>
        <source>ISSUE names a different owner device than the account has</source>
        <translation>ISSUE indica um dispositivo proprietário diferente do da conta</translation>
    </message>
    <message>
        <source>total issuance would overflow 64 bits</source>
        <translation>a emissão total ultrapassaria 64 bits</translation>
    </message>
    <message>
        <source>group id already exists</source>
        <translation>o id de grupo já existe</translation>
    </message>
    <message>
        <source>member %1 does not exist</source>
        <translation>o membro %1 não existe</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>esse grupo não existe</translation>
    </message>
    <message>
        <source>group is %1</source>
        <translation>o grupo está %1</translation>
    </message>
    <message>
        <source>account is already a member</source>
        <translation>a conta já é membro</translation>
    </message>
    <message>
        <source>joins close at the first contribution</source>
        <translation>as adesões fecham na primeira contribuição</translation>
    </message>
    <message>
        <source>group is full</source>
        <translation>o grupo está completo</translation>
    </message>
    <message>
        <source>joining account does not exist</source>
        <translation>a conta que adere não existe</translation>
    </message>
    <message>
        <source>account is not a member</source>
        <translation>a conta não é membro</translation>
    </message>
    <message>
        <source>cycle %1, the group is in cycle %2</source>
        <translation>ciclo %1, o grupo está no ciclo %2</translation>
    </message>
    <message>
        <source>second contribution in cycle %1</source>
        <translation>segunda contribuição no ciclo %1</translation>
    </message>
    <message>
        <source>contribution %1, the group requires %2</source>
        <translation>contribuição %1, o grupo exige %2</translation>
    </message>
    <message>
        <source>member account does not exist</source>
        <translation>a conta do membro não existe</translation>
    </message>
    <message>
        <source>balance %1 below contribution %2</source>
        <translation>saldo %1 inferior à contribuição %2</translation>
    </message>
    <message>
        <source>cycle %1 was already paid</source>
        <translation>o ciclo %1 já foi pago</translation>
    </message>
    <message>
        <source>cycle %1 pays rotation[%2]</source>
        <translation>o ciclo %1 paga a rotation[%2]</translation>
    </message>
    <message>
        <source>payout %1, the pot is %2</source>
        <translation>pagamento %1, o fundo é %2</translation>
    </message>
    <message>
        <source>%1 of %2 contributions of cycle %3 are in</source>
        <translation>chegaram %1 de %2 contribuições do ciclo %3</translation>
    </message>
    <message>
        <source>recipient account does not exist</source>
        <translation>a conta beneficiária não existe</translation>
    </message>
    <message>
        <source>subject account does not exist</source>
        <translation>a conta visada não existe</translation>
    </message>
    <message>
        <source>unknown entry type</source>
        <translation>tipo de lançamento desconhecido</translation>
    </message>
    <message>
        <source>tx_id and origin must be 16 bytes</source>
        <translation>tx_id e origem devem ter 16 bytes</translation>
    </message>
    <message>
        <source>dependency must be a 16-byte tx_id</source>
        <translation>a dependência deve ser um tx_id de 16 bytes</translation>
    </message>
    <message>
        <source>signature must be 64 bytes</source>
        <translation>a assinatura deve ter 64 bytes</translation>
    </message>
    <message>
        <source>account ids must be 16 bytes</source>
        <translation>os id de conta devem ter 16 bytes</translation>
    </message>
    <message>
        <source>sender equals receiver</source>
        <translation>o remetente é igual ao destinatário</translation>
    </message>
    <message>
        <source>amount must be &gt; 0</source>
        <translation>o montante deve ser &gt; 0</translation>
    </message>
    <message>
        <source>account and owner must be 16 bytes</source>
        <translation>conta e proprietário devem ter 16 bytes</translation>
    </message>
    <message>
        <source>group and founder must be 16 bytes</source>
        <translation>grupo e fundador devem ter 16 bytes</translation>
    </message>
    <message>
        <source>contribution must be &gt; 0</source>
        <translation>a contribuição deve ser &gt; 0</translation>
    </message>
    <message>
        <source>1..64 members</source>
        <translation>1..64 membros</translation>
    </message>
    <message>
        <source>contribution too large for a 64-member pot</source>
        <translation>contribuição demasiado grande para um fundo de 64 membros</translation>
    </message>
    <message>
        <source>a member is listed twice</source>
        <translation>um membro aparece duas vezes</translation>
    </message>
    <message>
        <source>member ids must be 16 bytes</source>
        <translation>os id de membro devem ter 16 bytes</translation>
    </message>
    <message>
        <source>the founder must be a member</source>
        <translation>o fundador deve ser membro</translation>
    </message>
    <message>
        <source>group and account must be 16 bytes</source>
        <translation>grupo e conta devem ter 16 bytes</translation>
    </message>
    <message>
        <source>group and recipient must be 16 bytes</source>
        <translation>grupo e beneficiário devem ter 16 bytes</translation>
    </message>
    <message>
        <source>group and subject must be 16 bytes</source>
        <translation>grupo e visado devem ter 16 bytes</translation>
    </message>
    <message>
        <source>unknown trust reason %1</source>
        <translation>motivo de confiança desconhecido %1</translation>
    </message>
    <message>
        <source>trust delta %1 does not match reason %2 (%3)</source>
        <translation>o delta de confiança %1 não corresponde ao motivo %2 (%3)</translation>
    </message>
    <message>
        <source>new key must be 32 bytes</source>
        <translation>a nova chave deve ter 32 bytes</translation>
    </message>
    <message>
        <source>a rotation must take effect after its own Lamport value</source>
        <translation>uma rotação deve produzir efeito depois do seu próprio valor Lamport</translation>
    </message>
    <message>
        <source>journal seq %1</source>
        <translation>seq de diário %1</translation>
    </message>
    <message>
        <source>%1 tx %2</source>
        <translation>%1 tx %2</translation>
    </message>
    <message>
        <source>key certified by the network authority</source>
        <translation>chave certificada pela autoridade da rede</translation>
    </message>
    <message>
        <source>uncertified key</source>
        <translation>chave não certificada</translation>
    </message>
    <message>
        <source>The signature is mathematically valid, but the network authority never certified the key that made it.</source>
        <translation>A assinatura é matematicamente válida, mas a autoridade da rede nunca certificou a chave que a produziu.</translation>
    </message>
    <message>
        <source>unique tx_id</source>
        <translation>tx_id único</translation>
    </message>
    <message>
        <source>The same transaction appears again with identical content; the copy is ignored.</source>
        <translation>A mesma transação aparece de novo com conteúdo idêntico; a cópia é ignorada.</translation>
    </message>
    <message>
        <source>dependency %1 applied</source>
        <translation>dependência %1 aplicada</translation>
    </message>
    <message>
        <source>The entry depends on a transaction that never appeared, so it was never applied.</source>
        <translation>O lançamento depende de uma transação que nunca apareceu, por isso nunca foi aplicado.</translation>
    </message>
    <message>
        <source>a ledger entry (docs/format/ledger-encoding.md)</source>
        <translation>um lançamento do livro-razão (docs/format/ledger-encoding.md)</translation>
    </message>
    <message>
        <source>The journal record&apos;s entry bytes do not decode; it is reported as BAD_FORMAT and never applied.</source>
        <translation>Os bytes do lançamento do registo do diário não se descodificam; é reportado como BAD_FORMAT e nunca aplicado.</translation>
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
        <translation>chave %1 a partir do Lamport %2 no histórico de chaves</translation>
    </message>
    <message>
        <source>not in the key history</source>
        <translation>não está no histórico de chaves</translation>
    </message>
    <message>
        <source>The journal announces a key rotation that the device&apos;s key history (identity region or registry) does not list.</source>
        <translation>O diário anuncia uma rotação de chave que o histórico de chaves do dispositivo (região de identidade ou registo) não indica.</translation>
    </message>
    <message>
        <source>storage order = canonical order</source>
        <translation>ordem de armazenamento = ordem canónica</translation>
    </message>
    <message>
        <source>%1 entries stored after an entry that sorts after them</source>
        <translation>%1 lançamentos armazenados depois de um lançamento que se ordena depois deles</translation>
    </message>
    <message>
        <source>The journal stores entries in arrival order; replay uses canonical (Lamport, device, tx_id) order. This is the first entry where they differ.</source>
        <translation>O diário armazena os lançamentos por ordem de chegada; a reprodução usa a ordem canónica (Lamport, dispositivo, tx_id). Este é o primeiro lançamento em que diferem.</translation>
    </message>
    <message>
        <source>end of replay</source>
        <translation>fim da reprodução</translation>
    </message>
    <message>
        <source>A checkpoint file holds one JSON object; this one holds something else, so the original loader fails on it.</source>
        <translation>Um ficheiro de ponto de verificação contém um objeto JSON; este contém outra coisa, por isso o carregador original falha nele.</translation>
    </message>
    <message>
        <source>one complete JSON object</source>
        <translation>um objeto JSON completo</translation>
    </message>
    <message>
        <source>file ends after %1 bytes inside %2</source>
        <translation>o ficheiro termina após %1 bytes dentro de %2</translation>
    </message>
    <message>
        <source>The file stops in the middle of a value: the writer opens the file with truncation and writes in place, so a crash or a value json cannot serialise leaves half a checkpoint and destroys whatever this name held before.</source>
        <translation>O ficheiro para a meio de um valor: o escritor abre o ficheiro truncando-o e escreve no local, por isso uma falha ou um valor que o json não consegue serializar deixa meio ponto de verificação e destrói o que este nome continha antes.</translation>
    </message>
    <message>
        <source>The file exceeds a documented safety cap of the reader, so it was not read further; no real checkpoint comes near these caps.</source>
        <translation>O ficheiro excede um limite de segurança documentado do leitor, por isso não foi lido mais; nenhum ponto de verificação real se aproxima destes limites.</translation>
    </message>
    <message>
        <source>The bytes are not JSON Python can read (%1); the original loader returns nothing when it picks this file.</source>
        <translation>Os bytes não são JSON que o Python consiga ler (%1); o carregador original não devolve nada quando escolhe este ficheiro.</translation>
    </message>
    <message>
        <source>\uD800-\uDBFF followed by \uDC00-\uDFFF</source>
        <translation>\uD800-\uDBFF seguido de \uDC00-\uDFFF</translation>
    </message>
    <message>
        <source>unpaired surrogate escape at byte %1</source>
        <translation>escape substituto isolado no byte %1</translation>
    </message>
    <message>
        <source>A text value contains half of a UTF-16 pair: Python keeps it, but it is not a character and cannot be written as UTF-8.</source>
        <translation>Um valor de texto contém metade de um par UTF-16: o Python mantém-no, mas não é um carácter e não pode ser escrito em UTF-8.</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>cada chave uma vez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again at byte %2</source>
        <translation>&quot;%1&quot; de novo no byte %2</translation>
    </message>
    <message>
        <source>A key appears twice; Python silently keeps the last value, so two readers can disagree about this checkpoint.</source>
        <translation>Uma chave aparece duas vezes; o Python mantém em silêncio o último valor, por isso dois leitores podem discordar sobre este ponto de verificação.</translation>
    </message>
    <message>
        <source>ASCII only (json.dump ensure_ascii)</source>
        <translation>só ASCII (json.dump ensure_ascii)</translation>
    </message>
    <message>
        <source>raw non-ASCII byte at %1</source>
        <translation>byte não ASCII em bruto em %1</translation>
    </message>
    <message>
        <source>The real writer escapes every non-ASCII character, so this file was written or edited by something else.</source>
        <translation>O escritor real faz escape de todos os caracteres não ASCII, por isso este ficheiro foi escrito ou editado por outra coisa.</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>um número finito</translation>
    </message>
    <message>
        <source>Python&apos;s json writes NaN and infinities as bare tokens that are not JSON; the original validator never looks at the vectors and compares NaN as &apos;not out of range&apos;, so this value would be restored.</source>
        <translation>O json do Python escreve NaN e infinitos como tokens soltos que não são JSON; o validador original nunca olha para os vetores e compara NaN como &apos;não fora do intervalo&apos;, por isso este valor seria restaurado.</translation>
    </message>
    <message>
        <source>finite numbers</source>
        <translation>números finitos</translation>
    </message>
    <message>
        <source>%1 more non-finite value(s) not listed</source>
        <translation>mais %1 valores não finitos não listados</translation>
    </message>
    <message>
        <source>Only the first %1 non-finite values of a file are listed one by one.</source>
        <translation>Só os primeiros %1 valores não finitos de um ficheiro são listados um a um.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>chave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>The original loader indexes this key and returns nothing when it is missing.</source>
        <translation>O carregador original indexa esta chave e não devolve nada quando falta.</translation>
    </message>
    <message>
        <source>only the six CheckpointData keys</source>
        <translation>só as seis chaves de CheckpointData</translation>
    </message>
    <message>
        <source>extra key &quot;%1&quot;</source>
        <translation>chave adicional &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The real writer never writes this key; the original loader ignores it.</source>
        <translation>O escritor real nunca escreve esta chave; o carregador original ignora-a.</translation>
    </message>
    <message>
        <source>list of numbers</source>
        <translation>lista de números</translation>
    </message>
    <message>
        <source>The original validator requires a list here and rejects this checkpoint.</source>
        <translation>O validador original exige aqui uma lista e rejeita este ponto de verificação.</translation>
    </message>
    <message>
        <source>at least one component</source>
        <translation>pelo menos um componente</translation>
    </message>
    <message>
        <source>An empty state vector cannot restore anything, yet the original validator accepts it.</source>
        <translation>Um vetor de estado vazio não pode restaurar nada, mas o validador original aceita-o.</translation>
    </message>
    <message>
        <source>at most %1 components</source>
        <translation>no máximo %1 componentes</translation>
    </message>
    <message>
        <source>The vector is longer than the reader&apos;s documented cap; it was not checked.</source>
        <translation>O vetor é mais longo do que o limite documentado do leitor; não foi verificado.</translation>
    </message>
    <message>
        <source>A vector component is not a number; restoring this state fails in numpy.</source>
        <translation>Um componente do vetor não é um número; restaurar este estado falha no numpy.</translation>
    </message>
    <message>
        <source>float components</source>
        <translation>componentes float</translation>
    </message>
    <message>
        <source>%1 integer component(s)</source>
        <translation>%1 componente(s) inteiro(s)</translation>
    </message>
    <message>
        <source>The real engine writes floats; integers mean the caller passed a hand-made list (as the project&apos;s own tests do).</source>
        <translation>O motor real escreve floats; inteiros indicam que quem chamou passou uma lista feita à mão (como fazem os próprios testes do projeto).</translation>
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
        <translation>I_t_L e Omega_t_L descrevem as mesmas características e devem ter o mesmo comprimento.</translation>
    </message>
    <message>
        <source>%1 must be a number; the original validator&apos;s comparison raises on this and rejects the file.</source>
        <translation>%1 tem de ser um número; a comparação do validador original falha com isto e rejeita o ficheiro.</translation>
    </message>
    <message>
        <source>%1 was written as an integer: the real engine writes floats, so a person or a test harness produced this value.</source>
        <translation>%1 foi escrito como inteiro: o motor real escreve floats, por isso este valor foi produzido por uma pessoa ou por um banco de testes.</translation>
    </message>
    <message>
        <source>The timestamp</source>
        <translation>A marca temporal</translation>
    </message>
    <message>
        <source>&lt;= %1 (examination time + 60 s)</source>
        <translation>&lt;= %1 (hora do exame + 60 s)</translation>
    </message>
    <message>
        <source>The checkpoint claims to be from %1 s after the examination time: a wrong clock or a forged file.</source>
        <translation>O ponto de verificação diz ser de %1 s depois da hora do exame: um relógio errado ou um ficheiro forjado.</translation>
    </message>
    <message>
        <source>int(timestamp) = %1</source>
        <translation>int(timestamp) = %1</translation>
    </message>
    <message>
        <source>%1 (int %2)</source>
        <translation>%1 (inteiro %2)</translation>
    </message>
    <message>
        <source>The writer names each file after int(timestamp); this content belongs to another second, so the file was renamed, copied over or edited.</source>
        <translation>O escritor nomeia cada ficheiro com int(timestamp); este conteúdo pertence a outro segundo, por isso o ficheiro foi renomeado, substituído por cópia ou editado.</translation>
    </message>
    <message>
        <source>coherence_score (Ψ)</source>
        <translation>coherence_score (Ψ)</translation>
    </message>
    <message>
        <source>Ψ is a mean of cosine similarities clamped to [0, 1]; this value cannot come from the engine.</source>
        <translation>Ψ é uma média de semelhanças de cosseno limitada a [0, 1]; este valor não pode vir do motor.</translation>
    </message>
    <message>
        <source>modulator (m_t)</source>
        <translation>modulador (m_t)</translation>
    </message>
    <message>
        <source>m_t is exp(...) and always positive; a zero or negative modulator is impossible.</source>
        <translation>m_t é exp(...) e sempre positivo; um modulador zero ou negativo é impossível.</translation>
    </message>
    <message>
        <source>%1 (ln = %2)</source>
        <translation>%1 (ln = %2)</translation>
    </message>
    <message>
        <source>The engine clamps ln m_t to ±10 (its dimensional stability test); this modulator is outside it.</source>
        <translation>O motor limita ln m_t a ±10 (o seu teste de estabilidade dimensional); este modulador está fora.</translation>
    </message>
    <message>
        <source>network_id must be a string naming the node&apos;s network.</source>
        <translation>network_id tem de ser uma cadeia de caracteres que indique a rede do nó.</translation>
    </message>
    <message>
        <source>‖Omega_t_L‖ = m_t within %1 relative</source>
        <translation>‖Omega_t_L‖ = m_t com %1 de tolerância relativa</translation>
    </message>
    <message>
        <source>‖Ω‖ = %1, m_t = %2</source>
        <translation>‖Ω‖ = %1, m_t = %2</translation>
    </message>
    <message>
        <source>The engine builds Ω as a unit vector times m_t; this file&apos;s Ω does not have length m_t, so it was not produced by update_omega (hand-made or edited).</source>
        <translation>O motor constrói Ω como um vetor unitário vezes m_t; o Ω deste ficheiro não tem comprimento m_t, por isso não foi produzido por update_omega (feito à mão ou editado).</translation>
    </message>
    <message>
        <source>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</source>
        <translation>exp(clamp(λ·mean(I_t_L), -10, 10)) = %1</translation>
    </message>
    <message>
        <source>The coded maths gives m_t from I_t_L with λ = 1.2944271909999159; this modulator does not follow from the file&apos;s own I_t_L.</source>
        <translation>A matemática do código dá m_t a partir de I_t_L com λ = 1.2944271909999159; este modulador não resulta do próprio I_t_L do ficheiro.</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>no máximo %1 entradas de pasta</translation>
    </message>
    <message>
        <source>more; the rest was not examined</source>
        <translation>mais; o resto não foi examinado</translation>
    </message>
    <message>
        <source>The folder holds more entries than the documented cap; only the first %1 were examined.</source>
        <translation>A pasta contém mais entradas do que o limite documentado; só as primeiras %1 foram examinadas.</translation>
    </message>
    <message>
        <source>The writer never produces this name, but the original loader&apos;s text sort ranks it above every numeric name, so it is what a restart would load.</source>
        <translation>O escritor nunca produz este nome, mas a ordenação de texto do carregador original coloca-o acima de qualquer nome numérico, por isso é o que um reinício carregaria.</translation>
    </message>
    <message>
        <source>a UTF-8 file name, as the writer produces</source>
        <translation>um nome de ficheiro UTF-8, como o escritor produz</translation>
    </message>
    <message>
        <source>%1 (undecodable bytes shown as \xNN)</source>
        <translation>%1 (bytes não descodificáveis mostrados como \xNN)</translation>
    </message>
    <message>
        <source>The writer never produces this name, and many tools do not show it, but Python&apos;s glob lists it and its sort ranks it by the raw bytes: it is part of the folder.</source>
        <translation>O escritor nunca produz este nome, e muitas ferramentas não o mostram, mas o glob do Python lista-o e a sua ordenação classifica-o pelos bytes em bruto: faz parte da pasta.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>um ficheiro normal</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (does not resolve)</source>
        <translation>uma ligação simbólica para %1 (não se resolve)</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (%2)</source>
        <translation>uma ligação simbólica para %1 (%2)</translation>
    </message>
    <message>
        <source>The entry points out of the evidence folder. Seedscope does not follow it; the original loader would read whatever it points to as a checkpoint.</source>
        <translation>A entrada aponta para fora da pasta de evidência. O Seedscope não a segue; o carregador original leria como ponto de verificação aquilo para que aponta.</translation>
    </message>
    <message>
        <source>The writer never creates links. This one stays inside the folder and was followed; what it shows is another entry&apos;s content under this name.</source>
        <translation>O escritor nunca cria ligações. Esta fica dentro da pasta e foi seguida; o que mostra é o conteúdo de outra entrada com este nome.</translation>
    </message>
    <message>
        <source>a signed manifest.json (hardened layout)</source>
        <translation>um manifest.json assinado (estrutura reforçada)</translation>
    </message>
    <message>
        <source>no manifest: %1 file(s) with no hash, signature or encryption</source>
        <translation>sem manifesto: %1 ficheiro(s) sem hash, assinatura nem cifra</translation>
    </message>
    <message>
        <source>Nothing in this folder is authenticated: any file could have been edited, replaced, added or deleted without leaving a trace, despite the guide&apos;s promise of hash-verified, encrypted checkpoints.</source>
        <translation>Nada nesta pasta está autenticado: qualquer ficheiro pode ter sido editado, substituído, adicionado ou apagado sem deixar rasto, apesar da promessa do guia de pontos de verificação cifrados e verificados por hash.</translation>
    </message>
    <message>
        <source>a readable manifest.json</source>
        <translation>um manifest.json legível</translation>
    </message>
    <message>
        <source>The manifest cannot be read, so nothing in the folder is authenticated.</source>
        <translation>O manifesto não pode ser lido, por isso nada na pasta está autenticado.</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>no máximo %1 bytes</translation>
    </message>
    <message>
        <source>a readable regular file</source>
        <translation>um ficheiro normal legível</translation>
    </message>
    <message>
        <source>The file is larger than the reader&apos;s documented cap and was not read.</source>
        <translation>O ficheiro é maior do que o limite documentado do leitor e não foi lido.</translation>
    </message>
    <message>
        <source>The entry matches the writer&apos;s name pattern but cannot be read as a file; the original loader fails on it if it sorts last.</source>
        <translation>A entrada corresponde ao padrão de nomes do escritor mas não pode ser lida como ficheiro; o carregador original falha nela se ficar em último.</translation>
    </message>
    <message>
        <source>the node key (--key-file) and a manifest listing the file</source>
        <translation>a chave do nó (--key-file) e um manifesto que liste o ficheiro</translation>
    </message>
    <message>
        <source>no usable manifest entry</source>
        <translation>nenhuma entrada de manifesto utilizável</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>nenhuma chave indicada</translation>
    </message>
    <message>
        <source>Encrypted checkpoints can only be hash-checked against the manifest, not read or validated, without the node key.</source>
        <translation>Sem a chave do nó, os pontos de verificação cifrados só podem ser verificados por hash contra o manifesto, não lidos nem validados.</translation>
    </message>
    <message>
        <source>an AES-256-GCM envelope that authenticates under the node key</source>
        <translation>um envelope AES-256-GCM que se autentique com a chave do nó</translation>
    </message>
    <message>
        <source>The encrypted checkpoint does not authenticate: it was altered, renamed, or written with another key.</source>
        <translation>O ponto de verificação cifrado não se autentica: foi alterado, renomeado ou escrito com outra chave.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <source>the node key the encrypted checkpoints were written with</source>
        <translation>a chave do nó com que os pontos de verificação cifrados foram escritos</translation>
    </message>
    <message>
        <source>key %1: 0 of %2 encrypted files authenticate</source>
        <translation>chave %1: 0 de %2 ficheiros cifrados se autenticam</translation>
    </message>
    <message>
        <source>The node key given (fingerprint %1) opens none of the %2 encrypted checkpoints: it is not this node&apos;s key. This is a problem with the key supplied, not with the folder; the files were not read.</source>
        <translation>A chave do nó indicada (impressão %1) não abre nenhum dos %2 pontos de verificação cifrados: não é a chave deste nó. É um problema da chave fornecida, não da pasta; os ficheiros não foram lidos.</translation>
    </message>
    <message>
        <source>%1 present (%2 bytes)</source>
        <translation>%1 presente (%2 bytes)</translation>
    </message>
    <message>
        <source>present but unreadable</source>
        <translation>presente mas ilegível</translation>
    </message>
    <message>
        <source>A checkpoint the signed manifest lists is gone: it was deleted or renamed after signing.</source>
        <translation>Um ponto de verificação listado pelo manifesto assinado desapareceu: foi apagado ou renomeado depois da assinatura.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>The file&apos;s bytes differ from what the manifest signed: it was changed after signing.</source>
        <translation>Os bytes do ficheiro diferem do que o manifesto assinou: foi alterado depois da assinatura.</translation>
    </message>
    <message>
        <source>listed in manifest.json</source>
        <translation>listado em manifest.json</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>não listado</translation>
    </message>
    <message>
        <source>This checkpoint is not covered by the signed manifest, so nothing vouches for it: it was added after signing.</source>
        <translation>Este ponto de verificação não está coberto pelo manifesto assinado, por isso nada o garante: foi adicionado depois da assinatura.</translation>
    </message>
    <message>
        <source>no checkpoint_*.json file</source>
        <translation>nenhum ficheiro checkpoint_*.json</translation>
    </message>
    <message>
        <source>unknown: open() follows the link out of the folder, which Seedscope does not read</source>
        <translation>desconhecido: open() segue a ligação para fora da pasta, que o Seedscope não lê</translation>
    </message>
    <message>
        <source>open() blocks forever on a FIFO</source>
        <translation>open() bloqueia para sempre numa FIFO</translation>
    </message>
    <message>
        <source>json.load() reads a device file (without end for /dev/zero)</source>
        <translation>json.load() lê um ficheiro de dispositivo (sem fim para /dev/zero)</translation>
    </message>
    <message>
        <source>open() fails</source>
        <translation>open() falha</translation>
    </message>
    <message>
        <source>json.load() fails (%1)</source>
        <translation>json.load() falha (%1)</translation>
    </message>
    <message>
        <source>the JSON value is not an object</source>
        <translation>o valor JSON não é um objeto</translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation>falta uma chave</translation>
    </message>
    <message>
        <source>checkpoint_&lt;int&gt;.json files</source>
        <translation>ficheiros checkpoint_&lt;int&gt;.json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The folder holds no checkpoint the writer could have written; a restart from it starts from nothing.</source>
        <translation>A pasta não contém nenhum ponto de verificação que o escritor pudesse ter escrito; um reinício a partir dela começa do zero.</translation>
    </message>
    <message>
        <source>no valid checkpoint exists</source>
        <translation>não existe nenhum ponto de verificação válido</translation>
    </message>
    <message>
        <source>the newest valid one is %1</source>
        <translation>o válido mais recente é %1</translation>
    </message>
    <message>
        <source>load_latest_checkpoint sorts names as text, so it picks %1 although %2 is newer; a restart resumes from the wrong state.</source>
        <translation>load_latest_checkpoint ordena os nomes como texto, por isso escolhe %1 embora %2 seja mais recente; um reinício retoma a partir do estado errado.</translation>
    </message>
    <message>
        <source>a checkpoint</source>
        <translation>um ponto de verificação</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>None: %1</translation>
    </message>
    <message>
        <source>The original loader reads only the file that sorts last and has no fallback, so it returns nothing and the node restarts from scratch; %1.</source>
        <translation>O carregador original só lê o ficheiro que fica em último e não tem alternativa, por isso não devolve nada e o nó reinicia do zero; %1.</translation>
    </message>
    <message>
        <source>a valid checkpoint</source>
        <translation>um ponto de verificação válido</translation>
    </message>
    <message>
        <source>%1 with %2 error finding(s); the original validator says %3</source>
        <translation>%1 com %2 constatação(ões) de erro; o validador original diz %3</translation>
    </message>
    <message>
        <source>valid (it misses the defect)</source>
        <translation>válido (não deteta o defeito)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>The file the original loader restores is itself invalid; %1.</source>
        <translation>O ficheiro que o carregador original restaura é ele próprio inválido; %1.</translation>
    </message>
    <message>
        <source>the checkpoint to restart from</source>
        <translation>o ponto de verificação a partir do qual reiniciar</translation>
    </message>
    <message>
        <source>%1 (timestamp %2)</source>
        <translation>%1 (marca temporal %2)</translation>
    </message>
    <message>
        <source>The newest checkpoint that passes every check is %1; the original loader picks %2.</source>
        <translation>O ponto de verificação mais recente que passa todas as verificações é %1; o carregador original escolhe %2.</translation>
    </message>
    <message>
        <source>at least one valid checkpoint</source>
        <translation>pelo menos um ponto de verificação válido</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>nenhum de %1</translation>
    </message>
    <message>
        <source>No file in the folder passes validation; there is nothing safe to restart from.</source>
        <translation>Nenhum ficheiro da pasta passa a validação; não há nada seguro a partir do qual reiniciar.</translation>
    </message>
    <message>
        <source>text order = time order</source>
        <translation>ordem de texto = ordem temporal</translation>
    </message>
    <message>
        <source>%1 sorts after %2 as text but is older</source>
        <translation>%1 ordena-se depois de %2 como texto mas é mais antigo</translation>
    </message>
    <message>
        <source>File names have different digit counts, so text order is not time order; anything sorting names as text (like the original loader) gets the wrong order.</source>
        <translation>Os nomes de ficheiro têm números de algarismos diferentes, por isso a ordem de texto não é a ordem temporal; tudo o que ordene nomes como texto (como o carregador original) obtém a ordem errada.</translation>
    </message>
    <message>
        <source>at most %1 checkpoint files</source>
        <translation>no máximo %1 ficheiros de ponto de verificação</translation>
    </message>
    <message>
        <source>%1 files on disk</source>
        <translation>%1 ficheiros em disco</translation>
    </message>
    <message>
        <source>The writer applies its retention of 10 to its in-memory list only and never deletes a file, so the folder grows without bound.</source>
        <translation>O escritor aplica a sua retenção de 10 só à lista em memória e nunca apaga um ficheiro, por isso a pasta cresce sem limite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; like the rest of the folder</source>
        <translation>&quot;%1&quot; como o resto da pasta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (folder: %2)</source>
        <translation>&quot;%1&quot; (pasta: %2)</translation>
    </message>
    <message>
        <source>One engine writes one network_id; a different id in the same folder means another node&apos;s (or a hand-made) checkpoint was placed here and could be restored.</source>
        <translation>Um motor escreve um só network_id; um id diferente na mesma pasta significa que o ponto de verificação de outro nó (ou feito à mão) foi colocado aqui e pode ser restaurado.</translation>
    </message>
    <message>
        <source>one file per checkpoint</source>
        <translation>um ficheiro por ponto de verificação</translation>
    </message>
    <message>
        <source>same timestamp %1 as %2</source>
        <translation>mesma marca temporal %1 que %2</translation>
    </message>
    <message>
        <source>Two files hold the same instant: one is a copy (for example a stray checkpoint_latest.json), not a separate checkpoint.</source>
        <translation>Dois ficheiros contêm o mesmo instante: um é uma cópia (por exemplo um checkpoint_latest.json perdido), não um ponto de verificação separado.</translation>
    </message>
    <message>
        <source>|ΔΨ| &lt; %1 and |Δm_t| &lt; %1</source>
        <translation>|ΔΨ| &lt; %1 e |Δm_t| &lt; %1</translation>
    </message>
    <message>
        <source>ΔΨ = %1, Δm_t = %2</source>
        <translation>ΔΨ = %1, Δm_t = %2</translation>
    </message>
    <message>
        <source>Between these consecutive checkpoints the state moved more than the harmonic continuity bound the guide promises (CAF delta within ±0.001).</source>
        <translation>Entre estes pontos de verificação consecutivos o estado moveu-se mais do que o limite de continuidade harmónica que o guia promete (delta CAF dentro de ±0.001).</translation>
    </message>
    <message>
        <source>about %1 s between checkpoints (median)</source>
        <translation>cerca de %1 s entre pontos de verificação (mediana)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The interval is more than twice the folder&apos;s usual cadence: checkpoints in between are missing, unreadable or were overwritten.</source>
        <translation>O intervalo é mais do dobro da cadência habitual da pasta: pontos de verificação intermédios estão em falta, ilegíveis ou foram substituídos.</translation>
    </message>
    <message>
        <source>one complete checkpoint per file</source>
        <translation>um ponto de verificação completo por ficheiro</translation>
    </message>
    <message>
        <source>a broken write into %1</source>
        <translation>uma escrita partida em %1</translation>
    </message>
    <message>
        <source>The writer truncates and rewrites checkpoint_&lt;second&gt;.json in place, so this broken write destroyed whatever checkpoint of the same second the file held before.</source>
        <translation>O escritor trunca e reescreve checkpoint_&lt;second&gt;.json no local, por isso esta escrita partida destruiu o ponto de verificação do mesmo segundo que o ficheiro continha antes.</translation>
    </message>
    <message>
        <source>names that cannot collide</source>
        <translation>nomes que não possam colidir</translation>
    </message>
    <message>
        <source>whole-second names; %1 s of the run&apos;s seconds precede a surviving checkpoint</source>
        <translation>nomes de segundos inteiros; %1 s dos segundos da execução precedem um ponto de verificação sobrevivente</translation>
    </message>
    <message>
        <source>Names keep only int(timestamp): any checkpoint written earlier in the same second as a surviving one was silently replaced and left no trace in the content.</source>
        <translation>Os nomes guardam só int(timestamp): qualquer ponto de verificação escrito antes no mesmo segundo que um sobrevivente foi substituído em silêncio e não deixou rasto no conteúdo.</translation>
    </message>
    <message>
        <source>manifest.json is not in the exact form the hardened layout defines, so it authenticates nothing.</source>
        <translation>manifest.json não tem a forma exata que a estrutura reforçada define, por isso não autentica nada.</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>another structure</source>
        <translation>outra estrutura</translation>
    </message>
    <message>
        <source>128 lowercase hex characters</source>
        <translation>128 caracteres hexadecimais minúsculos</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>the exact envelope bytes around the signed body</source>
        <translation>os bytes exatos do envelope em volta do corpo assinado</translation>
    </message>
    <message>
        <source>different byte at offset %1</source>
        <translation>byte diferente no deslocamento %1</translation>
    </message>
    <message>
        <source>string &quot;%1&quot;</source>
        <translation>cadeia &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>ausente ou não é uma cadeia</translation>
    </message>
    <message>
        <source>non-negative integer &quot;%1&quot;</source>
        <translation>inteiro não negativo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not one</source>
        <translation>ausente ou não o é</translation>
    </message>
    <message>
        <source>%1 lowercase hex characters</source>
        <translation>%1 caracteres hexadecimais minúsculos</translation>
    </message>
    <message>
        <source>another format</source>
        <translation>outro formato</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>outra versão</translation>
    </message>
    <message>
        <source>&quot;encryption&quot;: null or an object</source>
        <translation>&quot;encryption&quot;: null ou um objeto</translation>
    </message>
    <message>
        <source>missing or other</source>
        <translation>ausente ou outro</translation>
    </message>
    <message>
        <source>another AEAD</source>
        <translation>outro AEAD</translation>
    </message>
    <message>
        <source>another KDF</source>
        <translation>outra KDF</translation>
    </message>
    <message>
        <source>&quot;files&quot;: a list of at most %1 entries</source>
        <translation>&quot;files&quot;: uma lista de no máximo %1 entradas</translation>
    </message>
    <message>
        <source>missing, not a list or too long</source>
        <translation>ausente, não é uma lista ou demasiado longa</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
    <message>
        <source>a checkpoint file name and a matching &quot;encrypted&quot; flag</source>
        <translation>um nome de ficheiro de ponto de verificação e um indicador &quot;encrypted&quot; coerente</translation>
    </message>
    <message>
        <source>each key once per object</source>
        <translation>cada chave uma vez por objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; again (first at offset %2)</source>
        <translation>&quot;%1&quot; de novo (a primeira no deslocamento %2)</translation>
    </message>
    <message>
        <source>The manifest repeats a key. Seedscope, like Python, uses the last value; another verifier may use the first, so the signature does not pin down one list of files.</source>
        <translation>O manifesto repete uma chave. O Seedscope, como o Python, usa o último valor; outro verificador pode usar o primeiro, por isso a assinatura não fixa uma única lista de ficheiros.</translation>
    </message>
    <message>
        <source>a valid Ed25519 signature by key %1</source>
        <translation>uma assinatura Ed25519 válida da chave %1</translation>
    </message>
    <message>
        <source>signature check: %1</source>
        <translation>verificação de assinatura: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify: the manifest (or its key) was changed after signing, so none of its hashes can be relied on.</source>
        <translation>A assinatura do manifesto não é verificada: o manifesto (ou a sua chave) foi alterado depois da assinatura, por isso nenhum dos seus hashes é fiável.</translation>
    </message>
    <message>
        <source>signed by the trusted node key %1</source>
        <translation>assinado pela chave de nó de confiança %1</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>assinado pela chave %1</translation>
    </message>
    <message>
        <source>The manifest is validly signed, but by another key than the trust key given: either the trust key is not this node&apos;s or the folder was re-signed. Nothing in the folder is authenticated.</source>
        <translation>O manifesto está validamente assinado, mas por outra chave que não a chave de confiança indicada: ou a chave de confiança não é a deste nó ou a pasta foi assinada de novo. Nada na pasta está autenticado.</translation>
    </message>
    <message>
        <source>a signer key the examiner trusts (--trust-key)</source>
        <translation>uma chave de assinante em que o perito confie (--trust-key)</translation>
    </message>
    <message>
        <source>self-declared key %1</source>
        <translation>chave autodeclarada %1</translation>
    </message>
    <message>
        <source>The signature is consistent, but anyone can sign with their own key: give the node&apos;s public key with --trust-key to make it mean something.</source>
        <translation>A assinatura é coerente, mas qualquer um pode assinar com a sua própria chave: indique a chave pública do nó com --trust-key para que tenha significado.</translation>
    </message>
    <message>
        <source>signed by the trusted node key</source>
        <translation>assinado pela chave de nó de confiança</translation>
    </message>
    <message>
        <source>valid signature by %1 over %2 file entries</source>
        <translation>assinatura válida de %1 sobre %2 entradas de ficheiro</translation>
    </message>
    <message>
        <source>The manifest is authentic: every listed file is checked against its signed size and SHA-256.</source>
        <translation>O manifesto é autêntico: cada ficheiro listado é verificado contra o seu tamanho e SHA-256 assinados.</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>The device&apos;s journal holds two different entries with the same sequence number in the same log generation (first at %1): its chain forks.</source>
        <translation>O diário do dispositivo contém dois lançamentos diferentes com o mesmo número de sequência na mesma geração do registo (o primeiro em %1): a sua cadeia bifurca.</translation>
    </message>
    <message>
        <source>A later log generation re-used this sequence number after a recovery dropped the record at %1: a recovered fork, expected after truncation.</source>
        <translation>Uma geração posterior do registo reutilizou este número de sequência depois de uma recuperação ter descartado o registo em %1: uma bifurcação recuperada, esperada após truncagem.</translation>
    </message>
    <message>
        <source>This checkpoint and checkpoint %1 of %2 cover exactly the same %3 transactions but hold different states; this one is not their canonical replay but their replay in this device&apos;s storage (arrival) order.</source>
        <translation>Este ponto de verificação e o ponto de verificação %1 de %2 cobrem exatamente as mesmas %3 transações mas contêm estados diferentes; este não é a sua reprodução canónica mas a sua reprodução na ordem de armazenamento (de chegada) deste dispositivo.</translation>
    </message>
    <message>
        <source>This checkpoint covers exactly the same %1 transactions as checkpoint %2 of %3, which holds their canonical replay, but its own state differs: this device computed a different ledger.</source>
        <translation>Este ponto de verificação cobre exatamente as mesmas %1 transações que o ponto de verificação %2 de %3, que contém a sua reprodução canónica, mas o seu próprio estado difere: este dispositivo calculou um livro-razão diferente.</translation>
    </message>
    <message>
        <source>The origin device signed two different versions of this transaction (the other is held by %1 at %2): a possible forgery by the origin; the first in canonical order stands.</source>
        <translation>O dispositivo de origem assinou duas versões diferentes desta transação (a outra está em %1 em %2): uma possível falsificação pela origem; prevalece a primeira na ordem canónica.</translation>
    </message>
    <message>
        <source>This device&apos;s copy of the transaction has different content from the authentic copy held by %1 at %2, and its signature no longer verifies: it was altered on this device.</source>
        <translation>A cópia da transação deste dispositivo tem conteúdo diferente da cópia autêntica em %1 em %2, e a sua assinatura já não é verificada: foi alterada neste dispositivo.</translation>
    </message>
    <message>
        <source>This device&apos;s copy has the same content as the authentic copy held by %1 at %2, but a signature that does not verify: the signature was altered on this device.</source>
        <translation>A cópia deste dispositivo tem o mesmo conteúdo que a cópia autêntica em %1 em %2, mas uma assinatura que não é verificada: a assinatura foi alterada neste dispositivo.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>assinatura válida</translation>
    </message>
    <message>
        <source>does not hold this transaction (held by %1)</source>
        <translation>não tem esta transação (está em %1)</translation>
    </message>
    <message>
        <source>holds an altered copy (authentic copy on %1 at %2)</source>
        <translation>tem uma cópia alterada (cópia autêntica em %1 em %2)</translation>
    </message>
    <message>
        <source>same transactions, different replayed state</source>
        <translation>mesmas transações, estado reproduzido diferente</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>This device&apos;s view of the ledger differs from the merged ledger of all dumps from canonical entry %1 on: it %2.</source>
        <translation>A visão do livro-razão deste dispositivo difere do livro-razão combinado de todos os despejos a partir do lançamento canónico %1: %2.</translation>
    </message>
    <message>
        <source>This device&apos;s view lags the merged ledger from canonical entry %1 on: it %2 (%3 merged transactions missing).</source>
        <translation>A visão deste dispositivo está atrasada em relação ao livro-razão combinado a partir do lançamento canónico %1: %2 (faltam %3 transações combinadas).</translation>
    </message>
    <message>
        <source>%1 transactions are held by this device only (the first at this offset): not yet synced to the others, or missing from their dumps.</source>
        <translation>%1 transações só estão neste dispositivo (a primeira neste deslocamento): ainda não sincronizadas com os outros, ou em falta nos seus despejos.</translation>
    </message>
    <message>
        <source>on every device</source>
        <translation>em todos os dispositivos</translation>
    </message>
    <message>
        <source>%1 only here</source>
        <translation>%1 só aqui</translation>
    </message>
    <message>
        <source>For the %1 transactions both devices stored, this device&apos;s Lamport clock is typically %2 ticks away from %3&apos;s, beyond the network&apos;s drift bound: one clock jumped.</source>
        <translation>Para as %1 transações que ambos os dispositivos armazenaram, o relógio Lamport deste dispositivo está tipicamente a %2 ticks do de %3, além do limite de desvio da rede: um relógio saltou.</translation>
    </message>
    <message>
        <source>This dump was given twice (the same file, or a copy with the same device, size and journal head as %1): it is reconciled once.</source>
        <translation>Este despejo foi indicado duas vezes (o mesmo ficheiro, ou uma cópia com o mesmo dispositivo, tamanho e cabeça de diário que %1): é reconciliado uma só vez.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>uncommitted</source>
        <translation>não confirmada</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificada</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>apagada</translation>
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
        <translation>para %1</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>montante %1</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membros</translation>
    </message>
    <message>
        <source>trust delta %1 (reason %2)</source>
        <translation>delta de confiança %1 (motivo %2)</translation>
    </message>
    <message>
        <source>new key %1 from Lamport %2</source>
        <translation>nova chave %1 a partir do Lamport %2</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (cifrado)</translation>
    </message>
    <message>
        <source>%1 (ok)</source>
        <translation>%1 (correto)</translation>
    </message>
    <message>
        <source>%1 (mismatch)</source>
        <translation>%1 (não corresponde)</translation>
    </message>
    <message>
        <source>encrypted, no storage key</source>
        <translation>cifrado, sem chave de armazenamento</translation>
    </message>
    <message>
        <source>payload encrypted and no storage key was given</source>
        <translation>carga útil cifrada e nenhuma chave de armazenamento indicada</translation>
    </message>
    <message>
        <source>does not decrypt with the given key</source>
        <translation>não se decifra com a chave indicada</translation>
    </message>
    <message>
        <source>payload does not decrypt with the given key</source>
        <translation>a carga útil não se decifra com a chave indicada</translation>
    </message>
    <message>
        <source>payload decrypted: field offsets refer to plaintext, not to the evidence</source>
        <translation>carga útil decifrada: os deslocamentos dos campos referem-se ao texto em claro, não à evidência</translation>
    </message>
    <message>
        <source>the entry bytes do not decode</source>
        <translation>os bytes do lançamento não se descodificam</translation>
    </message>
    <message>
        <source>superblock %1</source>
        <translation>superbloco %1</translation>
    </message>
    <message>
        <source>valid (active)</source>
        <translation>válida (ativa)</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidade</translation>
    </message>
    <message>
        <source>key rotation %1</source>
        <translation>rotação de chave %1</translation>
    </message>
    <message>
        <source>checkpoint slots</source>
        <translation>ranhuras de ponto de verificação</translation>
    </message>
    <message>
        <source>%1 (loaded)</source>
        <translation>%1 (carregada)</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (alternativa)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloco %1</translation>
    </message>
    <message>
        <source>%1 seq %2</source>
        <translation>%1 seq %2</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>marcadores de recuperação</translation>
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
        <source>journal block %1</source>
        <translation>bloco de diário %1</translation>
    </message>
    <message>
        <source>marker block %1</source>
        <translation>bloco de marcadores %1</translation>
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
        <source>The device&apos;s own signature over this entry does not verify: its content was altered after signing.</source>
        <translation>A assinatura própria do dispositivo sobre este lançamento não se verifica: o seu conteúdo foi alterado após a assinatura.</translation>
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
        <source>Checkpoint slots hold data but none is valid: the device must rebuild its ledger from the whole journal.</source>
        <translation>As ranhuras de ponto de verificação contêm dados mas nenhuma é válida: o dispositivo tem de reconstruir o seu livro-razão a partir de todo o diário.</translation>
    </message>
    <message>
        <source>checkpoint payload not decrypted</source>
        <translation>carga do ponto de verificação não decifrada</translation>
    </message>
    <message>
        <source>this DELTA&apos;s base_state_root differs from the state_root of checkpoint %1</source>
        <translation>o base_state_root deste DELTA difere do state_root do ponto de verificação %1</translation>
    </message>
    <message>
        <source>DELTA base checkpoint %1 is not available</source>
        <translation>o ponto de verificação base %1 do DELTA não está disponível</translation>
    </message>
    <message>
        <source>decoded state&apos;s root %1 differs from the signed header&apos;s %2</source>
        <translation>a raiz %1 do estado decodificado difere da do cabeçalho assinado, %2</translation>
    </message>
    <message>
        <source>slot %1: checkpoint %2</source>
        <translation>ranhura %1: ponto de verificação %2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ranhura %1</translation>
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

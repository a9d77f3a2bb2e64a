# Textos do SICREMI Collect visíveis para o usuário, em português.

-product-name = SICREMI Collect
-oas = OEA

app-name = { -product-name }

## Cabeçalho

language-switch-label = Idioma

## Tela de boas-vindas

welcome-heading = Boas-vindas ao { -product-name }
welcome-intro = Prepare as estatísticas migratórias do seu país e envie-as à Secretaria-Geral da { -oas }.

## Rodapé

footer-version = Versão { $version }
footer-data-dir = Pasta de dados: { $path }
footer-backend-unavailable = O núcleo do aplicativo não respondeu: { $reason }

## Observações da validação.

severity-error = Erro
severity-warning = Aviso
severity-info = Nota
finding-completeness = { $table_title }: ainda não há números para { $slices }. Preencha-os ou explique por que não podem ser informados.
finding-value-domain = { $problem ->
    [blank_row] { $table_title }, { $slice }, { $code_label }: { $count } células desta linha estão vazias. Digite um número em cada uma (0 se não houver) ou escolha uma situação como "Ausente: os dados existem, mas não foram coletados".
    [negative] { $cell }: { $value } é negativo; uma contagem não pode ser menor que zero.
    [too_large] { $cell }: { $value } é maior do que qualquer contagem que este questionário aceita. Verifique se o número não tem dígitos a mais.
    [value_with_missing_status] { $cell }: a célula tem o número { $value } e uma situação "Ausente". Apague o número ou escolha outra situação.
    [unknown_obs_status] { $cell }: a situação da observação não é um dos códigos deste questionário. Escolha uma situação da lista.
    [unknown_conf_status] { $cell }: o código de confidencialidade não é um dos códigos deste questionário. Escolha um código da lista.
    [too_many_dates] { $table_title }: foram informadas { $value } datas de referência, mais do que esta tabela aceita. Remova as datas que você não pretendia adicionar.
   *[blank] { $cell }: a célula está vazia. Digite um número (0 se não houver) ou escolha uma situação como "Ausente: os dados existem, mas não foram coletados".
}
finding-sex-sum = { $cell }: o total é { $total }, mas homens, mulheres, outro sexo e desconhecido somam { $sum } (diferença { $difference }{ $tolerance ->
    [0] {""}
   *[other] , maior do que os { $tolerance } que o arredondamento admite
}). Corrija o total ou as partes.
finding-nationality-sum = { $cell }: o total é { $total }, mas { $dimension ->
    [destination] os países de destino indicados somam
   *[other] as nacionalidades indicadas somam
} { $sum } (diferença { $difference }{ $tolerance ->
    [0] {""}
   *[other] , maior do que os { $tolerance } que o arredondamento admite
}). Adicione as linhas que faltam ou informe o resto em "Outros países".
finding-category-sum = { $cell }: o total é { $total }, mas as categorias somam { $sum } (diferença { $difference }{ $tolerance ->
    [0] {""}
   *[other] , maior do que os { $tolerance } que o arredondamento admite
}). Corrija o total ou as categorias.
finding-breakdown-sum = { $cell }: o total é { $total }, mas { $dimension ->
    [age] as faixas etárias somam
   *[application] os tipos de pedido somam
} { $sum } (diferença { $difference }{ $tolerance ->
    [0] {""}
   *[other] , maior do que os { $tolerance } que o arredondamento admite
}). Corrija o total ou as partes.
finding-cross-table-total = { $period }: o total de { $left_table } é { $left } e o de { $right_table } é { $right }, embora ambos contem os mesmos imigrantes. Corrija um deles ou explique a diferença na pergunta "Por que o total difere da tabela de entradas" de { $left_table }.
finding-recognised-decided = { $cell }: os refugiados reconhecidos e a proteção complementar somam { $part }, mais do que as { $whole } decisões de mérito que os incluem. Corrija um dos números.
finding-first-applications = { $cell }: { $part } primeiros pedidos, mais do que os { $whole } pedidos de todos os tipos. Corrija um dos números.
finding-seasonal-workers = { $period }: { $left_table } tem { $left } trabalhadores sazonais, mais do que os { $right } trabalhadores temporários que os incluem. Corrija as categorias.
finding-temporary-workers = { $period }: { $left_table } conta { $left } trabalhadores temporários (férias-trabalho, transferências dentro da empresa, estagiários, trabalhadores sazonais e outros), mais do que os { $right } imigrantes temporários de { $right_table }. Corrija um dos quadros.
finding-asylum-caseload = { $problem ->
    [exceeds] { $table_title }, { $period }, { $code_label }: foram decididos ou encerrados { $decided } casos, mais do que os { $available } disponíveis (pendentes no início mais pedidos). Corrija os números.
   *[gap] { $table_title }, { $period }, { $code_label }: há { $reported } casos pendentes no final do ano, mas os pendentes no início mais os pedidos menos as decisões e os encerramentos dão { $expected } (diferença { $difference }). Corrija os números ou explique a diferença.
}
finding-year-on-year = { $previous ->
    [0] { $cell }: { $value } quando { $previous_period } não tinha nenhum.
   *[other] { $cell }: { $value } contra { $previous } em { $previous_period } ({ $percent } %).
} Confirme o número e explique a variação, ou marque a célula com B (quebra de série) ou E (estimado).
finding-series-change = { $problem ->
    [appeared] { $table_title }, { $code_label }: { $value } em { $period }, quando { $previous_period } não tinha nenhum. Confirme a nova série.
    [left_top] { $table_title }, { $code_label }: posição { $rank } em { $previous_period } com { $previous }, mas não informado em { $period }. Informe-o ou confirme que agora é contado em outra linha.
   *[vanished] { $table_title }, { $code_label }: { $previous } em { $previous_period }, nenhum em { $period }. Confirme que a série caiu realmente para zero.
}
finding-own-nationality = { $table_title }, { $slice }: { $code_label } é o seu próprio país, e esta tabela conta apenas estrangeiros ou nascidos no exterior. Remova a linha.
finding-own-destination = { $table_title }, { $slice }: { $code_label } é o seu próprio país e não pode ser o destino dos emigrantes. Remova a linha.
finding-residual-share = { $cell }: { $code_label } é { $percent } % do total ({ $value } de { $total }), acima dos { $max_percent } % permitidos. Atribua mais deles aos seus países ou explique por que não é possível.
finding-stock-flow = { $table_title }: o estoque variou { $stock_change } entre { $from } e { $to }, mas as entradas (T1, T2) menos as aquisições de nacionalidade (T8) desses anos dão { $expected } (diferença { $gap }). Explique a diferença, por exemplo óbitos, emigração de estrangeiros, uma regularização ou uma mudança de fonte.
finding-acquisitions-stock = { $period }: { $flow } aquisições de nacionalidade em { $flow_table }, mais do que os { $stock } estrangeiros de { $stock_table } em { $date }. Verifique os dois números.
finding-unit-consistency = { $problem ->
    [not_allowed] { $table_title }: a unidade de contagem "{ $unit }" não é admitida nesta tabela. Escolha uma de: { $units }.
   *[differ] As tabelas { $tables } contam unidades diferentes ({ $units }), por isso não podem ser comparadas. Informe-as na mesma unidade.
}
finding-revision = { $problem ->
    [cleared] { $cell }: o número { $previous }, aceito em um ciclo anterior, não tem mais valor.
    [filled] { $cell }: { $value } substitui uma célula aceita sem número em um ciclo anterior.
   *[changed] { $cell }: { $value } substitui { $previous }, o número aceito em um ciclo anterior.
} Adicione uma nota à célula dizendo o que mudou e por quê.
finding-mirror = { $period }: { $origin } informa { $reported_by_origin } emigrantes para { $destination }, enquanto { $destination } informa { $reported_by_destination } imigrantes vindos de { $origin } (diferença { $difference }).
finding-rate-range = { $period }: as entradas são { $rate } por 1.000 habitantes, fora do intervalo dos anos anteriores ({ $min } a { $max }, com uma margem). Confirme os números e explique a variação.
finding-idb-indicator = { $status ->
    [eligible] Indicador do BID para { $years }: { $inflows } imigrantes da América Latina e do Caribe, { $percent } % de uma população de { $population }, igual ou acima do limiar de { $threshold_percent } %.
    [not_eligible] Indicador do BID para { $years }: { $inflows } imigrantes da América Latina e do Caribe, { $percent } % de uma população de { $population }, abaixo do limiar de { $threshold_percent } %.
    [no_population] Indicador do BID para { $years }: não calculado, porque a secretaria não enviou a população do último ano.
    [units_differ] Indicador do BID para { $years }: não calculado, porque T1 ou T2 conta autorizações em vez de pessoas.
   *[incomplete] Indicador do BID para { $years }: não calculado, porque faltam entradas por nacionalidade em { $missing }. Preencha essas tabelas e anos para ver o indicador.
}
finding-metadata-required = { $table_title }: a pergunta "{ $field_label }" deve ser respondida.

## Linha de comando

cli-error = Erro: { $message }
cli-summary = { $errors } erro(s), { $warnings } aviso(s), { $unjustified } sem justificativa.
cli-exported = { $count } país(es) exportado(s) para { $path }.
cli-key = { $kind ->
    [encryption] Chave de criptografia da secretaria
   *[signing] Chave de assinatura
} { $key_id }, impressão digital { $fingerprint }
cli-demo-created = Rede de demonstração criada para { $country }. Correspondente: { $correspondent }. Secretaria: { $secretariat }.
cli-status-header = { $country }, { $name }: questionário versão { $version }, ciclo { $cycle } ({ $path })
cli-status-table = { $table }: { $filled } de { $expected } células preenchidas; erros: { $errors }, avisos: { $warnings }, sem justificativa: { $unjustified }
cli-no-secretariat-key = Ainda não há chave de criptografia da secretaria confiável: execute "sicremi trust" com o arquivo de chave pública da secretaria.
cli-status-sequence = Último número de pacote: { $sequence }
cli-imported = { $source }: { $rows } linhas lidas, { $cells } células gravadas.
cli-metadata-filled = Metadados preenchidos a partir do arquivo: { $fields }
cli-sealed = Pacote { $sequence } selado: { $path } ({ $bytes } bytes, SHA-256 { $sha256 })
cli-key-registered = Chave de assinatura { $key_id } registrada para { $country }, impressão digital { $fingerprint }
cli-key-revoked = A chave de assinatura { $key_id } de { $country } está revogada, impressão digital { $fingerprint }
cli-secretariat-summary = Arquivo consolidado { $path }: pacotes: { $submissions }; países: { $countries }
cli-mirror-summary = { $count } diferença(s) entre o que os países informam uns sobre os outros.
cli-package-imported = { $file }: pacote { $sequence } de { $country } importado, { $cells } células (SHA-256 { $sha256 }).
cli-package-already-imported = { $file }: já importado em { $date }; nada foi alterado.
cli-package-superseded = { $file }: o pacote { $sequence } é anterior ao pacote { $latest }, já importado; nada foi alterado.

# Pacotes de questionário
cli-pack-preview = Pacote de questionário { $version } para { $country }, ciclo { $cycle } ({ $status ->
    [new] novo
    [already_imported] já importado
    [outdated] mais antigo que o pacote em uso
   *[version_conflict] mesma versão do pacote em uso, conteúdo diferente
}): definição versão { $definition_version } ({ $definition_hash }), { $prefilled } valores aceitos para preencher células vazias, população para { $years }.
cli-pack-population = População { $year }: { $value }
cli-pack-population-changed = População { $year }: { $value } (o espaço de trabalho tem { $current } agora)
ui-pack-population-figure = { $year }: { $value }
ui-pack-population-changed = { $year }: { $value } (agora { $current })
cli-pack-migration = A nova definição mantém { $kept } células, move { $moved } e descarta { $dropped }; tabelas novas: { $tables }; { $codes } códigos novos.
cli-pack-moved = { $from } passa para { $to }
cli-pack-dropped = { $cell } é descartado e guardado na lista de valores descartados (sicremi dropped)
cli-pack-needs-yes = A nova definição move ou descarta valores. Confira a lista acima e execute a importação novamente com --yes.
cli-definition-upgrade = O questionário deste programa é a versão { $to }; o espaço de trabalho usa a versão { $from }.
cli-definition-upgraded = O espaço de trabalho agora usa a versão { $version } do questionário: { $moved } valor(es) movido(s), { $dropped } descartado(s) (sicremi dropped os lista).
cli-definition-needs-yes = O questionário mais recente move ou descarta valores. Confira a lista acima e execute a atualização novamente com --yes.
cli-pack-imported = Pacote de questionário { $version } importado: definição versão { $definition_version }, { $prefilled } células vazias preenchidas com valores aceitos, { $moved } movidas, { $dropped } descartadas.
cli-pack-already-imported = O pacote de questionário { $version } já tinha sido importado; nada mudou.
cli-pack-issued = Pacote de questionário { $version } para { $country } gravado em { $path }: { $cells } valores aceitos, população para { $years } (SHA-256 { $sha256 }). Os correspondentes devem confiar nesta chave de assinatura:
cli-dropped-none = Nenhum valor foi descartado.
cli-dropped-item = { $table } { $item }: { $value } (descartado em { $date })
cli-demo-pack = Pacote de questionário { $version } importado de { $path }.

## Erros

# Uma mensagem por código de erro: o id é "error-" seguido do código com os pontos
# trocados por hífens. As variáveis são os parâmetros do erro; ver en.ftl.

error-unknown = A operação falhou: { $detail }
error-detail = Detalhe técnico (em inglês): { $detail }

# Arquivos de dados (espaço de trabalho e arquivo consolidado)
error-store-open_failed = Não é possível abrir { $path }. Verifique se a pasta existe e se você tem permissão para gravar nela, e tente novamente.
error-store-not_a_database = { $path } não é um arquivo de dados do SICREMI Collect. Escolha outro arquivo ou restaure este a partir de uma cópia de segurança.
error-store-corrupt = { $path } está danificado. Pare de usá-lo e restaure-o a partir de uma cópia de segurança.
error-store-wrong_file_kind = { $path } é { $found ->
        [workspace] o espaço de trabalho de um correspondente
        [consolidated] o arquivo consolidado da secretaria
       *[other] um banco de dados de outro programa
    }, e não { $expected ->
        [workspace] o espaço de trabalho de um correspondente
       *[consolidated] o arquivo consolidado da secretaria
    }. Escolha o arquivo correto.
error-store-newer_schema = { $path } foi gravado por uma versão mais recente do SICREMI Collect (formato de dados { $found }; esta versão lê até o { $supported }). Instale a versão mais recente para abri-lo.
error-store-disk_full = O disco que contém { $path } está cheio, por isso a última alteração não foi salva. Libere espaço no disco e repita a alteração; tudo o que foi salvo antes está intacto.
error-store-locked = Outro programa está usando { $path }. Feche a outra janela do SICREMI Collect que o utiliza e tente novamente.
error-store-read_only = { $path } é somente leitura. Mova-o para uma pasta em que você possa gravar ou altere as permissões dele.
error-store-io = Falha ao ler ou gravar { $path }. Verifique o disco ou a unidade de rede e tente novamente.
error-store-invalid_argument = O SICREMI Collect tentou salvar um valor inválido ({ $field }) e nada foi salvo. Informe esta mensagem à secretaria do SICREMI.
error-store-invalid_stored_row = Um registro da tabela “{ $table }” em { $path } é inválido porque outro programa alterou o arquivo. Restaure-o a partir de uma cópia de segurança.
error-store-sequence_not_reserved = O número de envio { $sequence } nunca foi reservado em { $path } (o último número reservado é { $reserved }). Sele o pacote novamente.
error-store-submission_not_found = Não há nenhum envio registrado com o identificador de pacote { $package_id } em { $path }.
error-store-unknown_key = A chave de assinatura { $key_id } não está registrada. Registre a chave pública do correspondente antes de importar os pacotes dele.
error-store-key_already_registered = A chave de assinatura { $key_id } já está registrada, portanto nada foi alterado.
error-store-package_id_conflict = O pacote { $package_id } já foi importado com outro conteúdo, por isso este arquivo é rejeitado. Peça ao remetente que sele o pacote novamente, o que lhe dá um novo identificador, e verifique de onde veio este arquivo.
error-store-key_country_mismatch = A chave de assinatura { $key_id } está registrada para { $key_country }, mas o pacote é de { $package_country }. Rejeite o pacote e peça ao remetente que o sele a partir do espaço de trabalho do próprio país.
error-store-constraint = Não foi possível salvar em { $path } porque os dados contêm uma duplicata ou uma referência inexistente. Corrija os dados e tente novamente.
error-store-sqlite = O banco de dados { $path } informou um erro. Tente novamente e, se o erro se repetir, informe esta mensagem à secretaria do SICREMI.

# Pacotes
error-package-bad_magic = Este arquivo não é um pacote do SICREMI. Selecione um pacote selado com o SICREMI Collect.
error-package-truncated = O pacote está incompleto: tem { $len } bytes, mas deveria ter { $expected }. Copie novamente o arquivo enviado pelo remetente.
error-package-trailing_data = O pacote tem { $extra } bytes a mais do que os { $expected } esperados. Copie novamente o arquivo enviado pelo remetente.
error-package-too_large = O arquivo tem { $len } bytes, mais do que um pacote pode ter ({ $max } bytes). Não é um pacote do SICREMI.
error-package-unsupported_version = O pacote usa a versão de formato { $version }, que esta versão do SICREMI Collect não consegue ler. Atualize o SICREMI Collect.
error-package-unsupported_suite = O pacote usa o conjunto de criptografia { $suite }, que esta versão do SICREMI Collect não suporta. Atualize o SICREMI Collect.
error-package-bad_header_length = O cabeçalho do pacote tem { $header_len } bytes em vez de 128. O arquivo está danificado ou vem de uma versão mais recente do SICREMI Collect.
error-package-reserved_not_zero = O cabeçalho do pacote contém dados inesperados. O arquivo está danificado ou vem de uma versão mais recente do SICREMI Collect.
error-package-invalid_country = O país indicado no cabeçalho do pacote (bytes { $bytes }) não é um código de três letras. O arquivo está danificado; peça uma nova cópia ao remetente.
error-package-invalid_country_code = “{ $value }” não é um código de país válido. Use um código ISO 3166-1 alfa-3 de três letras maiúsculas, como MEX.
error-package-unknown_payload_type = O tipo de conteúdo { $value } do pacote não é suportado. Atualize o SICREMI Collect.
error-package-payload_too_large = Os dados a selar têm { $len } bytes, mais do que os { $max } bytes que um pacote comporta.
error-package-unknown_recipient = O pacote foi criptografado para a chave { $found }, mas a chave da secretaria é { $expected }. Peça ao remetente que o sele novamente com a chave pública atual da secretaria.
error-package-unknown_sender = O pacote está assinado com a chave { $key_id }, que não está registrada. Registre a chave pública do correspondente antes de importar os pacotes dele.
error-package-sender_lookup_mismatch = A busca da chave de assinatura { $requested } retornou a chave { $returned }, portanto o registro de chaves está inconsistente. Informe esta mensagem à secretaria do SICREMI.
error-package-invalid_encapsulated_key = Os dados de criptografia do pacote são inválidos. O arquivo está danificado ou foi falsificado; peça uma nova cópia ao remetente.
error-package-decryption_failed = Não é possível descriptografar o pacote: ele foi alterado depois de selado ou está danificado. Peça uma nova cópia ao remetente.
error-package-bad_signature = A assinatura do pacote não corresponde à chave de assinatura { $key_id }. O pacote foi alterado ou assinado com outra chave; não o aceite.
error-package-encryption_failed = Não foi possível criptografar o pacote. Tente novamente e, se o erro se repetir, informe esta mensagem à secretaria do SICREMI.
error-package-random_failed = O gerador de números aleatórios do sistema operacional falhou. Tente novamente; se falhar outra vez, peça uma verificação do sistema operacional.
error-package-io = Não é possível ler o arquivo de pacote { $path }. Verifique se ele existe e se você tem permissão para abri-lo.

# Arquivos de chave e arquivos de chave pública
error-key-bad_magic = Este arquivo não é um arquivo de chave do SICREMI. Selecione o arquivo de chave privada criado pelo SICREMI Collect.
error-key-truncated = O arquivo de chave está incompleto: tem { $len } bytes, mas deveria ter { $expected }. Restaure-o a partir de uma cópia de segurança.
error-key-trailing_data = O arquivo de chave tem { $extra } bytes a mais do que os { $expected } esperados. Restaure-o a partir de uma cópia de segurança.
error-key-unsupported_version = O arquivo de chave usa a versão de formato { $version }, que esta versão do SICREMI Collect não consegue ler. Atualize o SICREMI Collect.
error-key-unknown_kind = O arquivo de chave contém uma chave de tipo desconhecido ({ $value }). O arquivo está danificado ou não foi gravado pelo SICREMI Collect.
error-key-wrong_kind = Este arquivo de chave contém { $found ->
        [encryption] uma chave de criptografia
       *[signing] uma chave de assinatura
    }, mas é necessária { $expected ->
        [encryption] uma chave de criptografia
       *[signing] uma chave de assinatura
    }. Selecione o outro arquivo de chave.
error-key-unsupported_kdf = O arquivo de chave protege a chave com o método { $value }, que esta versão do SICREMI Collect não suporta. Atualize o SICREMI Collect.
error-key-kdf_param_out_of_range = O parâmetro Argon2 { $param } do arquivo de chave vale { $value }, fora do intervalo permitido de { $min } a { $max }. O arquivo está danificado ou não foi gravado pelo SICREMI Collect.
error-key-bad_secret_length = A chave do arquivo de chave tem { $len } bytes em vez de { $min } a { $max }. O arquivo está danificado; restaure-o a partir de uma cópia de segurança.
error-key-wrong_passphrase = A frase secreta está errada ou o arquivo de chave está danificado. Verifique a frase secreta e tente novamente.
error-key-empty_passphrase = A frase secreta está vazia. Digite a frase secreta.
error-key-corrupt_secret = A chave descriptografada é inválida ou não corresponde à chave pública do arquivo de chave. Restaure o arquivo de chave a partir de uma cópia de segurança.
error-key-invalid_pkcs8 = Os dados da chave de assinatura são inválidos. Exporte a chave novamente.
error-key-bad_public_key_length = A chave pública tem { $len } bytes em vez de 32. Peça ao proprietário uma nova cópia do arquivo de chave pública.
error-key-low_order_public_key = Esta chave de criptografia é inválida e não pode receber pacotes. Obtenha com a secretaria o arquivo de chave pública correto.
error-key-kdf_failed = Não foi possível desbloquear a chave com a frase secreta. Feche outros programas para liberar memória e tente novamente; se o erro se repetir, informe esta mensagem à secretaria do SICREMI.
error-key-short_ikm = Os dados para derivar a chave têm { $len } bytes, menos de 32. Informe esta mensagem à secretaria do SICREMI.
error-key-public_key_file_too_large = O arquivo tem { $len } bytes, mais do que um arquivo de chave pública pode ter ({ $max } bytes). Verifique se você selecionou um arquivo de chave pública.
error-key-public_key_file_invalid = O arquivo de chave pública não é válido. Peça uma nova cópia ao proprietário.
error-key-unsupported_public_key_format = O arquivo de chave pública tem o formato “{ $found }” versão { $version }, que esta versão do SICREMI Collect não consegue ler. Obtenha um arquivo exportado pelo SICREMI Collect ou atualize o SICREMI Collect.
error-key-unknown_public_key_kind = O arquivo de chave pública contém uma chave de tipo desconhecido (“{ $found }”). Obtenha um arquivo exportado pelo SICREMI Collect.
error-key-key_id_mismatch = O arquivo de chave pública indica o identificador de chave { $found }, mas a chave dele tem o identificador { $expected }. O arquivo foi alterado; peça uma nova cópia ao proprietário.
error-key-fingerprint_mismatch = O arquivo de chave pública indica a impressão digital { $found }, mas a chave dele tem a impressão digital { $expected }. O arquivo foi alterado; peça uma nova cópia ao proprietário.
error-key-invalid_label = O rótulo da chave pode ter no máximo { $max } caracteres, sem quebras de linha nem outros caracteres de controle. Encurte o nome ou a instituição.
error-key-already_exists = O arquivo de chave { $path } já existe. Escolha outra pasta ou mova antes o arquivo antigo para outro lugar.
error-key-io = Não é possível ler nem gravar o arquivo de chave { $path }. Verifique se ele existe e se você tem permissão para abri-lo.
error-key-random_failed = O gerador de números aleatórios do sistema operacional falhou. Tente novamente; se falhar outra vez, peça uma verificação do sistema operacional.
error-signature-invalid = A assinatura não corresponde à chave de assinatura { $key_id }. Os dados foram alterados ou assinados com outra chave.

# Definição do questionário e nomes de países
error-definition-json = A definição do questionário não é um JSON válido (linha { $line }, coluna { $column }). O arquivo foi editado à mão ou está cortado; reinstale o SICREMI Collect.
error-definition-format = A definição do questionário tem o formato “{ $found }”, mas esta versão do SICREMI Collect lê “{ $expected }”. Instale a versão correspondente.
error-definition-invalid = A definição do questionário está inconsistente em { $location }. Corrija o arquivo de definição ou reinstale o SICREMI Collect.
error-definition-no_upgrade = O espaço de trabalho já usa o questionário deste programa, ou um pacote de questionário da secretaria o rege. Não há nada a atualizar.
error-definition-confirmation_required = O questionário mais recente move { $moved } e descarta { $dropped } valor(es). Revise a lista de mudanças e depois confirme a atualização.
error-codes-name_empty = O nome do país está vazio. Digite um nome ou escolha o país na lista.
error-codes-name_not_found = Nenhum país se chama “{ $name }”. Verifique a ortografia ou escolha o país na lista.
error-codes-name_ambiguous = “{ $name }” pode indicar mais de um país ({ $candidates }). Escolha o país na lista.
error-codes-language_unsupported = O idioma “{ $tag }” não está disponível. Use inglês (en), espanhol (es), português (pt) ou francês (fr).

# Planilhas e arquivos CSV
error-sheets-io = Não é possível ler { $path }. Verifique se o arquivo existe e se não está aberto em outro programa.
error-sheets-file_too_large = { $name } tem { $size } bytes, mais do que os { $max } bytes que uma importação aceita. Divida o arquivo ou remova as planilhas desnecessárias.
error-sheets-too_many_records = { $name } tem mais de { $max } linhas de dados. Divida o arquivo.
error-sheets-unsupported_format = { $name } não é uma planilha que o SICREMI Collect consiga ler. Salve-a como .xlsx, .xls ou .ods.
error-sheets-password_protected = { $name } está protegido por senha. Abra-o no seu programa de planilhas, remova a senha e salve uma cópia para importar.
error-sheets-corrupt = { $name } está danificado ou não é uma planilha válida. Abra-o no seu programa de planilhas e salve-o novamente.
error-sheets-archive_too_large = { $name } se descompacta em { $uncompressed } bytes, mais do que os { $max } bytes que uma importação aceita. O arquivo foi rejeitado.
error-sheets-compression_ratio = A parte { $entry } de { $name } está compactada na proporção de { $ratio } para 1, mais do que os { $max } para 1 de uma planilha real. O arquivo parece feito para esgotar a memória e foi rejeitado.
error-sheets-too_many_parts = { $name } contém { $entries } partes, mais do que as { $max } de que uma planilha precisa. O arquivo foi rejeitado.
error-sheets-sheet_too_large = A célula { $cell } da planilha “{ $sheet }” está fora das { $max_rows } linhas e { $max_columns } colunas que uma importação lê. Apague o conteúdo dessa célula e das seguintes e salve o arquivo novamente.
error-sheets-too_many_cells = { $name } contém mais de { $max } células. Remova as planilhas desnecessárias ou divida o arquivo.
error-sheets-too_many_blocks = { $name } tem mais de { $max } blocos de tabela. Não é um modelo exportado pelo SICREMI Collect; exporte um novo modelo.
error-sheets-table_layout = A tabela { $table } tem uma estrutura que esta importação não consegue preencher ({ $detail }). Instale a versão do SICREMI Collect que corresponde ao questionário.
error-sheets-unknown_age_group = A idade “{ $value }” não cabe em uma única faixa etária do SICREMI (0–14, 15–24, 25–34, 35–44, 45–54, 55–64, 65 e mais). Verifique se o arquivo é a exportação do RENAPER sem alterações.
error-sheets-header = { $name } não tem as colunas esperadas. Faltam: { $missing }. Sobram: { $unexpected }. A primeira linha deve ser: { $expected }.
error-sheets-not_a_template = { $name } não é um modelo do SICREMI. Exporte um modelo do SICREMI Collect e copie os números para ele.
error-sheets-missing_table = O questionário não tem a tabela { $table }. Atualize o SICREMI Collect para uma versão cujo questionário a inclua.
error-sheets-no_data = { $name } não tem linhas de dados. Verifique se é o arquivo correto.
error-sheets-invalid_reference_date = “{ $value }” não é uma data no formato AAAA-MM-DD. Digite uma data como 2023-01-31.
error-sheets-invalid = Nada foi importado de { $name }. Problemas encontrados: { $truncated ->
        [true] { $count } ou mais
       *[other] { $count }
    }. O primeiro está { $location_kind ->
        [line] na linha { $location }
       *[cell] na célula { $location }
    }. Corrija os problemas no arquivo e importe-o novamente.
error-sheets-unknown_table = A tabela { $table } não está no questionário. Escolha uma das tabelas dele.
error-sheets-unknown_language = O idioma “{ $lang }” não está disponível para pastas de trabalho. Use en, es, pt ou fr.
error-sheets-text_too_long = A nota da célula { $key } da tabela { $table } tem { $chars } caracteres, mais do que os { $max } que uma célula do Excel comporta. Encurte a nota.
error-sheets-export_too_many_rows = A planilha { $sheet } precisaria de { $rows } linhas, mais do que as { $max } que o Excel permite. Exporte menos países de cada vez.
error-sheets-write_failed = Não foi possível gravar a pasta de trabalho. Verifique se a pasta existe, se você tem permissão para gravar nela e se o arquivo não está aberto em outro programa.

# Valores incorretos de um arquivo importado: o problema que error-sheets-invalid indica como o primeiro
error-sheets-not_whole_number = “{ $value }” não é um número inteiro. Digite a quantidade só com algarismos, como 27630 ou 27 630.
error-sheets-ambiguous_separator = “{ $value }” é ambíguo, porque “.” e “,” separam os milhares em alguns idiomas e os decimais em outros. Digite o número sem separadores, como 1234.
error-sheets-not_a_number = “{ $value }” não é um número. Digite um número inteiro, ou deixe a célula vazia e indique o motivo com uma situação na planilha de situações e notas.
error-sheets-number_too_large = { $value } é maior que { $max }, a maior quantidade que uma planilha guarda com exatidão. Verifique o número.
error-sheets-not_a_count = “{ $value }” não é uma quantidade. Digite um número inteiro igual ou maior que 0, só com algarismos.
error-sheets-error_value = A célula contém o valor de erro { $value }. Substitua-o por um número ou deixe a célula vazia.
error-sheets-wrong_type = A célula contém { $found ->
        [logical] um valor lógico (VERDADEIRO ou FALSO)
        [date] uma data
        [duration] uma duração
       *[other] um valor de outro tipo
    } onde deveria haver um número ou um código. Digite o número ou o código como algarismos ou texto simples.
error-sheets-empty_field = A coluna { $column } está vazia. Cada linha precisa de um valor nela.
error-sheets-unknown_sex = O sexo “{ $value }” não é MUJER, VARON nem X, os três valores do arquivo do RENAPER. Verifique se o arquivo é a exportação do RENAPER sem alterações.
error-sheets-unknown_country = O SICREMI não conhece o nome de país “{ $value }”. Se o órgão o publica assim, envie o nome à secretaria do SICREMI para que ele seja adicionado.
error-sheets-ambiguous_country = O nome de país “{ $value }” pode indicar { $candidates }. Pergunte ao órgão a qual país ele se refere e envie a resposta à secretaria do SICREMI.
error-sheets-total_record = “{ $value }” é uma linha de total. O SICREMI Collect calcula os totais sozinho, portanto remova a linha.
error-sheets-field_count = A linha tem { $found } campos em vez de { $expected }. Verifique se nenhum campo contém uma vírgula fora das aspas.
error-sheets-invalid_utf8 = A linha não é um texto UTF-8 válido. Salve o arquivo como UTF-8 e importe-o novamente.
error-sheets-duplicate_record = A linha repete a linha { $first_line } (mesma província, país, sexo e faixa etária), por isso a quantidade seria somada duas vezes. Remova uma das duas linhas.
error-sheets-unknown_code = “{ $value }” não é um código válido de { $dimension ->
        [nationality] nacionalidade
        [sex] sexo
        [category] categoria
        [year] ano
        [stock_date] data de referência
       *[other] { $dimension }
    }. Use um código do modelo ou escolha a entrada na lista.
error-sheets-missing_row_code = A linha contém números, mas não tem código de { $dimension ->
        [nationality] nacionalidade
        [sex] sexo
        [category] categoria
        [year] ano
        [stock_date] data de referência
       *[other] { $dimension }
    } na coluna A. Escolha a entrada da coluna B na lista ou digite o código dela na coluna A.
error-sheets-missing_column_code = A coluna contém números, mas não tem código de { $dimension ->
        [nationality] nacionalidade
        [sex] sexo
        [category] categoria
        [year] ano
        [stock_date] data de referência
       *[other] { $dimension }
    } na linha 3. Recoloque o código ou mova os números.
error-sheets-duplicate_code = O código { $code } está repetido; ele aparece pela primeira vez em { $first }. Deixe uma única linha ou coluna por código.
error-sheets-invalid_slice = “{ $value }” não é { $dimension ->
        [year] um ano válido
        [stock_date] uma data de referência válida
       *[other] um valor válido de { $dimension }
    }. Digite um como { $example }.
error-sheets-duplicate_slice = { $slice } já está preenchido na planilha “{ $first_sheet }”. Mantenha uma planilha ou bloco por recorte, ou junte os dois.
error-sheets-unknown_status = “{ $value }” não é um código válido de { $field ->
        [obs_status] situação da observação
        [conf_status] confidencialidade
       *[other] situação
    }. Use um destes: { $allowed }.
error-sheets-duplicate_note = A célula { $key } já tem uma linha em { $first }. Deixe uma única linha por célula.
error-sheets-unknown_field = “{ $value }” não é uma pergunta de metadados desta tabela. Mantenha os códigos da coluna A como foram exportados.
error-sheets-unknown_choice = “{ $value }” não é uma resposta à pergunta { $field }. Use uma destas: { $allowed }.

# Valores digitados e colados
error-input-ambiguous_separator = “{ $value }” contém “.” ou “,”. Digite o número inteiro de pessoas sem separadores, como 1234.
error-input-not_a_number = “{ $value }” não é um número inteiro. Digite só algarismos, ou deixe a célula vazia e escolha uma situação.
error-input-too_large = “{ $value }” é grande demais para uma quantidade de pessoas. Verifique o número.
error-input-invalid_choice = “{ $value }” não é uma das respostas desta pergunta. Escolha uma destas: { $choices }.
error-input-invalid_date = “{ $value }” não é uma data válida. Escreva-a como AAAA-MM-DD, por exemplo 2023-12-31.
error-input-text_too_long = A resposta tem mais de { $max } caracteres. Encurte-a.
error-input-unknown_status = “{ $value }” não é uma situação do questionário. Escolha uma da lista.
error-input-note_too_long = A nota tem mais de { $max } caracteres. Encurte-a ou coloque o detalhe nas notas da tabela.
error-input-unknown_table = “{ $value }” não é uma tabela do questionário. Escolha uma tabela da lista.
error-input-unknown_field = “{ $value }” não é uma pergunta de metadados do questionário. Escolha uma pergunta do formulário.
error-input-unknown_finding = A observação { $value } não se aplica mais porque os números mudaram. Verifique novamente a lista de observações.
error-input-not_a_warning = Só os avisos podem ser justificados. Corrija o erro na tabela.
error-input-unknown_cell = “{ $value }” não é uma célula da tabela { $table }. Os códigos da célula vão nesta ordem, separados por dois-pontos: { $shape }.
error-input-block_rejected = Valores colados rejeitados: { $count }. Nada foi alterado; corrija os valores e cole-os novamente.

# Configuração, selagem e importação de pacotes
error-setup-unknown_country = “{ $value }” não é um código de país ISO 3166-1 alfa-3. Use um código como ARG para a Argentina.
error-setup-already_exists = { $path } já contém uma configuração do SICREMI Collect. Abra-a ou escolha outra pasta.
error-setup-no_workspace = { $path } não contém nenhum espaço de trabalho de correspondente. Crie um primeiro ou experimente a demonstração.
error-setup-no_secretariat = { $path } não contém nenhuma chave da secretaria. Crie uma primeiro ou experimente a demonstração.
error-setup-definition_changed = O espaço de trabalho foi preenchido com uma versão do questionário diferente da instalada. Instale a versão do SICREMI Collect com a qual ele foi criado.
error-setup-not_a_signing_key = Este arquivo contém uma chave de criptografia, e não a chave de assinatura de um correspondente. Peça ao correspondente o arquivo de chave pública exportado pelo SICREMI Collect.
error-setup-passphrase_too_short = A frase secreta precisa de pelo menos { $min } caracteres. Algumas palavras são mais fáceis de lembrar do que símbolos.
error-setup-no_data_dir = Nenhuma pasta de dados foi encontrada para este usuário. Escolha uma com --data-dir ou com a variável de ambiente SICREMI_DATA_DIR.
error-seal-blocked = O pacote ainda não pode ser selado. Erros: { $errors }. Avisos sem justificativa: { $warnings }. Corrija os erros e justifique os avisos na lista de observações; depois sele novamente.
error-seal-file_exists = { $path } já existe e não é substituído. Escolha outro nome de arquivo ou uma pasta.
error-seal-no_secretariat_key = Ainda não há nenhuma chave de criptografia da secretaria marcada como confiável. Importe primeiro o arquivo de chave pública da secretaria.
error-import-wrong_questionnaire = { $path } foi selado para uma versão do questionário ou um ciclo de relatório diferentes dos que esta secretaria aceita. Peça ao correspondente que atualize o SICREMI Collect e sele novamente.
error-import-unknown_sender = O pacote está assinado com a chave { $key_id }, que não está registrada. Registre primeiro a chave pública do correspondente.
error-import-revoked_sender = O pacote está assinado com a chave { $key_id }, que foi revogada, por isso o pacote foi rejeitado, qualquer que seja a data indicada nele.
error-import-wrong_country = Os números são de { $country }, mas era esperado outro país, por isso nada foi importado. Verifique se você escolheu o arquivo correto.
error-payload-invalid = O conteúdo do pacote não é um envio válido. Peça ao correspondente que o sele novamente com o SICREMI Collect.
error-payload-wrong_questionnaire = O pacote responde à versão { $version } do questionário, e não à usada por esta instalação. Peça ao correspondente que atualize o SICREMI Collect e sele novamente.

# Arquivos em geral
error-io-not_found = { $path } não existe. Verifique o caminho e tente novamente.
error-io-permission_denied = Você não tem permissão para abrir { $path }. Escolha outro local ou peça acesso ao seu administrador.
error-io-disk_full = O disco está cheio, por isso não foi possível gravar { $path }. Libere espaço no disco e tente novamente.
error-io-failed = Não foi possível ler ou gravar um arquivo. Verifique o caminho e o disco e se o arquivo não está aberto em outro programa; depois tente novamente.
error-io-too_large = O arquivo é grande demais para ser um arquivo de chave. Verifique se você selecionou o arquivo correto.


# Pacotes de questionário
error-pack-bad_magic = Este arquivo não é um pacote de questionário do SICREMI. Selecione o arquivo de pacote enviado pela secretaria.
error-pack-truncated = O pacote de questionário está incompleto: tem { $len } bytes, mas deveria ter pelo menos { $expected }. Copie novamente o arquivo enviado pela secretaria.
error-pack-trailing_data = O pacote de questionário tem { $extra } bytes a mais depois dos { $expected } esperados. Copie novamente o arquivo enviado pela secretaria.
error-pack-too_large = O pacote de questionário tem { $len } bytes, mais que o máximo de { $max }. Não é um pacote válido.
error-pack-unsupported_version = Este pacote de questionário tem a versão de formato { $version }, que esta versão do SICREMI Collect não consegue ler. Atualize o SICREMI Collect.
error-pack-unknown_signer = O pacote de questionário está assinado com a chave { $key_id }, na qual este espaço de trabalho não confia. Confie no arquivo da chave de assinatura da secretaria depois de conferir sua impressão digital por telefone.
error-pack-signature = A assinatura do pacote de questionário não corresponde à chave { $key_id } da secretaria: o arquivo foi alterado ou está danificado. Não o use; peça à secretaria uma nova cópia.
error-pack-io = Não é possível ler { $path }. Verifique o caminho e tente novamente.
error-pack-invalid = O conteúdo do pacote de questionário não é válido. Peça à secretaria um novo pacote.
error-pack-invalid_population = O número de população “{ $value }” não é válido. Indique um ano de quatro dígitos e um número positivo, por exemplo 2023=46000000.
error-pack-wrong_country = { $path } é o pacote de questionário de { $country }, não do país deste espaço de trabalho. Peça à secretaria o pacote do seu país.
error-pack-confirmation_required = A nova definição do questionário move ou descarta valores. Revise as mudanças e confirme a importação.
error-pack-file_exists = { $path } já existe e não é substituído. Escolha outro nome de arquivo.
error-setup-own_signing_key = Este arquivo contém a própria chave de assinatura do espaço de trabalho, não uma chave da secretaria. Peça à secretaria seus arquivos de chave pública.
error-import-unknown_pack = { $path } responde ao pacote de questionário { $version }, que esta secretaria não emitiu com esse conteúdo. O pacote é rejeitado.
error-store-pack_outdated = O pacote de questionário { $version } é mais antigo que o pacote { $current }, que { $path } já usa. Importe o pacote mais recente enviado pela secretaria.
error-store-pack_version_conflict = { $path } já contém outro pacote de questionário com a versão { $version }. O pacote é rejeitado; pergunte à secretaria qual é o arquivo certo.

## Telas do aplicativo

ui-sides = Partes do intercâmbio
ui-side-correspondent = Correspondente
ui-side-secretariat = Secretaria
ui-correspondent-sections = Seções do espaço de trabalho
ui-tab-overview = Visão geral
ui-tab-tables = Tabelas
ui-tab-findings = Observações
ui-tab-import = Importar e exportar
ui-tab-seal = Selar e enviar
ui-working = Processando…
ui-save = Salvar
ui-saved = Salvo.
ui-add = Adicionar
ui-none = (nenhum)
ui-required = obrigatório
ui-import = Importar
ui-export = Exportar
ui-file = Arquivo
ui-file-path = Caminho do arquivo
ui-file-written = Salvo em { $path }.
ui-country = País
ui-choose-country = Escolha um país
ui-institution = Instituição
ui-your-name = Seu nome
ui-passphrase = Frase secreta
ui-passphrase-confirm = Repita a frase secreta
ui-passphrase-hint = Pelo menos { $min } caracteres. Ela protege sua chave e ninguém poderá recuperá-la por você.
ui-passphrase-mismatch = As duas frases secretas são diferentes.

# Primeiro uso
ui-demo-heading = Experimentar a demonstração
ui-demo-intro = Cria uma secretaria e um correspondente de demonstração neste computador, para que você possa preencher, selar e importar um pacote sozinho.
ui-demo-create = Criar a demonstração
ui-deploy-heading = Configurar como correspondente
ui-deploy-intro = Cria seu espaço de trabalho e sua chave de assinatura. Em seguida, importe o arquivo de chave pública que a secretaria enviar.
ui-deploy-create = Criar meu espaço de trabalho
ui-secretariat-setup-heading = Configurar a secretaria
ui-secretariat-setup-intro = Somente para a secretaria. Cria neste computador a chave de criptografia da secretaria e um arquivo consolidado vazio. Em seguida, envie o arquivo de chave pública a cada correspondente e registre o arquivo de chave pública que cada correspondente enviar.
ui-secretariat-setup-create = Criar a secretaria

# Visão geral
ui-overview-heading = Visão geral
ui-correspondent = Correspondente
ui-cycle = Ciclo de relatório
ui-signing-key = Impressão digital da sua chave de assinatura
ui-secretariat-key = Impressão digital da chave da secretaria
ui-secretariat-key-missing = A chave da secretaria ainda não foi importada.
ui-fingerprint-hint = Leia as impressões digitais para a secretaria por telefone para confirmar que as duas partes têm as chaves certas.
ui-trust-key-label = Caminho do arquivo de chave pública da secretaria
ui-trust-key-action = Importar a chave
ui-trusted-key = A chave da secretaria foi importada. A impressão digital dela é { $fingerprint }.
ui-export-key-label = Salvar seu arquivo de chave pública de assinatura para a secretaria em
ui-export-key-action = Salvar o arquivo de chave
ui-tables-heading = Tabelas
ui-table = Tabela
ui-periods = Períodos com dados
ui-progress = Preenchido
ui-filled-of = { $filled } de { $expected } células
ui-no-figures = Ainda sem números
ui-warnings-unjustified = { $warnings } ({ $unjustified } sem justificativa)
ui-submissions-heading = Envios
ui-submissions-empty = Nenhum pacote selado ainda.
ui-sequence = Número
ui-created-at = Selado em
ui-package-id = ID do pacote

# Editor de tabelas
ui-editor-heading = Tabelas
ui-add-reference-date = Adicionar uma data de referência
ui-no-reference-date = Esta tabela ainda não tem data de referência. Adicione uma para começar.
ui-grid-hint = As setas e a tecla Tab movem a seleção; digitar ou Enter edita; Enter ou Tab salvam; Esc cancela. Você pode colar um bloco copiado de uma planilha.
ui-add-row = Adicionar uma linha ({ $dimension })
ui-row-not-found = “{ $name }” não está na lista. Escolha uma das sugestões.
ui-paste-outside = O bloco colado ({ $rows } linhas, { $columns } colunas) não cabe na tabela a partir da célula selecionada. Adicione linhas antes ou selecione outra célula.
ui-cell-details-heading = Célula selecionada
ui-obs-status = Situação da observação
ui-conf-status = Confidencialidade
ui-note = Nota
ui-metadata-heading = Metadados da tabela

# Observações
ui-findings-heading = Observações
ui-findings-empty = Nenhuma observação: os dados passam em todas as verificações.
ui-count-errors = { $count ->
    [one] { $count } erro
   *[other] { $count } erros
}
ui-count-warnings = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
} ({ $unjustified } sem justificativa)
ui-count-notes = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
ui-justification = Justificativa
ui-justified = Justificado

# Importar e exportar
ui-import-heading = Importar e exportar
ui-renaper-heading = Arquivo de estrangeiros do RENAPER (Argentina)
ui-renaper-intro = Importa o estoque de residentes estrangeiros por nacionalidade e sexo para a tabela T9, na data de referência.
ui-reference-date = Data de referência
ui-template-import-heading = Importar um modelo preenchido
ui-template-export-heading = Exportar um modelo
ui-import-summary = { $file }: { $rows } linhas lidas, { $cells } células gravadas.
ui-import-metadata-filled = Estas respostas de metadados foram preenchidas a partir do arquivo:
ui-import-names-merged = Vários nomes do arquivo correspondem a { $code } ({ $names }); as quantidades foram somadas.
ui-import-questionnaire-mismatch = O modelo vem de outra versão do questionário. Os códigos dele foram verificados com a versão atual.
ui-import-ambiguous-symbol = { $location } mostra “{ $symbol }”, que corresponde a várias situações ({ $statuses }), e a planilha de situações e notas não indica nenhuma. A célula ficou como estava; escolha a situação nessa planilha e importe novamente.
ui-import-symbol-conflict = { $location } mostra “{ $symbol }”, mas a planilha de situações e notas dá à célula a situação { $status }. Foi usada a situação dessa planilha.

# Selagem
ui-seal-heading = Selar e enviar
ui-seal-intro = Ao selar, seus dados são assinados com sua chave e criptografados para a secretaria. Envie o arquivo selado à secretaria por e-mail ou em um pen drive.
ui-seal-allowed = Todas as verificações foram aprovadas, então o pacote pode ser selado.
ui-seal-blocked = Não é possível selar. Erros: { $errors }. Avisos sem justificativa: { $warnings }. Corrija os erros e justifique os avisos na lista de observações.
ui-seal-destination = Pasta ou arquivo do pacote
ui-seal-action = Selar o pacote
ui-seal-done = O pacote está selado.
ui-seal-send-hint = Informe à secretaria o número e o SHA-256 por telefone, para que ela possa verificar o arquivo recebido.

# Secretaria
ui-secretariat-heading = Secretaria
ui-encryption-key = Impressão digital da chave de criptografia
ui-package-import-heading = Importar pacotes
ui-package-paths = Caminhos dos arquivos de pacote, um por linha
ui-secretariat-passphrase = Frase secreta da chave da secretaria
ui-package-imported = Importado: { $country }, pacote número { $sequence }, { $cells } células.
ui-package-already-imported = Este pacote já foi importado em { $date }; nada foi alterado.
ui-package-superseded = O pacote número { $sequence } é anterior ao número { $latest }, que já foi importado; nada foi alterado.
ui-package-findings = Observações da verificação da secretaria: { $count } ({ $justified } justificadas pelo correspondente).
ui-package-digest = SHA-256 do arquivo, para comparar por telefone com o remetente: { $sha256 }
ui-date-placeholder = AAAA-MM-DD
ui-country-view-heading = Dados de um país
ui-country-view-empty = Nenhum país enviou dados ainda.
ui-country-view-no-data = Este país não enviou dados para esta tabela.
ui-imported-at = Importado em
ui-imported-empty = Nenhum pacote importado ainda.
ui-current = Vigente
ui-consolidated-heading = Pasta de trabalho consolidada
ui-consolidated-done = { $count ->
    [one] { $count } país gravado em { $path }.
   *[other] { $count } países gravados em { $path }.
}
ui-keys-heading = Chaves de correspondentes registradas
ui-fingerprint = Impressão digital
ui-label = Rótulo
ui-revoked = Revogada
ui-revoke = Revogar
ui-register-key-label = Caminho do arquivo de chave pública do correspondente
ui-register-key-action = Registrar a chave
ui-key-registered = A chave de { $country } foi registrada. A impressão digital dela é { $fingerprint }.
ui-export-secretariat-key-label = Salvar o arquivo de chave pública da secretaria para os correspondentes em
ui-secretariat-next-steps = Nenhuma chave de correspondente foi registrada ainda. Envie a cada correspondente o pacote de confiança assinado com a chave raiz (ou os arquivos de chave pública da secretaria) e leia as impressões digitais por telefone. Depois, confira e cadastre a solicitação de cadastro que cada correspondente enviar.

# Recortes, situações de célula, indicador do BID e justificativas vistas pela secretaria
ui-status-replaces-number = Esta situação indica que falta o número, mas a célula tem um. Apague o número ou escolha outra situação.
ui-finding-info = Apenas informativo: não impede a selagem.
ui-idb-heading = Indicador do BID
ui-idb-status = Resultado
ui-idb-status-value = { $status ->
    [eligible] Igual ou acima do limiar
    [not_eligible] Abaixo do limiar
    [no_population] Não calculado: falta o número da população
    [incomplete] Não calculado: faltam entradas de alguns anos
    [units_differ] Não calculado: as tabelas contam unidades diferentes
   *[other] { $status }
}
ui-idb-years = Anos
ui-idb-inflows = Imigrantes da América Latina e do Caribe
ui-idb-population = População
ui-idb-percent = Proporção da população
ui-idb-percent-value = { $percent } % (limiar { $threshold } %)
ui-idb-none = Ainda não calculado.
ui-idb-hint = Calculado a partir dos seus números de entradas e dos números de população da secretaria. Não pode ser editado.
ui-submission-findings = { $count ->
    [0] Nenhuma observação
    [one] { $count } observação
   *[other] { $count } observações
}
ui-submission-findings-empty = As verificações da secretaria não encontraram nada neste pacote.
ui-correspondent-justification = Justificativa do correspondente
ui-justified-at = Escrita em { $date }
ui-justification-values = Valores quando foi escrita
ui-justification-outdated = Os valores mudaram depois que esta justificativa foi escrita, por isso ela não cobre mais a observação.
ui-justification-missing = Sem justificativa.
ui-pack-heading = Pacote de questionário
ui-pack-hint = A secretaria envia um pacote assinado a cada ciclo: o questionário, os seus números que ela aceitou da última vez e os números de população. Examine-o primeiro; nada muda até você importá-lo.
ui-pack-path = Caminho do arquivo do pacote
ui-pack-inspect = Examinar
ui-pack-version = Versão do pacote
ui-pack-version-value = { $version } (a atual: { $current })
ui-pack-issued-at = Emitido
ui-pack-status = Situação
ui-pack-status-value = { $status ->
    [new] Novo: pode ser importado
    [already_imported] Já importado
    [outdated] Mais antigo que o pacote que você tem: não pode ser importado
    [version_conflict] Mesma versão do pacote que você tem, mas outro arquivo: consulte a secretaria
   *[other] { $status }
}
ui-pack-definition = Questionário
ui-pack-definition-value = { $changed ->
    [yes] versão { $version }, diferente da que você usa
   *[no] versão { $version }, a que você usa
}
ui-pack-prefilled = Números aceitos que preenchem células vazias
ui-pack-population = Anos com número de população
ui-pack-signing-key = Chave de assinatura da secretaria
ui-pack-migration-heading = Mudanças nos seus números
ui-pack-migration-summary = { $kept } valores ficam onde estão, { $moved } mudam de lugar e { $dropped } são descartados. Os valores descartados continuam visíveis neste painel.
ui-pack-new-tables = Tabelas novas: { $tables }
ui-pack-confirm = Li as mudanças acima e quero importar o pacote.
ui-upgrade-heading = Há um questionário mais recente
ui-upgrade-intro = Esta versão do SICREMI Collect traz a versão { $to } do questionário; seu espaço de trabalho foi preenchido com a versão { $from }. Nada muda até você aplicá-la. Os valores que a nova versão não pede mais continuam visíveis na lista de valores descartados.
ui-upgrade-apply = Aplicar o questionário mais recente
ui-upgrade-confirm = Li as mudanças acima e quero aplicar o questionário mais recente.
ui-pack-import = Importar o pacote
ui-pack-imported = Pacote versão { $version } importado: { $prefilled } células preenchidas, { $moved } valores movidos, { $dropped } descartados.
ui-pack-already-imported = O pacote versão { $version } já tinha sido importado; nada mudou.
ui-dropped-heading = Valores descartados por mudanças do questionário
ui-dropped-item = Célula ou pergunta
ui-dropped-value = Valor
ui-dropped-at = Descartado em
ui-pack-issue-heading = Emitir um pacote de questionário
ui-pack-population-input = População por ano, por exemplo 2023=46000000, 2024=46500000
ui-pack-population-invalid = “{ $entry }” não é um ano com uma população, como 2023=46000000.
ui-pack-issue = Emitir o pacote
ui-pack-issue-done = Pacote versão { $version } para { $country } gravado em { $path }, com { $cells } células aceitas.

# Erros do aplicativo de desktop
error-input-missing_path = Nenhum caminho foi informado. Digite o caminho do arquivo ou da pasta.

## Chaves, inscrição, pacotes de confiança, recibos e importação em lote

cli-receipt-written = Recibo gravado em { $path }
cli-root-key = Chave raiz { $key_id }, impressão digital { $fingerprint }
cli-enrollment = Pedido de inscrição para { $country }: { $name } ({ $institution }), chave { $key_id }
cli-fingerprint = Impressão digital, para ler em voz alta por telefone: { $fingerprint }
cli-file = Arquivo: { $path }
cli-key-validity = Válida de { $from } até { $to }
cli-bundle = Pacote de confiança versão { $version }, assinado em { $issued }, expira em { $expires }
cli-bundle-key-period = válida de { $from } até { $to }
cli-bundle-already-imported = Este pacote de confiança já tinha sido importado; nada mudou.
cli-receipt = Recibo do pacote { $package_id } (número { $sequence }): { $verdict ->
    [imported] importado
    [already_imported] já importado antes
    [superseded] não utilizado, um pacote mais recente foi importado
   *[rejected] rejeitado
}; { $errors } erro(s), { $warnings } aviso(s), { $justified } justificado(s).
cli-receipt-sequence = Contador de números de pacote: { $before } antes, { $after } agora.
cli-receipt-already-imported = Este recibo já tinha sido importado; nada mudou.
cli-batch-imported = { $file }: { $status ->
    [imported] importado
    [already_imported] já importado
   *[superseded] substituído por um pacote mais recente
} (pacote { $sequence } de { $country })
cli-batch-rejected = { $file }: { $status ->
    [quarantined] rejeitado e copiado para { $copy }
   *[failed] não importado
}: { $message }
cli-batch-summary = { $imported } importado(s), { $already } já importado(s), { $superseded } substituído(s), { $quarantined } em quarentena, { $failed } com falha. Quarentena: { $quarantine }. Recibos: { $receipts }.
cli-backup = Cópia de segurança das chaves { $path }: { $files } (feita em { $date })
cli-cycle = O ciclo { $cycle } está { $state ->
    [closed] fechado
   *[open] aberto
} desde { $date }.
cli-cycles-none = Nenhum ciclo foi fechado; todos os ciclos estão abertos.

error-document-bad_magic = Este arquivo não é { $kind ->
        [enrollment] um pedido de inscrição
        [trust_bundle] um pacote de confiança
        [receipt] um recibo
       *[key_backup] uma cópia de segurança das chaves
    }. Escolha o arquivo que você recebeu.
error-document-truncated = O arquivo { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } está incompleto: tem { $len } bytes, mas precisa de { $expected }. Copie o arquivo novamente.
error-document-trailing_data = O arquivo { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } tem { $extra } bytes a mais depois dos { $expected } esperados. Copie o arquivo novamente.
error-document-too_large = O arquivo { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } tem { $len } bytes, mais que o máximo de { $max }. Não é um arquivo válido.
error-document-unsupported_version = O arquivo { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } tem a versão de formato { $version }, que esta versão do SICREMI Collect não lê. Atualize o SICREMI Collect.
error-document-unknown_signer = O arquivo { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } está assinado com a chave { $key_id }, que não é confiável aqui. Verifique se o arquivo vem da secretaria do SICREMI.
error-document-signature = A assinatura { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } não corresponde à chave { $key_id }: o arquivo foi alterado ou está danificado. Não o use.
error-document-invalid = O conteúdo { $kind ->
        [enrollment] do pedido de inscrição
        [trust_bundle] do pacote de confiança
        [receipt] do recibo
       *[key_backup] da cópia de segurança das chaves
    } não é válido. Peça um arquivo novo a quem o enviou.
error-document-wrong_passphrase = Frase secreta da cópia de segurança incorreta, ou a cópia está danificada. Verifique a frase e tente novamente.
error-document-io = Não é possível ler { $path }. Verifique o caminho e tente novamente.
error-store-cycle_closed = O ciclo de relatório { $cycle } está fechado em { $path }, por isso o pacote foi rejeitado.
error-store-bundle_outdated = A versão { $version } do pacote de confiança não é mais recente que a versão { $current }, que { $path } já tem. Importe o pacote mais recente enviado pela secretaria.
error-enrollment-file_exists = { $path } já existe e não é substituído. Escolha outro nome de arquivo.
error-enrollment-invalid_validity = O período de validade termina ({ $to }) antes de começar ({ $from }). Indique uma data de fim posterior à de início.
error-import-key_not_yet_valid = O pacote está assinado com a chave { $key_id }, válida somente a partir de { $date }, por isso o pacote foi rejeitado, qualquer que seja a data indicada nele.
error-import-key_expired = O pacote está assinado com a chave { $key_id }, cuja validade terminou em { $date }, por isso o pacote foi rejeitado, qualquer que seja a data indicada nele. Peça ao correspondente que cadastre uma chave nova.
error-input-invalid_cycle = “{ $value }” não é um ciclo de relatório. Indique o ano com quatro algarismos, por exemplo 2026.
error-trust-file_exists = { $path } já existe e não é substituído. Escolha outro nome de arquivo.
error-trust-invalid_validity = Um pacote de confiança deve ser válido de 1 a { $max } dias, não { $days }.
error-trust-not_an_encryption_key = O arquivo de chave pública de criptografia da secretaria contém uma chave de assinatura. Restaure a pasta da secretaria a partir de uma cópia de segurança.
error-trust-not_a_signing_key = O arquivo contém uma chave de criptografia onde era esperada uma chave de assinatura. Verifique se você escolheu o arquivo de chave pública correto.
error-trust-bundle_expired = A versão { $version } do pacote de confiança expirou em { $date }. Peça à secretaria o pacote em vigor.
error-seal-no_valid_encryption_key = Nenhuma chave de criptografia do pacote de confiança { $version } é válida agora. Importe o pacote de confiança mais recente da secretaria e sele novamente.
error-receipt-wrong_country = { $path } é um recibo de um pacote de { $country }, não do país deste espaço de trabalho. Importe-o no espaço de trabalho desse país.
error-receipt-unknown_package = { $path } é um recibo do pacote { $package_id }, que este espaço de trabalho não selou com sua chave atual. Verifique se o recibo é seu.
error-batch-no_files = Não há nenhum arquivo de pacote para importar: as pastas indicadas estão vazias.
error-backup-file_exists = { $path } já existe e não é substituído. Escolha outro nome de arquivo.
error-backup-target_exists = { $path } já existe. Uma restauração nunca substitui um arquivo de chave; se ele estiver danificado, mova-o antes para outro lugar.
error-backup-invalid = { $path } não é uma cópia de segurança das chaves utilizável. Use outra cópia.

## Desktop screens for enrollment, trust bundles, receipts, batch import and cycles

ui-tab-exchange = Chaves e recibos
ui-exchange-heading = Chaves e recibos
ui-sequence-counter = Contador de pacotes: { $sequence }. O próximo pacote selado recebe um número maior.
ui-submission-state = Situação
ui-submission-state-value = { $state ->
    [sent] Enviado
    [acknowledged] Recebido
    [rejected] Rejeitado
   *[created] Selado, ainda sem recibo
}
ui-receipts-heading = Recibos da secretaria
ui-receipts-hint = A secretaria envia um recibo assinado para cada pacote que importa ou rejeita. Ao importá-lo, o pacote fica marcado como recebido ou rejeitado.
ui-receipt-path = Caminho do arquivo de recibo (.sicremi-receipt)
ui-receipt-verdict = Pacote { $sequence }: { $verdict ->
    [imported] importado pela secretaria
    [already_imported] já importado antes
    [superseded] não utilizado, porque um pacote mais recente foi importado
   *[rejected] rejeitado pela secretaria
}. Erros: { $errors }, alertas: { $warnings }.
ui-receipt-counter = Contador de pacotes: { $before } antes, { $after } agora.
ui-receipt-already-imported = Este recibo já tinha sido importado, então nada mudou.
ui-receipt-no-submission = Este espaço de trabalho não tem registro do pacote, então nenhum envio mudou.
ui-bundle-heading = Pacote de confiança
ui-root-built-in = Chave raiz embutida no aplicativo
ui-root-added = Chave raiz adicionada a este espaço de trabalho
ui-bundle-version = Versão do pacote de confiança
ui-bundle-issued = Assinado em
ui-bundle-expires = Expira em
ui-bundle-root = Assinado pela chave raiz
ui-bundle-signing-key = Chave da secretaria para pacotes de questionário e recibos
ui-bundle-missing = Nenhum pacote de confiança importado ainda. Até lá, são usadas as chaves importadas de arquivos de chave pública.
ui-bundle-path = Caminho do arquivo do pacote de confiança (.sicremi-trust)
ui-bundle-imported = Pacote de confiança versão { $version } importado. Ele expira em { $expires }.
ui-bundle-already-imported = O pacote de confiança versão { $version } já tinha sido importado, então nada mudou.
ui-command-line-only = A criação de uma chave raiz, a assinatura de pacotes de confiança e o backup ou a restauração de chaves são feitos somente pela linha de comando sicremi. Execute `sicremi --help` para ver os comandos.
ui-validity = Válida de { $from } a { $to }
ui-validity-open = Válida a partir de { $from }, sem data de término
ui-validity-heading = Validade
ui-enrollment-heading = Cadastrar sua chave de assinatura
ui-enrollment-hint = A secretaria só aceita seus pacotes depois de registrar sua chave de assinatura. Gere um pedido de cadastro, envie o arquivo à secretaria e depois leia a impressão digital para ela por telefone.
ui-enrollment-export = Gerar o pedido de cadastro
ui-request-created-at = Gerado em
ui-enrollment-read-aloud = Leia esta impressão digital para a secretaria por telefone. Se um dígito for diferente, o pedido que ela recebeu não é o seu.
ui-replace-key-heading = Substituir uma chave de assinatura perdida ou comprometida
ui-replace-key-warning = Isto cria uma nova chave de assinatura e mantém seus números, respostas e justificativas. A secretaria rejeita os pacotes assinados com a nova chave até que você a cadastre novamente e ela a registre. O arquivo da chave antiga é renomeado, não apagado.
ui-replace-key-confirm = Entendo que a nova chave precisa ser cadastrada novamente.
ui-replace-key-action = Substituir a chave de assinatura
ui-replace-key-done = A chave de assinatura foi substituída. Cadastre agora a nova chave. A impressão digital dela é:
ui-secretariat-signing-key = Chave de assinatura para pacotes de questionário e recibos
ui-secretariat-signing-key-missing = Nenhuma ainda: ela é criada com o primeiro pacote de questionário.
ui-export-secretariat-signing-key-label = Salvar o arquivo de chave pública de assinatura da secretaria (pacotes de questionário e recibos) para os correspondentes importarem
ui-package-receipt = Recibo para o correspondente: { $path }
ui-enrollment-register-heading = Registrar uma chave a partir de um pedido de cadastro
ui-enrollment-request-path = Caminho do arquivo do pedido de cadastro (.sicremi-enrollment)
ui-enrollment-inspect = Verificar o pedido
ui-enrollment-compared = O correspondente leu para mim a mesma impressão digital por telefone.
ui-valid-from = Válida a partir de
ui-valid-from-hint = Deixe vazio para começar agora. As datas começam à meia-noite UTC.
ui-valid-to = Válida até
ui-valid-to-hint = Deixe em branco se não houver data de término. A chave deixa de ser válida no início desse dia (00:00 UTC).
ui-batch-heading = Importar uma pasta de pacotes
ui-batch-hint = Importa todos os arquivos da pasta. Um arquivo rejeitado é copiado para a pasta de quarentena com um arquivo de motivo, e o original fica no lugar. Cada arquivo recebe um recibo para o remetente.
ui-batch-path = Caminho da pasta (ou de um arquivo de pacote)
ui-batch-counts = { $imported } importados, { $already } já importados, { $superseded } substituídos, { $quarantined } em quarentena, { $failed } com falha.
ui-batch-receipts-dir = Recibos gravados em { $path }
ui-batch-quarantine-dir = Arquivos rejeitados copiados para { $path }
ui-batch-status = { $status ->
    [imported] importado
    [already_imported] já importado
    [superseded] substituído por um pacote mais recente
    [quarantined] rejeitado e em quarentena
   *[failed] não importado
}
ui-batch-package = (pacote { $sequence } de { $country })
ui-batch-copied-to = Copiado para { $path }
ui-cycles-heading = Ciclos de coleta
ui-cycles-empty = Nenhum ciclo foi fechado, então todos estão abertos.
ui-cycle-state = Situação
ui-cycle-state-value = { $state ->
    [closed] Fechado: os pacotes são rejeitados
   *[open] Aberto
}
ui-cycle-changed-at = Alterado em
ui-cycle-year = Ciclo (ano com quatro dígitos)
ui-cycle-close = Fechar o ciclo
ui-cycle-reopen = Reabrir o ciclo

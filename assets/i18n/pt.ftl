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
    [negative] { $cell }: { $value } é negativo; uma contagem de pessoas não pode ser inferior a zero.
    [value_with_missing_status] { $cell }: a célula tem o número { $value } e um estado de "em falta"; retire um dos dois.
   *[blank] { $cell }: a célula está vazia. Escreva um número (0 se não houver) ou escolha um estado como "não recolhido".
}
finding-sex-sum = { $cell }: o total é { $total }, mas homens, mulheres, outro sexo e desconhecido somam { $sum } (diferença { $difference }).
finding-nationality-sum = { $cell }: o total é { $total }, mas as nacionalidades indicadas somam { $sum } (diferença { $difference }).
finding-category-sum = { $cell }: o total é { $total }, mas as categorias somam { $sum } (diferença { $difference }).
finding-cross-table-total = { $slice }: o total de { $table } ({ $value }) difere do total de { $other_table } ({ $other_value }) em { $difference }. Ambos contam os mesmos imigrantes permanentes.
finding-year-on-year = { $previous ->
    [0] { $cell }: { $value } quando { $previous_slice } não tinha nenhum. Confirme o número e explique a variação.
   *[other] { $cell }: { $value } contra { $previous } em { $previous_slice } ({ $change } pessoas, { $percent } %). Confirme o número e explique a variação.
}
finding-own-nationality = { $table_title }, { $slice }: { $code_label } é a nacionalidade do seu próprio país e não pode constar entre os estrangeiros.
finding-metadata-required = { $table_title }: a pergunta "{ $field_label }" deve ser respondida.

## Linha de comando

cli-error = Erro
cli-summary = { $errors } erro(s), { $warnings } aviso(s), { $unjustified } sem justificação.
cli-exported = { $count } país(es) exportado(s) para { $path }.

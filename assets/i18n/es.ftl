# Textos de SICREMI Collect visibles para el usuario, en español.

-product-name = SICREMI Collect
-oas = OEA

app-name = { -product-name }

## Encabezado

language-switch-label = Idioma

## Pantalla de bienvenida

welcome-heading = Le damos la bienvenida a { -product-name }
welcome-intro = Prepare las estadísticas migratorias de su país y envíelas a la Secretaría General de la { -oas }.

## Pie de página

footer-version = Versión { $version }
footer-data-dir = Carpeta de datos: { $path }
footer-backend-unavailable = El núcleo de la aplicación no respondió: { $reason }

## Observaciones de la validación.

severity-error = Error
severity-warning = Advertencia
severity-info = Nota
finding-completeness = { $table_title }: aún no hay cifras para { $slices }. Complételas o explique por qué no pueden informarse.
finding-value-domain = { $problem ->
    [negative] { $cell }: { $value } es negativo; un conteo de personas no puede ser menor que cero.
    [value_with_missing_status] { $cell }: la celda tiene el número { $value } y un estado de "falta"; quite uno de los dos.
   *[blank] { $cell }: la celda está vacía. Escriba un número (0 si no hay), o elija un estado como "no recopilado".
}
finding-sex-sum = { $cell }: el total es { $total }, pero hombres, mujeres, otro sexo y desconocido suman { $sum } (diferencia { $difference }).
finding-nationality-sum = { $cell }: el total es { $total }, pero las nacionalidades indicadas suman { $sum } (diferencia { $difference }).
finding-category-sum = { $cell }: el total es { $total }, pero las categorías suman { $sum } (diferencia { $difference }).
finding-cross-table-total = { $slice }: el total de { $table } ({ $value }) difiere del total de { $other_table } ({ $other_value }) en { $difference }. Ambos cuentan los mismos inmigrantes permanentes.
finding-year-on-year = { $previous ->
    [0] { $cell }: { $value } cuando { $previous_slice } no tenía ninguno. Confirme la cifra y explique el cambio.
   *[other] { $cell }: { $value } frente a { $previous } en { $previous_slice } ({ $change } personas, { $percent } %). Confirme la cifra y explique el cambio.
}
finding-own-nationality = { $table_title }, { $slice }: { $code_label } es la nacionalidad de su propio país y no puede figurar entre los extranjeros.
finding-metadata-required = { $table_title }: debe responder la pregunta "{ $field_label }".

## Línea de comandos

cli-error = Error
cli-summary = { $errors } error(es), { $warnings } advertencia(s), { $unjustified } sin justificación.
cli-exported = { $count } país(es) exportado(s) a { $path }.

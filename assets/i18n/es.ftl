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
    [blank_row] { $table_title }, { $slice }, { $code_label }: { $count } celdas de esta fila están vacías. Escriba un número en cada una (0 si no hay), o elija un estado como «no recopilado».
    [negative] { $cell }: { $value } es negativo; un conteo no puede ser menor que cero.
    [too_large] { $cell }: { $value } es mayor que cualquier conteo que acepta este cuestionario. Compruebe que la cifra no tenga dígitos de más.
    [value_with_missing_status] { $cell }: la celda tiene el número { $value } y un estado de "falta"; quite uno de los dos.
    [unknown_obs_status] { $cell }: el estado de observación no es uno de los códigos de este cuestionario. Elija un estado de la lista.
    [unknown_conf_status] { $cell }: el estado de confidencialidad no es uno de los códigos de este cuestionario. Elija un estado de la lista.
    [too_many_dates] { $table_title }: se informan { $value } fechas de referencia, más de las que acepta este cuadro. Quite las fechas que no quería agregar.
   *[blank] { $cell }: la celda está vacía. Escriba un número (0 si no hay), o elija un estado como "no recopilado".
}
finding-sex-sum = { $cell }: el total es { $total }, pero hombres, mujeres, otro sexo y desconocido suman { $sum } (diferencia { $difference }{ $tolerance ->
    [0] {""}
   *[other] , mayor que los { $tolerance } que admite el redondeo
}). Corrija el total o las partes.
finding-nationality-sum = { $cell }: el total es { $total }, pero { $dimension ->
    [destination] los países de destino indicados suman
   *[other] las nacionalidades indicadas suman
} { $sum } (diferencia { $difference }{ $tolerance ->
    [0] {""}
   *[other] , mayor que los { $tolerance } que admite el redondeo
}). Agregue las filas que faltan, o informe el resto en "Otros países".
finding-category-sum = { $cell }: el total es { $total }, pero las categorías suman { $sum } (diferencia { $difference }{ $tolerance ->
    [0] {""}
   *[other] , mayor que los { $tolerance } que admite el redondeo
}). Corrija el total o las categorías.
finding-breakdown-sum = { $cell }: el total es { $total }, pero { $dimension ->
    [age] los grupos de edad suman
   *[application] los tipos de solicitud suman
} { $sum } (diferencia { $difference }{ $tolerance ->
    [0] {""}
   *[other] , mayor que los { $tolerance } que admite el redondeo
}). Corrija el total o las partes.
finding-cross-table-total = { $period }: el total de { $left_table } es { $left } y el de { $right_table } es { $right }, aunque ambos cuentan los mismos inmigrantes. Corrija uno de los dos, o explique la diferencia en la pregunta "Por qué el total difiere del cuadro de entradas" de { $left_table }.
finding-recognised-decided = { $cell }: los refugiados reconocidos y la protección complementaria suman { $part }, más que las { $whole } decisiones de fondo que los incluyen. Corrija una de las cifras.
finding-first-applications = { $cell }: { $part } primeras solicitudes, más que las { $whole } solicitudes de todo tipo. Corrija una de las cifras.
finding-seasonal-workers = { $period }: { $left_table } tiene { $left } trabajadores de temporada, más que los { $right } trabajadores temporales que los incluyen. Corrija las categorías.
finding-temporary-workers = { $period }: { $left_table } cuenta { $left } trabajadores temporales (vacaciones y trabajo, traslados dentro de una empresa, pasantes, trabajadores de temporada y otros), más que los { $right } inmigrantes temporales de { $right_table }. Corrija uno de los cuadros.
finding-asylum-caseload = { $problem ->
    [exceeds] { $table_title }, { $period }, { $code_label }: se decidieron o cerraron { $decided } casos, más que los { $available } disponibles (pendientes al inicio más solicitudes). Corrija las cifras.
   *[gap] { $table_title }, { $period }, { $code_label }: hay { $reported } casos pendientes al final del año, pero los pendientes al inicio más las solicitudes menos las decisiones y los cierres dan { $expected } (diferencia { $difference }). Corrija las cifras o explique la diferencia.
}
finding-year-on-year = { $previous ->
    [0] { $cell }: { $value } cuando { $previous_period } no tenía ninguno.
   *[other] { $cell }: { $value } frente a { $previous } en { $previous_period } ({ $percent } %).
} Confirme la cifra y explique el cambio, o marque la celda con B (ruptura de serie) o E (estimado).
finding-series-change = { $problem ->
    [appeared] { $table_title }, { $code_label }: { $value } en { $period }, cuando { $previous_period } no tenía ninguno. Confirme la nueva serie.
    [left_top] { $table_title }, { $code_label }: puesto { $rank } en { $previous_period } con { $previous }, pero no se informa en { $period }. Infórmelo, o confirme que ahora se cuenta en otra fila.
   *[vanished] { $table_title }, { $code_label }: { $previous } en { $previous_period }, ninguno en { $period }. Confirme que la serie realmente cayó a cero.
}
finding-own-nationality = { $table_title }, { $slice }: { $code_label } es su propio país, y este cuadro cuenta solo extranjeros o nacidos en el extranjero. Quite la fila.
finding-own-destination = { $table_title }, { $slice }: { $code_label } es su propio país y no puede ser el destino de los emigrantes. Quite la fila.
finding-residual-share = { $cell }: { $code_label } es el { $percent } % del total ({ $value } de { $total }), por encima del { $max_percent } % permitido. Asigne más de ellos a sus países, o explique por qué no es posible.
finding-stock-flow = { $table_title }: el stock cambió en { $stock_change } entre { $from } y { $to }, pero las entradas (T1, T2) menos las adquisiciones de nacionalidad (T8) de esos años dan { $expected } (brecha { $gap }). Explique la brecha, por ejemplo defunciones, emigración de extranjeros, una regularización o un cambio de fuente.
finding-acquisitions-stock = { $period }: { $flow } adquisiciones de nacionalidad en { $flow_table }, más que los { $stock } extranjeros de { $stock_table } al { $date }. Revise ambas cifras.
finding-unit-consistency = { $problem ->
    [not_allowed] { $table_title }: la unidad de conteo "{ $unit }" no se admite en este cuadro. Elija una de: { $units }.
   *[differ] Los cuadros { $tables } cuentan unidades distintas ({ $units }), así que no se pueden comparar. Infórmelos en la misma unidad.
}
finding-revision = { $problem ->
    [cleared] { $cell }: la cifra { $previous }, aceptada en un ciclo anterior, ya no tiene número.
    [filled] { $cell }: { $value } reemplaza una celda aceptada sin número en un ciclo anterior.
   *[changed] { $cell }: { $value } reemplaza a { $previous }, la cifra aceptada en un ciclo anterior.
} Agregue una nota a la celda que diga qué cambió y por qué.
finding-mirror = { $period }: { $origin } informa { $reported_by_origin } emigrantes hacia { $destination }, mientras que { $destination } informa { $reported_by_destination } inmigrantes desde { $origin } (diferencia { $difference }).
finding-rate-range = { $period }: las entradas son { $rate } por 1.000 habitantes, fuera del rango de años anteriores ({ $min } a { $max }, con un margen). Confirme las cifras y explique el cambio.
finding-idb-indicator = { $status ->
    [eligible] Indicador del BID para { $years }: { $inflows } inmigrantes de América Latina y el Caribe, el { $percent } % de una población de { $population }, igual o superior al umbral del { $threshold_percent } %.
    [not_eligible] Indicador del BID para { $years }: { $inflows } inmigrantes de América Latina y el Caribe, el { $percent } % de una población de { $population }, por debajo del umbral del { $threshold_percent } %.
    [no_population] Indicador del BID para { $years }: no se calculó, porque la secretaría no envió la población del último año.
    [units_differ] Indicador del BID para { $years }: no se calculó, porque T1 o T2 cuenta permisos en lugar de personas.
   *[incomplete] Indicador del BID para { $years }: no se calculó, porque faltan entradas por nacionalidad en { $missing }. Complete esas tablas y años para ver el indicador.
}
finding-metadata-required = { $table_title }: debe responder la pregunta "{ $field_label }".

## Línea de comandos

cli-error = Error: { $message }
cli-summary = { $errors } error(es), { $warnings } advertencia(s), { $unjustified } sin justificación.
cli-exported = { $count } país(es) exportado(s) a { $path }.
cli-key = { $kind ->
    [encryption] Clave de cifrado de la secretaría
   *[signing] Clave de firma
} { $key_id }, huella { $fingerprint }
cli-demo-created = Red de demostración creada para { $country }. Corresponsal: { $correspondent }. Secretaría: { $secretariat }.
cli-status-header = { $country }, { $name }: cuestionario versión { $version }, ciclo { $cycle } ({ $path })
cli-status-table = { $table }: { $filled } de { $expected } celdas completas; errores: { $errors }, advertencias: { $warnings }, sin justificación: { $unjustified }
cli-no-secretariat-key = Todavía no se confía en ninguna clave de cifrado de la secretaría: ejecute "sicremi trust" con el archivo de clave pública de la secretaría.
cli-status-sequence = Último número de paquete: { $sequence }
cli-imported = { $source }: { $rows } líneas leídas, { $cells } celdas escritas.
cli-metadata-filled = Metadatos completados desde el archivo: { $fields }
cli-sealed = Paquete { $sequence } sellado: { $path } ({ $bytes } bytes, SHA-256 { $sha256 })
cli-key-registered = Clave de firma { $key_id } registrada para { $country }, huella { $fingerprint }
cli-key-revoked = La clave de firma { $key_id } de { $country } está revocada, huella { $fingerprint }
cli-secretariat-summary = Archivo consolidado { $path }: paquetes: { $submissions }; países: { $countries }
cli-mirror-summary = { $count } diferencia(s) entre lo que los países informan unos de otros.
cli-package-imported = { $file }: paquete { $sequence } de { $country } importado, { $cells } celdas (SHA-256 { $sha256 }).
cli-package-already-imported = { $file }: ya se importó el { $date }; no se cambió nada.
cli-package-superseded = { $file }: el paquete { $sequence } es anterior al paquete { $latest }, ya importado; no se cambió nada.

# Paquetes de cuestionario
cli-pack-preview = Paquete de cuestionario { $version } para { $country }, ciclo { $cycle } ({ $status ->
    [new] nuevo
    [already_imported] ya importado
    [outdated] más antiguo que el paquete en uso
   *[version_conflict] misma versión que el paquete en uso, contenido distinto
}): definición versión { $definition_version } ({ $definition_hash }), { $prefilled } valores aceptados para completar celdas vacías, población para { $years }.
cli-pack-population = Población { $year }: { $value }
cli-pack-population-changed = Población { $year }: { $value } (el espacio de trabajo tiene { $current } ahora)
ui-pack-population-figure = { $year }: { $value }
ui-pack-population-changed = { $year }: { $value } (ahora { $current })
cli-pack-migration = La nueva definición conserva { $kept } celdas, traslada { $moved } y descarta { $dropped }; tablas nuevas: { $tables }; { $codes } códigos nuevos.
cli-pack-moved = { $from } pasa a { $to }
cli-pack-dropped = { $cell } se descarta y se guarda en la lista de valores descartados (sicremi dropped)
cli-pack-needs-yes = La nueva definición traslada o descarta valores. Revise la lista anterior y vuelva a ejecutar la importación con --yes.
cli-definition-upgrade = El cuestionario de este programa es la versión { $to }; el espacio de trabajo usa la versión { $from }.
cli-definition-upgraded = El espacio de trabajo usa ahora la versión { $version } del cuestionario: { $moved } valor(es) movido(s), { $dropped } descartado(s) (sicremi dropped los lista).
cli-definition-needs-yes = El cuestionario más reciente mueve o descarta valores. Revise la lista de arriba y vuelva a ejecutar la actualización con --yes.
cli-pack-imported = Paquete de cuestionario { $version } importado: definición versión { $definition_version }, { $prefilled } celdas vacías completadas con valores aceptados, { $moved } trasladadas, { $dropped } descartadas.
cli-pack-already-imported = El paquete de cuestionario { $version } ya estaba importado; no cambió nada.
cli-pack-issued = Paquete de cuestionario { $version } para { $country } escrito en { $path }: { $cells } valores aceptados, población para { $years } (SHA-256 { $sha256 }). Los corresponsales deben confiar en esta clave de firma:
cli-dropped-none = No se descartó ningún valor.
cli-dropped-item = { $table } { $item }: { $value } (descartado el { $date })
cli-demo-pack = Paquete de cuestionario { $version } importado desde { $path }.

## Errores

# Un mensaje por código de error: el id es "error-" seguido del código con los puntos
# cambiados por guiones. Las variables son los parámetros del error; ver en.ftl.

error-unknown = La operación falló: { $detail }
error-detail = Detalle técnico (en inglés): { $detail }

# Archivos de datos (espacio de trabajo y archivo consolidado)
error-store-open_failed = No se puede abrir { $path }. Compruebe que la carpeta existe y que tiene permiso para escribir en ella, y vuelva a intentarlo.
error-store-not_a_database = { $path } no es un archivo de datos de SICREMI Collect. Elija otro archivo o restaure este desde una copia de seguridad.
error-store-corrupt = { $path } está dañado. Deje de usarlo y restáurelo desde una copia de seguridad.
error-store-wrong_file_kind = { $path } es { $found ->
        [workspace] el espacio de trabajo de un corresponsal
        [consolidated] el archivo consolidado de la secretaría
       *[other] una base de datos de otro programa
    }, no { $expected ->
        [workspace] el espacio de trabajo de un corresponsal
       *[consolidated] el archivo consolidado de la secretaría
    }. Elija el archivo correcto.
error-store-newer_schema = { $path } fue escrito por una versión más reciente de SICREMI Collect (formato de datos { $found }; esta versión lee hasta el { $supported }). Instale la versión más reciente para abrirlo.
error-store-disk_full = El disco que contiene { $path } está lleno, por lo que el último cambio no se guardó. Libere espacio en el disco y repita el cambio; todo lo guardado antes está intacto.
error-store-locked = Otro programa está usando { $path }. Cierre la otra ventana de SICREMI Collect que lo usa y vuelva a intentarlo.
error-store-read_only = { $path } es de solo lectura. Muévalo a una carpeta en la que pueda escribir o cambie sus permisos.
error-store-io = Falló la lectura o escritura de { $path }. Revise el disco o la unidad de red y vuelva a intentarlo.
error-store-invalid_argument = SICREMI Collect intentó guardar un valor no válido ({ $field }) y no se guardó nada. Comunique este mensaje a la secretaría de SICREMI.
error-store-invalid_stored_row = Un registro de la tabla «{ $table }» de { $path } no es válido porque otro programa modificó el archivo. Restáurelo desde una copia de seguridad.
error-store-sequence_not_reserved = El número de envío { $sequence } nunca se reservó en { $path } (el último número reservado es { $reserved }). Vuelva a sellar el paquete.
error-store-submission_not_found = No hay ningún envío registrado con el identificador de paquete { $package_id } en { $path }.
error-store-unknown_key = La clave de firma { $key_id } no está registrada. Registre la clave pública del corresponsal antes de importar sus paquetes.
error-store-key_already_registered = La clave de firma { $key_id } ya está registrada, así que no se cambió nada.
error-store-package_id_conflict = El paquete { $package_id } ya se importó con otro contenido, por lo que este archivo se rechaza. Pida al remitente que vuelva a sellar el paquete, lo que le da un nuevo identificador, y verifique de dónde proviene este archivo.
error-store-key_country_mismatch = La clave de firma { $key_id } está registrada para { $key_country }, pero el paquete es de { $package_country }. Rechace el paquete y pida al remitente que lo selle desde el espacio de trabajo de su propio país.
error-store-constraint = No se pudo guardar en { $path } porque los datos contienen un duplicado o una referencia inexistente. Corrija los datos y vuelva a intentarlo.
error-store-sqlite = La base de datos { $path } informó un error. Vuelva a intentarlo y, si se repite, comunique este mensaje a la secretaría de SICREMI.

# Paquetes
error-package-bad_magic = Este archivo no es un paquete de SICREMI. Seleccione un paquete sellado con SICREMI Collect.
error-package-truncated = El paquete está incompleto: tiene { $len } bytes, pero debería tener { $expected }. Vuelva a copiar el archivo que envió el remitente.
error-package-trailing_data = El paquete tiene { $extra } bytes más de los { $expected } esperados. Vuelva a copiar el archivo que envió el remitente.
error-package-too_large = El archivo tiene { $len } bytes, más de los que puede tener un paquete ({ $max } bytes). No es un paquete de SICREMI.
error-package-unsupported_version = El paquete usa la versión de formato { $version }, que esta versión de SICREMI Collect no puede leer. Actualice SICREMI Collect.
error-package-unsupported_suite = El paquete usa el conjunto de cifrado { $suite }, que esta versión de SICREMI Collect no admite. Actualice SICREMI Collect.
error-package-bad_header_length = La cabecera del paquete tiene { $header_len } bytes en lugar de 128. El archivo está dañado o proviene de una versión más reciente de SICREMI Collect.
error-package-reserved_not_zero = La cabecera del paquete contiene datos inesperados. El archivo está dañado o proviene de una versión más reciente de SICREMI Collect.
error-package-invalid_country = El país indicado en la cabecera del paquete (bytes { $bytes }) no es un código de tres letras. El archivo está dañado; pida una nueva copia al remitente.
error-package-invalid_country_code = «{ $value }» no es un código de país válido. Use un código ISO 3166-1 alfa-3 de tres letras mayúsculas, como MEX.
error-package-unknown_payload_type = El tipo de contenido { $value } del paquete no es compatible. Actualice SICREMI Collect.
error-package-payload_too_large = Los datos que se van a sellar tienen { $len } bytes, más de los { $max } bytes que admite un paquete.
error-package-unknown_recipient = El paquete se cifró para la clave { $found }, pero la clave de la secretaría es { $expected }. Pida al remitente que lo vuelva a sellar con la clave pública vigente de la secretaría.
error-package-unknown_sender = El paquete está firmado con la clave { $key_id }, que no está registrada. Registre la clave pública del corresponsal antes de importar sus paquetes.
error-package-sender_lookup_mismatch = La búsqueda de la clave de firma { $requested } devolvió la clave { $returned }, por lo que el registro de claves es incoherente. Comunique este mensaje a la secretaría de SICREMI.
error-package-invalid_encapsulated_key = Los datos de cifrado del paquete no son válidos. El archivo está dañado o fue falsificado; pida una nueva copia al remitente.
error-package-decryption_failed = No se puede descifrar el paquete: se modificó después de sellarlo o está dañado. Pida una nueva copia al remitente.
error-package-bad_signature = La firma del paquete no corresponde a la clave de firma { $key_id }. El paquete fue alterado o firmado con otra clave; no lo acepte.
error-package-encryption_failed = No se pudo cifrar el paquete. Vuelva a intentarlo y, si se repite, comunique este mensaje a la secretaría de SICREMI.
error-package-random_failed = Falló el generador de números aleatorios del sistema operativo. Vuelva a intentarlo; si falla otra vez, haga revisar el sistema operativo.
error-package-io = No se puede leer el archivo de paquete { $path }. Compruebe que existe y que tiene permiso para abrirlo.

# Archivos de clave y archivos de clave pública
error-key-bad_magic = Este archivo no es un archivo de clave de SICREMI. Seleccione el archivo de clave privada que creó SICREMI Collect.
error-key-truncated = El archivo de clave está incompleto: tiene { $len } bytes, pero debería tener { $expected }. Restáurelo desde una copia de seguridad.
error-key-trailing_data = El archivo de clave tiene { $extra } bytes más de los { $expected } esperados. Restáurelo desde una copia de seguridad.
error-key-unsupported_version = El archivo de clave usa la versión de formato { $version }, que esta versión de SICREMI Collect no puede leer. Actualice SICREMI Collect.
error-key-unknown_kind = El archivo de clave contiene una clave de tipo desconocido ({ $value }). El archivo está dañado o no lo escribió SICREMI Collect.
error-key-wrong_kind = Este archivo de clave contiene { $found ->
        [encryption] una clave de cifrado
       *[signing] una clave de firma
    }, pero se necesita { $expected ->
        [encryption] una clave de cifrado
       *[signing] una clave de firma
    }. Seleccione el otro archivo de clave.
error-key-unsupported_kdf = El archivo de clave protege su clave con el método { $value }, que esta versión de SICREMI Collect no admite. Actualice SICREMI Collect.
error-key-kdf_param_out_of_range = El parámetro Argon2 { $param } del archivo de clave vale { $value }, fuera del intervalo permitido de { $min } a { $max }. El archivo está dañado o no lo escribió SICREMI Collect.
error-key-bad_secret_length = La clave del archivo de clave tiene { $len } bytes en lugar de { $min } a { $max }. El archivo está dañado; restáurelo desde una copia de seguridad.
error-key-wrong_passphrase = La frase de contraseña es incorrecta o el archivo de clave está dañado. Compruebe la frase de contraseña y vuelva a intentarlo.
error-key-empty_passphrase = La frase de contraseña está vacía. Escriba la frase de contraseña.
error-key-corrupt_secret = La clave descifrada no es válida o no corresponde a la clave pública del archivo de clave. Restaure el archivo de clave desde una copia de seguridad.
error-key-invalid_pkcs8 = Los datos de la clave de firma no son válidos. Vuelva a exportar la clave.
error-key-bad_public_key_length = La clave pública tiene { $len } bytes en lugar de 32. Pida a su propietario una nueva copia del archivo de clave pública.
error-key-low_order_public_key = Esta clave de cifrado no es válida y no puede recibir paquetes. Obtenga de la secretaría el archivo de clave pública correcto.
error-key-kdf_failed = No se pudo desbloquear la clave con la frase de contraseña. Cierre otros programas para liberar memoria y vuelva a intentarlo; si se repite, comunique este mensaje a la secretaría de SICREMI.
error-key-short_ikm = Los datos para derivar la clave tienen { $len } bytes, menos de 32. Comunique este mensaje a la secretaría de SICREMI.
error-key-public_key_file_too_large = El archivo tiene { $len } bytes, más de los que puede tener un archivo de clave pública ({ $max } bytes). Compruebe que seleccionó un archivo de clave pública.
error-key-public_key_file_invalid = El archivo de clave pública no es válido. Pida una nueva copia a su propietario.
error-key-unsupported_public_key_format = El archivo de clave pública tiene el formato «{ $found }» versión { $version }, que esta versión de SICREMI Collect no puede leer. Obtenga un archivo exportado por SICREMI Collect o actualice SICREMI Collect.
error-key-unknown_public_key_kind = El archivo de clave pública contiene una clave de tipo desconocido («{ $found }»). Obtenga un archivo exportado por SICREMI Collect.
error-key-key_id_mismatch = El archivo de clave pública indica el identificador de clave { $found }, pero su clave tiene el identificador { $expected }. El archivo fue alterado; pida una nueva copia a su propietario.
error-key-fingerprint_mismatch = El archivo de clave pública indica la huella { $found }, pero su clave tiene la huella { $expected }. El archivo fue alterado; pida una nueva copia a su propietario.
error-key-invalid_label = La etiqueta de la clave puede tener como máximo { $max } caracteres, sin saltos de línea ni otros caracteres de control. Acorte el nombre o la institución.
error-key-already_exists = El archivo de clave { $path } ya existe. Elija otra carpeta o mueva antes el archivo anterior a otro lugar.
error-key-io = No se puede leer ni escribir el archivo de clave { $path }. Compruebe que existe y que tiene permiso para abrirlo.
error-key-random_failed = Falló el generador de números aleatorios del sistema operativo. Vuelva a intentarlo; si falla otra vez, haga revisar el sistema operativo.
error-signature-invalid = La firma no corresponde a la clave de firma { $key_id }. Los datos fueron alterados o firmados con otra clave.

# Definición del cuestionario y nombres de países
error-definition-json = La definición del cuestionario no es un JSON válido (línea { $line }, columna { $column }). El archivo se editó a mano o está cortado; vuelva a instalar SICREMI Collect.
error-definition-format = La definición del cuestionario tiene el formato «{ $found }», pero esta versión de SICREMI Collect lee «{ $expected }». Instale la versión correspondiente.
error-definition-invalid = La definición del cuestionario es incoherente en { $location }. Corrija el archivo de definición o vuelva a instalar SICREMI Collect.
error-definition-no_upgrade = El espacio de trabajo ya usa el cuestionario de este programa, o lo rige un paquete de cuestionario de la secretaría. No hay nada que actualizar.
error-definition-confirmation_required = El cuestionario más reciente mueve { $moved } y descarta { $dropped } valor(es). Revise la lista de cambios y luego confirme la actualización.
error-codes-name_empty = El nombre del país está vacío. Escriba un nombre o elija el país en la lista.
error-codes-name_not_found = Ningún país se llama «{ $name }». Revise la ortografía o elija el país en la lista.
error-codes-name_ambiguous = «{ $name }» puede referirse a más de un país ({ $candidates }). Elija el país en la lista.
error-codes-language_unsupported = El idioma «{ $tag }» no está disponible. Use inglés (en), español (es), portugués (pt) o francés (fr).

# Hojas de cálculo y archivos CSV
error-sheets-io = No se puede leer { $path }. Compruebe que el archivo existe y que no está abierto en otro programa.
error-sheets-file_too_large = { $name } tiene { $size } bytes, más de los { $max } bytes que admite una importación. Divida el archivo o quite las hojas que no se necesitan.
error-sheets-too_many_records = { $name } tiene más de { $max } líneas de datos. Divida el archivo.
error-sheets-unsupported_format = { $name } no es una hoja de cálculo que SICREMI Collect pueda leer. Guárdela como .xlsx, .xls u .ods.
error-sheets-password_protected = { $name } está protegido con contraseña. Ábralo en su programa de hojas de cálculo, quite la contraseña y guarde una copia para importarla.
error-sheets-corrupt = { $name } está dañado o no es una hoja de cálculo válida. Ábralo en su programa de hojas de cálculo y vuelva a guardarlo.
error-sheets-archive_too_large = { $name } se descomprime en { $uncompressed } bytes, más de los { $max } bytes que admite una importación. El archivo fue rechazado.
error-sheets-compression_ratio = La parte { $entry } de { $name } está comprimida en una proporción de { $ratio } a 1, más que los { $max } a 1 de una hoja de cálculo real. El archivo parece hecho para agotar la memoria y fue rechazado.
error-sheets-too_many_parts = { $name } contiene { $entries } partes, más de las { $max } que necesita una hoja de cálculo. El archivo fue rechazado.
error-sheets-sheet_too_large = La celda { $cell } de la hoja «{ $sheet }» está fuera de las { $max_rows } filas y { $max_columns } columnas que lee una importación. Borre el contenido de esa celda y de las que siguen, y vuelva a guardar el archivo.
error-sheets-too_many_cells = { $name } contiene más de { $max } celdas. Quite las hojas que no se necesitan o divida el archivo.
error-sheets-too_many_blocks = { $name } tiene más de { $max } bloques de tabla. No es una plantilla exportada por SICREMI Collect; exporte una plantilla nueva.
error-sheets-table_layout = La tabla { $table } tiene una estructura que esta importación no puede llenar ({ $detail }). Instale la versión de SICREMI Collect que corresponde al cuestionario.
error-sheets-unknown_age_group = La edad «{ $value }» no cabe en un solo grupo de edad de SICREMI (0–14, 15–24, 25–34, 35–44, 45–54, 55–64, 65 y más). Verifique que el archivo sea la exportación de RENAPER sin modificar.
error-sheets-header = { $name } no tiene las columnas esperadas. Faltan: { $missing }. Sobran: { $unexpected }. La primera línea debe ser: { $expected }.
error-sheets-not_a_template = { $name } no es una plantilla de SICREMI. Exporte una plantilla desde SICREMI Collect y copie las cifras en ella.
error-sheets-missing_table = El cuestionario no tiene la tabla { $table }. Actualice SICREMI Collect a una versión cuyo cuestionario la incluya.
error-sheets-no_data = { $name } no tiene líneas de datos. Compruebe que es el archivo correcto.
error-sheets-invalid_reference_date = «{ $value }» no es una fecha con el formato AAAA-MM-DD. Escriba una fecha como 2023-01-31.
error-sheets-invalid = No se importó nada de { $name }. Problemas encontrados: { $truncated ->
        [true] { $count } o más
       *[other] { $count }
    }. El primero está { $location_kind ->
        [line] en la línea { $location }
       *[cell] en la celda { $location }
    }. Corrija los problemas en el archivo y vuelva a importarlo.
error-sheets-unknown_table = La tabla { $table } no está en el cuestionario. Elija una de sus tablas.
error-sheets-unknown_language = El idioma «{ $lang }» no está disponible para los libros de cálculo. Use en, es, pt o fr.
error-sheets-text_too_long = La nota de la celda { $key } de la tabla { $table } tiene { $chars } caracteres, más de los { $max } que admite una celda de Excel. Acorte la nota.
error-sheets-export_too_many_rows = La hoja { $sheet } necesitaría { $rows } filas, más de las { $max } que permite Excel. Exporte menos países a la vez.
error-sheets-write_failed = No se pudo escribir el libro de cálculo. Compruebe que la carpeta existe, que tiene permiso para escribir en ella y que el archivo no está abierto en otro programa.

# Valores incorrectos de un archivo importado: el problema que error-sheets-invalid nombra como el primero
error-sheets-not_whole_number = «{ $value }» no es un número entero. Escriba la cantidad solo con cifras, como 27630 o 27 630.
error-sheets-ambiguous_separator = «{ $value }» es ambiguo, porque «.» y «,» separan los miles en algunos idiomas y los decimales en otros. Escriba el número sin separadores, como 1234.
error-sheets-not_a_number = «{ $value }» no es un número. Escriba un número entero, o deje la celda vacía e indique el motivo con un estado en la hoja de notas.
error-sheets-number_too_large = { $value } es mayor que { $max }, la mayor cantidad que una hoja de cálculo guarda con exactitud. Revise la cifra.
error-sheets-not_a_count = «{ $value }» no es una cantidad. Escriba un número entero igual o mayor que 0, solo con cifras.
error-sheets-error_value = La celda contiene el valor de error { $value }. Reemplácelo por un número o deje la celda vacía.
error-sheets-wrong_type = La celda contiene { $found ->
        [logical] un valor lógico (VERDADERO o FALSO)
        [date] una fecha
        [duration] una duración
       *[other] un valor de otro tipo
    } donde corresponde un número o un código. Escriba el número o el código como cifras o texto simple.
error-sheets-empty_field = La columna { $column } está vacía. Cada línea necesita un valor en ella.
error-sheets-unknown_sex = El sexo «{ $value }» no es MUJER, VARON ni X, los tres valores del archivo del RENAPER. Compruebe que el archivo es la exportación del RENAPER sin modificar.
error-sheets-unknown_country = SICREMI no conoce el nombre de país «{ $value }». Si el organismo lo publica así, envíe el nombre a la secretaría de SICREMI para que lo agregue.
error-sheets-ambiguous_country = El nombre de país «{ $value }» puede referirse a { $candidates }. Pregunte al organismo a qué país se refiere y envíe la respuesta a la secretaría de SICREMI.
error-sheets-total_record = «{ $value }» es una línea de total. SICREMI Collect calcula los totales por sí mismo, así que quite la línea.
error-sheets-field_count = La línea tiene { $found } campos en lugar de { $expected }. Compruebe que ningún campo contenga una coma fuera de las comillas.
error-sheets-invalid_utf8 = La línea no es texto UTF-8 válido. Guarde el archivo como UTF-8 y vuelva a importarlo.
error-sheets-duplicate_record = La línea repite la línea { $first_line } (misma provincia, país, sexo y grupo de edad), por lo que su cantidad se sumaría dos veces. Quite una de las dos líneas.
error-sheets-unknown_code = «{ $value }» no es un código válido de { $dimension ->
        [nationality] nacionalidad
        [sex] sexo
        [category] categoría
        [year] año
        [stock_date] fecha de referencia
       *[other] { $dimension }
    }. Use un código de la plantilla o elija la entrada en la lista.
error-sheets-missing_row_code = La fila contiene cifras, pero no tiene código de { $dimension ->
        [nationality] nacionalidad
        [sex] sexo
        [category] categoría
        [year] año
        [stock_date] fecha de referencia
       *[other] { $dimension }
    } en la columna A. Elija la entrada de la columna B en la lista o escriba su código en la columna A.
error-sheets-missing_column_code = La columna contiene cifras, pero no tiene código de { $dimension ->
        [nationality] nacionalidad
        [sex] sexo
        [category] categoría
        [year] año
        [stock_date] fecha de referencia
       *[other] { $dimension }
    } en la fila 3. Vuelva a poner el código o mueva las cifras.
error-sheets-duplicate_code = El código { $code } está repetido; aparece por primera vez en { $first }. Deje una sola fila o columna por código.
error-sheets-invalid_slice = «{ $value }» no es { $dimension ->
        [year] un año válido
        [stock_date] una fecha de referencia válida
       *[other] un valor válido de { $dimension }
    }. Escriba uno como { $example }.
error-sheets-duplicate_slice = { $slice } ya está completado en la hoja «{ $first_sheet }». Deje una sola hoja o bloque por corte, o combine los dos.
error-sheets-unknown_status = «{ $value }» no es un código válido de { $field ->
        [obs_status] estado de la observación
        [conf_status] estado de confidencialidad
       *[other] estado
    }. Use uno de estos: { $allowed }.
error-sheets-duplicate_note = La celda { $key } ya tiene una línea en { $first }. Deje una sola línea por celda.
error-sheets-unknown_field = «{ $value }» no es una pregunta de metadatos de esta tabla. Mantenga los códigos de la columna A tal como se exportaron.
error-sheets-unknown_choice = «{ $value }» no es una respuesta a la pregunta { $field }. Use una de estas: { $allowed }.

# Valores escritos y pegados
error-input-ambiguous_separator = «{ $value }» contiene «.» o «,». Escriba el número entero de personas sin separadores, como 1234.
error-input-not_a_number = «{ $value }» no es un número entero. Escriba solo cifras, o deje la celda vacía y elija un estado.
error-input-too_large = «{ $value }» es demasiado grande para una cantidad de personas. Revise la cifra.
error-input-invalid_choice = «{ $value }» no es una de las respuestas de esta pregunta. Elija una de: { $choices }.
error-input-invalid_date = «{ $value }» no es una fecha válida. Escríbala como AAAA-MM-DD, por ejemplo 2023-12-31.
error-input-text_too_long = La respuesta tiene más de { $max } caracteres. Acórtela.
error-input-unknown_status = «{ $value }» no es un estado del cuestionario. Elija uno de la lista.
error-input-note_too_long = La nota tiene más de { $max } caracteres. Acórtela o ponga el detalle en las notas de la tabla.
error-input-unknown_table = «{ $value }» no es una tabla del cuestionario. Elija una tabla de la lista.
error-input-unknown_field = «{ $value }» no es una pregunta de metadatos del cuestionario. Elija una pregunta del formulario.
error-input-unknown_finding = La observación { $value } ya no se aplica porque las cifras cambiaron. Vuelva a revisar la lista de observaciones.
error-input-not_a_warning = Solo se pueden justificar las advertencias. Corrija el error en la tabla.
error-input-unknown_cell = «{ $value }» no es una celda de la tabla { $table }. Sus códigos de celda van en este orden, separados por dos puntos: { $shape }.
error-input-block_rejected = Valores pegados rechazados: { $count }. No se cambió nada; corrija los valores y vuelva a pegarlos.

# Configuración, sellado e importación de paquetes
error-setup-unknown_country = «{ $value }» no es un código de país ISO 3166-1 alfa-3. Use un código como ARG para Argentina.
error-setup-already_exists = { $path } ya contiene una configuración de SICREMI Collect. Ábrala o elija otra carpeta.
error-setup-no_workspace = { $path } no contiene ningún espacio de trabajo de corresponsal. Cree uno primero o pruebe la demostración.
error-setup-no_secretariat = { $path } no contiene ninguna clave de la secretaría. Cree una primero o pruebe la demostración.
error-setup-definition_changed = El espacio de trabajo se completó con una versión del cuestionario distinta de la instalada. Instale la versión de SICREMI Collect con la que se creó.
error-setup-not_a_signing_key = Este archivo contiene una clave de cifrado, no la clave de firma de un corresponsal. Pida al corresponsal el archivo de clave pública que exportó SICREMI Collect.
error-setup-passphrase_too_short = La frase de contraseña necesita al menos { $min } caracteres. Unas cuantas palabras se recuerdan mejor que los símbolos.
error-setup-no_data_dir = No se encontró ninguna carpeta de datos para este usuario. Elija una con --data-dir o con la variable de entorno SICREMI_DATA_DIR.
error-seal-blocked = Todavía no se puede sellar el paquete. Errores: { $errors }. Advertencias sin justificar: { $warnings }. Corrija los errores y justifique las advertencias en la lista de observaciones; después, vuelva a sellar.
error-seal-file_exists = { $path } ya existe y no se reemplaza. Elija otro nombre de archivo o una carpeta.
error-seal-no_secretariat_key = Aún no se ha marcado como de confianza ninguna clave de cifrado de la secretaría. Importe primero el archivo de clave pública de la secretaría.
error-import-wrong_questionnaire = { $path } se selló para una versión del cuestionario o un ciclo de reporte distintos de los que acepta esta secretaría. Pida al corresponsal que actualice SICREMI Collect y vuelva a sellar.
error-import-unknown_sender = El paquete está firmado con la clave { $key_id }, que no está registrada. Registre primero la clave pública del corresponsal.
error-import-revoked_sender = El paquete está firmado con la clave { $key_id }, que fue revocada, por lo que el paquete se rechazó, cualquiera que sea la fecha que indique.
error-import-wrong_country = Las cifras son de { $country }, pero se esperaba otro país, por lo que no se importó nada. Compruebe que eligió el archivo correcto.
error-payload-invalid = El contenido del paquete no es un envío válido. Pida al corresponsal que lo vuelva a sellar con SICREMI Collect.
error-payload-wrong_questionnaire = El paquete responde a la versión { $version } del cuestionario, no a la que usa esta instalación. Pida al corresponsal que actualice SICREMI Collect y vuelva a sellar.

# Archivos en general
error-io-not_found = { $path } no existe. Revise la ruta y vuelva a intentarlo.
error-io-permission_denied = No tiene permiso para abrir { $path }. Elija otra ubicación o pida acceso a su administrador.
error-io-disk_full = El disco está lleno, por lo que no se pudo escribir { $path }. Libere espacio en el disco y vuelva a intentarlo.
error-io-failed = No se pudo leer o escribir un archivo. Revise la ruta y el disco, y compruebe que el archivo no está abierto en otro programa; luego vuelva a intentarlo.
error-io-too_large = El archivo es demasiado grande para ser un archivo de clave. Compruebe que seleccionó el archivo correcto.


# Paquetes de cuestionario
error-pack-bad_magic = Este archivo no es un paquete de cuestionario de SICREMI. Seleccione el archivo de paquete que envió la secretaría.
error-pack-truncated = El paquete de cuestionario está incompleto: tiene { $len } bytes, pero debería tener al menos { $expected }. Vuelva a copiar el archivo que envió la secretaría.
error-pack-trailing_data = El paquete de cuestionario tiene { $extra } bytes de más después de los { $expected } esperados. Vuelva a copiar el archivo que envió la secretaría.
error-pack-too_large = El paquete de cuestionario tiene { $len } bytes, más que el máximo de { $max }. No es un paquete válido.
error-pack-unsupported_version = Este paquete de cuestionario tiene la versión de formato { $version }, que esta versión de SICREMI Collect no puede leer. Actualice SICREMI Collect.
error-pack-unknown_signer = El paquete de cuestionario está firmado con la clave { $key_id }, en la que este espacio de trabajo no confía. Confíe en el archivo de la clave de firma de la secretaría después de verificar su huella por teléfono.
error-pack-signature = La firma del paquete de cuestionario no corresponde a la clave { $key_id } de la secretaría: el archivo fue alterado o está dañado. No lo use; pida a la secretaría una copia nueva.
error-pack-io = No se puede leer { $path }. Compruebe la ruta e inténtelo de nuevo.
error-pack-invalid = El contenido del paquete de cuestionario no es válido. Pida a la secretaría un paquete nuevo.
error-pack-invalid_population = La cifra de población «{ $value }» no es válida. Indique un año de cuatro cifras y un número positivo, por ejemplo 2023=46000000.
error-pack-wrong_country = { $path } es el paquete de cuestionario de { $country }, no del país de este espacio de trabajo. Pida a la secretaría el paquete de su país.
error-pack-confirmation_required = La nueva definición del cuestionario traslada o descarta valores. Revise los cambios y confirme la importación.
error-pack-file_exists = { $path } ya existe y no se reemplaza. Elija otro nombre de archivo.
error-setup-own_signing_key = Este archivo contiene la propia clave de firma del espacio de trabajo, no una clave de la secretaría. Pida a la secretaría sus archivos de clave pública.
error-import-unknown_pack = { $path } responde al paquete de cuestionario { $version }, que esta secretaría no emitió con ese contenido. El paquete se rechaza.
error-store-pack_outdated = El paquete de cuestionario { $version } es más antiguo que el paquete { $current }, que { $path } ya usa. Importe el paquete más reciente que envió la secretaría.
error-store-pack_version_conflict = { $path } ya contiene otro paquete de cuestionario con la versión { $version }. El paquete se rechaza; pregunte a la secretaría cuál es el archivo correcto.

## Pantallas de la aplicación

ui-sides = Partes del intercambio
ui-side-correspondent = Corresponsal
ui-side-secretariat = Secretaría
ui-correspondent-sections = Secciones del espacio de trabajo
ui-tab-overview = Resumen
ui-tab-tables = Cuadros
ui-tab-findings = Observaciones
ui-tab-import = Importar y exportar
ui-tab-seal = Sellar y enviar
ui-working = Procesando…
ui-save = Guardar
ui-saved = Guardado.
ui-add = Agregar
ui-none = (ninguno)
ui-required = obligatorio
ui-import = Importar
ui-export = Exportar
ui-file = Archivo
ui-file-path = Ruta del archivo
ui-file-written = Guardado en { $path }.
ui-country = País
ui-choose-country = Elija un país
ui-institution = Institución
ui-your-name = Su nombre
ui-passphrase = Frase de contraseña
ui-passphrase-confirm = Repita la frase de contraseña
ui-passphrase-hint = Al menos { $min } caracteres. Protege su clave y nadie puede recuperarla por usted.
ui-passphrase-mismatch = Las dos frases de contraseña no coinciden.

# Primer inicio
ui-demo-heading = Probar la demostración
ui-demo-intro = Crea una secretaría y un corresponsal de demostración en esta computadora, para que pueda completar, sellar e importar un paquete por su cuenta.
ui-demo-create = Crear la demostración
ui-deploy-heading = Configurar como corresponsal
ui-deploy-intro = Crea su espacio de trabajo y su clave de firma. Después, importe el archivo de clave pública que le envíe la secretaría.
ui-deploy-create = Crear mi espacio de trabajo
ui-secretariat-setup-heading = Configurar la secretaría
ui-secretariat-setup-intro = Solo para la secretaría. Crea en esta computadora la clave de cifrado de la secretaría y un archivo consolidado vacío. Después, envíe el archivo de clave pública a cada corresponsal y registre el archivo de clave pública que cada corresponsal le envíe.
ui-secretariat-setup-create = Crear la secretaría

# Resumen
ui-overview-heading = Resumen
ui-correspondent = Corresponsal
ui-cycle = Ciclo de reporte
ui-signing-key = Huella de su clave de firma
ui-secretariat-key = Huella de la clave de la secretaría
ui-secretariat-key-missing = Todavía no se importó la clave de la secretaría.
ui-fingerprint-hint = Lea las huellas a la secretaría por teléfono para confirmar que ambas partes tienen las claves correctas.
ui-trust-key-label = Ruta del archivo de clave pública de la secretaría
ui-trust-key-action = Importar la clave
ui-trusted-key = Se importó la clave de la secretaría. Su huella es { $fingerprint }.
ui-export-key-label = Guardar su archivo de clave pública de firma para la secretaría en
ui-export-key-action = Guardar el archivo de clave
ui-tables-heading = Cuadros
ui-table = Cuadro
ui-periods = Períodos con cifras
ui-progress = Completado
ui-filled-of = { $filled } de { $expected } celdas
ui-no-figures = Aún sin cifras
ui-warnings-unjustified = { $warnings } ({ $unjustified } sin justificación)
ui-submissions-heading = Envíos
ui-submissions-empty = Todavía no se selló ningún paquete.
ui-sequence = Número
ui-created-at = Sellado el
ui-package-id = ID del paquete

# Editor de cuadros
ui-editor-heading = Cuadros
ui-add-reference-date = Agregar una fecha de referencia
ui-no-reference-date = Este cuadro todavía no tiene fecha de referencia. Agregue una para empezar.
ui-grid-hint = Las flechas y el tabulador mueven la selección; escribir o Intro edita; Intro o el tabulador guardan; Escape cancela. Puede pegar un bloque copiado de una hoja de cálculo.
ui-add-row = Agregar una fila ({ $dimension })
ui-row-not-found = «{ $name }» no está en la lista. Elija una de las sugerencias.
ui-paste-outside = El bloque pegado ({ $rows } filas, { $columns } columnas) no cabe en el cuadro a partir de la celda seleccionada. Agregue filas primero o seleccione otra celda.
ui-cell-details-heading = Celda seleccionada
ui-obs-status = Estado de la observación
ui-conf-status = Confidencialidad
ui-note = Nota
ui-metadata-heading = Metadatos del cuadro

# Observaciones
ui-findings-heading = Observaciones
ui-findings-empty = No hay observaciones: las cifras superan todas las verificaciones.
ui-count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
ui-count-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
} ({ $unjustified } sin justificación)
ui-count-notes = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
ui-justification = Justificación
ui-justified = Justificada

# Importar y exportar
ui-import-heading = Importar y exportar
ui-renaper-heading = Archivo de extranjeros del RENAPER (Argentina)
ui-renaper-intro = Importa el stock de residentes extranjeros por nacionalidad y sexo en el cuadro T9, a la fecha de referencia.
ui-reference-date = Fecha de referencia
ui-template-import-heading = Importar una plantilla completada
ui-template-export-heading = Exportar una plantilla
ui-import-summary = { $file }: { $rows } líneas leídas, { $cells } celdas guardadas.
ui-import-metadata-filled = Estas respuestas de metadatos se completaron a partir del archivo:
ui-import-names-merged = Varios nombres del archivo corresponden a { $code } ({ $names }); sus cantidades se sumaron.
ui-import-questionnaire-mismatch = La plantilla proviene de otra versión del cuestionario. Sus códigos se verificaron con la versión actual.
ui-import-ambiguous-symbol = { $location } muestra «{ $symbol }», que corresponde a varios estados ({ $statuses }), y la hoja de estados no indica ninguno. La celda quedó como estaba; elija su estado en la hoja de estados e importe de nuevo.
ui-import-symbol-conflict = { $location } muestra «{ $symbol }», pero la hoja de estados da a la celda el estado { $status }. Se siguió la hoja de estados.

# Sellado
ui-seal-heading = Sellar y enviar
ui-seal-intro = Al sellar, sus cifras se firman con su clave y se cifran para la secretaría. Envíe el archivo sellado a la secretaría por correo electrónico o en una memoria USB.
ui-seal-allowed = Todas las verificaciones se superaron, así que el paquete se puede sellar.
ui-seal-blocked = No se puede sellar. Errores: { $errors }. Advertencias sin justificar: { $warnings }. Corrija los errores y justifique las advertencias en la lista de observaciones.
ui-seal-destination = Carpeta o archivo del paquete
ui-seal-action = Sellar el paquete
ui-seal-done = El paquete está sellado.
ui-seal-send-hint = Comunique a la secretaría el número y el SHA-256 por teléfono, para que pueda verificar el archivo que recibe.

# Secretaría
ui-secretariat-heading = Secretaría
ui-encryption-key = Huella de la clave de cifrado
ui-package-import-heading = Importar paquetes
ui-package-paths = Rutas de los archivos de paquete, una por línea
ui-secretariat-passphrase = Frase de contraseña de la clave de la secretaría
ui-package-imported = Importado: { $country }, paquete número { $sequence }, { $cells } celdas.
ui-package-already-imported = Este paquete ya se importó el { $date }; no se modificó nada.
ui-package-superseded = El paquete número { $sequence } es anterior al número { $latest }, que ya está importado; no se modificó nada.
ui-package-findings = Observaciones de la verificación de la secretaría: { $count } ({ $justified } justificadas por el corresponsal).
ui-package-digest = SHA-256 del archivo, para comparar por teléfono con el remitente: { $sha256 }
ui-date-placeholder = AAAA-MM-DD
ui-country-view-heading = Cifras de un país
ui-country-view-empty = Ningún país envió cifras todavía.
ui-country-view-no-data = Este país no envió cifras para este cuadro.
ui-imported-at = Importado el
ui-imported-empty = Todavía no se importó ningún paquete.
ui-current = Vigente
ui-consolidated-heading = Libro consolidado
ui-consolidated-done = { $count ->
    [one] { $count } país guardado en { $path }.
   *[other] { $count } países guardados en { $path }.
}
ui-keys-heading = Claves de corresponsales registradas
ui-fingerprint = Huella
ui-label = Etiqueta
ui-revoked = Revocada
ui-revoke = Revocar
ui-register-key-label = Ruta del archivo de clave pública del corresponsal
ui-register-key-action = Registrar la clave
ui-key-registered = Se registró la clave de { $country }. Su huella es { $fingerprint }.
ui-export-secretariat-key-label = Guardar el archivo de clave pública de la secretaría para los corresponsales en
ui-secretariat-next-steps = Todavía no hay ninguna clave de corresponsal registrada. Envíe a cada corresponsal el paquete de confianza firmado con la clave raíz (o los archivos de clave pública de la secretaría) y léale las huellas por teléfono. Luego verifique y registre la solicitud de inscripción que cada corresponsal le envíe.

# Segmentos, estados de celda, indicador del BID y justificaciones vistas por la secretaría
ui-status-replaces-number = Este estado indica que falta la cifra, pero la celda tiene una. Borre la cifra o elija otro estado.
ui-finding-info = Solo informativo: no impide sellar.
ui-idb-heading = Indicador del BID
ui-idb-status = Resultado
ui-idb-status-value = { $status ->
    [eligible] Igual o superior al umbral
    [not_eligible] Por debajo del umbral
    [no_population] No calculado: falta la cifra de población
    [incomplete] No calculado: faltan entradas de algunos años
    [units_differ] No calculado: los cuadros cuentan unidades distintas
   *[other] { $status }
}
ui-idb-years = Años
ui-idb-inflows = Inmigrantes de América Latina y el Caribe
ui-idb-population = Población
ui-idb-percent = Proporción de la población
ui-idb-percent-value = { $percent } % (umbral { $threshold } %)
ui-idb-none = Aún no calculado.
ui-idb-hint = Se calcula a partir de sus cifras de entradas y de las cifras de población de la secretaría. No se puede editar.
ui-submission-findings = { $count ->
    [0] Sin observaciones
    [one] { $count } observación
   *[other] { $count } observaciones
}
ui-submission-findings-empty = Los controles de la secretaría no encontraron nada en este paquete.
ui-correspondent-justification = Justificación del corresponsal
ui-justified-at = Escrita el { $date }
ui-justification-values = Valores cuando se escribió
ui-justification-outdated = Los valores cambiaron después de escribir esta justificación, por lo que ya no cubre la observación.
ui-justification-missing = Sin justificación.
ui-pack-heading = Paquete de cuestionario
ui-pack-hint = La secretaría envía un paquete firmado en cada ciclo: el cuestionario, las cifras suyas que aceptó la última vez y las cifras de población. Examínelo primero; nada cambia hasta que lo importe.
ui-pack-path = Ruta del archivo del paquete
ui-pack-inspect = Examinar
ui-pack-version = Versión del paquete
ui-pack-version-value = { $version } (la suya ahora: { $current })
ui-pack-issued-at = Emitido
ui-pack-status = Estado
ui-pack-status-value = { $status ->
    [new] Nuevo: se puede importar
    [already_imported] Ya importado
    [outdated] Más antiguo que el paquete que tiene: no se puede importar
    [version_conflict] Misma versión que el paquete que tiene, pero otro archivo: consulte a la secretaría
   *[other] { $status }
}
ui-pack-definition = Cuestionario
ui-pack-definition-value = { $changed ->
    [yes] versión { $version }, distinta de la que usa
   *[no] versión { $version }, la que usa
}
ui-pack-prefilled = Cifras aceptadas que llenan celdas vacías
ui-pack-population = Años con cifra de población
ui-pack-signing-key = Clave de firma de la secretaría
ui-pack-migration-heading = Cambios en sus cifras
ui-pack-migration-summary = { $kept } valores quedan donde están, { $moved } se mueven y { $dropped } se descartan. Los valores descartados siguen visibles en este panel.
ui-pack-new-tables = Cuadros nuevos: { $tables }
ui-pack-confirm = He leído los cambios anteriores y quiero importar el paquete.
ui-upgrade-heading = Hay un cuestionario más reciente
ui-upgrade-intro = Esta versión de SICREMI Collect trae la versión { $to } del cuestionario; su espacio de trabajo se completó con la versión { $from }. Nada cambia hasta que la aplique. Los valores que la nueva versión ya no pide siguen visibles en la lista de valores descartados.
ui-upgrade-apply = Aplicar el cuestionario más reciente
ui-upgrade-confirm = He leído los cambios anteriores y quiero aplicar el cuestionario más reciente.
ui-pack-import = Importar el paquete
ui-pack-imported = Paquete versión { $version } importado: { $prefilled } celdas llenadas, { $moved } valores movidos, { $dropped } descartados.
ui-pack-already-imported = El paquete versión { $version } ya estaba importado; nada cambió.
ui-dropped-heading = Valores descartados por cambios del cuestionario
ui-dropped-item = Celda o pregunta
ui-dropped-value = Valor
ui-dropped-at = Descartado el
ui-pack-issue-heading = Emitir un paquete de cuestionario
ui-pack-population-input = Población por año, por ejemplo 2023=46000000, 2024=46500000
ui-pack-population-invalid = «{ $entry }» no es un año con una población, como 2023=46000000.
ui-pack-issue = Emitir el paquete
ui-pack-issue-done = Paquete versión { $version } para { $country } escrito en { $path }, con { $cells } celdas aceptadas.

# Errores de la aplicación de escritorio
error-input-missing_path = No se indicó ninguna ruta. Escriba la ruta del archivo o de la carpeta.

## Claves, inscripción, paquetes de confianza, acuses de recibo e importación por lotes

cli-receipt-written = Acuse de recibo escrito en { $path }
cli-root-key = Clave raíz { $key_id }, huella { $fingerprint }
cli-enrollment = Solicitud de inscripción para { $country }: { $name } ({ $institution }), clave { $key_id }
cli-fingerprint = Huella, para leer en voz alta por teléfono: { $fingerprint }
cli-file = Archivo: { $path }
cli-key-validity = Válida desde { $from } hasta { $to }
cli-bundle = Paquete de confianza versión { $version }, firmado el { $issued }, vence el { $expires }
cli-bundle-key-period = válida desde { $from } hasta { $to }
cli-bundle-already-imported = Este paquete de confianza ya se había importado; no cambió nada.
cli-receipt = Acuse de recibo del paquete { $package_id } (número { $sequence }): { $verdict ->
    [imported] importado
    [already_imported] ya importado antes
    [superseded] no utilizado, se importó un paquete más reciente
   *[rejected] rechazado
}; { $errors } error(es), { $warnings } advertencia(s), { $justified } justificada(s).
cli-receipt-sequence = Contador de números de paquete: { $before } antes, { $after } ahora.
cli-receipt-already-imported = Este acuse de recibo ya se había importado; no cambió nada.
cli-batch-imported = { $file }: { $status ->
    [imported] importado
    [already_imported] ya importado
   *[superseded] reemplazado por un paquete más reciente
} (paquete { $sequence } de { $country })
cli-batch-rejected = { $file }: { $status ->
    [quarantined] rechazado y copiado a { $copy }
   *[failed] no importado
}: { $message }
cli-batch-summary = { $imported } importado(s), { $already } ya importado(s), { $superseded } reemplazado(s), { $quarantined } en cuarentena, { $failed } con fallo. Cuarentena: { $quarantine }. Acuses de recibo: { $receipts }.
cli-backup = Copia de seguridad de claves { $path }: { $files } (hecha el { $date })
cli-cycle = El ciclo { $cycle } está { $state ->
    [closed] cerrado
   *[open] abierto
} desde { $date }.
cli-cycles-none = No se cerró ningún ciclo; todos los ciclos están abiertos.

error-document-bad_magic = Este archivo no es { $kind ->
        [enrollment] una solicitud de inscripción
        [trust_bundle] un paquete de confianza
        [receipt] un acuse de recibo
       *[key_backup] una copia de seguridad de claves
    }. Elija el archivo que le enviaron.
error-document-truncated = El archivo { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } está incompleto: tiene { $len } bytes pero necesita { $expected }. Copie el archivo de nuevo.
error-document-trailing_data = El archivo { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } tiene { $extra } bytes de más después de los { $expected } esperados. Copie el archivo de nuevo.
error-document-too_large = El archivo { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } tiene { $len } bytes, más que el máximo de { $max }. No es un archivo válido.
error-document-unsupported_version = El archivo { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } tiene la versión de formato { $version }, que esta versión de SICREMI Collect no lee. Actualice SICREMI Collect.
error-document-unknown_signer = El archivo { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } está firmado con la clave { $key_id }, que aquí no es de confianza. Compruebe que el archivo proviene de la secretaría de SICREMI.
error-document-signature = La firma { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } no corresponde a la clave { $key_id }: el archivo fue alterado o está dañado. No lo use.
error-document-invalid = El contenido { $kind ->
        [enrollment] de la solicitud de inscripción
        [trust_bundle] del paquete de confianza
        [receipt] del acuse de recibo
       *[key_backup] de la copia de seguridad de claves
    } no es válido. Pida un archivo nuevo a quien lo envió.
error-document-wrong_passphrase = Frase de contraseña de la copia de seguridad incorrecta, o la copia está dañada. Compruebe la frase e inténtelo de nuevo.
error-document-io = No se puede leer { $path }. Compruebe la ruta e inténtelo de nuevo.
error-store-cycle_closed = El ciclo de reporte { $cycle } está cerrado en { $path }, por lo que el paquete se rechazó.
error-store-bundle_outdated = La versión { $version } del paquete de confianza no es más reciente que la versión { $current }, que { $path } ya tiene. Importe el paquete más reciente que envió la secretaría.
error-enrollment-file_exists = { $path } ya existe y no se reemplaza. Elija otro nombre de archivo.
error-enrollment-invalid_validity = El período de validez termina ({ $to }) antes de empezar ({ $from }). Indique una fecha de fin posterior a la de inicio.
error-import-key_not_yet_valid = El paquete está firmado con la clave { $key_id }, que solo es válida desde { $date }, por lo que el paquete se rechazó, cualquiera que sea la fecha que indique.
error-import-key_expired = El paquete está firmado con la clave { $key_id }, cuya validez terminó el { $date }, por lo que el paquete se rechazó, cualquiera que sea la fecha que indique. Pida al corresponsal que inscriba una clave nueva.
error-input-invalid_cycle = «{ $value }» no es un ciclo de reporte. Indique el año con cuatro cifras, por ejemplo 2026.
error-trust-file_exists = { $path } ya existe y no se reemplaza. Elija otro nombre de archivo.
error-trust-invalid_validity = Un paquete de confianza debe ser válido de 1 a { $max } días, no { $days }.
error-trust-not_an_encryption_key = El archivo de clave pública de cifrado de la secretaría contiene una clave de firma. Restaure la carpeta de la secretaría desde una copia de seguridad.
error-trust-not_a_signing_key = El archivo contiene una clave de cifrado donde se esperaba una clave de firma. Compruebe que eligió el archivo de clave pública correcto.
error-trust-bundle_expired = La versión { $version } del paquete de confianza venció el { $date }. Pida a la secretaría el paquete vigente.
error-seal-no_valid_encryption_key = Ninguna clave de cifrado del paquete de confianza { $version } es válida ahora. Importe el paquete de confianza más reciente de la secretaría y vuelva a sellar.
error-receipt-wrong_country = { $path } es un acuse de recibo de un paquete de { $country }, no del país de este espacio de trabajo. Impórtelo en el espacio de trabajo de ese país.
error-receipt-unknown_package = { $path } es un acuse de recibo del paquete { $package_id }, que este espacio de trabajo no selló con su clave actual. Compruebe que el acuse es suyo.
error-batch-no_files = No hay ningún archivo de paquete para importar: las carpetas indicadas están vacías.
error-backup-file_exists = { $path } ya existe y no se reemplaza. Elija otro nombre de archivo.
error-backup-target_exists = { $path } ya existe. Una restauración nunca reemplaza un archivo de clave; si está dañado, muévalo antes a otro lugar.
error-backup-invalid = { $path } no es una copia de seguridad de claves utilizable. Use otra copia.

## Desktop screens for enrollment, trust bundles, receipts, batch import and cycles

ui-tab-exchange = Claves y acuses
ui-exchange-heading = Claves y acuses de recibo
ui-sequence-counter = Contador de paquetes: { $sequence }. El próximo paquete sellado lleva un número mayor.
ui-submission-state = Estado
ui-submission-state-value = { $state ->
    [sent] Enviado
    [acknowledged] Recibido
    [rejected] Rechazado
   *[created] Sellado, sin acuse todavía
}
ui-receipts-heading = Acuses de recibo de la secretaría
ui-receipts-hint = La secretaría envía un acuse firmado por cada paquete que importa o rechaza. Al importarlo, el paquete queda marcado como recibido o rechazado.
ui-receipt-path = Ruta del archivo de acuse (.sicremi-receipt)
ui-receipt-verdict = Paquete { $sequence }: { $verdict ->
    [imported] importado por la secretaría
    [already_imported] ya importado antes
    [superseded] no utilizado, porque se importó un paquete más reciente
   *[rejected] rechazado por la secretaría
}. Errores: { $errors }, advertencias: { $warnings }.
ui-receipt-counter = Contador de paquetes: { $before } antes, { $after } ahora.
ui-receipt-already-imported = Este acuse ya se había importado, así que nada cambió.
ui-receipt-no-submission = Este espacio de trabajo no tiene registro del paquete, así que ningún envío cambió.
ui-bundle-heading = Paquete de confianza
ui-root-built-in = Clave raíz incorporada en la aplicación
ui-root-added = Clave raíz añadida a este espacio de trabajo
ui-bundle-version = Versión del paquete de confianza
ui-bundle-issued = Firmado el
ui-bundle-expires = Vence el
ui-bundle-root = Firmado por la clave raíz
ui-bundle-signing-key = Clave de la secretaría para paquetes de cuestionario y acuses
ui-bundle-missing = Todavía no se importó ningún paquete de confianza. Hasta entonces se usan las claves importadas de archivos de clave pública.
ui-bundle-path = Ruta del archivo del paquete de confianza (.sicremi-trust)
ui-bundle-imported = Paquete de confianza versión { $version } importado. Vence el { $expires }.
ui-bundle-already-imported = El paquete de confianza versión { $version } ya se había importado, así que nada cambió.
ui-command-line-only = La creación de una clave raíz, la firma de paquetes de confianza y la copia de seguridad o restauración de claves solo se hacen con la línea de comandos sicremi. Ejecute `sicremi --help` para ver sus comandos.
ui-validity = Válida del { $from } al { $to }
ui-validity-open = Válida desde el { $from }, sin fecha de fin
ui-validity-heading = Validez
ui-enrollment-heading = Inscribir su clave de firma
ui-enrollment-hint = La secretaría solo acepta sus paquetes una vez registrada su clave de firma. Escriba una solicitud de inscripción, envíe el archivo a la secretaría y luego léale la huella por teléfono.
ui-enrollment-export = Escribir la solicitud de inscripción
ui-request-created-at = Escrita el
ui-enrollment-read-aloud = Lea esta huella a la secretaría por teléfono. Si un dígito difiere, la solicitud que recibió no es la suya.
ui-replace-key-heading = Reemplazar una clave de firma perdida o comprometida
ui-replace-key-warning = Esto crea una nueva clave de firma y conserva sus cifras, respuestas y justificaciones. La secretaría rechaza los paquetes firmados con la nueva clave hasta que usted la inscriba de nuevo y ella la registre. El archivo de la clave anterior se renombra, no se borra.
ui-replace-key-confirm = Entiendo que la nueva clave debe inscribirse de nuevo.
ui-replace-key-action = Reemplazar la clave de firma
ui-replace-key-done = La clave de firma fue reemplazada. Inscriba ahora la nueva clave. Su huella es:
ui-secretariat-signing-key = Clave de firma para paquetes de cuestionario y acuses
ui-secretariat-signing-key-missing = Ninguna todavía: se crea con el primer paquete de cuestionario.
ui-export-secretariat-signing-key-label = Guardar el archivo de clave pública de firma de la secretaría (paquetes de cuestionario y acuses) para que los corresponsales lo importen
ui-package-receipt = Acuse para el corresponsal: { $path }
ui-enrollment-register-heading = Registrar una clave a partir de una solicitud de inscripción
ui-enrollment-request-path = Ruta del archivo de solicitud de inscripción (.sicremi-enrollment)
ui-enrollment-inspect = Verificar la solicitud
ui-enrollment-compared = El corresponsal me leyó la misma huella por teléfono.
ui-valid-from = Válida desde
ui-valid-from-hint = Déjelo vacío para empezar ahora. Las fechas empiezan a medianoche UTC.
ui-valid-to = Válida hasta
ui-valid-to-hint = Déjelo vacío si no hay fecha de fin. La clave deja de ser válida al comienzo de ese día (00:00 UTC).
ui-batch-heading = Importar una carpeta de paquetes
ui-batch-hint = Importa todos los archivos de la carpeta. Un archivo rechazado se copia a la carpeta de cuarentena con un archivo de motivo, y el original queda en su lugar. Cada archivo recibe un acuse para su remitente.
ui-batch-path = Ruta de la carpeta (o de un archivo de paquete)
ui-batch-counts = { $imported } importados, { $already } ya importados, { $superseded } reemplazados, { $quarantined } en cuarentena, { $failed } fallidos.
ui-batch-receipts-dir = Acuses escritos en { $path }
ui-batch-quarantine-dir = Archivos rechazados copiados a { $path }
ui-batch-status = { $status ->
    [imported] importado
    [already_imported] ya importado
    [superseded] reemplazado por un paquete más reciente
    [quarantined] rechazado y en cuarentena
   *[failed] no importado
}
ui-batch-package = (paquete { $sequence } de { $country })
ui-batch-copied-to = Copiado a { $path }
ui-cycles-heading = Ciclos de reporte
ui-cycles-empty = No se cerró ningún ciclo, así que todos están abiertos.
ui-cycle-state = Estado
ui-cycle-state-value = { $state ->
    [closed] Cerrado: los paquetes se rechazan
   *[open] Abierto
}
ui-cycle-changed-at = Cambiado el
ui-cycle-year = Ciclo (año de cuatro dígitos)
ui-cycle-close = Cerrar el ciclo
ui-cycle-reopen = Reabrir el ciclo

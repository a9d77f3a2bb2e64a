# Textes de SICREMI Collect visibles par l'utilisateur, en français.

-product-name = SICREMI Collect
-oas = OEA

app-name = { -product-name }

## En-tête

language-switch-label = Langue

## Écran d'accueil

welcome-heading = Bienvenue dans { -product-name }
welcome-intro = Préparez les statistiques migratoires de votre pays et envoyez-les au Secrétariat général de l'{ -oas }.

## Pied de page

footer-version = Version { $version }
footer-data-dir = Dossier de données : { $path }
footer-backend-unavailable = Le noyau de l'application n'a pas répondu : { $reason }

## Constats de la validation.

severity-error = Erreur
severity-warning = Avertissement
severity-info = Remarque
finding-completeness = { $table_title } : pas encore de chiffres pour { $slices }. Saisissez-les ou expliquez pourquoi ils ne peuvent pas être déclarés.
finding-value-domain = { $problem ->
    [blank_row] { $table_title }, { $slice }, { $code_label } : { $count } cellules de cette ligne sont vides. Saisissez un nombre dans chacune (0 s'il n'y en a pas), ou choisissez un statut comme « non collecté ».
    [negative] { $cell } : { $value } est négatif ; un effectif ne peut pas être inférieur à zéro.
    [too_large] { $cell } : { $value } dépasse tout effectif que ce questionnaire accepte. Vérifiez qu'aucun chiffre n'a été saisi en trop.
    [value_with_missing_status] { $cell } : la cellule contient le nombre { $value } et un statut « manquant » ; retirez l'un des deux.
    [unknown_obs_status] { $cell } : le statut d'observation ne fait pas partie des codes de ce questionnaire. Choisissez un statut dans la liste.
    [unknown_conf_status] { $cell } : le statut de confidentialité ne fait pas partie des codes de ce questionnaire. Choisissez un statut dans la liste.
    [too_many_dates] { $table_title } : { $value } dates de référence sont déclarées, plus que ce tableau n'en accepte. Retirez les dates ajoutées par erreur.
   *[blank] { $cell } : la cellule est vide. Saisissez un nombre (0 s'il n'y en a pas) ou choisissez un statut comme « non collecté ».
}
finding-sex-sum = { $cell } : le total est { $total }, mais hommes, femmes, autre sexe et inconnu font { $sum } (écart { $difference }{ $tolerance ->
    [0] {""}
   *[other] , plus que les { $tolerance } que l'arrondi admet
}). Corrigez le total ou les parties.
finding-nationality-sum = { $cell } : le total est { $total }, mais { $dimension ->
    [destination] les pays de destination indiqués font
   *[other] les nationalités indiquées font
} { $sum } (écart { $difference }{ $tolerance ->
    [0] {""}
   *[other] , plus que les { $tolerance } que l'arrondi admet
}). Ajoutez les lignes manquantes ou déclarez le reste sous « Autres pays ».
finding-category-sum = { $cell } : le total est { $total }, mais les catégories font { $sum } (écart { $difference }{ $tolerance ->
    [0] {""}
   *[other] , plus que les { $tolerance } que l'arrondi admet
}). Corrigez le total ou les catégories.
finding-breakdown-sum = { $cell } : le total est { $total }, mais { $dimension ->
    [age] les groupes d'âge font
   *[application] les types de demande font
} { $sum } (écart { $difference }{ $tolerance ->
    [0] {""}
   *[other] , plus que les { $tolerance } que l'arrondi admet
}). Corrigez le total ou les parties.
finding-cross-table-total = { $period } : le total de { $left_table } est { $left } et celui de { $right_table } est { $right }, alors que les deux comptent les mêmes immigrés. Corrigez l'un des deux ou expliquez l'écart dans la question « Pourquoi le total diffère du tableau des entrées » de { $left_table }.
finding-recognised-decided = { $cell } : les réfugiés reconnus et la protection complémentaire font { $part }, plus que les { $whole } décisions sur le fond qui les comprennent. Corrigez l'un des chiffres.
finding-first-applications = { $cell } : { $part } premières demandes, plus que les { $whole } demandes de tous types. Corrigez l'un des chiffres.
finding-seasonal-workers = { $period } : { $left_table } compte { $left } travailleurs saisonniers, plus que les { $right } travailleurs temporaires qui les comprennent. Corrigez les catégories.
finding-temporary-workers = { $period } : { $left_table } compte { $left } travailleurs temporaires (vacances-travail, salariés détachés intragroupe, stagiaires, saisonniers et autres travailleurs), plus que les { $right } immigrés temporaires de { $right_table }. Corrigez l'un des tableaux.
finding-asylum-caseload = { $problem ->
    [exceeds] { $table_title }, { $period }, { $code_label } : { $decided } dossiers ont été tranchés ou clôturés, plus que les { $available } disponibles (en instance au début plus demandes). Corrigez les chiffres.
   *[gap] { $table_title }, { $period }, { $code_label } : { $reported } dossiers sont en instance à la fin de l'année, mais les dossiers en instance au début plus les demandes moins les décisions et les clôtures donnent { $expected } (écart { $difference }). Corrigez les chiffres ou expliquez l'écart.
}
finding-year-on-year = { $previous ->
    [0] { $cell } : { $value } alors que { $previous_period } n'en comptait aucun.
   *[other] { $cell } : { $value } contre { $previous } en { $previous_period } ({ $percent } %).
} Confirmez le chiffre et expliquez la variation, ou marquez la cellule B (rupture de série) ou E (estimation).
finding-series-change = { $problem ->
    [appeared] { $table_title }, { $code_label } : { $value } en { $period }, alors que { $previous_period } n'en comptait aucun. Confirmez la nouvelle série.
    [left_top] { $table_title }, { $code_label } : rang { $rank } en { $previous_period } avec { $previous }, mais absent en { $period }. Déclarez-le ou confirmez qu'il est désormais compté ailleurs.
   *[vanished] { $table_title }, { $code_label } : { $previous } en { $previous_period }, aucun en { $period }. Confirmez que la série est vraiment tombée à zéro.
}
finding-own-nationality = { $table_title }, { $slice } : { $code_label } est votre propre pays, et ce tableau ne compte que des étrangers ou des personnes nées à l'étranger. Retirez la ligne.
finding-own-destination = { $table_title }, { $slice } : { $code_label } est votre propre pays et ne peut pas être la destination des émigrants. Retirez la ligne.
finding-residual-share = { $cell } : { $code_label } représente { $percent } % du total ({ $value } sur { $total }), au-delà des { $max_percent } % admis. Rattachez-en davantage à leur pays ou expliquez pourquoi c'est impossible.
finding-stock-flow = { $table_title } : le stock a varié de { $stock_change } entre { $from } et { $to }, mais les entrées (T1, T2) moins les acquisitions de la nationalité (T8) de ces années donnent { $expected } (écart { $gap }). Expliquez l'écart, par exemple décès, émigration d'étrangers, régularisation ou changement de source.
finding-acquisitions-stock = { $period } : { $flow } acquisitions de la nationalité dans { $flow_table }, plus que les { $stock } étrangers de { $stock_table } au { $date }. Vérifiez les deux chiffres.
finding-unit-consistency = { $problem ->
    [not_allowed] { $table_title } : l'unité de compte « { $unit } » n'est pas admise pour ce tableau. Choisissez parmi : { $units }.
   *[differ] Les tableaux { $tables } comptent des unités différentes ({ $units }) et ne peuvent donc pas être comparés. Déclarez-les dans la même unité.
}
finding-revision = { $problem ->
    [cleared] { $cell } : le chiffre { $previous }, accepté lors d'un cycle précédent, n'a plus de valeur.
    [filled] { $cell } : { $value } remplace une cellule acceptée sans valeur lors d'un cycle précédent.
   *[changed] { $cell } : { $value } remplace { $previous }, le chiffre accepté lors d'un cycle précédent.
} Ajoutez à la cellule une note qui dit ce qui a changé et pourquoi.
finding-mirror = { $period } : { $origin } déclare { $reported_by_origin } émigrants vers { $destination }, tandis que { $destination } déclare { $reported_by_destination } immigrés venant de { $origin } (écart { $difference }).
finding-rate-range = { $period } : les entrées sont de { $rate } pour 1 000 habitants, hors de la fourchette des années précédentes ({ $min } à { $max }, avec une marge). Confirmez les chiffres et expliquez la variation.
finding-idb-indicator = { $status ->
    [eligible] Indicateur de la BID pour { $years } : { $inflows } immigrés d'Amérique latine et des Caraïbes, soit { $percent } % d'une population de { $population }, au niveau ou au-dessus du seuil de { $threshold_percent } %.
    [not_eligible] Indicateur de la BID pour { $years } : { $inflows } immigrés d'Amérique latine et des Caraïbes, soit { $percent } % d'une population de { $population }, sous le seuil de { $threshold_percent } %.
    [no_population] Indicateur de la BID pour { $years } : non calculé, car le secrétariat n'a pas envoyé la population de la dernière année.
    [units_differ] Indicateur de la BID pour { $years } : non calculé, car T1 ou T2 compte des titres au lieu de personnes.
   *[incomplete] Indicateur de la BID pour { $years } : non calculé, car des entrées par nationalité manquent dans { $missing }. Remplissez ces tableaux et années pour voir l'indicateur.
}
finding-metadata-required = { $table_title } : il faut répondre à la question « { $field_label } ».

## Ligne de commande

cli-error = Erreur : { $message }
cli-summary = { $errors } erreur(s), { $warnings } avertissement(s), { $unjustified } sans justification.
cli-exported = { $count } pays exporté(s) vers { $path }.
cli-key = { $kind ->
    [encryption] Clé de chiffrement du secrétariat
   *[signing] Clé de signature
} { $key_id }, empreinte { $fingerprint }
cli-demo-created = Réseau de démonstration créé pour { $country }. Correspondant : { $correspondent }. Secrétariat : { $secretariat }.
cli-status-header = { $country }, { $name } : questionnaire version { $version }, cycle { $cycle } ({ $path })
cli-status-table = { $table } : { $filled } cellules remplies sur { $expected } ; erreurs : { $errors }, avertissements : { $warnings }, sans justification : { $unjustified }
cli-no-secretariat-key = Aucune clé de chiffrement du secrétariat n'est encore approuvée : exécutez « sicremi trust » avec le fichier de clé publique du secrétariat.
cli-status-sequence = Dernier numéro de paquet : { $sequence }
cli-imported = { $source } : { $rows } lignes lues, { $cells } cellules écrites.
cli-metadata-filled = Métadonnées remplies à partir du fichier : { $fields }
cli-sealed = Paquet { $sequence } scellé : { $path } ({ $bytes } octets, SHA-256 { $sha256 })
cli-key-registered = Clé de signature { $key_id } enregistrée pour { $country }, empreinte { $fingerprint }
cli-key-revoked = La clé de signature { $key_id } de { $country } est révoquée, empreinte { $fingerprint }
cli-secretariat-summary = Fichier consolidé { $path } : paquets : { $submissions } ; pays : { $countries }
cli-mirror-summary = { $count } écart(s) entre ce que les pays déclarent les uns des autres.
cli-package-imported = { $file } : paquet { $sequence } de { $country } importé, { $cells } cellules (SHA-256 { $sha256 }).
cli-package-already-imported = { $file } : déjà importé le { $date } ; rien n'a été modifié.
cli-package-superseded = { $file } : le paquet { $sequence } est antérieur au paquet { $latest }, déjà importé ; rien n'a été modifié.

# Paquets de questionnaire
cli-pack-preview = Paquet de questionnaire { $version } pour { $country }, cycle { $cycle } ({ $status ->
    [new] nouveau
    [already_imported] déjà importé
    [outdated] plus ancien que le paquet en usage
   *[version_conflict] même version que le paquet en usage, contenu différent
}) : définition version { $definition_version } ({ $definition_hash }), { $prefilled } valeurs acceptées pour remplir des cellules vides, population pour { $years }.
cli-pack-population = Population { $year } : { $value }
cli-pack-population-changed = Population { $year } : { $value } (l'espace de travail a { $current } actuellement)
ui-pack-population-figure = { $year } : { $value }
ui-pack-population-changed = { $year } : { $value } (actuellement { $current })
cli-pack-migration = La nouvelle définition garde { $kept } cellules, en déplace { $moved } et en écarte { $dropped } ; nouveaux tableaux : { $tables } ; { $codes } nouveaux codes.
cli-pack-moved = { $from } passe à { $to }
cli-pack-dropped = { $cell } est écartée et conservée dans la liste des valeurs écartées (sicremi dropped)
cli-pack-needs-yes = La nouvelle définition déplace ou écarte des valeurs. Vérifiez la liste ci-dessus, puis relancez l'importation avec --yes.
cli-definition-upgrade = Le questionnaire de ce programme est la version { $to } ; l'espace de travail utilise la version { $from }.
cli-definition-upgraded = L'espace de travail utilise maintenant la version { $version } du questionnaire : { $moved } valeur(s) déplacée(s), { $dropped } écartée(s) (sicremi dropped les liste).
cli-definition-needs-yes = Le questionnaire plus récent déplace ou écarte des valeurs. Vérifiez la liste ci-dessus, puis relancez la mise à jour avec --yes.
cli-pack-imported = Paquet de questionnaire { $version } importé : définition version { $definition_version }, { $prefilled } cellules vides remplies avec des valeurs acceptées, { $moved } déplacées, { $dropped } écartées.
cli-pack-already-imported = Le paquet de questionnaire { $version } était déjà importé ; rien n'a changé.
cli-pack-issued = Paquet de questionnaire { $version } pour { $country } écrit dans { $path } : { $cells } valeurs acceptées, population pour { $years } (SHA-256 { $sha256 }). Les correspondants doivent faire confiance à cette clé de signature :
cli-dropped-none = Aucune valeur n'a été écartée.
cli-dropped-item = { $table } { $item } : { $value } (écartée le { $date })
cli-demo-pack = Paquet de questionnaire { $version } importé depuis { $path }.

## Erreurs

# Un message par code d'erreur : l'id est « error- » suivi du code, les points remplacés par
# des tirets. Les variables sont les paramètres de l'erreur ; voir en.ftl.

error-unknown = L'opération a échoué : { $detail }
error-detail = Détail technique (en anglais) : { $detail }

# Fichiers de données (espace de travail et fichier consolidé)
error-store-open_failed = Impossible d'ouvrir { $path }. Vérifiez que le dossier existe et que vous avez le droit d'y écrire, puis réessayez.
error-store-not_a_database = { $path } n'est pas un fichier de données de SICREMI Collect. Choisissez un autre fichier ou restaurez celui-ci à partir d'une sauvegarde.
error-store-corrupt = { $path } est endommagé. Cessez de l'utiliser et restaurez-le à partir d'une sauvegarde.
error-store-wrong_file_kind = { $path } est { $found ->
        [workspace] l'espace de travail d'un correspondant
        [consolidated] le fichier consolidé du secrétariat
       *[other] une base de données d'un autre programme
    }, et non { $expected ->
        [workspace] l'espace de travail d'un correspondant
       *[consolidated] le fichier consolidé du secrétariat
    }. Choisissez le bon fichier.
error-store-newer_schema = { $path } a été écrit par une version plus récente de SICREMI Collect (format de données { $found } ; cette version lit jusqu'au { $supported }). Installez la version plus récente pour l'ouvrir.
error-store-disk_full = Le disque qui contient { $path } est plein : la dernière modification n'a donc pas été enregistrée. Libérez de l'espace disque et refaites la modification ; tout ce qui a été enregistré avant est intact.
error-store-locked = Un autre programme utilise { $path }. Fermez l'autre fenêtre de SICREMI Collect qui l'utilise et réessayez.
error-store-read_only = { $path } est en lecture seule. Déplacez-le dans un dossier où vous pouvez écrire ou modifiez ses autorisations.
error-store-io = La lecture ou l'écriture de { $path } a échoué. Vérifiez le disque ou le lecteur réseau et réessayez.
error-store-invalid_argument = SICREMI Collect a tenté d'enregistrer une valeur non valide ({ $field }) et rien n'a été enregistré. Signalez ce message au secrétariat du SICREMI.
error-store-invalid_stored_row = Un enregistrement de la table « { $table } » de { $path } n'est pas valide, car un autre programme a modifié le fichier. Restaurez-le à partir d'une sauvegarde.
error-store-sequence_not_reserved = Le numéro d'envoi { $sequence } n'a jamais été réservé dans { $path } (le dernier numéro réservé est { $reserved }). Scellez à nouveau le paquet.
error-store-submission_not_found = Aucun envoi portant l'identifiant de paquet { $package_id } n'est enregistré dans { $path }.
error-store-unknown_key = La clé de signature { $key_id } n'est pas enregistrée. Enregistrez la clé publique du correspondant avant d'importer ses paquets.
error-store-key_already_registered = La clé de signature { $key_id } est déjà enregistrée ; rien n'a donc été modifié.
error-store-package_id_conflict = Le paquet { $package_id } a déjà été importé avec un autre contenu ; ce fichier est donc rejeté. Demandez à l'expéditeur de sceller à nouveau le paquet, ce qui lui donne un nouvel identifiant, et vérifiez la provenance de ce fichier.
error-store-key_country_mismatch = La clé de signature { $key_id } est enregistrée pour { $key_country }, mais le paquet concerne { $package_country }. Refusez le paquet et demandez à l'expéditeur de le sceller depuis l'espace de travail de son propre pays.
error-store-constraint = L'enregistrement dans { $path } a échoué, car les données contiennent un doublon ou une référence inexistante. Corrigez les données et réessayez.
error-store-sqlite = La base de données { $path } a signalé une erreur. Réessayez et, si l'erreur se reproduit, signalez ce message au secrétariat du SICREMI.

# Paquets
error-package-bad_magic = Ce fichier n'est pas un paquet SICREMI. Sélectionnez un paquet scellé avec SICREMI Collect.
error-package-truncated = Le paquet est incomplet : il fait { $len } octets au lieu de { $expected }. Copiez à nouveau le fichier reçu de l'expéditeur.
error-package-trailing_data = Le paquet contient { $extra } octets de plus que les { $expected } attendus. Copiez à nouveau le fichier reçu de l'expéditeur.
error-package-too_large = Le fichier fait { $len } octets, plus qu'un paquet ne peut en avoir ({ $max } octets). Ce n'est pas un paquet SICREMI.
error-package-unsupported_version = Le paquet utilise la version de format { $version }, que cette version de SICREMI Collect ne sait pas lire. Mettez à jour SICREMI Collect.
error-package-unsupported_suite = Le paquet utilise la suite de chiffrement { $suite }, que cette version de SICREMI Collect ne prend pas en charge. Mettez à jour SICREMI Collect.
error-package-bad_header_length = L'en-tête du paquet fait { $header_len } octets au lieu de 128. Le fichier est endommagé ou provient d'une version plus récente de SICREMI Collect.
error-package-reserved_not_zero = L'en-tête du paquet contient des données inattendues. Le fichier est endommagé ou provient d'une version plus récente de SICREMI Collect.
error-package-invalid_country = Le pays indiqué dans l'en-tête du paquet (octets { $bytes }) n'est pas un code de trois lettres. Le fichier est endommagé ; demandez une nouvelle copie à l'expéditeur.
error-package-invalid_country_code = « { $value } » n'est pas un code de pays valide. Utilisez un code ISO 3166-1 alpha-3 de trois lettres majuscules, comme MEX.
error-package-unknown_payload_type = Le type de contenu { $value } du paquet n'est pas pris en charge. Mettez à jour SICREMI Collect.
error-package-payload_too_large = Les données à sceller font { $len } octets, plus que les { $max } octets qu'un paquet peut contenir.
error-package-unknown_recipient = Le paquet a été chiffré pour la clé { $found }, mais la clé du secrétariat est { $expected }. Demandez à l'expéditeur de le sceller à nouveau avec la clé publique actuelle du secrétariat.
error-package-unknown_sender = Le paquet est signé avec la clé { $key_id }, qui n'est pas enregistrée. Enregistrez la clé publique du correspondant avant d'importer ses paquets.
error-package-sender_lookup_mismatch = La recherche de la clé de signature { $requested } a renvoyé la clé { $returned } : le registre des clés est donc incohérent. Signalez ce message au secrétariat du SICREMI.
error-package-invalid_encapsulated_key = Les données de chiffrement du paquet ne sont pas valides. Le fichier est endommagé ou falsifié ; demandez une nouvelle copie à l'expéditeur.
error-package-decryption_failed = Impossible de déchiffrer le paquet : il a été modifié après avoir été scellé ou il est endommagé. Demandez une nouvelle copie à l'expéditeur.
error-package-bad_signature = La signature du paquet ne correspond pas à la clé de signature { $key_id }. Le paquet a été modifié ou signé avec une autre clé ; ne l'acceptez pas.
error-package-encryption_failed = Le chiffrement du paquet a échoué. Réessayez et, si l'erreur se reproduit, signalez ce message au secrétariat du SICREMI.
error-package-random_failed = Le générateur de nombres aléatoires du système d'exploitation a échoué. Réessayez ; s'il échoue encore, faites vérifier le système d'exploitation.
error-package-io = Impossible de lire le fichier de paquet { $path }. Vérifiez qu'il existe et que vous avez le droit de l'ouvrir.

# Fichiers de clé et fichiers de clé publique
error-key-bad_magic = Ce fichier n'est pas un fichier de clé SICREMI. Sélectionnez le fichier de clé privée créé par SICREMI Collect.
error-key-truncated = Le fichier de clé est incomplet : il fait { $len } octets au lieu de { $expected }. Restaurez-le à partir d'une sauvegarde.
error-key-trailing_data = Le fichier de clé contient { $extra } octets de plus que les { $expected } attendus. Restaurez-le à partir d'une sauvegarde.
error-key-unsupported_version = Le fichier de clé utilise la version de format { $version }, que cette version de SICREMI Collect ne sait pas lire. Mettez à jour SICREMI Collect.
error-key-unknown_kind = Le fichier de clé contient une clé de type inconnu ({ $value }). Le fichier est endommagé ou n'a pas été écrit par SICREMI Collect.
error-key-wrong_kind = Ce fichier de clé contient { $found ->
        [encryption] une clé de chiffrement
       *[signing] une clé de signature
    }, mais il faut { $expected ->
        [encryption] une clé de chiffrement
       *[signing] une clé de signature
    }. Sélectionnez l'autre fichier de clé.
error-key-unsupported_kdf = Le fichier de clé protège sa clé avec la méthode { $value }, que cette version de SICREMI Collect ne prend pas en charge. Mettez à jour SICREMI Collect.
error-key-kdf_param_out_of_range = Le paramètre Argon2 { $param } du fichier de clé vaut { $value }, hors de la plage autorisée de { $min } à { $max }. Le fichier est endommagé ou n'a pas été écrit par SICREMI Collect.
error-key-bad_secret_length = La clé du fichier de clé fait { $len } octets au lieu de { $min } à { $max }. Le fichier est endommagé ; restaurez-le à partir d'une sauvegarde.
error-key-wrong_passphrase = La phrase secrète est incorrecte ou le fichier de clé est endommagé. Vérifiez la phrase secrète et réessayez.
error-key-empty_passphrase = La phrase secrète est vide. Saisissez la phrase secrète.
error-key-corrupt_secret = La clé déchiffrée n'est pas valide ou ne correspond pas à la clé publique du fichier de clé. Restaurez le fichier de clé à partir d'une sauvegarde.
error-key-invalid_pkcs8 = Les données de la clé de signature ne sont pas valides. Exportez à nouveau la clé.
error-key-bad_public_key_length = La clé publique fait { $len } octets au lieu de 32. Demandez à son propriétaire une nouvelle copie du fichier de clé publique.
error-key-low_order_public_key = Cette clé de chiffrement n'est pas valide et ne peut pas recevoir de paquets. Procurez-vous auprès du secrétariat le bon fichier de clé publique.
error-key-kdf_failed = Le déverrouillage de la clé avec la phrase secrète a échoué. Fermez d'autres programmes pour libérer de la mémoire et réessayez ; si l'erreur se reproduit, signalez ce message au secrétariat du SICREMI.
error-key-short_ikm = Les données de dérivation de la clé font { $len } octets, moins de 32. Signalez ce message au secrétariat du SICREMI.
error-key-public_key_file_too_large = Le fichier fait { $len } octets, plus qu'un fichier de clé publique ne peut en avoir ({ $max } octets). Vérifiez que vous avez sélectionné un fichier de clé publique.
error-key-public_key_file_invalid = Le fichier de clé publique n'est pas valide. Demandez une nouvelle copie à son propriétaire.
error-key-unsupported_public_key_format = Le fichier de clé publique a le format « { $found } » version { $version }, que cette version de SICREMI Collect ne sait pas lire. Procurez-vous un fichier exporté par SICREMI Collect ou mettez à jour SICREMI Collect.
error-key-unknown_public_key_kind = Le fichier de clé publique contient une clé de type inconnu (« { $found } »). Procurez-vous un fichier exporté par SICREMI Collect.
error-key-key_id_mismatch = Le fichier de clé publique indique l'identifiant de clé { $found }, mais sa clé a l'identifiant { $expected }. Le fichier a été modifié ; demandez une nouvelle copie à son propriétaire.
error-key-fingerprint_mismatch = Le fichier de clé publique indique l'empreinte { $found }, mais sa clé a l'empreinte { $expected }. Le fichier a été modifié ; demandez une nouvelle copie à son propriétaire.
error-key-invalid_label = Le libellé de la clé peut compter au plus { $max } caractères, sans saut de ligne ni autre caractère de contrôle. Raccourcissez le nom ou l'institution.
error-key-already_exists = Le fichier de clé { $path } existe déjà. Choisissez un autre dossier ou déplacez d'abord l'ancien fichier ailleurs.
error-key-io = Impossible de lire ou d'écrire le fichier de clé { $path }. Vérifiez qu'il existe et que vous avez le droit de l'ouvrir.
error-key-random_failed = Le générateur de nombres aléatoires du système d'exploitation a échoué. Réessayez ; s'il échoue encore, faites vérifier le système d'exploitation.
error-signature-invalid = La signature ne correspond pas à la clé de signature { $key_id }. Les données ont été modifiées ou signées avec une autre clé.

# Définition du questionnaire et noms de pays
error-definition-json = La définition du questionnaire n'est pas un JSON valide (ligne { $line }, colonne { $column }). Le fichier a été modifié à la main ou est tronqué ; réinstallez SICREMI Collect.
error-definition-format = La définition du questionnaire a le format « { $found } », mais cette version de SICREMI Collect lit « { $expected } ». Installez la version correspondante.
error-definition-invalid = La définition du questionnaire est incohérente à l'emplacement { $location }. Corrigez le fichier de définition ou réinstallez SICREMI Collect.
error-definition-no_upgrade = L'espace de travail utilise déjà le questionnaire de ce programme, ou un paquet de questionnaire du secrétariat le régit. Il n'y a rien à mettre à jour.
error-definition-confirmation_required = Le questionnaire plus récent déplace { $moved } et écarte { $dropped } valeur(s). Vérifiez la liste des changements, puis confirmez la mise à jour.
error-codes-name_empty = Le nom du pays est vide. Saisissez un nom ou choisissez le pays dans la liste.
error-codes-name_not_found = Aucun pays ne s'appelle « { $name } ». Vérifiez l'orthographe ou choisissez le pays dans la liste.
error-codes-name_ambiguous = « { $name } » peut désigner plusieurs pays ({ $candidates }). Choisissez le pays dans la liste.
error-codes-language_unsupported = La langue « { $tag } » n'est pas disponible. Utilisez l'anglais (en), l'espagnol (es), le portugais (pt) ou le français (fr).

# Feuilles de calcul et fichiers CSV
error-sheets-io = Impossible de lire { $path }. Vérifiez que le fichier existe et qu'il n'est pas ouvert dans un autre programme.
error-sheets-file_too_large = { $name } fait { $size } octets, plus que les { $max } octets qu'une importation accepte. Divisez le fichier ou supprimez les feuilles inutiles.
error-sheets-too_many_records = { $name } compte plus de { $max } lignes de données. Divisez le fichier.
error-sheets-unsupported_format = { $name } n'est pas une feuille de calcul que SICREMI Collect sait lire. Enregistrez-le au format .xlsx, .xls ou .ods.
error-sheets-password_protected = { $name } est protégé par un mot de passe. Ouvrez-le dans votre tableur, supprimez le mot de passe et enregistrez une copie à importer.
error-sheets-corrupt = { $name } est endommagé ou n'est pas une feuille de calcul valide. Ouvrez-le dans votre tableur et enregistrez-le à nouveau.
error-sheets-archive_too_large = { $name } se décompresse en { $uncompressed } octets, plus que les { $max } octets qu'une importation accepte. Le fichier a été refusé.
error-sheets-compression_ratio = La partie { $entry } de { $name } est compressée dans un rapport de { $ratio } pour 1, plus que les { $max } pour 1 d'une vraie feuille de calcul. Le fichier semble conçu pour épuiser la mémoire et a été refusé.
error-sheets-too_many_parts = { $name } contient { $entries } parties, plus que les { $max } dont une feuille de calcul a besoin. Le fichier a été refusé.
error-sheets-sheet_too_large = La cellule { $cell } de la feuille « { $sheet } » se trouve au-delà des { $max_rows } lignes et { $max_columns } colonnes qu'une importation lit. Effacez le contenu de cette cellule et des suivantes, puis enregistrez à nouveau le fichier.
error-sheets-too_many_cells = { $name } contient plus de { $max } cellules. Supprimez les feuilles inutiles ou divisez le fichier.
error-sheets-too_many_blocks = { $name } contient plus de { $max } blocs de tableau. Ce n'est pas un modèle exporté par SICREMI Collect ; exportez un nouveau modèle.
error-sheets-table_layout = Le tableau { $table } a une structure que cette importation ne sait pas remplir ({ $detail }). Installez la version de SICREMI Collect qui correspond au questionnaire.
error-sheets-unknown_age_group = L'âge « { $value } » ne correspond pas à un seul groupe d'âge SICREMI (0–14, 15–24, 25–34, 35–44, 45–54, 55–64, 65 et plus). Vérifiez que le fichier est l'export RENAPER non modifié.
error-sheets-header = { $name } n'a pas les colonnes attendues. Manquantes : { $missing }. En trop : { $unexpected }. La première ligne doit être : { $expected }.
error-sheets-not_a_template = { $name } n'est pas un modèle SICREMI. Exportez un modèle depuis SICREMI Collect et copiez-y les chiffres.
error-sheets-missing_table = Le questionnaire n'a pas de table { $table }. Mettez à jour SICREMI Collect vers une version dont le questionnaire la contient.
error-sheets-no_data = { $name } ne contient aucune ligne de données. Vérifiez qu'il s'agit du bon fichier.
error-sheets-invalid_reference_date = « { $value } » n'est pas une date au format AAAA-MM-JJ. Saisissez une date comme 2023-01-31.
error-sheets-invalid = Rien n'a été importé depuis { $name }. Problèmes trouvés : { $truncated ->
        [true] { $count } ou plus
       *[other] { $count }
    }. Le premier se trouve { $location_kind ->
        [line] à la ligne { $location }
       *[cell] dans la cellule { $location }
    }. Corrigez les problèmes dans le fichier et importez-le à nouveau.
error-sheets-unknown_table = La table { $table } ne fait pas partie du questionnaire. Choisissez l'une de ses tables.
error-sheets-unknown_language = La langue « { $lang } » n'est pas disponible pour les classeurs. Utilisez en, es, pt ou fr.
error-sheets-text_too_long = La note de la cellule { $key } de la table { $table } compte { $chars } caractères, plus que les { $max } qu'une cellule Excel peut contenir. Raccourcissez la note.
error-sheets-export_too_many_rows = La feuille { $sheet } nécessiterait { $rows } lignes, plus que les { $max } qu'Excel autorise. Exportez moins de pays à la fois.
error-sheets-write_failed = Le classeur n'a pas pu être écrit. Vérifiez que le dossier existe, que vous avez le droit d'y écrire et que le fichier n'est pas ouvert dans un autre programme.

# Valeurs incorrectes d'un fichier importé : le problème que error-sheets-invalid désigne comme le premier
error-sheets-not_whole_number = « { $value } » n'est pas un nombre entier. Saisissez l'effectif en chiffres uniquement, comme 27630 ou 27 630.
error-sheets-ambiguous_separator = « { $value } » est ambigu, car « . » et « , » séparent les milliers dans certaines langues et les décimales dans d'autres. Saisissez le nombre sans séparateur, comme 1234.
error-sheets-not_a_number = « { $value } » n'est pas un nombre. Saisissez un nombre entier, ou laissez la cellule vide et indiquez la raison par un statut dans la feuille des notes.
error-sheets-number_too_large = { $value } dépasse { $max }, le plus grand effectif qu'une feuille de calcul enregistre exactement. Vérifiez le chiffre.
error-sheets-not_a_count = « { $value } » n'est pas un effectif. Saisissez un nombre entier égal ou supérieur à 0, en chiffres uniquement.
error-sheets-error_value = La cellule contient la valeur d'erreur { $value }. Remplacez-la par un nombre ou laissez la cellule vide.
error-sheets-wrong_type = La cellule contient { $found ->
        [logical] une valeur logique (VRAI ou FAUX)
        [date] une date
        [duration] une durée
       *[other] une valeur d'un autre type
    } là où il faut un nombre ou un code. Saisissez le nombre ou le code en chiffres ou en texte simple.
error-sheets-empty_field = La colonne { $column } est vide. Chaque ligne doit y avoir une valeur.
error-sheets-unknown_sex = Le sexe « { $value } » n'est ni MUJER, ni VARON, ni X, les trois valeurs du fichier du RENAPER. Vérifiez que le fichier est l'export du RENAPER non modifié.
error-sheets-unknown_country = Le SICREMI ne connaît pas le nom de pays « { $value } ». Si l'organisme le publie sous cette forme, envoyez le nom au secrétariat du SICREMI pour qu'il soit ajouté.
error-sheets-ambiguous_country = Le nom de pays « { $value } » peut désigner { $candidates }. Demandez à l'organisme de quel pays il s'agit et envoyez la réponse au secrétariat du SICREMI.
error-sheets-total_record = « { $value } » est une ligne de total. SICREMI Collect calcule lui-même les totaux : supprimez donc la ligne.
error-sheets-field_count = La ligne compte { $found } champs au lieu de { $expected }. Vérifiez qu'aucun champ ne contient de virgule en dehors des guillemets.
error-sheets-invalid_utf8 = La ligne n'est pas un texte UTF-8 valide. Enregistrez le fichier en UTF-8 et importez-le à nouveau.
error-sheets-duplicate_record = La ligne répète la ligne { $first_line } (même province, pays, sexe et groupe d'âge) : son effectif serait donc compté deux fois. Supprimez l'une des deux lignes.
error-sheets-unknown_code = « { $value } » n'est pas un code valide de { $dimension ->
        [nationality] nationalité
        [sex] sexe
        [category] catégorie
        [year] année
        [stock_date] date de référence
       *[other] { $dimension }
    }. Utilisez un code du modèle ou choisissez l'entrée dans la liste.
error-sheets-missing_row_code = La ligne contient des chiffres, mais aucun code de { $dimension ->
        [nationality] nationalité
        [sex] sexe
        [category] catégorie
        [year] année
        [stock_date] date de référence
       *[other] { $dimension }
    } dans la colonne A. Choisissez l'entrée de la colonne B dans la liste ou saisissez son code dans la colonne A.
error-sheets-missing_column_code = La colonne contient des chiffres, mais aucun code de { $dimension ->
        [nationality] nationalité
        [sex] sexe
        [category] catégorie
        [year] année
        [stock_date] date de référence
       *[other] { $dimension }
    } à la ligne 3. Remettez le code ou déplacez les chiffres.
error-sheets-duplicate_code = Le code { $code } est répété ; il apparaît pour la première fois en { $first }. Gardez une seule ligne ou colonne par code.
error-sheets-invalid_slice = « { $value } » n'est pas { $dimension ->
        [year] une année valide
        [stock_date] une date de référence valide
       *[other] une valeur valide de { $dimension }
    }. Saisissez-en une comme { $example }.
error-sheets-duplicate_slice = { $slice } est déjà rempli sur la feuille « { $first_sheet } ». Gardez une seule feuille ou un seul bloc par découpage, ou fusionnez les deux.
error-sheets-unknown_status = « { $value } » n'est pas un code valide de { $field ->
        [obs_status] statut d'observation
        [conf_status] statut de confidentialité
       *[other] statut
    }. Utilisez l'un de ceux-ci : { $allowed }.
error-sheets-duplicate_note = La cellule { $key } a déjà une ligne en { $first }. Gardez une seule ligne par cellule.
error-sheets-unknown_field = « { $value } » n'est pas une question de métadonnées de ce tableau. Gardez les codes de la colonne A tels qu'ils ont été exportés.
error-sheets-unknown_choice = « { $value } » n'est pas une réponse à la question { $field }. Utilisez l'une de celles-ci : { $allowed }.

# Valeurs saisies et collées
error-input-ambiguous_separator = « { $value } » contient « . » ou « , ». Saisissez le nombre entier de personnes sans séparateur, comme 1234.
error-input-not_a_number = « { $value } » n'est pas un nombre entier. Saisissez uniquement des chiffres, ou laissez la cellule vide et choisissez un statut.
error-input-too_large = « { $value } » est trop grand pour un nombre de personnes. Vérifiez le chiffre.
error-input-invalid_choice = « { $value } » ne fait pas partie des réponses à cette question. Choisissez parmi : { $choices }.
error-input-invalid_date = « { $value } » n'est pas une date valide. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2023-12-31.
error-input-text_too_long = La réponse dépasse { $max } caractères. Raccourcissez-la.
error-input-unknown_status = « { $value } » n'est pas un statut du questionnaire. Choisissez-en un dans la liste.
error-input-note_too_long = La note dépasse { $max } caractères. Raccourcissez-la ou mettez le détail dans les notes de la table.
error-input-unknown_table = « { $value } » n'est pas une table du questionnaire. Choisissez une table dans la liste.
error-input-unknown_field = « { $value } » n'est pas une question de métadonnées du questionnaire. Choisissez une question du formulaire.
error-input-unknown_finding = Le constat { $value } ne s'applique plus, car les chiffres ont changé. Consultez à nouveau la liste des constats.
error-input-not_a_warning = Seuls les avertissements peuvent être justifiés. Corrigez plutôt l'erreur dans la table.
error-input-unknown_cell = « { $value } » n'est pas une cellule du tableau { $table }. Ses codes de cellule se suivent dans cet ordre, séparés par deux-points : { $shape }.
error-input-block_rejected = Valeurs collées refusées : { $count }. Rien n'a été modifié ; corrigez les valeurs et collez-les à nouveau.

# Configuration, scellement et importation des paquets
error-setup-unknown_country = « { $value } » n'est pas un code de pays ISO 3166-1 alpha-3. Utilisez un code comme ARG pour l'Argentine.
error-setup-already_exists = { $path } contient déjà une configuration de SICREMI Collect. Ouvrez-la ou choisissez un autre dossier.
error-setup-no_workspace = { $path } ne contient aucun espace de travail de correspondant. Créez-en un d'abord ou essayez la démonstration.
error-setup-no_secretariat = { $path } ne contient aucune clé du secrétariat. Créez-en une d'abord ou essayez la démonstration.
error-setup-definition_changed = L'espace de travail a été rempli avec une autre version du questionnaire que celle qui est installée. Installez la version de SICREMI Collect qui l'a créé.
error-setup-not_a_signing_key = Ce fichier contient une clé de chiffrement, et non la clé de signature d'un correspondant. Demandez au correspondant le fichier de clé publique exporté par SICREMI Collect.
error-setup-passphrase_too_short = La phrase secrète doit compter au moins { $min } caractères. Quelques mots se retiennent plus facilement que des symboles.
error-setup-no_data_dir = Aucun dossier de données n'a été trouvé pour cet utilisateur. Choisissez-en un avec --data-dir ou la variable d'environnement SICREMI_DATA_DIR.
error-seal-blocked = Le paquet ne peut pas encore être scellé. Erreurs : { $errors }. Avertissements non justifiés : { $warnings }. Corrigez les erreurs et justifiez les avertissements dans la liste des constats, puis scellez à nouveau.
error-seal-file_exists = { $path } existe déjà et n'est pas remplacé. Choisissez un autre nom de fichier ou un dossier.
error-seal-no_secretariat_key = Aucune clé de chiffrement du secrétariat n'est encore approuvée. Importez d'abord le fichier de clé publique du secrétariat.
error-import-wrong_questionnaire = { $path } a été scellé pour une version du questionnaire ou un cycle de déclaration différents de ceux qu'accepte ce secrétariat. Demandez au correspondant de mettre à jour SICREMI Collect et de sceller à nouveau.
error-import-unknown_sender = Le paquet est signé avec la clé { $key_id }, qui n'est pas enregistrée. Enregistrez d'abord la clé publique du correspondant.
error-import-revoked_sender = Le paquet est signé avec la clé { $key_id }, qui a été révoquée : le paquet a donc été refusé, quelle que soit la date qu'il indique.
error-import-wrong_country = Les chiffres concernent { $country }, alors qu'un autre pays était attendu : rien n'a donc été importé. Vérifiez que vous avez choisi le bon fichier.
error-payload-invalid = Le contenu du paquet n'est pas un envoi valide. Demandez au correspondant de le sceller à nouveau avec SICREMI Collect.
error-payload-wrong_questionnaire = Le paquet répond à la version { $version } du questionnaire, et non à celle qu'utilise cette installation. Demandez au correspondant de mettre à jour SICREMI Collect et de sceller à nouveau.

# Fichiers en général
error-io-not_found = { $path } n'existe pas. Vérifiez le chemin et réessayez.
error-io-permission_denied = Vous n'avez pas le droit d'ouvrir { $path }. Choisissez un autre emplacement ou demandez l'accès à votre administrateur.
error-io-disk_full = Le disque est plein : { $path } n'a donc pas pu être écrit. Libérez de l'espace disque et réessayez.
error-io-failed = Un fichier n'a pas pu être lu ou écrit. Vérifiez le chemin, le disque et que le fichier n'est pas ouvert dans un autre programme, puis réessayez.
error-io-too_large = Le fichier est trop volumineux pour être un fichier de clé. Vérifiez que vous avez sélectionné le bon fichier.


# Paquets de questionnaire
error-pack-bad_magic = Ce fichier n'est pas un paquet de questionnaire SICREMI. Sélectionnez le fichier de paquet envoyé par le secrétariat.
error-pack-truncated = Le paquet de questionnaire est incomplet : il fait { $len } octets au lieu d'au moins { $expected }. Copiez à nouveau le fichier envoyé par le secrétariat.
error-pack-trailing_data = Le paquet de questionnaire contient { $extra } octets de trop après les { $expected } attendus. Copiez à nouveau le fichier envoyé par le secrétariat.
error-pack-too_large = Le paquet de questionnaire fait { $len } octets, plus que le maximum de { $max }. Ce n'est pas un paquet valide.
error-pack-unsupported_version = Ce paquet de questionnaire a la version de format { $version }, que cette version de SICREMI Collect ne sait pas lire. Mettez SICREMI Collect à jour.
error-pack-unknown_signer = Le paquet de questionnaire est signé avec la clé { $key_id }, à laquelle cet espace de travail ne fait pas confiance. Faites confiance au fichier de la clé de signature du secrétariat après avoir vérifié son empreinte par téléphone.
error-pack-signature = La signature du paquet de questionnaire ne correspond pas à la clé { $key_id } du secrétariat : le fichier a été modifié ou endommagé. Ne l'utilisez pas ; demandez une nouvelle copie au secrétariat.
error-pack-io = Impossible de lire { $path }. Vérifiez le chemin et réessayez.
error-pack-invalid = Le contenu du paquet de questionnaire n'est pas valide. Demandez un nouveau paquet au secrétariat.
error-pack-invalid_population = Le chiffre de population « { $value } » n'est pas valide. Indiquez une année à quatre chiffres et un nombre positif, par exemple 2023=46000000.
error-pack-wrong_country = { $path } est le paquet de questionnaire de { $country }, pas celui du pays de cet espace de travail. Demandez au secrétariat le paquet de votre pays.
error-pack-confirmation_required = La nouvelle définition du questionnaire déplace ou écarte des valeurs. Vérifiez les changements, puis confirmez l'importation.
error-pack-file_exists = { $path } existe déjà et n'est pas remplacé. Choisissez un autre nom de fichier.
error-setup-own_signing_key = Ce fichier contient la propre clé de signature de l'espace de travail, pas une clé du secrétariat. Demandez au secrétariat ses fichiers de clé publique.
error-import-unknown_pack = { $path } répond au paquet de questionnaire { $version }, que ce secrétariat n'a pas émis avec ce contenu. Le paquet est refusé.
error-store-pack_outdated = Le paquet de questionnaire { $version } est plus ancien que le paquet { $current }, que { $path } utilise déjà. Importez le paquet le plus récent envoyé par le secrétariat.
error-store-pack_version_conflict = { $path } contient déjà un autre paquet de questionnaire de version { $version }. Le paquet est rejeté ; demandez au secrétariat quel fichier est le bon.

## Écrans de l'application

ui-sides = Parties de l'échange
ui-side-correspondent = Correspondant
ui-side-secretariat = Secrétariat
ui-correspondent-sections = Sections de l'espace de travail
ui-tab-overview = Vue d'ensemble
ui-tab-tables = Tableaux
ui-tab-findings = Constats
ui-tab-import = Importer et exporter
ui-tab-seal = Sceller et envoyer
ui-working = Traitement en cours…
ui-save = Enregistrer
ui-saved = Enregistré.
ui-add = Ajouter
ui-none = (aucun)
ui-required = obligatoire
ui-import = Importer
ui-export = Exporter
ui-file = Fichier
ui-file-path = Chemin du fichier
ui-file-written = Enregistré dans { $path }.
ui-country = Pays
ui-choose-country = Choisissez un pays
ui-institution = Institution
ui-your-name = Votre nom
ui-passphrase = Phrase secrète
ui-passphrase-confirm = Phrase secrète, à nouveau
ui-passphrase-hint = Au moins { $min } caractères. Elle protège votre clé, et personne ne pourra la retrouver à votre place.
ui-passphrase-mismatch = Les deux phrases secrètes diffèrent.

# Premier démarrage
ui-demo-heading = Essayer la démonstration
ui-demo-intro = Crée un secrétariat et un correspondant de démonstration sur cet ordinateur, pour remplir, sceller et importer un paquet par vous-même.
ui-demo-create = Créer la démonstration
ui-deploy-heading = Configurer en tant que correspondant
ui-deploy-intro = Crée votre espace de travail et votre clé de signature. Ensuite, importez le fichier de clé publique que le secrétariat vous envoie.
ui-deploy-create = Créer mon espace de travail
ui-secretariat-setup-heading = Configurer le secrétariat
ui-secretariat-setup-intro = Réservé au secrétariat. Crée sur cet ordinateur la clé de chiffrement du secrétariat et un fichier consolidé vide. Ensuite, envoyez le fichier de clé publique à chaque correspondant et enregistrez le fichier de clé publique que chaque correspondant vous envoie.
ui-secretariat-setup-create = Créer le secrétariat

# Vue d'ensemble
ui-overview-heading = Vue d'ensemble
ui-correspondent = Correspondant
ui-cycle = Cycle de déclaration
ui-signing-key = Empreinte de votre clé de signature
ui-secretariat-key = Empreinte de la clé du secrétariat
ui-secretariat-key-missing = La clé du secrétariat n'a pas encore été importée.
ui-fingerprint-hint = Lisez les empreintes au secrétariat par téléphone pour confirmer que les deux parties détiennent les bonnes clés.
ui-trust-key-label = Chemin du fichier de clé publique du secrétariat
ui-trust-key-action = Importer la clé
ui-trusted-key = La clé du secrétariat est importée. Son empreinte est { $fingerprint }.
ui-export-key-label = Enregistrer votre fichier de clé publique de signature pour le secrétariat dans
ui-export-key-action = Enregistrer le fichier de clé
ui-tables-heading = Tableaux
ui-table = Tableau
ui-periods = Périodes avec des données
ui-progress = Rempli
ui-filled-of = { $filled } cellules sur { $expected }
ui-no-figures = Pas encore de chiffres
ui-warnings-unjustified = { $warnings } ({ $unjustified } sans justification)
ui-submissions-heading = Envois
ui-submissions-empty = Aucun paquet scellé pour l'instant.
ui-sequence = Numéro
ui-created-at = Scellé le
ui-package-id = Identifiant du paquet

# Éditeur de tableaux
ui-editor-heading = Tableaux
ui-add-reference-date = Ajouter une date de référence
ui-no-reference-date = Ce tableau n'a pas encore de date de référence. Ajoutez-en une pour commencer.
ui-grid-hint = Les flèches et la touche Tab déplacent la sélection ; la saisie ou Entrée modifie ; Entrée ou Tab enregistrent ; Échap annule. Vous pouvez coller un bloc copié depuis un tableur.
ui-add-row = Ajouter une ligne ({ $dimension })
ui-row-not-found = « { $name } » ne figure pas dans la liste. Choisissez l'une des suggestions.
ui-paste-outside = Le bloc collé ({ $rows } lignes, { $columns } colonnes) ne tient pas dans le tableau à partir de la cellule sélectionnée. Ajoutez d'abord des lignes ou sélectionnez une autre cellule.
ui-cell-details-heading = Cellule sélectionnée
ui-obs-status = Statut de l'observation
ui-conf-status = Confidentialité
ui-note = Note
ui-metadata-heading = Métadonnées du tableau

# Constats
ui-findings-heading = Constats
ui-findings-empty = Aucun constat : les données passent toutes les vérifications.
ui-count-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
ui-count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
} ({ $unjustified } sans justification)
ui-count-notes = { $count ->
    [one] { $count } remarque
   *[other] { $count } remarques
}
ui-justification = Justification
ui-justified = Justifié

# Importer et exporter
ui-import-heading = Importer et exporter
ui-renaper-heading = Fichier des étrangers du RENAPER (Argentine)
ui-renaper-intro = Importe le stock de résidents étrangers par nationalité et par sexe dans le tableau T9, à la date de référence.
ui-reference-date = Date de référence
ui-template-import-heading = Importer un modèle rempli
ui-template-export-heading = Exporter un modèle
ui-import-summary = { $file } : { $rows } lignes lues, { $cells } cellules enregistrées.
ui-import-metadata-filled = Ces réponses de métadonnées ont été remplies à partir du fichier :
ui-import-names-merged = Plusieurs noms du fichier désignent { $code } ({ $names }) ; leurs effectifs ont été additionnés.
ui-import-questionnaire-mismatch = Le modèle provient d'une autre version du questionnaire. Ses codes ont été vérifiés par rapport à la version actuelle.
ui-import-ambiguous-symbol = { $location } affiche « { $symbol } », qui correspond à plusieurs statuts ({ $statuses }), et la feuille des statuts n'en donne aucun. La cellule est restée inchangée ; choisissez son statut dans la feuille des statuts puis importez de nouveau.
ui-import-symbol-conflict = { $location } affiche « { $symbol } », mais la feuille des statuts donne à la cellule le statut { $status }. La feuille des statuts a été suivie.

# Scellement
ui-seal-heading = Sceller et envoyer
ui-seal-intro = Le scellement signe vos données avec votre clé et les chiffre pour le secrétariat. Envoyez le fichier scellé au secrétariat par courriel ou sur une clé USB.
ui-seal-allowed = Toutes les vérifications sont réussies : le paquet peut être scellé.
ui-seal-blocked = Le scellement est bloqué. Erreurs : { $errors }. Avertissements non justifiés : { $warnings }. Corrigez les erreurs et justifiez les avertissements dans la liste des constats.
ui-seal-destination = Dossier ou fichier du paquet
ui-seal-action = Sceller le paquet
ui-seal-done = Le paquet est scellé.
ui-seal-send-hint = Communiquez au secrétariat le numéro et le SHA-256 par téléphone, afin qu'il puisse vérifier le fichier reçu.

# Secrétariat
ui-secretariat-heading = Secrétariat
ui-encryption-key = Empreinte de la clé de chiffrement
ui-package-import-heading = Importer des paquets
ui-package-paths = Chemins des fichiers de paquet, un par ligne
ui-secretariat-passphrase = Phrase secrète de la clé du secrétariat
ui-package-imported = Importé : { $country }, paquet numéro { $sequence }, { $cells } cellules.
ui-package-already-imported = Ce paquet a déjà été importé le { $date } ; rien n'a changé.
ui-package-superseded = Le paquet numéro { $sequence } est antérieur au numéro { $latest }, déjà importé ; rien n'a changé.
ui-package-findings = Constats de la vérification du secrétariat : { $count } ({ $justified } justifiés par le correspondant).
ui-package-digest = SHA-256 du fichier, à comparer par téléphone avec l'expéditeur : { $sha256 }
ui-date-placeholder = AAAA-MM-JJ
ui-country-view-heading = Données d'un pays
ui-country-view-empty = Aucun pays n'a encore envoyé de données.
ui-country-view-no-data = Ce pays n'a envoyé aucune donnée pour ce tableau.
ui-imported-at = Importé le
ui-imported-empty = Aucun paquet importé pour l'instant.
ui-current = En vigueur
ui-consolidated-heading = Classeur consolidé
ui-consolidated-done = { $count ->
    [one] { $count } pays enregistré dans { $path }.
   *[other] { $count } pays enregistrés dans { $path }.
}
ui-keys-heading = Clés des correspondants enregistrées
ui-fingerprint = Empreinte
ui-label = Libellé
ui-revoked = Révoquée
ui-revoke = Révoquer
ui-register-key-label = Chemin du fichier de clé publique du correspondant
ui-register-key-action = Enregistrer la clé
ui-key-registered = La clé de { $country } est enregistrée. Son empreinte est { $fingerprint }.
ui-export-secretariat-key-label = Enregistrer le fichier de clé publique du secrétariat pour les correspondants dans
ui-secretariat-next-steps = Aucune clé de correspondant n'est encore enregistrée. Envoyez à chaque correspondant le paquet de confiance signé avec la clé racine (ou les fichiers de clé publique du secrétariat) et lisez-lui les empreintes par téléphone. Vérifiez et enregistrez ensuite la demande d'inscription que chaque correspondant vous envoie.

# Tranches, statuts de cellule, indicateur de la BID et justifications vues par le secrétariat
ui-status-replaces-number = Ce statut indique un chiffre manquant, mais la cellule en contient un. Effacez le chiffre ou choisissez un autre statut.
ui-finding-info = Pour information seulement : n'empêche pas le scellement.
ui-idb-heading = Indicateur de la BID
ui-idb-status = Résultat
ui-idb-status-value = { $status ->
    [eligible] Égal ou supérieur au seuil
    [not_eligible] Inférieur au seuil
    [no_population] Non calculé : le chiffre de population manque
    [incomplete] Non calculé : les entrées de certaines années manquent
    [units_differ] Non calculé : les tableaux comptent des unités différentes
   *[other] { $status }
}
ui-idb-years = Années
ui-idb-inflows = Immigrants d'Amérique latine et des Caraïbes
ui-idb-population = Population
ui-idb-percent = Part de la population
ui-idb-percent-value = { $percent } % (seuil { $threshold } %)
ui-idb-none = Pas encore calculé.
ui-idb-hint = Calculé à partir de vos chiffres d'entrées et des chiffres de population du secrétariat. Il ne peut pas être modifié.
ui-submission-findings = { $count ->
    [0] Aucun constat
    [one] { $count } constat
   *[other] { $count } constats
}
ui-submission-findings-empty = Les contrôles du secrétariat n'ont rien trouvé dans ce paquet.
ui-correspondent-justification = Justification du correspondant
ui-justified-at = Rédigée le { $date }
ui-justification-values = Valeurs au moment de la rédaction
ui-justification-outdated = Les valeurs ont changé après la rédaction de cette justification, qui ne couvre donc plus le constat.
ui-justification-missing = Aucune justification.
ui-pack-heading = Paquet de questionnaire
ui-pack-hint = Le secrétariat envoie un paquet signé à chaque cycle : le questionnaire, vos chiffres qu'il a acceptés la dernière fois et les chiffres de population. Examinez-le d'abord ; rien ne change avant son importation.
ui-pack-path = Chemin du fichier du paquet
ui-pack-inspect = Examiner
ui-pack-version = Version du paquet
ui-pack-version-value = { $version } (la vôtre actuellement : { $current })
ui-pack-issued-at = Émis le
ui-pack-status = État
ui-pack-status-value = { $status ->
    [new] Nouveau : il peut être importé
    [already_imported] Déjà importé
    [outdated] Plus ancien que le paquet que vous avez : il ne peut pas être importé
    [version_conflict] Même version que le paquet que vous avez, mais un autre fichier : contactez le secrétariat
   *[other] { $status }
}
ui-pack-definition = Questionnaire
ui-pack-definition-value = { $changed ->
    [yes] version { $version }, différente de celle que vous utilisez
   *[no] version { $version }, celle que vous utilisez
}
ui-pack-prefilled = Chiffres acceptés qui remplissent des cellules vides
ui-pack-population = Années avec un chiffre de population
ui-pack-signing-key = Clé de signature du secrétariat
ui-pack-migration-heading = Changements de vos chiffres
ui-pack-migration-summary = { $kept } valeurs restent en place, { $moved } sont déplacées et { $dropped } sont écartées. Les valeurs écartées restent lisibles dans ce panneau.
ui-pack-new-tables = Nouveaux tableaux : { $tables }
ui-pack-confirm = J'ai lu les changements ci-dessus et je veux importer le paquet.
ui-upgrade-heading = Un questionnaire plus récent est disponible
ui-upgrade-intro = Cette version de SICREMI Collect fournit la version { $to } du questionnaire ; votre espace de travail a été rempli avec la version { $from }. Rien ne change tant que vous ne l'appliquez pas. Les valeurs que la nouvelle version ne demande plus restent lisibles dans la liste des valeurs écartées.
ui-upgrade-apply = Appliquer le questionnaire plus récent
ui-upgrade-confirm = J'ai lu les changements ci-dessus et je veux appliquer le questionnaire plus récent.
ui-pack-import = Importer le paquet
ui-pack-imported = Paquet version { $version } importé : { $prefilled } cellules remplies, { $moved } valeurs déplacées, { $dropped } écartées.
ui-pack-already-imported = Le paquet version { $version } était déjà importé ; rien n'a changé.
ui-dropped-heading = Valeurs écartées par des changements du questionnaire
ui-dropped-item = Cellule ou question
ui-dropped-value = Valeur
ui-dropped-at = Écartée le
ui-pack-issue-heading = Émettre un paquet de questionnaire
ui-pack-population-input = Population par année, par exemple 2023=46000000, 2024=46500000
ui-pack-population-invalid = « { $entry } » n'est pas une année avec une population, comme 2023=46000000.
ui-pack-issue = Émettre le paquet
ui-pack-issue-done = Paquet version { $version } pour { $country } écrit dans { $path }, avec { $cells } cellules acceptées.

# Erreurs de l'application de bureau
error-input-missing_path = Aucun chemin n'a été indiqué. Saisissez le chemin du fichier ou du dossier.

## Clés, inscription, lots de confiance, accusés de réception et import par lots

cli-receipt-written = Accusé de réception écrit dans { $path }
cli-root-key = Clé racine { $key_id }, empreinte { $fingerprint }
cli-enrollment = Demande d'inscription pour { $country } : { $name } ({ $institution }), clé { $key_id }
cli-fingerprint = Empreinte, à lire à voix haute au téléphone : { $fingerprint }
cli-file = Fichier : { $path }
cli-key-validity = Valide du { $from } au { $to }
cli-bundle = Lot de confiance version { $version }, signé le { $issued }, expire le { $expires }
cli-bundle-key-period = valide du { $from } au { $to }
cli-bundle-already-imported = Ce paquet de confiance avait déjà été importé ; rien n'a changé.
cli-receipt = Accusé de réception du paquet { $package_id } (numéro { $sequence }) : { $verdict ->
    [imported] importé
    [already_imported] déjà importé auparavant
    [superseded] non utilisé, un paquet plus récent a été importé
   *[rejected] refusé
} ; { $errors } erreur(s), { $warnings } avertissement(s), { $justified } justifié(s).
cli-receipt-sequence = Compteur des numéros de paquet : { $before } avant, { $after } maintenant.
cli-receipt-already-imported = Cet accusé de réception avait déjà été importé ; rien n'a changé.
cli-batch-imported = { $file } : { $status ->
    [imported] importé
    [already_imported] déjà importé
   *[superseded] remplacé par un paquet plus récent
} (paquet { $sequence } de { $country })
cli-batch-rejected = { $file } : { $status ->
    [quarantined] refusé et copié dans { $copy }
   *[failed] non importé
} : { $message }
cli-batch-summary = { $imported } importé(s), { $already } déjà importé(s), { $superseded } remplacé(s), { $quarantined } en quarantaine, { $failed } en échec. Quarantaine : { $quarantine }. Accusés de réception : { $receipts }.
cli-backup = Sauvegarde des clés { $path } : { $files } (faite le { $date })
cli-cycle = Le cycle { $cycle } est { $state ->
    [closed] clos
   *[open] ouvert
} depuis le { $date }.
cli-cycles-none = Aucun cycle n'a été clos ; tous les cycles sont ouverts.

error-document-bad_magic = Ce fichier n'est pas { $kind ->
        [enrollment] une demande d'inscription
        [trust_bundle] un paquet de confiance
        [receipt] un accusé de réception
       *[key_backup] une sauvegarde de clés
    }. Choisissez le fichier qui vous a été envoyé.
error-document-truncated = Le fichier { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } est incomplet : { $len } octets au lieu de { $expected }. Copiez le fichier à nouveau.
error-document-trailing_data = Le fichier { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } contient { $extra } octets de trop après les { $expected } attendus. Copiez le fichier à nouveau.
error-document-too_large = Le fichier { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } fait { $len } octets, plus que le maximum de { $max }. Ce n'est pas un fichier valide.
error-document-unsupported_version = Le fichier { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } a la version de format { $version }, que cette version de SICREMI Collect ne lit pas. Mettez SICREMI Collect à jour.
error-document-unknown_signer = Le fichier { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } est signé avec la clé { $key_id }, qui n'est pas reconnue ici. Vérifiez que le fichier vient du secrétariat SICREMI.
error-document-signature = La signature { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } ne correspond pas à la clé { $key_id } : le fichier a été modifié ou endommagé. Ne l'utilisez pas.
error-document-invalid = Le contenu { $kind ->
        [enrollment] de la demande d'inscription
        [trust_bundle] du paquet de confiance
        [receipt] de l'accusé de réception
       *[key_backup] de la sauvegarde de clés
    } n'est pas valide. Demandez un nouveau fichier à l'expéditeur.
error-document-wrong_passphrase = Phrase de passe de la sauvegarde incorrecte, ou la sauvegarde est endommagée. Vérifiez la phrase et réessayez.
error-document-io = { $path } ne peut pas être lu. Vérifiez le chemin et réessayez.
error-store-cycle_closed = Le cycle de déclaration { $cycle } est clos dans { $path } : le paquet a donc été refusé.
error-store-bundle_outdated = La version { $version } du paquet de confiance n'est pas plus récente que la version { $current }, que { $path } contient déjà. Importez le paquet le plus récent envoyé par le secrétariat.
error-enrollment-file_exists = { $path } existe déjà et n'est pas remplacé. Choisissez un autre nom de fichier.
error-enrollment-invalid_validity = La période de validité se termine ({ $to }) avant de commencer ({ $from }). Indiquez une date de fin postérieure à la date de début.
error-import-key_not_yet_valid = Le paquet est signé avec la clé { $key_id }, valide seulement à partir du { $date } : le paquet a donc été refusé, quelle que soit la date qu'il indique.
error-import-key_expired = Le paquet est signé avec la clé { $key_id }, dont la validité a pris fin le { $date } : le paquet a donc été refusé, quelle que soit la date qu'il indique. Demandez au correspondant d'inscrire une nouvelle clé.
error-input-invalid_cycle = « { $value } » n'est pas un cycle de déclaration. Indiquez l'année sur quatre chiffres, par exemple 2026.
error-trust-file_exists = { $path } existe déjà et n'est pas remplacé. Choisissez un autre nom de fichier.
error-trust-invalid_validity = Un paquet de confiance doit être valide de 1 à { $max } jours, pas { $days }.
error-trust-not_an_encryption_key = Le fichier de clé publique de chiffrement du secrétariat contient une clé de signature. Restaurez le dossier du secrétariat à partir d'une sauvegarde.
error-trust-not_a_signing_key = Le fichier contient une clé de chiffrement là où une clé de signature était attendue. Vérifiez que vous avez choisi le bon fichier de clé publique.
error-trust-bundle_expired = La version { $version } du paquet de confiance a expiré le { $date }. Demandez au secrétariat le lot en vigueur.
error-seal-no_valid_encryption_key = Aucune clé de chiffrement du paquet de confiance { $version } n'est valide maintenant. Importez le paquet de confiance le plus récent du secrétariat, puis scellez à nouveau.
error-receipt-wrong_country = { $path } est l'accusé de réception d'un paquet de { $country }, pas du pays de cet espace de travail. Importez-le dans l'espace de travail de ce pays.
error-receipt-unknown_package = { $path } est l'accusé de réception du paquet { $package_id }, que cet espace de travail n'a pas scellé avec sa clé actuelle. Vérifiez que l'accusé vous est destiné.
error-batch-no_files = Aucun fichier de paquet à importer : les dossiers indiqués sont vides.
error-backup-file_exists = { $path } existe déjà et n'est pas remplacé. Choisissez un autre nom de fichier.
error-backup-target_exists = { $path } existe déjà. Une restauration ne remplace jamais un fichier de clé ; s'il est endommagé, déplacez-le d'abord ailleurs.
error-backup-invalid = { $path } n'est pas une sauvegarde de clés utilisable. Utilisez une autre copie.

## Desktop screens for enrollment, trust bundles, receipts, batch import and cycles

ui-tab-exchange = Clés et accusés
ui-exchange-heading = Clés et accusés de réception
ui-sequence-counter = Compteur de paquets : { $sequence }. Le prochain paquet scellé prend un numéro plus élevé.
ui-submission-state = État
ui-submission-state-value = { $state ->
    [sent] Envoyé
    [acknowledged] Reçu
    [rejected] Rejeté
   *[created] Scellé, pas encore d'accusé
}
ui-receipts-heading = Accusés de réception du secrétariat
ui-receipts-hint = Le secrétariat envoie un accusé signé pour chaque paquet qu'il importe ou rejette. L'importer marque le paquet comme reçu ou rejeté.
ui-receipt-path = Chemin du fichier d'accusé (.sicremi-receipt)
ui-receipt-verdict = Paquet { $sequence } : { $verdict ->
    [imported] importé par le secrétariat
    [already_imported] déjà importé auparavant
    [superseded] non utilisé, car un paquet plus récent a été importé
   *[rejected] rejeté par le secrétariat
}. Erreurs : { $errors }, avertissements : { $warnings }.
ui-receipt-counter = Compteur de paquets : { $before } avant, { $after } maintenant.
ui-receipt-already-imported = Cet accusé avait déjà été importé, donc rien n'a changé.
ui-receipt-no-submission = Cet espace de travail n'a aucune trace du paquet, donc aucun envoi n'a changé.
ui-bundle-heading = Paquet de confiance
ui-root-built-in = Clé racine intégrée à l'application
ui-root-added = Clé racine ajoutée à cet espace de travail
ui-bundle-version = Version du paquet de confiance
ui-bundle-issued = Signé le
ui-bundle-expires = Expire le
ui-bundle-root = Signé par la clé racine
ui-bundle-signing-key = Clé du secrétariat pour les paquets de questionnaire et les accusés
ui-bundle-missing = Aucun paquet de confiance importé pour l'instant. D'ici là, les clés importées depuis des fichiers de clé publique sont utilisées.
ui-bundle-path = Chemin du fichier du paquet de confiance (.sicremi-trust)
ui-bundle-imported = Paquet de confiance version { $version } importé. Il expire le { $expires }.
ui-bundle-already-imported = Le paquet de confiance version { $version } avait déjà été importé, donc rien n'a changé.
ui-command-line-only = La création d'une clé racine, la signature des paquets de confiance et la sauvegarde ou la restauration des clés se font uniquement avec la ligne de commande sicremi. Lancez `sicremi --help` pour en voir les commandes.
ui-validity = Valide du { $from } au { $to }
ui-validity-open = Valide à partir du { $from }, sans date de fin
ui-validity-heading = Validité
ui-enrollment-heading = Inscrire votre clé de signature
ui-enrollment-hint = Le secrétariat n'accepte vos paquets qu'une fois votre clé de signature enregistrée. Écrivez une demande d'inscription, envoyez le fichier au secrétariat, puis lisez-lui l'empreinte par téléphone.
ui-enrollment-export = Écrire la demande d'inscription
ui-request-created-at = Écrite le
ui-enrollment-read-aloud = Lisez cette empreinte au secrétariat par téléphone. Si un chiffre diffère, la demande qu'il a reçue n'est pas la vôtre.
ui-replace-key-heading = Remplacer une clé de signature perdue ou compromise
ui-replace-key-warning = Ceci crée une nouvelle clé de signature et conserve vos chiffres, réponses et justifications. Le secrétariat rejette les paquets signés avec la nouvelle clé jusqu'à ce que vous l'inscriviez de nouveau et qu'il l'enregistre. L'ancien fichier de clé est renommé, pas supprimé.
ui-replace-key-confirm = Je comprends que la nouvelle clé doit être inscrite de nouveau.
ui-replace-key-action = Remplacer la clé de signature
ui-replace-key-done = La clé de signature a été remplacée. Inscrivez maintenant la nouvelle clé. Son empreinte est :
ui-secretariat-signing-key = Clé de signature des paquets de questionnaire et des accusés
ui-secretariat-signing-key-missing = Aucune pour l'instant : elle est créée avec le premier paquet de questionnaire.
ui-export-secretariat-signing-key-label = Enregistrer le fichier de clé publique de signature du secrétariat (paquets de questionnaire et accusés) que les correspondants importeront
ui-package-receipt = Accusé pour le correspondant : { $path }
ui-enrollment-register-heading = Enregistrer une clé à partir d'une demande d'inscription
ui-enrollment-request-path = Chemin du fichier de demande d'inscription (.sicremi-enrollment)
ui-enrollment-inspect = Vérifier la demande
ui-enrollment-compared = Le correspondant m'a lu la même empreinte par téléphone.
ui-valid-from = Valide à partir du
ui-valid-from-hint = Laissez vide pour commencer maintenant. Les dates commencent à minuit UTC.
ui-valid-to = Valide jusqu'au
ui-valid-to-hint = Laissez vide pour ne pas fixer de fin. La clé cesse d'être valide au début de ce jour (00:00 UTC).
ui-batch-heading = Importer un dossier de paquets
ui-batch-hint = Importe tous les fichiers du dossier. Un fichier rejeté est copié dans le dossier de quarantaine avec un fichier de motif, et l'original reste en place. Chaque fichier reçoit un accusé pour son expéditeur.
ui-batch-path = Chemin du dossier (ou d'un fichier de paquet)
ui-batch-counts = { $imported } importés, { $already } déjà importés, { $superseded } remplacés, { $quarantined } en quarantaine, { $failed } en échec.
ui-batch-receipts-dir = Accusés écrits dans { $path }
ui-batch-quarantine-dir = Fichiers rejetés copiés dans { $path }
ui-batch-status = { $status ->
    [imported] importé
    [already_imported] déjà importé
    [superseded] remplacé par un paquet plus récent
    [quarantined] rejeté et mis en quarantaine
   *[failed] non importé
}
ui-batch-package = (paquet { $sequence } de { $country })
ui-batch-copied-to = Copié dans { $path }
ui-cycles-heading = Cycles de collecte
ui-cycles-empty = Aucun cycle n'a été fermé, donc tous sont ouverts.
ui-cycle-state = État
ui-cycle-state-value = { $state ->
    [closed] Fermé : les paquets sont rejetés
   *[open] Ouvert
}
ui-cycle-changed-at = Modifié le
ui-cycle-year = Cycle (année à quatre chiffres)
ui-cycle-close = Fermer le cycle
ui-cycle-reopen = Rouvrir le cycle

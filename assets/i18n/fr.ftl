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
    [negative] { $cell } : { $value } est négatif ; un nombre de personnes ne peut pas être inférieur à zéro.
    [value_with_missing_status] { $cell } : la cellule contient le nombre { $value } et un statut « manquant » ; retirez l'un des deux.
   *[blank] { $cell } : la cellule est vide. Saisissez un nombre (0 s'il n'y en a pas) ou choisissez un statut comme « non collecté ».
}
finding-sex-sum = { $cell } : le total est { $total }, mais hommes, femmes, autre sexe et inconnu font { $sum } (écart { $difference }).
finding-nationality-sum = { $cell } : le total est { $total }, mais les nationalités indiquées font { $sum } (écart { $difference }).
finding-category-sum = { $cell } : le total est { $total }, mais les catégories font { $sum } (écart { $difference }).
finding-cross-table-total = { $slice } : le total de { $table } ({ $value }) diffère du total de { $other_table } ({ $other_value }) de { $difference }. Les deux comptent les mêmes immigrés permanents.
finding-year-on-year = { $previous ->
    [0] { $cell } : { $value } alors que { $previous_slice } n'en comptait aucun. Confirmez le chiffre et expliquez la variation.
   *[other] { $cell } : { $value } contre { $previous } en { $previous_slice } ({ $change } personnes, { $percent } %). Confirmez le chiffre et expliquez la variation.
}
finding-own-nationality = { $table_title }, { $slice } : { $code_label } est la nationalité de votre propre pays et ne peut pas figurer parmi les étrangers.
finding-metadata-required = { $table_title } : il faut répondre à la question « { $field_label } ».

## Ligne de commande

cli-error = Erreur
cli-summary = { $errors } erreur(s), { $warnings } avertissement(s), { $unjustified } sans justification.
cli-exported = { $count } pays exporté(s) vers { $path }.

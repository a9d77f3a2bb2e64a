# User-facing text of SICREMI Collect, English.
# Every message id here must exist in es.ftl, pt.ftl and fr.ftl with the same variables;
# tests/i18n_catalog.rs checks this.

-product-name = SICREMI Collect
-oas = OAS

app-name = { -product-name }

## Header

language-switch-label = Language

## Welcome screen

welcome-heading = Welcome to { -product-name }
welcome-intro = Prepare your country's migration statistics and send them to the { -oas } General Secretariat.

## Footer

footer-version = Version { $version }
footer-data-dir = Data folder: { $path }
footer-backend-unavailable = The application core did not respond: { $reason }

## Validation findings. Variables: see docs/questionnaire-format.md; $table_title, $code_label,
## $field_label and $cell are added by the renderer.

severity-error = Error
severity-warning = Warning
severity-info = Note
finding-completeness = { $table_title }: no figures yet for { $slices }. Fill them in, or explain why they cannot be reported.
finding-value-domain = { $problem ->
    [negative] { $cell }: { $value } is negative; counts of persons cannot be below zero.
    [value_with_missing_status] { $cell }: the cell has the number { $value } and a "missing" status; remove one of them.
   *[blank] { $cell }: the cell is empty. Type a number (0 if none), or choose a status such as "not collected".
}
finding-sex-sum = { $cell }: the total is { $total }, but men, women, other sex and unknown add up to { $sum } (difference { $difference }).
finding-nationality-sum = { $cell }: the total is { $total }, but the nationalities listed add up to { $sum } (difference { $difference }).
finding-category-sum = { $cell }: the total is { $total }, but the categories add up to { $sum } (difference { $difference }).
finding-cross-table-total = { $slice }: the total of { $table } ({ $value }) differs from the total of { $other_table } ({ $other_value }) by { $difference }. Both count the same permanent immigrants.
finding-year-on-year = { $previous ->
    [0] { $cell }: { $value } where { $previous_slice } had none. Confirm the figure and explain the change.
   *[other] { $cell }: { $value } against { $previous } in { $previous_slice } ({ $change } persons, { $percent }%). Confirm the figure and explain the change.
}
finding-own-nationality = { $table_title }, { $slice }: { $code_label } is your own country's nationality and cannot be among the foreigners.
finding-metadata-required = { $table_title }: the question "{ $field_label }" must be answered.

## Command line

cli-error = Error
cli-summary = { $errors } error(s), { $warnings } warning(s), { $unjustified } without justification.
cli-exported = { $count } country/countries exported to { $path }.

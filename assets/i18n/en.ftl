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
    [blank_row] { $table_title }, { $slice }, { $code_label }: { $count } cells of this row are empty. Type a number in each (0 if none), or choose a status such as "not collected".
    [negative] { $cell }: { $value } is negative; a count cannot be below zero.
    [too_large] { $cell }: { $value } is larger than any count this questionnaire accepts. Check the figure for extra digits.
    [value_with_missing_status] { $cell }: the cell has the number { $value } and a "missing" status; remove one of them.
    [unknown_obs_status] { $cell }: the observation status is not one of this questionnaire's codes. Choose a status from the list.
    [unknown_conf_status] { $cell }: the confidentiality status is not one of this questionnaire's codes. Choose a status from the list.
    [too_many_dates] { $table_title }: { $value } reference dates are reported, more than this table accepts. Remove the dates you did not mean to add.
   *[blank] { $cell }: the cell is empty. Type a number (0 if none), or choose a status such as "not collected".
}
finding-sex-sum = { $cell }: the total is { $total }, but men, women, other sex and unknown add up to { $sum } (difference { $difference }{ $tolerance ->
    [0] {""}
   *[other] , more than the { $tolerance } that rounding allows
}). Correct the total or the parts.
finding-nationality-sum = { $cell }: the total is { $total }, but the { $dimension ->
    [destination] countries of destination
   *[other] nationalities
} listed add up to { $sum } (difference { $difference }{ $tolerance ->
    [0] {""}
   *[other] , more than the { $tolerance } that rounding allows
}). Add the missing rows, or report the rest under "Other countries".
finding-category-sum = { $cell }: the total is { $total }, but the categories add up to { $sum } (difference { $difference }{ $tolerance ->
    [0] {""}
   *[other] , more than the { $tolerance } that rounding allows
}). Correct the total or the categories.
finding-breakdown-sum = { $cell }: the total is { $total }, but the { $dimension ->
    [age] age groups
   *[application] kinds of application
} add up to { $sum } (difference { $difference }{ $tolerance ->
    [0] {""}
   *[other] , more than the { $tolerance } that rounding allows
}). Correct the total or the parts.
finding-cross-table-total = { $period }: the total of { $left_table } is { $left } and the total of { $right_table } is { $right }, although both count the same immigrants. Correct one of them, or explain the difference in the question "Why the total differs from the inflow table" of { $left_table }.
finding-recognised-decided = { $cell }: recognised refugees and complementary protection add up to { $part }, more than the { $whole } decisions on the merits that include them. Correct one of the figures.
finding-first-applications = { $cell }: { $part } first-time applications, more than the { $whole } applications of all kinds. Correct one of the figures.
finding-seasonal-workers = { $period }: { $left_table } has { $left } seasonal workers, more than the { $right } temporary workers that include them. Correct the categories.
finding-temporary-workers = { $period }: { $left_table } counts { $left } temporary workers (working holiday, intra-corporate transferees, trainees, seasonal and other workers), more than the { $right } temporary immigrants in { $right_table }. Correct one of the tables.
finding-asylum-caseload = { $problem ->
    [exceeds] { $table_title }, { $period }, { $code_label }: { $decided } cases were decided or otherwise closed, more than the { $available } available (pending at the start plus applications). Correct the figures.
   *[gap] { $table_title }, { $period }, { $code_label }: { $reported } cases are pending at the end of the year, but pending at the start plus applications minus decisions and closures give { $expected } (difference { $difference }). Correct the figures, or explain the difference.
}
finding-year-on-year = { $previous ->
    [0] { $cell }: { $value } where { $previous_period } had none.
   *[other] { $cell }: { $value } against { $previous } in { $previous_period } ({ $percent }%).
} Confirm the figure and explain the change, or mark the cell B (break in series) or E (estimated).
finding-series-change = { $problem ->
    [appeared] { $table_title }, { $code_label }: { $value } in { $period }, where { $previous_period } had none. Confirm the new series.
    [left_top] { $table_title }, { $code_label }: number { $rank } in { $previous_period } with { $previous }, but not reported in { $period }. Report it, or confirm that it is counted elsewhere now.
   *[vanished] { $table_title }, { $code_label }: { $previous } in { $previous_period }, none in { $period }. Confirm that the series really fell to zero.
}
finding-own-nationality = { $table_title }, { $slice }: { $code_label } is your own country, and this table counts only foreigners or the foreign-born. Remove the row.
finding-own-destination = { $table_title }, { $slice }: { $code_label } is your own country and cannot be the destination of emigrants. Remove the row.
finding-residual-share = { $cell }: { $code_label } is { $percent }% of the total ({ $value } of { $total }), above the { $max_percent }% allowed. Assign more of them to their countries, or explain why that cannot be done.
finding-stock-flow = { $table_title }: the stock changed by { $stock_change } between { $from } and { $to }, but inflows (T1, T2) minus acquisitions of nationality (T8) over those years give { $expected } (gap { $gap }). Explain the gap, for example deaths, emigration of foreigners, a regularisation or a change of source.
finding-acquisitions-stock = { $period }: { $flow } acquisitions of nationality in { $flow_table }, more than the { $stock } foreigners in { $stock_table } on { $date }. Check both figures.
finding-unit-consistency = { $problem ->
    [not_allowed] { $table_title }: the counting unit "{ $unit }" is not allowed for this table. Choose one of: { $units }.
   *[differ] Tables { $tables } count different units ({ $units }), so they cannot be compared. Report them in the same unit.
}
finding-revision = { $problem ->
    [cleared] { $cell }: the figure { $previous } accepted in an earlier cycle has no number now.
    [filled] { $cell }: { $value } replaces a cell accepted in an earlier cycle without a number.
   *[changed] { $cell }: { $value } replaces { $previous }, the figure accepted in an earlier cycle.
} Add a note to the cell saying what changed and why.
finding-mirror = { $period }: { $origin } reports { $reported_by_origin } emigrants to { $destination }, while { $destination } reports { $reported_by_destination } immigrants from { $origin } (difference { $difference }).
finding-rate-range = { $period }: inflows are { $rate } per 1,000 inhabitants, outside the range of earlier years ({ $min } to { $max }, with a margin). Confirm the figures and explain the change.
finding-idb-indicator = { $status ->
    [eligible] IDB indicator for { $years }: { $inflows } immigrants from Latin America and the Caribbean, { $percent }% of the population of { $population }, at or above the { $threshold_percent }% threshold.
    [not_eligible] IDB indicator for { $years }: { $inflows } immigrants from Latin America and the Caribbean, { $percent }% of the population of { $population }, below the { $threshold_percent }% threshold.
    [no_population] IDB indicator for { $years }: not computed, because the secretariat sent no population figure for the last year.
    [units_differ] IDB indicator for { $years }: not computed, because T1 or T2 counts permits instead of persons.
   *[incomplete] IDB indicator for { $years }: not computed, because inflows by nationality are missing in { $missing }. Fill in those tables and years to see the indicator.
}
finding-metadata-required = { $table_title }: the question "{ $field_label }" must be answered.

## Command line

cli-error = Error: { $message }
cli-summary = { $errors } error(s), { $warnings } warning(s), { $unjustified } without justification.
cli-exported = { $count } country/countries exported to { $path }.
cli-key = { $kind ->
    [encryption] Secretariat encryption key
   *[signing] Signing key
} { $key_id }, fingerprint { $fingerprint }
cli-demo-created = Demo network created for { $country }. Correspondent: { $correspondent }. Secretariat: { $secretariat }.
cli-status-header = { $country }, { $name }: questionnaire version { $version }, cycle { $cycle } ({ $path })
cli-status-table = { $table }: { $filled } of { $expected } cells filled; errors: { $errors }, warnings: { $warnings }, without justification: { $unjustified }
cli-no-secretariat-key = No secretariat encryption key is trusted yet: run "sicremi trust" with the secretariat's public key file.
cli-status-sequence = Last package number: { $sequence }
cli-imported = { $source }: { $rows } lines read, { $cells } cells written.
cli-metadata-filled = Metadata filled from the file: { $fields }
cli-sealed = Package { $sequence } sealed: { $path } ({ $bytes } bytes, SHA-256 { $sha256 })
cli-key-registered = Signing key { $key_id } registered for { $country }, fingerprint { $fingerprint }
cli-key-revoked = Signing key { $key_id } of { $country } is revoked, fingerprint { $fingerprint }
cli-secretariat-summary = Consolidated file { $path }: packages: { $submissions }; countries: { $countries }
cli-mirror-summary = { $count } difference(s) between what countries report of each other.
cli-package-imported = { $file }: package { $sequence } from { $country } imported, { $cells } cells (SHA-256 { $sha256 }).
cli-package-already-imported = { $file }: already imported on { $date }; nothing changed.
cli-package-superseded = { $file }: package { $sequence } is older than package { $latest }, already imported; nothing changed.

# Questionnaire packs
cli-pack-preview = Questionnaire pack { $version } for { $country }, cycle { $cycle } ({ $status ->
    [new] new
    [already_imported] already imported
    [outdated] older than the pack in use
   *[version_conflict] same version as the pack in use, different content
}): definition version { $definition_version } ({ $definition_hash }), { $prefilled } accepted values to fill empty cells, population for { $years }.
cli-pack-population = Population { $year }: { $value }
cli-pack-population-changed = Population { $year }: { $value } (the workspace has { $current } now)
ui-pack-population-figure = { $year }: { $value }
ui-pack-population-changed = { $year }: { $value } (now { $current })
cli-pack-migration = The new definition keeps { $kept } cells, moves { $moved } and drops { $dropped }; new tables: { $tables }; { $codes } new codes.
cli-pack-moved = { $from } moves to { $to }
cli-pack-dropped = { $cell } is dropped and kept in the list of dropped values (sicremi dropped)
cli-pack-needs-yes = The new definition moves or drops values. Check the list above, then run the import again with --yes.
cli-definition-upgrade = This program's questionnaire is version { $to }; the workspace uses version { $from }.
cli-definition-upgraded = The workspace now uses questionnaire version { $version }: { $moved } value(s) moved, { $dropped } dropped (sicremi dropped lists them).
cli-definition-needs-yes = The newer questionnaire moves or drops values. Check the list above, then run the upgrade again with --yes.
cli-pack-imported = Questionnaire pack { $version } imported: definition version { $definition_version }, { $prefilled } empty cells filled with accepted values, { $moved } moved, { $dropped } dropped.
cli-pack-already-imported = Questionnaire pack { $version } was already imported; nothing changed.
cli-pack-issued = Questionnaire pack { $version } for { $country } written to { $path }: { $cells } accepted values, population for { $years } (SHA-256 { $sha256 }). Correspondents must trust this signing key:
cli-dropped-none = No values were dropped.
cli-dropped-item = { $table } { $item }: { $value } (dropped { $date })
cli-demo-pack = Questionnaire pack { $version } imported from { $path }.

## Errors

# One message per error code: the id is "error-" followed by the code with dots turned into
# dashes. The variables are the error's parameters (crates/app/src/error/params.rs and the
# AppError::new calls). crates/app/tests/error_catalog.rs checks that every code has a message
# and that each message formats with the parameters its errors carry.

error-unknown = The operation failed: { $detail }
error-detail = Technical detail: { $detail }

# Data files (workspace and consolidated store)
error-store-open_failed = Cannot open { $path }. Check that the folder exists and that you may write to it, then try again.
error-store-not_a_database = { $path } is not a SICREMI Collect data file. Choose another file, or restore this one from a backup.
error-store-corrupt = { $path } is damaged. Stop using it and restore it from a backup.
error-store-wrong_file_kind = { $path } is { $found ->
        [workspace] a correspondent's workspace
        [consolidated] the secretariat's consolidated file
       *[other] a database of another program
    }, not { $expected ->
        [workspace] a correspondent's workspace
       *[consolidated] the secretariat's consolidated file
    }. Choose the right file.
error-store-newer_schema = { $path } was written by a newer version of SICREMI Collect (data format { $found }; this version reads up to { $supported }). Install the newer version to open it.
error-store-disk_full = The disk that holds { $path } is full, so the last change was not saved. Free some disk space and repeat the change; everything saved before it is intact.
error-store-locked = { $path } is in use by another program. Close the other SICREMI Collect window that uses it and try again.
error-store-read_only = { $path } is read-only. Move it to a folder where you can write, or change its permissions.
error-store-io = Reading or writing { $path } failed. Check the disk or the network drive and try again.
error-store-invalid_argument = SICREMI Collect tried to save an invalid value ({ $field }), and nothing was saved. Report this message to the SICREMI secretariat.
error-store-invalid_stored_row = A record of the table “{ $table }” in { $path } is invalid, because another program changed the file. Restore it from a backup.
error-store-sequence_not_reserved = Submission number { $sequence } was never reserved in { $path } (the last reserved number is { $reserved }). Seal the package again.
error-store-submission_not_found = No submission with package ID { $package_id } is recorded in { $path }.
error-store-unknown_key = Signing key { $key_id } is not registered. Register the correspondent's public key before importing their packages.
error-store-key_already_registered = Signing key { $key_id } is already registered, so nothing was changed.
error-store-package_id_conflict = Package { $package_id } was already imported with different content, so this file is rejected. Ask the sender to seal the package again, which gives it a new id, and check where this file came from.
error-store-key_country_mismatch = Signing key { $key_id } is registered for { $key_country }, but the package is for { $package_country }. Reject the package and ask the sender to seal it from their own country's workspace.
error-store-constraint = Saving to { $path } failed because the data contains a duplicate or a missing reference. Correct the input and try again.
error-store-sqlite = The database { $path } reported an error. Try again, and report this message to the SICREMI secretariat if it happens again.

# Packages
error-package-bad_magic = This file is not a SICREMI package. Select a package file sealed by SICREMI Collect.
error-package-truncated = The package is incomplete: it has { $len } bytes but should have { $expected }. Copy the file again from the sender.
error-package-trailing_data = The package has { $extra } bytes more than the expected { $expected }. Copy the file again from the sender.
error-package-too_large = The file has { $len } bytes, more than a package can have ({ $max } bytes). It is not a SICREMI package.
error-package-unsupported_version = The package uses format version { $version }, which this version of SICREMI Collect cannot read. Update SICREMI Collect.
error-package-unsupported_suite = The package uses encryption suite { $suite }, which this version of SICREMI Collect does not support. Update SICREMI Collect.
error-package-bad_header_length = The package header has { $header_len } bytes instead of 128. The file is damaged or comes from a newer version of SICREMI Collect.
error-package-reserved_not_zero = The package header contains unexpected data. The file is damaged or comes from a newer version of SICREMI Collect.
error-package-invalid_country = The country in the package header (bytes { $bytes }) is not a three-letter code. The file is damaged; ask the sender for a new copy.
error-package-invalid_country_code = “{ $value }” is not a valid country code. Use an ISO 3166-1 alpha-3 code of three capital letters, such as MEX.
error-package-unknown_payload_type = The package content type { $value } is not supported. Update SICREMI Collect.
error-package-payload_too_large = The data to seal has { $len } bytes, more than the { $max } bytes a package can hold.
error-package-unknown_recipient = The package was encrypted for key { $found }, but the secretariat's key is { $expected }. Ask the sender to seal it again with the current public key of the secretariat.
error-package-unknown_sender = The package is signed by key { $key_id }, which is not registered. Register the correspondent's public key before importing their packages.
error-package-sender_lookup_mismatch = Looking up signing key { $requested } returned key { $returned }, so the key registry is inconsistent. Report this message to the SICREMI secretariat.
error-package-invalid_encapsulated_key = The encryption data of the package is invalid. The file is damaged or forged; ask the sender for a new copy.
error-package-decryption_failed = The package cannot be decrypted: it was changed after sealing or is damaged. Ask the sender for a new copy.
error-package-bad_signature = The package signature does not match signing key { $key_id }. The package was altered or signed with another key; do not accept it.
error-package-encryption_failed = Encrypting the package failed. Try again, and report this message to the SICREMI secretariat if it happens again.
error-package-random_failed = The random number generator of the operating system failed. Try again; if it fails again, have the operating system checked.
error-package-io = Cannot read the package file { $path }. Check that it exists and that you may open it.

# Key files and public key files
error-key-bad_magic = This file is not a SICREMI key file. Select the private key file that SICREMI Collect created.
error-key-truncated = The key file is incomplete: it has { $len } bytes but should have { $expected }. Restore it from a backup.
error-key-trailing_data = The key file has { $extra } bytes more than the expected { $expected }. Restore it from a backup.
error-key-unsupported_version = The key file uses format version { $version }, which this version of SICREMI Collect cannot read. Update SICREMI Collect.
error-key-unknown_kind = The key file contains a key of unknown type { $value }. The file is damaged or was not written by SICREMI Collect.
error-key-wrong_kind = This key file contains { $found ->
        [encryption] an encryption key
       *[signing] a signing key
    }, but { $expected ->
        [encryption] an encryption key
       *[signing] a signing key
    } is needed. Select the other key file.
error-key-unsupported_kdf = The key file protects its key with method { $value }, which this version of SICREMI Collect does not support. Update SICREMI Collect.
error-key-kdf_param_out_of_range = The Argon2 parameter { $param } of the key file is { $value }, outside the allowed range from { $min } to { $max }. The file is damaged or was not written by SICREMI Collect.
error-key-bad_secret_length = The key in the key file has { $len } bytes instead of { $min } to { $max }. The file is damaged; restore it from a backup.
error-key-wrong_passphrase = Wrong passphrase, or the key file is damaged. Check the passphrase and try again.
error-key-empty_passphrase = The passphrase is empty. Enter the passphrase.
error-key-corrupt_secret = The decrypted key is invalid or does not match the public key in the key file. Restore the key file from a backup.
error-key-invalid_pkcs8 = The signing key data is invalid. Export the key again.
error-key-bad_public_key_length = The public key has { $len } bytes instead of 32. Obtain a new copy of the public key file from its owner.
error-key-low_order_public_key = This encryption key is invalid and cannot receive packages. Obtain the correct public key file from the secretariat.
error-key-kdf_failed = Unlocking the key with the passphrase failed. Close other programs to free memory and try again; report this message to the SICREMI secretariat if it happens again.
error-key-short_ikm = The key derivation input has { $len } bytes, fewer than 32. Report this message to the SICREMI secretariat.
error-key-public_key_file_too_large = The file has { $len } bytes, more than a public key file can have ({ $max } bytes). Check that you selected a public key file.
error-key-public_key_file_invalid = The public key file is not valid. Obtain a new copy from its owner.
error-key-unsupported_public_key_format = The public key file has format “{ $found }” version { $version }, which this version of SICREMI Collect cannot read. Obtain a file exported by SICREMI Collect, or update SICREMI Collect.
error-key-unknown_public_key_kind = The public key file contains a key of unknown type “{ $found }”. Obtain a file exported by SICREMI Collect.
error-key-key_id_mismatch = The public key file gives key ID { $found }, but its key has ID { $expected }. The file was altered; obtain a new copy from its owner.
error-key-fingerprint_mismatch = The public key file gives the fingerprint { $found }, but its key has the fingerprint { $expected }. The file was altered; obtain a new copy from its owner.
error-key-invalid_label = The key label may have at most { $max } characters and no line breaks or other control characters. Shorten the name or the institution.
error-key-already_exists = The key file { $path } already exists. Choose another folder, or move the old file away first.
error-key-io = Cannot read or write the key file { $path }. Check that it exists and that you may open it.
error-key-random_failed = The random number generator of the operating system failed. Try again; if it fails again, have the operating system checked.
error-signature-invalid = The signature does not match signing key { $key_id }. The data was altered or signed with another key.

# Questionnaire definition and country names
error-definition-json = The questionnaire definition is not valid JSON (line { $line }, column { $column }). The file was edited by hand or cut short; reinstall SICREMI Collect.
error-definition-format = The questionnaire definition has format “{ $found }”, but this version of SICREMI Collect reads “{ $expected }”. Install the matching version.
error-definition-invalid = The questionnaire definition is inconsistent at { $location }. Correct the definition file, or reinstall SICREMI Collect.
error-definition-no_upgrade = The workspace already uses this program's questionnaire, or a questionnaire pack from the secretariat governs it. There is nothing to upgrade.
error-definition-confirmation_required = The newer questionnaire moves { $moved } and drops { $dropped } value(s). Review the list of changes, then confirm the upgrade.
error-codes-name_empty = The country name is empty. Enter a name, or pick the country from the list.
error-codes-name_not_found = No country is named “{ $name }”. Check the spelling, or pick the country from the list.
error-codes-name_ambiguous = “{ $name }” can mean more than one country ({ $candidates }). Pick the country from the list.
error-codes-language_unsupported = The language “{ $tag }” is not available. Use English (en), Spanish (es), Portuguese (pt) or French (fr).

# Spreadsheet and CSV files
error-sheets-io = Cannot read { $path }. Check that the file exists and is not open in another program.
error-sheets-file_too_large = { $name } has { $size } bytes, more than the { $max } bytes an import accepts. Split the file, or remove the sheets that are not needed.
error-sheets-too_many_records = { $name } has more than { $max } data lines. Split the file.
error-sheets-unsupported_format = { $name } is not a spreadsheet that SICREMI Collect can read. Save it as .xlsx, .xls or .ods.
error-sheets-password_protected = { $name } is protected with a password. Open it in your spreadsheet program, remove the password and save a copy to import.
error-sheets-corrupt = { $name } is damaged or is not a valid spreadsheet. Open it in your spreadsheet program and save it again.
error-sheets-archive_too_large = { $name } unpacks to { $uncompressed } bytes, more than the { $max } bytes an import accepts. The file was rejected.
error-sheets-compression_ratio = The part { $entry } of { $name } is compressed { $ratio } to 1, more than the { $max } to 1 of a real spreadsheet. The file looks built to exhaust memory and was rejected.
error-sheets-too_many_parts = { $name } contains { $entries } parts, more than the { $max } a spreadsheet needs. The file was rejected.
error-sheets-sheet_too_large = Cell { $cell } of the sheet “{ $sheet }” lies outside the { $max_rows } rows and { $max_columns } columns an import reads. Delete the content of that cell and of the cells beyond it, then save the file again.
error-sheets-too_many_cells = { $name } contains more than { $max } cells. Remove the sheets that are not needed, or split the file.
error-sheets-too_many_blocks = { $name } has more than { $max } table blocks. It is not a template exported by SICREMI Collect; export a new template.
error-sheets-table_layout = Table { $table } has a layout this import cannot fill ({ $detail }). Install the version of SICREMI Collect that matches the questionnaire.
error-sheets-unknown_age_group = The age “{ $value }” does not fit one SICREMI age group (0–14, 15–24, 25–34, 35–44, 45–54, 55–64, 65 and over). Check that the file is the unmodified RENAPER export.
error-sheets-header = { $name } does not have the expected columns. Missing: { $missing }. Unexpected: { $unexpected }. The first line must be: { $expected }.
error-sheets-not_a_template = { $name } is not a SICREMI template. Export a template from SICREMI Collect and copy the figures into it.
error-sheets-missing_table = The questionnaire has no table { $table }. Update SICREMI Collect to a version whose questionnaire has it.
error-sheets-no_data = { $name } has no data lines. Check that this is the right file.
error-sheets-invalid_reference_date = “{ $value }” is not a date in the form YYYY-MM-DD. Enter a date such as 2023-01-31.
error-sheets-invalid = Nothing was imported from { $name }. Problems found: { $truncated ->
        [true] { $count } or more
       *[other] { $count }
    }. The first is { $location_kind ->
        [line] on line { $location }
       *[cell] in cell { $location }
    }. Correct the problems in the file and import it again.
error-sheets-unknown_table = Table { $table } is not in the questionnaire. Choose one of its tables.
error-sheets-unknown_language = The language “{ $lang }” is not available for workbooks. Use en, es, pt or fr.
error-sheets-text_too_long = The note of cell { $key } in table { $table } has { $chars } characters, more than the { $max } an Excel cell can hold. Shorten the note.
error-sheets-export_too_many_rows = The sheet { $sheet } would need { $rows } rows, more than the { $max } that Excel allows. Export fewer countries at a time.
error-sheets-write_failed = The workbook could not be written. Check that the folder exists and that you may write to it, and that the file is not open in another program.

# Bad values in an imported file: the problem that error-sheets-invalid names as the first
error-sheets-not_whole_number = “{ $value }” is not a whole number. Enter the count in digits only, such as 27630 or 27 630.
error-sheets-ambiguous_separator = “{ $value }” is ambiguous, because “.” and “,” separate thousands in some languages and decimals in others. Enter the number without separators, such as 1234.
error-sheets-not_a_number = “{ $value }” is not a number. Enter a whole number, or leave the cell empty and give the reason as a status on the notes sheet.
error-sheets-number_too_large = { $value } is larger than { $max }, the largest count a spreadsheet stores exactly. Check the figure.
error-sheets-not_a_count = “{ $value }” is not a count. Enter a whole number of 0 or more, in digits only.
error-sheets-error_value = The cell contains the error value { $value }. Replace it with a number, or leave the cell empty.
error-sheets-wrong_type = The cell contains { $found ->
        [logical] a logical value (TRUE or FALSE)
        [date] a date
        [duration] a duration
       *[other] a value of another type
    } where a number or a code belongs. Enter the number or the code as digits or plain text.
error-sheets-empty_field = The column { $column } is empty. Every line needs a value there.
error-sheets-unknown_sex = The sex “{ $value }” is not MUJER, VARON or X, the three values of the RENAPER file. Check that the file is the unmodified RENAPER export.
error-sheets-unknown_country = The country name “{ $value }” is not known to SICREMI. If the agency publishes it this way, send the name to the SICREMI secretariat so that it can be added.
error-sheets-ambiguous_country = The country name “{ $value }” can mean { $candidates }. Ask the agency which country it means and send the answer to the SICREMI secretariat.
error-sheets-total_record = “{ $value }” is a total line. SICREMI Collect computes the totals itself, so remove the line.
error-sheets-field_count = The line has { $found } fields instead of { $expected }. Check that no field contains a comma outside quotation marks.
error-sheets-invalid_utf8 = The line is not valid UTF-8 text. Save the file as UTF-8 and import it again.
error-sheets-duplicate_record = The line repeats line { $first_line } (same province, country, sex and age group), so its count would be added twice. Remove one of the two lines.
error-sheets-unknown_code = “{ $value }” is not a valid code of { $dimension ->
        [nationality] nationality
        [sex] sex
        [category] category
        [year] year
        [stock_date] reference date
       *[other] { $dimension }
    }. Use a code from the template, or pick the entry from the list.
error-sheets-missing_row_code = The row contains figures but no { $dimension ->
        [nationality] nationality
        [sex] sex
        [category] category
        [year] year
        [stock_date] reference date
       *[other] { $dimension }
    } code in column A. Pick the entry in column B from the list, or type its code in column A.
error-sheets-missing_column_code = The column contains figures but no { $dimension ->
        [nationality] nationality
        [sex] sex
        [category] category
        [year] year
        [stock_date] reference date
       *[other] { $dimension }
    } code in row 3. Put the code back, or move the figures.
error-sheets-duplicate_code = The code { $code } is repeated; it first appears in { $first }. Keep one row or column per code.
error-sheets-invalid_slice = “{ $value }” is not a valid { $dimension ->
        [year] year
        [stock_date] reference date
       *[other] { $dimension }
    }. Enter one such as { $example }.
error-sheets-duplicate_slice = { $slice } is already filled on the sheet “{ $first_sheet }”. Keep one sheet or block per slice, or merge the two.
error-sheets-unknown_status = “{ $value }” is not a valid { $field ->
        [obs_status] observation status
        [conf_status] confidentiality status
       *[other] status
    } code. Use one of: { $allowed }.
error-sheets-duplicate_note = Cell { $key } already has a line at { $first }. Keep one line per cell.
error-sheets-unknown_field = “{ $value }” is not a metadata question of this table. Keep the codes of column A as they were exported.
error-sheets-unknown_choice = “{ $value }” is not an answer to the question { $field }. Use one of: { $allowed }.

# Typed and pasted values
error-input-ambiguous_separator = “{ $value }” contains “.” or “,”. Type the whole number of persons without separators, such as 1234.
error-input-not_a_number = “{ $value }” is not a whole number. Type digits only, or leave the cell empty and choose a status.
error-input-too_large = “{ $value }” is too large for a count of persons. Check the figure.
error-input-invalid_choice = “{ $value }” is not one of the answers to this question. Choose one of: { $choices }.
error-input-invalid_date = “{ $value }” is not a calendar date. Write it as YYYY-MM-DD, for example 2023-12-31.
error-input-text_too_long = The answer is longer than { $max } characters. Shorten it.
error-input-unknown_status = “{ $value }” is not a status of the questionnaire. Choose one from the list.
error-input-note_too_long = The note has more than { $max } characters. Shorten it, or put the detail in the notes of the table.
error-input-unknown_table = “{ $value }” is not a table of the questionnaire. Choose a table from the list.
error-input-unknown_field = “{ $value }” is not a metadata question of the questionnaire. Choose a question from the form.
error-input-unknown_finding = The finding { $value } no longer applies, because the figures changed. Check the list of findings again.
error-input-not_a_warning = Only warnings can be justified. Correct the error in the table instead.
error-input-unknown_cell = “{ $value }” is not a cell of table { $table }. Its cell codes go in this order, separated by colons: { $shape }.
error-input-block_rejected = Pasted values rejected: { $count }. Nothing was changed; correct the values and paste them again.

# Setting up, sealing and importing packages
error-setup-unknown_country = “{ $value }” is not an ISO 3166-1 alpha-3 country code. Use a code such as ARG for Argentina.
error-setup-already_exists = { $path } already contains a SICREMI Collect setup. Open it instead, or choose another folder.
error-setup-no_workspace = { $path } contains no correspondent workspace. Create one first, or try the demo.
error-setup-no_secretariat = { $path } contains no secretariat key. Create one first, or try the demo.
error-setup-definition_changed = The workspace was filled in with another version of the questionnaire than the one installed. Install the version of SICREMI Collect that created it.
error-setup-not_a_signing_key = This file contains an encryption key, not a correspondent's signing key. Ask the correspondent for the public key file that SICREMI Collect exported.
error-setup-passphrase_too_short = The passphrase needs at least { $min } characters. A few words are easier to remember than symbols.
error-setup-no_data_dir = No data folder was found for this user. Choose one with --data-dir or the SICREMI_DATA_DIR environment variable.
error-seal-blocked = The package cannot be sealed yet. Errors: { $errors }. Unjustified warnings: { $warnings }. Correct the errors and justify the warnings in the list of findings, then seal again.
error-seal-file_exists = { $path } already exists and is not replaced. Choose another file name, or a folder.
error-seal-no_secretariat_key = No secretariat encryption key is trusted yet. Import the public key file of the secretariat first.
error-import-wrong_questionnaire = { $path } was sealed for a version of the questionnaire or a reporting cycle other than the one this secretariat accepts. Ask the correspondent to update SICREMI Collect and seal again.
error-import-unknown_sender = The package is signed by key { $key_id }, which is not registered. Register the correspondent's public key first.
error-import-revoked_sender = The package is signed by key { $key_id }, which was revoked, so the package was rejected whatever date it shows.
error-import-wrong_country = The figures are for { $country }, but another country was expected, so nothing was imported. Check that you chose the right file.
error-payload-invalid = The content of the package is not a valid submission. Ask the correspondent to seal it again with SICREMI Collect.
error-payload-wrong_questionnaire = The package answers version { $version } of the questionnaire, not the one this installation uses. Ask the correspondent to update SICREMI Collect and seal again.

# Files in general
error-io-not_found = { $path } does not exist. Check the path and try again.
error-io-permission_denied = You do not have permission to open { $path }. Choose another location, or ask your administrator for access.
error-io-disk_full = The disk is full, so { $path } could not be written. Free some disk space and try again.
error-io-failed = A file could not be read or written. Check the path and the disk, and that the file is not open in another program, then try again.
error-io-too_large = The file is too large to be a key file. Check that you selected the right file.


# Questionnaire packs
error-pack-bad_magic = This file is not a SICREMI questionnaire pack. Select the pack file the secretariat sent.
error-pack-truncated = The questionnaire pack is incomplete: it has { $len } bytes but should have at least { $expected }. Copy the file again from the secretariat.
error-pack-trailing_data = The questionnaire pack has { $extra } extra bytes after the expected { $expected }. Copy the file again from the secretariat.
error-pack-too_large = The questionnaire pack is { $len } bytes, more than the maximum of { $max }. It is not a valid pack.
error-pack-unsupported_version = This questionnaire pack has format version { $version }, which this version of SICREMI Collect cannot read. Update SICREMI Collect.
error-pack-unknown_signer = The questionnaire pack is signed by key { $key_id }, which this workspace does not trust. Trust the secretariat's signing key file after checking its fingerprint by telephone.
error-pack-signature = The questionnaire pack's signature does not match the secretariat key { $key_id }: the file was altered or damaged. Do not use it; ask the secretariat for a new copy.
error-pack-io = { $path } cannot be read. Check the path and try again.
error-pack-invalid = The questionnaire pack's content is not valid. Ask the secretariat for a new pack.
error-pack-invalid_population = The population figure “{ $value }” is not valid. Give a four-digit year and a positive count, such as 2023=46000000.
error-pack-wrong_country = { $path } is the questionnaire pack for { $country }, not for the country of this workspace. Ask the secretariat for your country's pack.
error-pack-confirmation_required = The new questionnaire definition moves or drops values. Review the changes, then confirm the import.
error-pack-file_exists = { $path } already exists and is not replaced. Choose another file name.
error-setup-own_signing_key = This file holds the workspace's own signing key, not a secretariat key. Ask the secretariat for its public key files.
error-import-unknown_pack = { $path } answers questionnaire pack { $version }, which this secretariat did not issue with that content. The package is refused.
error-store-pack_outdated = Questionnaire pack { $version } is older than pack { $current }, which { $path } already uses. Import the newest pack the secretariat sent.
error-store-pack_version_conflict = { $path } already holds a different questionnaire pack with version { $version }. The pack is rejected; ask the secretariat which file is the right one.

## Application screens

ui-sides = Sides of the exchange
ui-side-correspondent = Correspondent
ui-side-secretariat = Secretariat
ui-correspondent-sections = Sections of the workspace
ui-tab-overview = Overview
ui-tab-tables = Tables
ui-tab-findings = Findings
ui-tab-import = Import and export
ui-tab-seal = Seal and send
ui-working = Working…
ui-save = Save
ui-saved = Saved.
ui-add = Add
ui-none = (none)
ui-required = required
ui-import = Import
ui-export = Export
ui-file = File
ui-file-path = Path of the file
ui-file-written = Written to { $path }.
ui-country = Country
ui-choose-country = Choose a country
ui-institution = Institution
ui-your-name = Your name
ui-passphrase = Passphrase
ui-passphrase-confirm = Passphrase again
ui-passphrase-hint = At least { $min } characters. It protects your key; nobody can recover it for you.
ui-passphrase-mismatch = The two passphrases differ.

# First run
ui-demo-heading = Try the demo
ui-demo-intro = Creates a demo secretariat and a demo correspondent on this computer, so you can fill in, seal and import a package on your own.
ui-demo-create = Create the demo
ui-deploy-heading = Set up as a correspondent
ui-deploy-intro = Creates your workspace and your signing key. Next, you import the public key file that the secretariat sends you.
ui-deploy-create = Create my workspace
ui-secretariat-setup-heading = Set up the secretariat
ui-secretariat-setup-intro = For the secretariat only. Creates the secretariat's encryption key and an empty consolidated file on this computer. Next, you send the public key file to each correspondent and register the public key file that each correspondent sends you.
ui-secretariat-setup-create = Create the secretariat

# Overview
ui-overview-heading = Overview
ui-correspondent = Correspondent
ui-cycle = Reporting cycle
ui-signing-key = Fingerprint of your signing key
ui-secretariat-key = Fingerprint of the secretariat's key
ui-secretariat-key-missing = No secretariat key imported yet.
ui-fingerprint-hint = Read the fingerprints to the secretariat over the telephone to confirm that both sides hold the right keys.
ui-trust-key-label = Path of the secretariat's public key file
ui-trust-key-action = Import the key
ui-trusted-key = The secretariat's key is imported. Its fingerprint is { $fingerprint }.
ui-export-key-label = Save your public signing key file for the secretariat to
ui-export-key-action = Save the key file
ui-tables-heading = Tables
ui-table = Table
ui-periods = Periods with figures
ui-progress = Filled in
ui-filled-of = { $filled } of { $expected } cells
ui-no-figures = No figures yet
ui-warnings-unjustified = { $warnings } ({ $unjustified } without justification)
ui-submissions-heading = Submissions
ui-submissions-empty = No package sealed yet.
ui-sequence = Number
ui-created-at = Sealed at
ui-package-id = Package ID

# Table editor
ui-editor-heading = Tables
ui-add-reference-date = Add a reference date
ui-no-reference-date = This table has no reference date yet. Add one to start.
ui-grid-hint = Arrow keys and Tab move, typing or Enter edits, Enter or Tab saves, Escape cancels. You can paste a block copied from a spreadsheet.
ui-add-row = Add a row ({ $dimension })
ui-row-not-found = “{ $name }” is not in the list. Pick an entry from the suggestions.
ui-paste-outside = The pasted block ({ $rows } rows, { $columns } columns) does not fit in the table from the selected cell. Add rows first, or select another cell.
ui-cell-details-heading = Selected cell
ui-obs-status = Observation status
ui-conf-status = Confidentiality
ui-note = Note
ui-metadata-heading = Metadata of the table

# Findings
ui-findings-heading = Findings
ui-findings-empty = No findings: the figures pass every check.
ui-count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
ui-count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
} ({ $unjustified } without justification)
ui-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
ui-justification = Justification
ui-justified = Justified

# Import and export
ui-import-heading = Import and export
ui-renaper-heading = RENAPER file of foreigners (Argentina)
ui-renaper-intro = Imports the stock of foreign residents by nationality and sex into table T9 at the reference date.
ui-reference-date = Reference date
ui-template-import-heading = Import a filled template
ui-template-export-heading = Export a template
ui-import-summary = { $file }: { $rows } lines read, { $cells } cells written.
ui-import-metadata-filled = These metadata answers were filled in from the file:
ui-import-names-merged = Several names in the file mean { $code } ({ $names }); their counts were added together.
ui-import-questionnaire-mismatch = The template comes from another version of the questionnaire. Its codes were checked against the current one.
ui-import-ambiguous-symbol = { $location } shows “{ $symbol }”, which stands for several statuses ({ $statuses }), and the status sheet gives none. The cell was left as it was; choose its status in the status sheet and import again.
ui-import-symbol-conflict = { $location } shows “{ $symbol }”, but the status sheet gives the cell status { $status }. The status sheet was followed.

# Sealing
ui-seal-heading = Seal and send
ui-seal-intro = Sealing signs your figures with your key and encrypts them for the secretariat. Send the sealed file to the secretariat by e-mail or on a USB stick.
ui-seal-allowed = All checks pass, so the package can be sealed.
ui-seal-blocked = Sealing is blocked. Errors: { $errors }. Unjustified warnings: { $warnings }. Fix the errors and justify the warnings in the list of findings.
ui-seal-destination = Folder or file for the package
ui-seal-action = Seal the package
ui-seal-done = The package is sealed.
ui-seal-send-hint = Give the secretariat the number and the SHA-256 over the telephone, so they can check the file they receive.

# Secretariat
ui-secretariat-heading = Secretariat
ui-encryption-key = Fingerprint of the encryption key
ui-package-import-heading = Import packages
ui-package-paths = Paths of the package files, one per line
ui-secretariat-passphrase = Passphrase of the secretariat's key
ui-package-imported = Imported: { $country }, package number { $sequence }, { $cells } cells.
ui-package-already-imported = This package was already imported on { $date }; nothing changed.
ui-package-superseded = Package number { $sequence } is older than number { $latest }, which is already imported; nothing changed.
ui-package-findings = Findings of the secretariat's own checks: { $count } ({ $justified } justified by the correspondent).
ui-package-digest = SHA-256 of the file, to compare with the sender by telephone: { $sha256 }
ui-date-placeholder = YYYY-MM-DD
ui-country-view-heading = Figures of a country
ui-country-view-empty = No country has sent figures yet.
ui-country-view-no-data = This country has sent no figures for this table.
ui-imported-at = Imported at
ui-imported-empty = No package imported yet.
ui-current = Current
ui-consolidated-heading = Consolidated workbook
ui-consolidated-done = { $count ->
    [one] { $count } country written to { $path }.
   *[other] { $count } countries written to { $path }.
}
ui-keys-heading = Registered correspondent keys
ui-fingerprint = Fingerprint
ui-label = Label
ui-revoked = Revoked
ui-revoke = Revoke
ui-register-key-label = Path of the correspondent's public key file
ui-register-key-action = Register the key
ui-key-registered = The key of { $country } is registered. Its fingerprint is { $fingerprint }.
ui-export-secretariat-key-label = Save the secretariat's public key file for correspondents to
ui-secretariat-next-steps = No correspondent key is registered yet. Send each correspondent the trust bundle signed with the root key (or the secretariat's public key files) and read them the fingerprints over the telephone. Then check and register the enrollment request that each correspondent sends you.

# Slices, cell statuses, the IDB indicator and the secretariat's view of justifications
ui-status-replaces-number = This status stands for a missing number, but the cell holds a number. Clear the number, or choose another status.
ui-finding-info = For information only: it does not block sealing.
ui-idb-heading = IDB indicator
ui-idb-status = Result
ui-idb-status-value = { $status ->
    [eligible] At or above the threshold
    [not_eligible] Below the threshold
    [no_population] Not computed: the population figure is missing
    [incomplete] Not computed: inflows are missing for some of the years
    [units_differ] Not computed: the tables count different units
   *[other] { $status }
}
ui-idb-years = Years
ui-idb-inflows = Immigrants from Latin America and the Caribbean
ui-idb-population = Population
ui-idb-percent = Share of the population
ui-idb-percent-value = { $percent } % (threshold { $threshold } %)
ui-idb-none = Not computed yet.
ui-idb-hint = Computed from your inflow figures and the population figures of the secretariat. It cannot be edited.
ui-submission-findings = { $count ->
    [0] No findings
    [one] { $count } finding
   *[other] { $count } findings
}
ui-submission-findings-empty = The secretariat's checks found nothing in this package.
ui-correspondent-justification = Correspondent's justification
ui-justified-at = Written on { $date }
ui-justification-values = Values when it was written
ui-justification-outdated = The values changed after this justification was written, so it no longer covers the finding.
ui-justification-missing = No justification.
ui-pack-heading = Questionnaire pack
ui-pack-hint = The secretariat sends a signed pack each cycle: the questionnaire, your figures it accepted last time and the population figures. Inspect it first; nothing changes until you import it.
ui-pack-path = Path of the pack file
ui-pack-inspect = Inspect
ui-pack-version = Pack version
ui-pack-version-value = { $version } (yours now: { $current })
ui-pack-issued-at = Issued
ui-pack-status = Status
ui-pack-status-value = { $status ->
    [new] New: it can be imported
    [already_imported] Already imported
    [outdated] Older than the pack you have: it cannot be imported
    [version_conflict] Same version as the pack you have, but a different file: ask the secretariat
   *[other] { $status }
}
ui-pack-definition = Questionnaire
ui-pack-definition-value = { $changed ->
    [yes] version { $version }, different from the one you use
   *[no] version { $version }, the one you use
}
ui-pack-prefilled = Accepted figures that fill empty cells
ui-pack-population = Years with a population figure
ui-pack-signing-key = Secretariat's signing key
ui-pack-migration-heading = Changes to your figures
ui-pack-migration-summary = { $kept } values stay where they are, { $moved } move and { $dropped } are dropped. Dropped values stay readable in this panel.
ui-pack-new-tables = New tables: { $tables }
ui-pack-confirm = I have read the changes above and want to import the pack.
ui-upgrade-heading = Newer questionnaire available
ui-upgrade-intro = This version of SICREMI Collect comes with questionnaire version { $to }; your workspace was filled with version { $from }. Nothing changes until you apply it. Values that the new version no longer asks for stay readable in the list of dropped values.
ui-upgrade-apply = Apply the newer questionnaire
ui-upgrade-confirm = I have read the changes above and want to apply the newer questionnaire.
ui-pack-import = Import the pack
ui-pack-imported = Pack version { $version } imported: { $prefilled } cells filled, { $moved } values moved, { $dropped } dropped.
ui-pack-already-imported = Pack version { $version } was already imported; nothing changed.
ui-dropped-heading = Values dropped by questionnaire changes
ui-dropped-item = Cell or question
ui-dropped-value = Value
ui-dropped-at = Dropped on
ui-pack-issue-heading = Issue a questionnaire pack
ui-pack-population-input = Population by year, such as 2023=46000000, 2024=46500000
ui-pack-population-invalid = “{ $entry }” is not a year and a population, such as 2023=46000000.
ui-pack-issue = Issue the pack
ui-pack-issue-done = Pack version { $version } for { $country } written to { $path }, with { $cells } accepted cells.

# Errors of the desktop app
error-input-missing_path = No path was given. Type the path of the file or folder.

## Keys, enrollment, trust bundles, receipts and batch import

cli-receipt-written = Receipt written to { $path }
cli-root-key = Root key { $key_id }, fingerprint { $fingerprint }
cli-enrollment = Enrollment request for { $country }: { $name } ({ $institution }), key { $key_id }
cli-fingerprint = Fingerprint, to read aloud over the telephone: { $fingerprint }
cli-file = File: { $path }
cli-key-validity = Valid from { $from } until { $to }
cli-bundle = Trust bundle version { $version }, signed { $issued }, expires { $expires }
cli-bundle-key-period = valid from { $from } until { $to }
cli-bundle-already-imported = This trust bundle was imported before; nothing changed.
cli-receipt = Receipt for package { $package_id } (number { $sequence }): { $verdict ->
    [imported] imported
    [already_imported] already imported before
    [superseded] not used, a newer package was imported
   *[rejected] rejected
}; { $errors } error(s), { $warnings } warning(s), { $justified } justified.
cli-receipt-sequence = Package number counter: { $before } before, { $after } now.
cli-receipt-already-imported = This receipt was imported before; nothing changed.
cli-batch-imported = { $file }: { $status ->
    [imported] imported
    [already_imported] already imported
   *[superseded] superseded by a newer package
} (package { $sequence } from { $country })
cli-batch-rejected = { $file }: { $status ->
    [quarantined] rejected and copied to { $copy }
   *[failed] not imported
}: { $message }
cli-batch-summary = { $imported } imported, { $already } already imported, { $superseded } superseded, { $quarantined } quarantined, { $failed } failed. Quarantine: { $quarantine }. Receipts: { $receipts }.
cli-backup = Key backup { $path }: { $files } (made { $date })
cli-cycle = Cycle { $cycle } is { $state ->
    [closed] closed
   *[open] open
} since { $date }.
cli-cycles-none = No cycle was closed; every cycle is open.

error-document-bad_magic = This is not { $kind ->
        [enrollment] an enrollment request
        [trust_bundle] a trust bundle
        [receipt] a receipt
       *[key_backup] a key backup
    } file. Choose the file you were sent.
error-document-truncated = The { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } is cut short: it has { $len } bytes but needs { $expected }. Copy the file again.
error-document-trailing_data = The { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } has { $extra } extra bytes after the expected { $expected }. Copy the file again.
error-document-too_large = The { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } is { $len } bytes, more than the maximum { $max }. This is not a valid file.
error-document-unsupported_version = The { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } has format version { $version }, which this version of SICREMI Collect does not read. Update SICREMI Collect.
error-document-unknown_signer = The { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } is signed by key { $key_id }, which is not trusted here. Check that the file comes from the SICREMI secretariat.
error-document-signature = The signature of the { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } does not match key { $key_id }: the file was altered or damaged. Do not use it.
error-document-invalid = The content of the { $kind ->
        [enrollment] enrollment request
        [trust_bundle] trust bundle
        [receipt] receipt
       *[key_backup] key backup
    } is not valid. Ask the sender for a new file.
error-document-wrong_passphrase = Wrong backup passphrase, or the backup is damaged. Check the passphrase and try again.
error-document-io = { $path } cannot be read. Check the path and try again.
error-store-cycle_closed = Reporting cycle { $cycle } is closed in { $path }, so the package was rejected.
error-store-bundle_outdated = Trust bundle version { $version } is not newer than version { $current }, which { $path } already has. Import the newest bundle the secretariat sent.
error-enrollment-file_exists = { $path } already exists and is not replaced. Choose another file name.
error-enrollment-invalid_validity = The validity period ends ({ $to }) before it starts ({ $from }). Give an end date after the start date.
error-import-key_not_yet_valid = The package is signed by key { $key_id }, which is valid only from { $date }, so the package was rejected whatever date it shows.
error-import-key_expired = The package is signed by key { $key_id }, whose validity ended on { $date }, so the package was rejected whatever date it shows. Ask the correspondent to enroll a new key.
error-input-invalid_cycle = “{ $value }” is not a reporting cycle. Give the four-digit year, such as 2026.
error-trust-file_exists = { $path } already exists and is not replaced. Choose another file name.
error-trust-invalid_validity = A trust bundle must be valid for 1 to { $max } days, not { $days }.
error-trust-not_an_encryption_key = The secretariat's encryption public key file contains a signing key. Restore the secretariat folder from a backup.
error-trust-not_a_signing_key = The file contains an encryption key where a signing key was expected. Check that you chose the right public key file.
error-trust-bundle_expired = Trust bundle version { $version } expired on { $date }. Ask the secretariat for the current bundle.
error-seal-no_valid_encryption_key = No encryption key of trust bundle { $version } is valid now. Import the newest trust bundle from the secretariat, then seal again.
error-receipt-wrong_country = { $path } is a receipt for a package of { $country }, not of this workspace's country. Import it in that country's workspace.
error-receipt-unknown_package = { $path } is a receipt for package { $package_id }, which this workspace did not seal with its current key. Check that the receipt is yours.
error-batch-no_files = There is no package file to import: the folders given are empty.
error-backup-file_exists = { $path } already exists and is not replaced. Choose another file name.
error-backup-target_exists = { $path } already exists. A restore never replaces a key file; move the file away first if it is damaged.
error-backup-invalid = { $path } is not a usable key backup. Use another copy of the backup.

## Desktop screens for enrollment, trust bundles, receipts, batch import and cycles

ui-tab-exchange = Keys and receipts
ui-exchange-heading = Keys and receipts
ui-sequence-counter = Package number counter: { $sequence }. The next sealed package takes a higher number.
ui-submission-state = State
ui-submission-state-value = { $state ->
    [sent] Sent
    [acknowledged] Received
    [rejected] Rejected
   *[created] Sealed, no receipt yet
}
ui-receipts-heading = Receipts from the secretariat
ui-receipts-hint = The secretariat sends a signed receipt for each package it imports or rejects. Importing it marks the package as received or rejected.
ui-receipt-path = Path of the receipt file (.sicremi-receipt)
ui-receipt-verdict = Package { $sequence }: { $verdict ->
    [imported] imported by the secretariat
    [already_imported] already imported before
    [superseded] not used, because a newer package was imported
   *[rejected] rejected by the secretariat
}. Errors: { $errors }, warnings: { $warnings }.
ui-receipt-counter = Package number counter: { $before } before, { $after } now.
ui-receipt-already-imported = This receipt was imported before, so nothing changed.
ui-receipt-no-submission = This workspace has no record of the package, so no submission changed.
ui-bundle-heading = Trust bundle
ui-root-built-in = Root key built into the app
ui-root-added = Root key added to this workspace
ui-bundle-version = Bundle version
ui-bundle-issued = Signed at
ui-bundle-expires = Expires at
ui-bundle-root = Signed by the root key
ui-bundle-signing-key = Secretariat key for packs and receipts
ui-bundle-missing = No trust bundle imported yet. Until then, the keys imported from public key files are used.
ui-bundle-path = Path of the trust bundle file (.sicremi-trust)
ui-bundle-imported = Trust bundle version { $version } imported. It expires at { $expires }.
ui-bundle-already-imported = Trust bundle version { $version } was imported before, so nothing changed.
ui-command-line-only = Creating a root key, signing trust bundles and backing up or restoring keys are done with the sicremi command line only. Run `sicremi --help` to list its commands.
ui-validity = Valid from { $from } to { $to }
ui-validity-open = Valid from { $from }, with no end date
ui-validity-heading = Validity
ui-enrollment-heading = Enroll your signing key
ui-enrollment-hint = The secretariat accepts your packages only once it has registered your signing key. Write an enrollment request, send the file to the secretariat, then read the fingerprint aloud to them over the telephone.
ui-enrollment-export = Write the enrollment request
ui-request-created-at = Written at
ui-enrollment-read-aloud = Read this fingerprint to the secretariat over the telephone. If one digit differs, the request they received is not yours.
ui-replace-key-heading = Replace a lost or compromised signing key
ui-replace-key-warning = This makes a new signing key and keeps your figures, answers and justifications. The secretariat rejects packages signed with the new key until you enroll it again and they register it. The old key file is renamed, not deleted.
ui-replace-key-confirm = I understand that the new key must be enrolled again.
ui-replace-key-action = Replace the signing key
ui-replace-key-done = The signing key was replaced. Enroll the new key now. Its fingerprint is:
ui-secretariat-signing-key = Signing key for packs and receipts
ui-secretariat-signing-key-missing = None yet: it is created with the first questionnaire pack.
ui-export-secretariat-signing-key-label = Save the secretariat's public signing key file (packs and receipts) for correspondents to import
ui-package-receipt = Receipt for the correspondent: { $path }
ui-enrollment-register-heading = Register a key from an enrollment request
ui-enrollment-request-path = Path of the enrollment request file (.sicremi-enrollment)
ui-enrollment-inspect = Check the request
ui-enrollment-compared = The correspondent read me the same fingerprint over the telephone.
ui-valid-from = Valid from
ui-valid-from-hint = Leave empty to start now. Dates start at midnight UTC.
ui-valid-to = Valid until
ui-valid-to-hint = Leave empty for no end date. The key stops being valid at the start of that day (00:00 UTC).
ui-batch-heading = Import a folder of packages
ui-batch-hint = Imports every file of the folder. A rejected file is copied to the quarantine folder with a reason file, and the original stays in place. Every file gets a receipt for its sender.
ui-batch-path = Path of the folder (or of one package file)
ui-batch-counts = { $imported } imported, { $already } already imported, { $superseded } superseded, { $quarantined } quarantined, { $failed } failed.
ui-batch-receipts-dir = Receipts written to { $path }
ui-batch-quarantine-dir = Rejected files copied to { $path }
ui-batch-status = { $status ->
    [imported] imported
    [already_imported] already imported
    [superseded] superseded by a newer package
    [quarantined] rejected and quarantined
   *[failed] not imported
}
ui-batch-package = (package { $sequence } from { $country })
ui-batch-copied-to = Copied to { $path }
ui-cycles-heading = Reporting cycles
ui-cycles-empty = No cycle was closed, so every cycle is open.
ui-cycle-state = State
ui-cycle-state-value = { $state ->
    [closed] Closed: packages are rejected
   *[open] Open
}
ui-cycle-changed-at = Changed at
ui-cycle-year = Cycle (four-digit year)
ui-cycle-close = Close the cycle
ui-cycle-reopen = Reopen the cycle

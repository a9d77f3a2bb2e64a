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
cli-package-imported = { $file }: package { $sequence } from { $country } imported, { $cells } cells (SHA-256 { $sha256 }).
cli-package-already-imported = { $file }: already imported on { $date }; nothing changed.
cli-package-superseded = { $file }: package { $sequence } is older than package { $latest }, already imported; nothing changed.

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
error-sheets-duplicate_slice = { $slice } is also the period of the sheet “{ $first_sheet }”. Give each sheet its own period, or merge the two sheets.
error-sheets-unknown_status = “{ $value }” is not a valid { $field ->
        [obs_status] observation status
        [conf_status] confidentiality status
       *[other] status
    } code. Use one of: { $allowed }.
error-sheets-duplicate_note = Cell { $key } already has a line at { $first }. Keep one line per cell.
error-sheets-unknown_field = “{ $value }” is not a metadata question of the questionnaire. Keep the codes of column A as they were exported.
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
error-input-unknown_cell = “{ $value }” is not a cell of this table. Check the codes of the cell.
error-input-block_rejected = Pasted values rejected: { $count }. Nothing was changed; correct the values and paste them again.

# Setting up, sealing and importing packages
error-setup-unknown_country = “{ $value }” is not an ISO 3166-1 alpha-3 country code. Use a code such as ARG for Argentina.
error-setup-already_exists = { $path } already contains a SICREMI Collect setup. Open it instead, or choose another folder.
error-setup-no_workspace = { $path } contains no correspondent workspace. Create one first, or try the demo.
error-setup-no_secretariat = { $path } contains no secretariat key. Create one first, or try the demo.
error-setup-definition_changed = The workspace was filled in with another version of the questionnaire than the one installed. Install the version of SICREMI Collect that created it.
error-setup-not_an_encryption_key = This file contains a correspondent's signing key, not the secretariat's encryption key. Ask the secretariat for its public encryption key file.
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
ui-secretariat-next-steps = No correspondent key is registered yet. Send the secretariat's public key file to each correspondent and read them its fingerprint over the telephone. Then register the public key file that each correspondent sends you.

# Errors of the desktop app
error-input-missing_path = No path was given. Type the path of the file or folder.

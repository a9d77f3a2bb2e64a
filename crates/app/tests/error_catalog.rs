//! Every error code the code base can produce has a message in every language, and each
//! message formats with the parameters its errors carry.
//!
//! The codes come from a textual scan of crates/*/src: the string literals inside `fn code` and
//! `fn *_code` bodies, and the first argument of each `AppError::new("...")`. A new variant or
//! a new `AppError::new` call without a message in assets/i18n/*.ftl fails here, naming the
//! code and the language.
//!
//! src-tauri is not scanned: its `ShellError` occurs before any window exists and is printed
//! on standard error in English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use sicremi_app::i18n::Catalog;
use sicremi_app::{create_demo, AppError, Correspondent, DataLayout, KdfParams};

const LANGUAGES: [&str; 4] = ["en", "es", "pt", "fr"];

/// Types whose `code()` names something other than an error. `sicremi_sheets::Warning` notes a
/// fact about an import that succeeded, so it has no `error-` message.
const NOT_ERRORS: [&str; 1] = ["Warning"];

/// Messages of the "## Errors" section that belong to no code: the fallback for a code without
/// a usable message, and the line that shows an error's English detail.
const GENERIC_MESSAGES: [&str; 2] = ["error-unknown", "error-detail"];

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::canonicalize(&root).unwrap_or(root)
}

/// Where a code was found, and the parameters set with `.with("name", ...)` right after an
/// `AppError::new("code", ...)`. `None` for codes of a `code()` method, whose parameters come
/// from the conversion into `AppError`.
#[derive(Debug, Clone)]
struct CodeSite {
    file: PathBuf,
    params: Option<BTreeSet<String>>,
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("directory entries are readable").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

fn source_files() -> Vec<PathBuf> {
    let root = workspace_root();
    let mut files = Vec::new();
    let crates = std::fs::read_dir(root.join("crates")).expect("crates/ is readable");
    for entry in crates {
        rust_files(
            &entry
                .expect("crates/ entries are readable")
                .path()
                .join("src"),
            &mut files,
        );
    }
    files.sort();
    files
        .iter()
        .map(|file| file.strip_prefix(&root).unwrap_or(file).to_path_buf())
        .collect()
}

/// Returns whether `text` has the shape of an error code: two or more lowercase words joined by dots,
/// such as "store.disk_full".
fn is_code(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|part| {
            part.starts_with(|c: char| c.is_ascii_lowercase())
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

/// Reads the string literal that starts at byte `start` (a `"`), returning its content and the
/// index after its closing quote. Escapes are kept as written; codes contain none.
fn string_literal(source: &str, start: usize) -> Option<(String, usize)> {
    let bytes = source.as_bytes();
    if bytes.get(start) != Some(&b'"') {
        return None;
    }
    let mut index = start + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' => index += 2,
            b'"' => return Some((source[start + 1..index].to_string(), index + 1)),
            _ => index += 1,
        }
    }
    None
}

/// Returns the index just after the bracket that closes the one at `open`, skipping string
/// and character literals.
fn matching_close(source: &str, open: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let (open_byte, close_byte) = match bytes[open] {
        b'(' => (b'(', b')'),
        b'{' => (b'{', b'}'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut index = open;
    while index < bytes.len() {
        match bytes[index] {
            b'"' => {
                index = string_literal(source, index)?.1;
                continue;
            }
            // A character literal such as '{' or '"'; lifetimes ('a) have no closing quote
            // two or three bytes on and are left alone.
            b'\'' if bytes.get(index + 2) == Some(&b'\'') => index += 2,
            b'\''
                if bytes.get(index + 1) == Some(&b'\\') && bytes.get(index + 3) == Some(&b'\'') =>
            {
                index += 3
            }
            byte if byte == open_byte => depth += 1,
            byte if byte == close_byte => {
                depth -= 1;
                if depth == 0 {
                    return Some(index + 1);
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}

fn skip_whitespace(source: &str, mut index: usize) -> usize {
    while source[index..].starts_with(char::is_whitespace) {
        index += source[index..].chars().next().map_or(1, char::len_utf8);
    }
    index
}

/// Returns the name of the type of the closest `impl` block that starts before `index`.
fn enclosing_impl(source: &str, index: usize) -> Option<String> {
    let start = source[..index].rfind("\nimpl")? + "\nimpl".len();
    let header = &source[start..];
    let header = &header[..header.find('{')?];
    let name = header.split_whitespace().last()?;
    Some(name.trim_start_matches('<').to_string())
}

/// Collects the codes returned by `fn code` and `fn *_code` functions of one file.
fn codes_of_code_methods(source: &str, file: &Path, sites: &mut BTreeMap<String, Vec<CodeSite>>) {
    let mut search = 0;
    while let Some(found) = source[search..].find("fn ") {
        let name_start = search + found + 3;
        search = name_start;
        let name: String = source[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if name != "code" && !name.ends_with("_code") {
            continue;
        }
        if enclosing_impl(source, name_start)
            .is_some_and(|owner| NOT_ERRORS.contains(&owner.as_str()))
        {
            continue;
        }
        let Some(open) = source[name_start..]
            .find('{')
            .map(|offset| name_start + offset)
        else {
            continue;
        };
        let Some(close) = matching_close(source, open) else {
            continue;
        };
        let mut index = open;
        while let Some(quote) = source[index..close].find('"').map(|offset| index + offset) {
            let Some((literal, end)) = string_literal(source, quote) else {
                break;
            };
            if is_code(&literal) {
                sites.entry(literal).or_default().push(CodeSite {
                    file: file.to_path_buf(),
                    params: None,
                });
            }
            index = end;
        }
        search = close;
    }
}

/// Collects the code and the `.with("name", ...)` parameters of each `AppError::new("code", ...)`
/// of one file.
fn codes_of_app_errors(source: &str, file: &Path, sites: &mut BTreeMap<String, Vec<CodeSite>>) {
    const CALL: &str = "AppError::new(";
    let mut search = 0;
    while let Some(found) = source[search..].find(CALL) {
        let open = search + found + CALL.len() - 1;
        search = open + 1;
        let Some((code, _)) = string_literal(source, skip_whitespace(source, open + 1)) else {
            // The code is a variable, as in `AppError::new(error.code(), ...)`; the `code()`
            // scan covers those.
            continue;
        };
        let Some(mut index) = matching_close(source, open) else {
            continue;
        };
        let mut params = BTreeSet::new();
        loop {
            let next = skip_whitespace(source, index);
            if !source[next..].starts_with(".with(") {
                break;
            }
            let with_open = next + ".with".len();
            if let Some((name, _)) = string_literal(source, skip_whitespace(source, with_open + 1))
            {
                params.insert(name);
            }
            let Some(with_close) = matching_close(source, with_open) else {
                break;
            };
            index = with_close;
        }
        sites.entry(code).or_default().push(CodeSite {
            file: file.to_path_buf(),
            params: Some(params),
        });
    }
}

/// Collects every error code in the sources, with the places that produce it.
fn scan_codes() -> BTreeMap<String, Vec<CodeSite>> {
    let mut sites = BTreeMap::new();
    let root = workspace_root();
    for file in source_files() {
        let source = std::fs::read_to_string(root.join(&file))
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", file.display()));
        codes_of_code_methods(&source, &file, &mut sites);
        codes_of_app_errors(&source, &file, &mut sites);
    }
    sites
}

fn catalogs() -> Vec<Catalog> {
    LANGUAGES.iter().map(|lang| Catalog::new(lang)).collect()
}

fn message_id(code: &str) -> String {
    format!("error-{}", code.replace('.', "-"))
}

#[test]
fn scan_finds_known_codes() {
    let codes = scan_codes();
    assert!(
        codes.len() >= 100,
        "the scan of crates/*/src found only {} error codes; the scanner no longer matches the code base",
        codes.len()
    );
    for known in [
        "store.disk_full",
        "package.truncated",
        "key.wrong_passphrase",
        "codes.name_ambiguous",
        "definition.invalid",
        "sheets.invalid",
        "sheets.not_a_number",
        "input.not_a_number",
        "seal.blocked",
        "io.not_found",
        "setup.no_data_dir",
    ] {
        assert!(
            codes.contains_key(known),
            "the scan missed the error code {known}"
        );
    }
    for warning in ["sheets.names_merged", "sheets.questionnaire_mismatch"] {
        assert!(
            !codes.contains_key(warning),
            "the scan took the warning code {warning} for an error"
        );
    }
}

#[test]
fn scan_reads_app_error_parameters() {
    let codes = scan_codes();
    let sites = &codes["seal.blocked"];
    let expected: BTreeSet<String> = ["errors", "warnings"].map(String::from).into();
    assert!(
        sites
            .iter()
            .any(|site| site.params.as_ref() == Some(&expected)),
        "seal.blocked should be built with the parameters errors and warnings: {sites:?}"
    );
}

#[test]
fn every_code_has_message_in_every_language() {
    let codes = scan_codes();
    let catalogs = catalogs();
    let mut missing = Vec::new();
    for (code, sites) in &codes {
        for catalog in &catalogs {
            let id = message_id(code);
            if !catalog.has_message(&id) {
                missing.push(format!(
                    "{code} ({}) has no message {id} in {}.ftl",
                    sites[0].file.display(),
                    catalog.lang()
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing error messages:\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
    for catalog in &catalogs {
        for generic in GENERIC_MESSAGES {
            assert!(
                catalog.has_message(generic),
                "{}.ftl has no {generic} message",
                catalog.lang()
            );
        }
    }
}

/// Returns the message ids of the "## Errors" section of en.ftl.
fn error_section_ids() -> Vec<String> {
    let path = workspace_root().join("assets/i18n/en.ftl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let section = text
        .split("\n## Errors\n")
        .nth(1)
        .expect("en.ftl has a \"## Errors\" section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .filter(|line| line.starts_with("error-"))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn no_message_for_unknown_code() {
    let known: BTreeSet<String> = scan_codes().keys().map(|code| message_id(code)).collect();
    let stale: Vec<String> = error_section_ids()
        .into_iter()
        .filter(|id| !GENERIC_MESSAGES.contains(&id.as_str()) && !known.contains(id))
        .collect();
    assert!(
        stale.is_empty(),
        "en.ftl has messages for codes that no source produces: {stale:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Sample errors with the parameters their conversions set.

fn key_id(byte: u8) -> sicremi_package::KeyId {
    sicremi_package::KeyId([byte; 16])
}

fn path(name: &str) -> PathBuf {
    PathBuf::from(format!("/data/sicremi/{name}"))
}

fn io_source() -> std::io::Error {
    std::io::Error::other("disk unplugged")
}

fn store_errors() -> Vec<AppError> {
    use sicremi_store::StoreError as E;
    let file = || path("workspace.sqlite");
    let sqlite = rusqlite_error();
    vec![
        E::Open {
            path: file(),
            detail: "unable to open".into(),
        }
        .into(),
        E::NotADatabase { path: file() }.into(),
        E::Corrupt {
            path: file(),
            detail: "page 3".into(),
        }
        .into(),
        E::WrongFileKind {
            path: file(),
            expected: "a SICREMI workspace",
            found: "a SICREMI consolidated store".into(),
        }
        .into(),
        E::NewerSchema {
            path: file(),
            found: 7,
            supported: 3,
        }
        .into(),
        E::DiskFull { path: file() }.into(),
        E::Locked { path: file() }.into(),
        E::ReadOnly { path: file() }.into(),
        E::Io {
            path: file(),
            detail: "I/O error".into(),
        }
        .into(),
        E::InvalidArgument {
            field: "sha256",
            detail: "not hex".into(),
        }
        .into(),
        E::InvalidStoredRow {
            path: file(),
            table: "audit",
            detail: "bad json".into(),
        }
        .into(),
        E::SequenceNotReserved {
            path: file(),
            sequence: 9,
            reserved: 4,
        }
        .into(),
        E::SubmissionNotFound {
            path: file(),
            package_id: "00ff".into(),
        }
        .into(),
        E::UnknownKey {
            path: file(),
            key_id: "ab12".into(),
        }
        .into(),
        E::KeyAlreadyRegistered {
            path: file(),
            key_id: "ab12".into(),
        }
        .into(),
        E::PackageIdConflict {
            path: file(),
            package_id: "0f1e2d3c".into(),
        }
        .into(),
        E::KeyCountryMismatch {
            key_id: "ab12".into(),
            key_country: "ARG".into(),
            package_country: "BOL".into(),
        }
        .into(),
        E::PackOutdated {
            path: file(),
            version: 2,
            current: 3,
        }
        .into(),
        E::PackVersionConflict {
            path: file(),
            version: 3,
        }
        .into(),
        E::CycleClosed {
            path: file(),
            cycle: "2025".into(),
        }
        .into(),
        E::BundleOutdated {
            path: file(),
            version: 2,
            current: 3,
        }
        .into(),
        E::Constraint {
            path: file(),
            detail: "UNIQUE".into(),
        }
        .into(),
        E::Sqlite {
            path: file(),
            source: sqlite,
        }
        .into(),
    ]
}

/// Returns a real rusqlite error: a query on a table that an in-memory database lacks.
fn rusqlite_error() -> rusqlite::Error {
    let connection = rusqlite::Connection::open_in_memory().expect("in-memory SQLite opens");
    connection
        .execute("SELECT * FROM missing_table", [])
        .expect_err("the table does not exist")
}

/// One error of every document variant for each document kind, so every branch of the
/// messages' kind selector is formatted.
fn document_errors() -> Vec<AppError> {
    use sicremi_package::{DocumentError as E, DocumentKind as K};
    let mut errors = Vec::new();
    for kind in [K::Enrollment, K::TrustBundle, K::Receipt, K::KeyBackup] {
        let samples: Vec<AppError> = vec![
            E::BadMagic { kind }.into(),
            E::Truncated {
                kind,
                len: 20,
                expected: 101,
            }
            .into(),
            E::TrailingData {
                kind,
                extra: 1,
                expected: 200,
            }
            .into(),
            E::TooLarge {
                kind,
                len: u64::MAX,
                max: 4096,
            }
            .into(),
            E::UnsupportedVersion { kind, version: 2 }.into(),
            E::UnknownSigner {
                kind,
                key_id: key_id(9),
            }
            .into(),
            E::BadSignature {
                kind,
                key_id: key_id(10),
            }
            .into(),
            E::Invalid {
                kind,
                detail: "missing field".into(),
            }
            .into(),
            E::WrongPassphrase { kind }.into(),
            E::Io {
                kind,
                path: path("bundle.sicremi-trust"),
                source: io_source(),
            }
            .into(),
        ];
        errors.extend(samples);
    }
    errors.push(E::Key(sicremi_package::KeyError::WrongPassphrase).into());
    errors
}

fn pack_errors() -> Vec<AppError> {
    use sicremi_package::PackError as E;
    vec![
        E::BadMagic.into(),
        E::Truncated {
            len: 20,
            expected: 101,
        }
        .into(),
        E::TrailingData {
            extra: 1,
            expected: 200,
        }
        .into(),
        E::TooLarge {
            len: u64::MAX,
            max: sicremi_package::MAX_PACK_BODY_LEN,
        }
        .into(),
        E::UnsupportedVersion { version: 2 }.into(),
        E::UnknownSigner { key_id: key_id(7) }.into(),
        E::BadSignature { key_id: key_id(8) }.into(),
        E::Io {
            path: path("pack.sicremi-pack"),
            source: io_source(),
        }
        .into(),
    ]
}

fn package_errors() -> Vec<AppError> {
    use sicremi_package::PackageError as E;
    vec![
        E::BadMagic.into(),
        E::Truncated {
            len: 10,
            expected: 200,
        }
        .into(),
        E::TrailingData {
            extra: 5,
            expected: 200,
        }
        .into(),
        E::TooLarge { len: 900, max: 800 }.into(),
        E::UnsupportedVersion { version: 2 }.into(),
        E::UnsupportedSuite { suite: 3 }.into(),
        E::BadHeaderLength { header_len: 64 }.into(),
        E::ReservedNotZero.into(),
        E::InvalidHeaderCountry {
            bytes: [0x4d, 0x00, 0x58],
        }
        .into(),
        E::InvalidCountryCode {
            value: "mex".into(),
        }
        .into(),
        E::UnknownPayloadType { value: 9 }.into(),
        E::PayloadTooLarge { len: 900, max: 800 }.into(),
        E::UnknownRecipient {
            found: key_id(1),
            expected: key_id(2),
        }
        .into(),
        E::UnknownSender { key_id: key_id(3) }.into(),
        E::SenderLookupMismatch {
            requested: key_id(3),
            returned: key_id(4),
        }
        .into(),
        E::InvalidEncapsulatedKey.into(),
        E::DecryptionFailed.into(),
        E::BadSignature { key_id: key_id(3) }.into(),
        E::EncryptionFailed {
            reason: "bad key".into(),
        }
        .into(),
        E::RandomFailed.into(),
        E::Io {
            path: path("ARG.sicremi"),
            source: io_source(),
        }
        .into(),
    ]
}

fn key_errors() -> Vec<AppError> {
    use sicremi_package::{KdfParam, KeyError as E, KeyKind};
    vec![
        E::BadMagic.into(),
        E::Truncated {
            len: 10,
            expected: 120,
        }
        .into(),
        E::TrailingData {
            extra: 3,
            expected: 120,
        }
        .into(),
        E::UnsupportedVersion { version: 4 }.into(),
        E::UnknownKind { value: 7 }.into(),
        E::WrongKind {
            expected: KeyKind::Signing,
            found: KeyKind::Recipient,
        }
        .into(),
        E::UnsupportedKdf { value: 2 }.into(),
        E::KdfParamOutOfRange {
            param: KdfParam::MemoryKib,
            value: 1,
            min: 64,
            max: 4_194_304,
        }
        .into(),
        E::BadSecretLength {
            len: 2,
            min: 16,
            max: 256,
        }
        .into(),
        E::WrongPassphrase.into(),
        E::EmptyPassphrase.into(),
        E::CorruptSecret.into(),
        E::InvalidPkcs8.into(),
        E::BadPublicKeyLength { len: 31 }.into(),
        E::LowOrderPublicKey {
            key_hex: "00".repeat(32),
        }
        .into(),
        E::KdfFailed {
            reason: "memory".into(),
        }
        .into(),
        E::ShortIkm { len: 8 }.into(),
        E::PublicKeyFileTooLarge {
            len: 90_000,
            max: 65_536,
        }
        .into(),
        E::PublicKeyFileInvalid {
            detail: "missing field".into(),
        }
        .into(),
        E::UnsupportedPublicKeyFormat {
            found: "pgp".into(),
            version: 2,
        }
        .into(),
        E::UnknownPublicKeyKind {
            found: "rsa".into(),
        }
        .into(),
        E::KeyIdMismatch {
            found: "aa".into(),
            expected: key_id(5),
        }
        .into(),
        E::FingerprintMismatch {
            found: "1 2 3".into(),
            expected: "12345 67890".into(),
        }
        .into(),
        E::InvalidLabel.into(),
        E::AlreadyExists {
            path: path("signing.key"),
        }
        .into(),
        E::Io {
            path: path("signing.key"),
            source: io_source(),
        }
        .into(),
        E::RandomFailed.into(),
        sicremi_package::SignatureError { key_id: key_id(6) }.into(),
    ]
}

fn model_and_code_errors() -> Vec<AppError> {
    use sicremi_model::DefinitionError as D;
    let json_error = serde_json::from_str::<serde_json::Value>("{\n  \"id\": ")
        .expect_err("the JSON is cut short");
    vec![
        D::Json(json_error).into(),
        D::Format {
            found: "sicremi-questionnaire/9".into(),
            expected: "sicremi-questionnaire/1",
        }
        .into(),
        D::Invalid {
            path: "tables[2].dimensions[0]".into(),
            problem: "unknown code list".into(),
        }
        .into(),
        sicremi_codes::MatchError::Empty.into(),
        sicremi_codes::MatchError::NotFound {
            name: "Bolivya".into(),
        }
        .into(),
        sicremi_codes::MatchError::Ambiguous {
            name: "Congo".into(),
            candidates: vec!["COD", "COG"],
        }
        .into(),
        sicremi_codes::LangError::Unsupported { tag: "de".into() }.into(),
    ]
}

fn import_errors() -> Vec<AppError> {
    use sicremi_sheets::ImportError as E;
    let name = || "T1.xlsx".to_string();
    vec![
        E::Io {
            path: path("T1.xlsx"),
            source: io_source(),
        }
        .into(),
        E::FileTooLarge {
            name: name(),
            size: 90_000_000,
            max: 64_000_000,
        }
        .into(),
        E::TooManyRecords {
            name: name(),
            max: 1_000_000,
        }
        .into(),
        E::UnsupportedFormat {
            name: name(),
            detail: "zip".into(),
        }
        .into(),
        E::PasswordProtected { name: name() }.into(),
        E::Corrupt {
            name: name(),
            detail: "bad zip".into(),
        }
        .into(),
        E::ArchiveTooLarge {
            name: name(),
            uncompressed: 9_000_000_000,
            max: 500_000_000,
        }
        .into(),
        E::CompressionRatio {
            name: name(),
            entry: "xl/worksheets/sheet1.xml".into(),
            ratio: 900,
            max: 100,
        }
        .into(),
        E::TooManyParts {
            name: name(),
            entries: 90_000,
            max: 10_000,
        }
        .into(),
        E::SheetTooLarge {
            sheet: "T1 2025".into(),
            cell: "XFD1048576".into(),
            max_rows: 100_000,
            max_columns: 200,
        }
        .into(),
        E::TooManyCells {
            name: name(),
            max: 5_000_000,
        }
        .into(),
        E::TooManyBlocks {
            name: name(),
            max: 2_000,
        }
        .into(),
        E::TableLayout {
            table: "T9".into(),
            detail: "slice dimension region has no total".into(),
        }
        .into(),
        E::Header {
            name: name(),
            missing: vec!["cantidad".into()],
            unexpected: vec![],
            expected: vec!["sexo".into(), "cantidad".into()],
        }
        .into(),
        E::NotATemplate {
            name: name(),
            detail: "no sheet".into(),
        }
        .into(),
        E::MissingTable { table: "T9".into() }.into(),
        E::NoData { name: name() }.into(),
        E::InvalidReferenceDate {
            value: "31/01/2023".into(),
        }
        .into(),
    ]
}

/// Returns one bad value of every kind.
fn problem_kinds() -> Vec<sicremi_sheets::ProblemKind> {
    use sicremi_sheets::ProblemKind as K;
    let value = || "1.234".to_string();
    vec![
        K::NotWholeNumber { value: value() },
        K::AmbiguousSeparator { value: value() },
        K::NotANumber {
            value: "abc".into(),
        },
        K::NumberTooLarge {
            value: "99999999999999999".into(),
        },
        K::NotACount { value: "-4".into() },
        K::ErrorValue {
            value: "#DIV/0!".into(),
        },
        K::WrongType {
            found: "the logical value TRUE".into(),
        },
        K::EmptyField {
            column: "pais_origen".into(),
        },
        K::UnknownSex { value: "M".into() },
        K::UnknownAgeGroup {
            value: "10 a 19".into(),
        },
        K::UnknownCountry {
            value: "Bolivya".into(),
        },
        K::AmbiguousCountry {
            value: "Congo".into(),
            candidates: vec!["COD".into(), "COG".into()],
        },
        K::TotalRecord {
            value: "TOTAL".into(),
        },
        K::FieldCount {
            found: 7,
            expected: 6,
        },
        K::InvalidUtf8,
        K::DuplicateRecord { first_line: 12 },
        K::UnknownCode {
            dimension: "nationality".into(),
            value: "XXX".into(),
        },
        K::MissingRowCode {
            dimension: "nationality".into(),
        },
        K::MissingColumnCode {
            dimension: "sex".into(),
        },
        K::DuplicateCode {
            code: "BOL".into(),
            first: "A7".into(),
        },
        K::InvalidSlice {
            dimension: "year".into(),
            value: "20255".into(),
            example: "2025".into(),
        },
        K::DuplicateSlice {
            slice: "2025".into(),
            first_sheet: "T1 2024".into(),
        },
        K::UnknownStatus {
            field: "obs_status".into(),
            value: "Z".into(),
            allowed: "A, E, L".into(),
        },
        K::DuplicateNote {
            key: "2025:BOL:F".into(),
            first: "Sheet 'Notes'!A5".into(),
        },
        K::UnknownField {
            value: "colour".into(),
        },
        K::UnknownChoice {
            field: "source_type".into(),
            value: "other".into(),
            allowed: "register, survey".into(),
        },
    ]
}

/// For each problem kind, an import error whose first problem is of that kind, alternating
/// between a cell and a line location.
fn invalid_file_errors() -> Vec<AppError> {
    use sicremi_sheets::{ImportError, Location, Problem};
    problem_kinds()
        .into_iter()
        .enumerate()
        .map(|(index, kind)| {
            let location = if index % 2 == 0 {
                Location::Cell {
                    sheet: "T1 2025".into(),
                    cell: "D7".into(),
                }
            } else {
                Location::Line { line: 42 }
            };
            ImportError::Invalid {
                name: "renaper.csv".into(),
                problems: vec![Problem { location, kind }],
                truncated: index % 3 == 0,
            }
            .into()
        })
        .collect()
}

fn export_errors() -> Vec<AppError> {
    use sicremi_sheets::ExportError as E;
    vec![
        E::UnknownTable {
            table: "T99".into(),
        }
        .into(),
        E::UnknownLanguage { lang: "de".into() }.into(),
        E::TextTooLong {
            table: "T1".into(),
            key: "2025:BOL:F".into(),
            chars: 40_000,
        }
        .into(),
        E::TooManyRows {
            sheet: "T1".into(),
            rows: 2_000_000,
            max: 1_048_576,
        }
        .into(),
        E::Xlsx(rust_xlsxwriter::XlsxError::ParameterError("bad".into())).into(),
    ]
}

fn io_errors() -> Vec<AppError> {
    use std::io::ErrorKind;
    let mut errors: Vec<AppError> = [
        ErrorKind::NotFound,
        ErrorKind::PermissionDenied,
        ErrorKind::StorageFull,
        ErrorKind::Other,
    ]
    .into_iter()
    .map(|kind| sicremi_app::error::io_error(&path("T1.xlsx"), std::io::Error::from(kind)))
    .collect();
    errors.push(io_source().into());
    errors
}

/// Converts one error of every crate variant into an `AppError`. Each problem of an import also
/// appears under its own code, with the parameters of the import error that carries it.
fn converted_errors() -> Vec<AppError> {
    let mut errors = Vec::new();
    errors.extend(store_errors());
    errors.extend(package_errors());
    errors.extend(pack_errors());
    errors.extend(document_errors());
    errors.extend(key_errors());
    errors.extend(model_and_code_errors());
    errors.extend(import_errors());
    errors.extend(export_errors());
    errors.extend(io_errors());
    for invalid in invalid_file_errors() {
        let problem_code = invalid.params["problem"].clone();
        errors.push(AppError {
            code: problem_code,
            ..invalid.clone()
        });
        errors.push(invalid);
    }
    errors
}

/// `AppError::new` sites of the sources, each with the parameters the scan saw it set.
fn constructed_errors(codes: &BTreeMap<String, Vec<CodeSite>>) -> Vec<AppError> {
    let mut errors = Vec::new();
    for (code, sites) in codes {
        for site in sites {
            let Some(params) = &site.params else {
                continue;
            };
            let mut error = AppError::new(code, format!("constructed in {}", site.file.display()));
            for name in params {
                error = error.with(name, format!("<{name}>"));
            }
            errors.push(error);
        }
    }
    errors
}

#[test]
fn every_code_has_sample_error() {
    let codes = scan_codes();
    let sampled: BTreeSet<String> = converted_errors()
        .into_iter()
        .chain(constructed_errors(&codes))
        .map(|error| error.code)
        .collect();
    let unsampled: Vec<&String> = codes
        .keys()
        .filter(|code| !sampled.contains(*code))
        .collect();
    assert!(
        unsampled.is_empty(),
        "no sample error for {unsampled:?}; add one to the samples in this test so its message is formatted"
    );
}

#[test]
fn messages_format_with_their_parameters() {
    let codes = scan_codes();
    let catalogs = catalogs();
    let mut failures = Vec::new();
    for error in converted_errors()
        .into_iter()
        .chain(constructed_errors(&codes))
    {
        for catalog in &catalogs {
            match catalog.error_message(&error) {
                Ok(text) if text.trim().is_empty() => {
                    failures.push(format!("{} is empty in {}.ftl", error.code, catalog.lang()))
                }
                Ok(_) => {}
                Err(problem) => failures.push(format!(
                    "{problem} (parameters {:?})",
                    error.params.keys().collect::<Vec<_>>()
                )),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} messages fail to format:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[test]
fn unknown_code_uses_fallback_with_detail() {
    let error = AppError::new("nowhere.no_such_code", "the detail in English");
    for catalog in catalogs() {
        let text = catalog.error(&error);
        assert!(
            text.contains("the detail in English"),
            "{}: {text}",
            catalog.lang()
        );
        assert_ne!(
            text,
            "error-unknown",
            "{}.ftl lacks error-unknown",
            catalog.lang()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Real failures of real files, rendered in every language.

/// Cheap Argon2 parameters: these tests exercise messages, not the key derivation cost.
fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).expect("the parameters are in range")
}

#[test]
fn damaged_workspace_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(&layout, "ARG", "correct horse battery", &test_kdf()).unwrap();
    let workspace = layout.correspondent().join("workspace.sqlite");
    std::fs::write(&workspace, vec![0x55u8; 8192]).unwrap();

    let error = Correspondent::open(&layout.correspondent()).unwrap_err();

    assert_eq!(error.code, "store.not_a_database");
    assert_eq!(error.params["path"], workspace.display().to_string());
    for catalog in catalogs() {
        let text = catalog.error_message(&error).unwrap();
        assert!(
            text.contains(&workspace.display().to_string()),
            "{}: {text}",
            catalog.lang()
        );
    }
}

#[test]
fn bad_renaper_line_names_line_and_value() {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(&layout, "ARG", "correct horse battery", &test_kdf()).unwrap();
    let csv = dir.path().join("renaper.csv");
    std::fs::write(
        &csv,
        "\"provincia_id\",\"provincia_nombre\",\"pais_origen\",\"sexo\",\"edad_quinquenal\",\"cantidad\"\n\
         6,\"BUENOS AIRES\",\"Bolivia\",\"MUJER\",\"0 a 4\",305\n\
         6,\"BUENOS AIRES\",\"Bolivia\",\"MUJER\",\"5 a 9\",29x3\n",
    )
    .unwrap();
    let mut correspondent = Correspondent::open(&layout.correspondent()).unwrap();

    let error = correspondent
        .import_renaper(&csv, "2023-01-31")
        .unwrap_err();

    assert_eq!(error.code, "sheets.invalid", "{error:?}");
    assert_eq!(error.params["count"], "1");
    assert_eq!(error.params["location_kind"], "line");
    assert_eq!(error.params["location"], "3");
    assert_eq!(error.params["value"], "29x3");
    let problem = AppError {
        code: error.params["problem"].clone(),
        ..error.clone()
    };
    for catalog in catalogs() {
        let summary = catalog.error_message(&error).unwrap();
        assert!(
            summary.contains("renaper.csv"),
            "{}: {summary}",
            catalog.lang()
        );
        assert!(summary.contains('3'), "{}: {summary}", catalog.lang());
        let detail = catalog.error_message(&problem).unwrap();
        assert!(detail.contains("29x3"), "{}: {detail}", catalog.lang());
        let rendered = catalog.error(&error);
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines.len(), 4, "{}: {rendered}", catalog.lang());
        assert_eq!(lines[0], summary, "{}", catalog.lang());
        assert_eq!(lines[1], format!("  {detail}"), "{}", catalog.lang());
    }
}

#[test]
fn unparsable_count_in_spanish() {
    let error = sicremi_app::input::parse_count("12a").unwrap_err();

    let text = Catalog::new("es_AR.UTF-8").error(&error);

    let (message, detail) = text
        .split_once('\n')
        .expect("the detail is on a second line");
    assert!(
        message.starts_with("«12a» no es un número entero."),
        "{text}"
    );
    assert_eq!(
        detail,
        format!("  Detalle técnico (en inglés): {}", error.detail)
    );
}

#[test]
fn missing_parameter_is_reported() {
    let error = AppError::new("store.disk_full", "the disk is full");
    for catalog in catalogs() {
        let problem = catalog.error_message(&error).unwrap_err();
        assert!(problem.contains("path"), "{}: {problem}", catalog.lang());
        assert!(
            catalog.error(&error).contains("the disk is full"),
            "{} fallback lacks the detail",
            catalog.lang()
        );
    }
}

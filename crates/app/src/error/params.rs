//! Parameters of the translated error messages, taken from the fields of each crate's error
//! variants.
//!
//! Every value is language-neutral: a path, a number, a code, a key id or a cell reference.
//! Where a crate error stores English text, such as a file kind or a value type, the parameter
//! is a fixed token (for example "encryption" or "signing") that the Fluent messages select
//! on. English free text (SQLite messages, parser details) stays in the detail only.

use std::collections::BTreeMap;
use std::path::Path;

use sicremi_codes::{LangError, MatchError};
use sicremi_model::DefinitionError;
use sicremi_package::{
    DocumentError, KdfParam, KeyError, KeyKind, PackError, PackageError, SignatureError,
};
use sicremi_sheets::{ExportError, ImportError, Location, Problem, ProblemKind};
use sicremi_store::StoreError;

/// The parameters of an error's translated message, by Fluent variable name.
pub(crate) trait ErrorParams {
    fn params(&self) -> BTreeMap<String, String>;
}

/// Builds a parameter map.
#[derive(Default)]
struct Params(BTreeMap<String, String>);

impl Params {
    fn new() -> Params {
        Params::default()
    }

    fn set(mut self, name: &str, value: impl ToString) -> Params {
        self.0.insert(name.to_string(), value.to_string());
        self
    }

    fn path(self, path: &Path) -> Params {
        self.set("path", path.display())
    }

    /// Sets `name` to the items joined by ", ", or to "–" when there are none, so a message
    /// never shows an empty list.
    fn list<T: AsRef<str>>(self, name: &str, items: &[T]) -> Params {
        let joined = items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", ");
        let value = if joined.is_empty() {
            "–".to_string()
        } else {
            joined
        };
        self.set(name, value)
    }

    fn done(self) -> BTreeMap<String, String> {
        self.0
    }
}

impl ErrorParams for StoreError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            StoreError::Open { path, .. }
            | StoreError::NotADatabase { path }
            | StoreError::Corrupt { path, .. }
            | StoreError::DiskFull { path }
            | StoreError::Locked { path }
            | StoreError::ReadOnly { path }
            | StoreError::Io { path, .. }
            | StoreError::Constraint { path, .. }
            | StoreError::Sqlite { path, .. } => Params::new().path(path),
            StoreError::WrongFileKind {
                path,
                expected,
                found,
            } => Params::new()
                .path(path)
                .set("expected", store_file_kind(expected))
                .set("found", store_file_kind(found)),
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => Params::new()
                .path(path)
                .set("found", found)
                .set("supported", supported),
            StoreError::InvalidArgument { field, .. } => Params::new().set("field", field),
            StoreError::InvalidStoredRow { path, table, .. } => {
                Params::new().path(path).set("table", table)
            }
            StoreError::SequenceNotReserved {
                path,
                sequence,
                reserved,
            } => Params::new()
                .path(path)
                .set("sequence", sequence)
                .set("reserved", reserved),
            StoreError::SubmissionNotFound { path, package_id }
            | StoreError::PackageIdConflict { path, package_id } => {
                Params::new().path(path).set("package_id", package_id)
            }
            StoreError::UnknownKey { path, key_id }
            | StoreError::KeyAlreadyRegistered { path, key_id } => {
                Params::new().path(path).set("key_id", key_id)
            }
            StoreError::PackOutdated {
                path,
                version,
                current,
            } => Params::new()
                .path(path)
                .set("version", version)
                .set("current", current),
            StoreError::PackVersionConflict { path, version } => {
                Params::new().path(path).set("version", version)
            }
            StoreError::CycleClosed { path, cycle } => Params::new().path(path).set("cycle", cycle),
            StoreError::BundleOutdated {
                path,
                version,
                current,
            } => Params::new()
                .path(path)
                .set("version", version)
                .set("current", current),
            StoreError::KeyCountryMismatch {
                key_id,
                key_country,
                package_country,
            } => Params::new()
                .set("key_id", key_id)
                .set("key_country", key_country)
                .set("package_country", package_country),
            // StoreError is non_exhaustive. A variant added later has no parameters until it is
            // listed here, so its message must use none.
            _ => Params::new(),
        }
        .done()
    }
}

/// Maps the store's English description of a file ("a SICREMI workspace") to a token.
fn store_file_kind(description: &str) -> &'static str {
    if description.contains("workspace") {
        "workspace"
    } else if description.contains("consolidated") {
        "consolidated"
    } else {
        "other"
    }
}

impl ErrorParams for PackageError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            PackageError::Truncated { len, expected } => {
                Params::new().set("len", len).set("expected", expected)
            }
            PackageError::TrailingData { extra, expected } => {
                Params::new().set("extra", extra).set("expected", expected)
            }
            PackageError::TooLarge { len, max } | PackageError::PayloadTooLarge { len, max } => {
                Params::new().set("len", len).set("max", max)
            }
            PackageError::UnsupportedVersion { version } => Params::new().set("version", version),
            PackageError::UnsupportedSuite { suite } => Params::new().set("suite", suite),
            PackageError::BadHeaderLength { header_len } => {
                Params::new().set("header_len", header_len)
            }
            PackageError::InvalidHeaderCountry { bytes } => {
                Params::new().set("bytes", hex_bytes(bytes))
            }
            PackageError::InvalidCountryCode { value } => Params::new().set("value", value),
            PackageError::UnknownPayloadType { value } => Params::new().set("value", value),
            PackageError::UnknownRecipient { found, expected } => {
                Params::new().set("found", found).set("expected", expected)
            }
            PackageError::UnknownSender { key_id } | PackageError::BadSignature { key_id } => {
                Params::new().set("key_id", key_id)
            }
            PackageError::SenderLookupMismatch {
                requested,
                returned,
            } => Params::new()
                .set("requested", requested)
                .set("returned", returned),
            PackageError::Io { path, .. } => Params::new().path(path),
            _ => Params::new(),
        }
        .done()
    }
}

impl ErrorParams for PackError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            PackError::Truncated { len, expected } => {
                Params::new().set("len", len).set("expected", expected)
            }
            PackError::TrailingData { extra, expected } => {
                Params::new().set("extra", extra).set("expected", expected)
            }
            PackError::TooLarge { len, max } => Params::new().set("len", len).set("max", max),
            PackError::UnsupportedVersion { version } => Params::new().set("version", version),
            PackError::UnknownSigner { key_id } | PackError::BadSignature { key_id } => {
                Params::new().set("key_id", key_id)
            }
            PackError::Io { path, .. } => Params::new().path(path),
            _ => Params::new(),
        }
        .done()
    }
}

/// "4d 58 00": bytes as the hexadecimal pairs a hex editor shows.
fn hex_bytes(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

impl ErrorParams for KeyError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            KeyError::Truncated { len, expected } => {
                Params::new().set("len", len).set("expected", expected)
            }
            KeyError::TrailingData { extra, expected } => {
                Params::new().set("extra", extra).set("expected", expected)
            }
            KeyError::UnsupportedVersion { version } => Params::new().set("version", version),
            KeyError::UnknownKind { value } | KeyError::UnsupportedKdf { value } => {
                Params::new().set("value", value)
            }
            KeyError::WrongKind { expected, found } => Params::new()
                .set("expected", key_kind(*expected))
                .set("found", key_kind(*found)),
            KeyError::KdfParamOutOfRange {
                param,
                value,
                min,
                max,
            } => Params::new()
                .set("param", kdf_param(*param))
                .set("value", value)
                .set("min", min)
                .set("max", max),
            KeyError::BadSecretLength { len, min, max } => Params::new()
                .set("len", len)
                .set("min", min)
                .set("max", max),
            KeyError::BadPublicKeyLength { len } | KeyError::ShortIkm { len } => {
                Params::new().set("len", len)
            }
            KeyError::LowOrderPublicKey { key_hex } => Params::new().set("key", key_hex),
            KeyError::PublicKeyFileTooLarge { len, max } => {
                Params::new().set("len", len).set("max", max)
            }
            KeyError::UnsupportedPublicKeyFormat { found, version } => {
                Params::new().set("found", found).set("version", version)
            }
            KeyError::UnknownPublicKeyKind { found } => Params::new().set("found", found),
            KeyError::KeyIdMismatch { found, expected } => {
                Params::new().set("found", found).set("expected", expected)
            }
            KeyError::FingerprintMismatch { found, expected } => {
                Params::new().set("found", found).set("expected", expected)
            }
            KeyError::InvalidLabel => Params::new().set("max", sicremi_package::MAX_LABEL_CHARS),
            KeyError::AlreadyExists { path } | KeyError::Io { path, .. } => {
                Params::new().path(path)
            }
            _ => Params::new(),
        }
        .done()
    }
}

fn key_kind(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::Recipient => "encryption",
        KeyKind::Signing => "signing",
    }
}

/// Returns the name of an Argon2 parameter as Argon2 libraries write it. The names are not
/// translated.
fn kdf_param(param: KdfParam) -> &'static str {
    match param {
        KdfParam::MemoryKib => "m_cost",
        KdfParam::Passes => "t_cost",
        KdfParam::Lanes => "p_cost",
    }
}

/// Every document error sets `kind` to the token of the file kind ("enrollment",
/// "trust_bundle", "receipt" or "key_backup") that the messages select on. A wrapped key
/// error has the parameters of its own code.
impl ErrorParams for DocumentError {
    fn params(&self) -> BTreeMap<String, String> {
        let kind = |kind: &sicremi_package::DocumentKind| Params::new().set("kind", kind.token());
        match self {
            DocumentError::BadMagic { kind: k }
            | DocumentError::Invalid { kind: k, .. }
            | DocumentError::WrongPassphrase { kind: k } => kind(k),
            DocumentError::Truncated {
                kind: k,
                len,
                expected,
            } => kind(k).set("len", len).set("expected", expected),
            DocumentError::TrailingData {
                kind: k,
                extra,
                expected,
            } => kind(k).set("extra", extra).set("expected", expected),
            DocumentError::TooLarge { kind: k, len, max } => {
                kind(k).set("len", len).set("max", max)
            }
            DocumentError::UnsupportedVersion { kind: k, version } => {
                kind(k).set("version", version)
            }
            DocumentError::UnknownSigner { kind: k, key_id }
            | DocumentError::BadSignature { kind: k, key_id } => kind(k).set("key_id", key_id),
            DocumentError::Io { kind: k, path, .. } => kind(k).path(path),
            DocumentError::Key(error) => return error.params(),
            _ => Params::new(),
        }
        .done()
    }
}

impl ErrorParams for SignatureError {
    fn params(&self) -> BTreeMap<String, String> {
        Params::new().set("key_id", self.key_id).done()
    }
}

impl ErrorParams for DefinitionError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            DefinitionError::Json(error) => Params::new()
                .set("line", error.line())
                .set("column", error.column()),
            DefinitionError::Format { found, expected } => {
                Params::new().set("found", found).set("expected", expected)
            }
            // `path` is a place inside the definition, such as "tables[2].dimensions[0]".
            DefinitionError::Invalid { path, .. } => Params::new().set("location", path),
        }
        .done()
    }
}

impl ErrorParams for MatchError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            MatchError::Empty => Params::new(),
            MatchError::NotFound { name } => Params::new().set("name", name),
            MatchError::Ambiguous { name, candidates } => Params::new()
                .set("name", name)
                .list("candidates", candidates),
        }
        .done()
    }
}

impl ErrorParams for LangError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            LangError::Unsupported { tag } => Params::new().set("tag", tag),
        }
        .done()
    }
}

impl ErrorParams for ImportError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            ImportError::Io { path, .. } => Params::new().path(path),
            ImportError::FileTooLarge { name, size, max } => Params::new()
                .set("name", name)
                .set("size", size)
                .set("max", max),
            ImportError::TooManyRecords { name, max } | ImportError::TooManyCells { name, max } => {
                Params::new().set("name", name).set("max", max)
            }
            ImportError::TooManyBlocks { name, max } => {
                Params::new().set("name", name).set("max", max)
            }
            ImportError::TableLayout { table, detail } => {
                Params::new().set("table", table).set("detail", detail)
            }
            ImportError::UnsupportedFormat { name, .. }
            | ImportError::PasswordProtected { name }
            | ImportError::Corrupt { name, .. }
            | ImportError::NotATemplate { name, .. }
            | ImportError::NoData { name } => Params::new().set("name", name),
            ImportError::ArchiveTooLarge {
                name,
                uncompressed,
                max,
            } => Params::new()
                .set("name", name)
                .set("uncompressed", uncompressed)
                .set("max", max),
            ImportError::CompressionRatio {
                name,
                entry,
                ratio,
                max,
            } => Params::new()
                .set("name", name)
                .set("entry", entry)
                .set("ratio", ratio)
                .set("max", max),
            ImportError::TooManyParts { name, entries, max } => Params::new()
                .set("name", name)
                .set("entries", entries)
                .set("max", max),
            ImportError::SheetTooLarge {
                sheet,
                cell,
                max_rows,
                max_columns,
            } => Params::new()
                .set("sheet", sheet)
                .set("cell", cell)
                .set("max_rows", max_rows)
                .set("max_columns", max_columns),
            ImportError::Header {
                name,
                missing,
                unexpected,
                expected,
            } => Params::new()
                .set("name", name)
                .list("missing", missing)
                .list("unexpected", unexpected)
                .list("expected", expected),
            ImportError::MissingTable { table } => Params::new().set("table", table),
            ImportError::InvalidReferenceDate { value } => Params::new().set("value", value),
            ImportError::Invalid {
                name,
                problems,
                truncated,
            } => invalid_file_params(name, problems, *truncated),
        }
        .done()
    }
}

/// Returns the parameters of an import that found bad values: the file, the number of problems
/// and the first problem with its place, its code (`problem`) and its own parameters. A front
/// end can then show that problem in the user's language too. The English detail lists all.
fn invalid_file_params(name: &str, problems: &[Problem], truncated: bool) -> Params {
    let mut params = Params::new()
        .set("name", name)
        .set("count", problems.len())
        .set("truncated", truncated);
    if let Some(first) = problems.first() {
        for (key, value) in problem_params(first) {
            params = params.set(&key, value);
        }
        params = params.set("problem", first.code());
    }
    params
}

/// Returns the parameters of one bad value: `location_kind` ("line" or "cell"), `location` (a line
/// number, or a cell reference such as 'T1 2025'!D7) and the fields of its kind.
fn problem_params(problem: &Problem) -> BTreeMap<String, String> {
    let params = match &problem.location {
        Location::Line { line } => Params::new()
            .set("location_kind", "line")
            .set("location", line),
        Location::Cell { sheet, cell } => Params::new().set("location_kind", "cell").set(
            "location",
            format!("'{}'!{cell}", sheet.replace('\'', "''")),
        ),
    };
    problem_kind_params(params, &problem.kind).done()
}

fn problem_kind_params(params: Params, kind: &ProblemKind) -> Params {
    match kind {
        ProblemKind::NotWholeNumber { value }
        | ProblemKind::AmbiguousSeparator { value }
        | ProblemKind::NotANumber { value }
        | ProblemKind::NotACount { value }
        | ProblemKind::ErrorValue { value }
        | ProblemKind::UnknownSex { value }
        | ProblemKind::UnknownCountry { value }
        | ProblemKind::TotalRecord { value }
        | ProblemKind::UnknownAgeGroup { value }
        | ProblemKind::UnknownField { value } => params.set("value", value),
        ProblemKind::NumberTooLarge { value } => params
            .set("value", value)
            .set("max", sicremi_sheets::MAX_EXACT),
        ProblemKind::WrongType { found } => params.set("found", value_type(found)),
        ProblemKind::EmptyField { column } => params.set("column", column),
        ProblemKind::AmbiguousCountry { value, candidates } => {
            params.set("value", value).list("candidates", candidates)
        }
        ProblemKind::FieldCount { found, expected } => {
            params.set("found", found).set("expected", expected)
        }
        ProblemKind::InvalidUtf8 => params,
        ProblemKind::DuplicateRecord { first_line } => params.set("first_line", first_line),
        ProblemKind::UnknownCode { dimension, value } => {
            params.set("dimension", dimension).set("value", value)
        }
        ProblemKind::MissingRowCode { dimension }
        | ProblemKind::MissingColumnCode { dimension } => params.set("dimension", dimension),
        ProblemKind::DuplicateCode { code, first } => params.set("code", code).set("first", first),
        ProblemKind::InvalidSlice {
            dimension,
            value,
            example,
        } => params
            .set("dimension", dimension)
            .set("value", value)
            .set("example", example),
        ProblemKind::DuplicateSlice { slice, first_sheet } => {
            params.set("slice", slice).set("first_sheet", first_sheet)
        }
        ProblemKind::UnknownStatus {
            field,
            value,
            allowed,
        }
        | ProblemKind::UnknownChoice {
            field,
            value,
            allowed,
        } => params
            .set("field", field)
            .set("value", value)
            .set("allowed", allowed),
        // `first` is a Location's English text, "Sheet 'T1'!A5"; the reference alone is
        // language-neutral.
        ProblemKind::DuplicateNote { key, first } => params
            .set("key", key)
            .set("first", first.strip_prefix("Sheet ").unwrap_or(first)),
    }
}

/// Maps the sheets crate's English description of a cell's type to a token.
fn value_type(found: &str) -> &'static str {
    if found.starts_with("the logical value") {
        "logical"
    } else if found.contains("date") {
        "date"
    } else if found.contains("duration") {
        "duration"
    } else {
        "other"
    }
}

impl ErrorParams for ExportError {
    fn params(&self) -> BTreeMap<String, String> {
        match self {
            ExportError::UnknownTable { table } => Params::new().set("table", table),
            ExportError::UnknownLanguage { lang } => Params::new().set("lang", lang),
            // 32767 characters is Excel's limit for the text of one cell.
            ExportError::TextTooLong { table, key, chars } => Params::new()
                .set("table", table)
                .set("key", key)
                .set("chars", chars)
                .set("max", 32767),
            ExportError::TooManyRows { sheet, rows, max } => Params::new()
                .set("sheet", sheet)
                .set("rows", rows)
                .set("max", max),
            ExportError::Xlsx(_) => Params::new(),
        }
        .done()
    }
}

//! The error type of every store operation.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// A failed store operation.
///
/// Each variant has a stable machine code, returned by [`StoreError::code`], that the user
/// interface translates. The `Display` text is English, names the file or value involved
/// and states the next step, so it can go into a log as it is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error(
        "cannot open {path}: {detail}. Check that the folder exists and that you have \
         permission to write to it."
    )]
    Open { path: PathBuf, detail: String },

    #[error(
        "{path} is not a SQLite database. Choose another file, or restore this one from a backup."
    )]
    NotADatabase { path: PathBuf },

    #[error("{path} is damaged ({detail}). Stop using it and restore it from a backup.")]
    Corrupt { path: PathBuf, detail: String },

    #[error("{path} is {found}, not {expected}. Choose {expected} file instead.")]
    WrongFileKind {
        path: PathBuf,
        expected: &'static str,
        found: String,
    },

    #[error(
        "{path} has schema version {found}, but this version of SICREMI Collect supports \
         versions up to {supported}. Install the newer version of SICREMI Collect that \
         wrote the file."
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error(
        "the disk that holds {path} is full, so the last change was not saved. Free some \
         disk space and repeat the change; everything saved before it is intact."
    )]
    DiskFull { path: PathBuf },

    #[error(
        "{path} is locked by another program. Close the other SICREMI Collect window that \
         uses this file and try again."
    )]
    Locked { path: PathBuf },

    #[error(
        "{path} is read-only. Move it to a folder you can write to, or change its \
         permissions."
    )]
    ReadOnly { path: PathBuf },

    #[error(
        "reading or writing {path} failed: {detail}. Check the disk or network drive and \
         try again."
    )]
    Io { path: PathBuf, detail: String },

    #[error("invalid {field}: {detail}")]
    InvalidArgument { field: &'static str, detail: String },

    #[error(
        "a row of table {table} in {path} is invalid: {detail}. The file was changed by \
         another program; restore it from a backup."
    )]
    InvalidStoredRow {
        path: PathBuf,
        table: &'static str,
        detail: String,
    },

    #[error(
        "submission sequence {sequence} was never reserved in {path} (the last reserved \
         number is {reserved}). Build the package with the number from next_sequence()."
    )]
    SequenceNotReserved {
        path: PathBuf,
        sequence: u64,
        reserved: u64,
    },

    #[error("no submission with package id {package_id} in {path}")]
    SubmissionNotFound { path: PathBuf, package_id: String },

    #[error(
        "signing key {key_id} is not registered in {path}. Register the correspondent's \
         public key before importing their packages."
    )]
    UnknownKey { path: PathBuf, key_id: String },

    #[error("signing key {key_id} is already registered in {path}; choose another key id")]
    KeyAlreadyRegistered { path: PathBuf, key_id: String },

    #[error(
        "package id {package_id} was already imported into {path} with different content; \
         the package is rejected. Ask the sender to seal the package again, which gives it a \
         new id, and check where the conflicting file came from"
    )]
    PackageIdConflict { path: PathBuf, package_id: String },

    #[error(
        "signing key {key_id} is registered for country {key_country}, but the package is \
         for {package_country}. Reject the package and ask the sender to use their own \
         country's workspace."
    )]
    KeyCountryMismatch {
        key_id: String,
        key_country: String,
        package_country: String,
    },

    #[error(
        "questionnaire pack version {version} is older than version {current}, which \
         {path} already uses. Import the newest pack the secretariat sent."
    )]
    PackOutdated {
        path: PathBuf,
        version: u64,
        current: u64,
    },

    #[error(
        "{path} already holds questionnaire pack version {version} with different content; \
         the pack is rejected. Ask the secretariat which file is the right one."
    )]
    PackVersionConflict { path: PathBuf, version: u64 },

    #[error(
        "reporting cycle {cycle} is closed in {path}, so the package is rejected. Reopen the \
         cycle only if the secretariat decides to accept late corrections."
    )]
    CycleClosed { path: PathBuf, cycle: String },

    #[error(
        "trust bundle version {version} is not newer than version {current}, which {path} \
         already holds; the bundle is rejected. Import the newest bundle the secretariat sent."
    )]
    BundleOutdated {
        path: PathBuf,
        version: u64,
        current: u64,
    },

    #[error(
        "a constraint failed in {path}: {detail}. The data contains a duplicate or a \
         missing reference; fix the input and try again."
    )]
    Constraint { path: PathBuf, detail: String },

    #[error(
        "SQLite failed on {path}: {source}. Try again, and report this message if it repeats."
    )]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// Returns the stable machine code of this error, such as `"store.disk_full"`.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Open { .. } => "store.open_failed",
            StoreError::NotADatabase { .. } => "store.not_a_database",
            StoreError::Corrupt { .. } => "store.corrupt",
            StoreError::WrongFileKind { .. } => "store.wrong_file_kind",
            StoreError::NewerSchema { .. } => "store.newer_schema",
            StoreError::DiskFull { .. } => "store.disk_full",
            StoreError::Locked { .. } => "store.locked",
            StoreError::ReadOnly { .. } => "store.read_only",
            StoreError::Io { .. } => "store.io",
            StoreError::InvalidArgument { .. } => "store.invalid_argument",
            StoreError::InvalidStoredRow { .. } => "store.invalid_stored_row",
            StoreError::SequenceNotReserved { .. } => "store.sequence_not_reserved",
            StoreError::SubmissionNotFound { .. } => "store.submission_not_found",
            StoreError::UnknownKey { .. } => "store.unknown_key",
            StoreError::KeyAlreadyRegistered { .. } => "store.key_already_registered",
            StoreError::PackageIdConflict { .. } => "store.package_id_conflict",
            StoreError::KeyCountryMismatch { .. } => "store.key_country_mismatch",
            StoreError::PackOutdated { .. } => "store.pack_outdated",
            StoreError::PackVersionConflict { .. } => "store.pack_version_conflict",
            StoreError::CycleClosed { .. } => "store.cycle_closed",
            StoreError::BundleOutdated { .. } => "store.bundle_outdated",
            StoreError::Constraint { .. } => "store.constraint",
            StoreError::Sqlite { .. } => "store.sqlite",
        }
    }

    /// Classifies a SQLite error on the file at `path` by its primary result code.
    pub(crate) fn from_sqlite(path: &Path, error: rusqlite::Error) -> StoreError {
        let path = path.to_path_buf();
        let (code, message) = match &error {
            rusqlite::Error::SqliteFailure(failure, message) => (failure.code, message.clone()),
            _ => {
                return StoreError::Sqlite {
                    path,
                    source: error,
                }
            }
        };
        let detail = message.unwrap_or_else(|| error.to_string());
        match code {
            ErrorCode::DiskFull => StoreError::DiskFull { path },
            ErrorCode::DatabaseCorrupt => StoreError::Corrupt { path, detail },
            ErrorCode::NotADatabase => StoreError::NotADatabase { path },
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Locked { path },
            ErrorCode::ReadOnly => StoreError::ReadOnly { path },
            ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                StoreError::Open { path, detail }
            }
            ErrorCode::SystemIoFailure => StoreError::Io { path, detail },
            ErrorCode::ConstraintViolation => StoreError::Constraint { path, detail },
            _ => StoreError::Sqlite {
                path,
                source: error,
            },
        }
    }

    pub(crate) fn invalid_row(path: &Path, table: &'static str, detail: String) -> StoreError {
        StoreError::InvalidStoredRow {
            path: path.to_path_buf(),
            table,
            detail,
        }
    }
}

/// Converts rusqlite results into [`StoreError`]s that name the database file.
pub(crate) trait SqliteResultExt<T> {
    fn on(self, path: &Path) -> Result<T, StoreError>;
}

impl<T> SqliteResultExt<T> for Result<T, rusqlite::Error> {
    fn on(self, path: &Path) -> Result<T, StoreError> {
        self.map_err(|error| StoreError::from_sqlite(path, error))
    }
}

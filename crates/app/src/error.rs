//! The one error type the app crate returns: a stable code the UI translates, parameters for
//! the translated message, and an English detail for logs and the command line.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

mod params;

/// An error with a stable code such as "store.disk_full" or "input.not_a_number".
///
/// The UI looks the code up in the Fluent catalogs (message id `error-` followed by the code
/// with dots turned into dashes) and never matches on `detail`.
#[derive(Debug, Clone, Serialize)]
pub struct AppError {
    pub code: String,
    pub params: BTreeMap<String, String>,
    /// English text naming the value and what to do; shown where no translation exists.
    pub detail: String,
}

impl AppError {
    pub fn new(code: &str, detail: impl Into<String>) -> AppError {
        AppError {
            code: code.to_string(),
            params: BTreeMap::new(),
            detail: detail.into(),
        }
    }

    pub fn with(mut self, name: &str, value: impl ToString) -> AppError {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    /// Returns the Fluent message id for this error.
    pub fn message_id(&self) -> String {
        format!("error-{}", self.code.replace('.', "-"))
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

impl std::error::Error for AppError {}

pub type AppResult<T> = Result<T, AppError>;

/// Converts each crate error into an [`AppError`] with its code, the parameters its translated
/// message uses (see [`params::ErrorParams`]) and its English text as the detail.
macro_rules! from_coded_error {
    ($($source:ty),* $(,)?) => {
        $(
            impl From<$source> for AppError {
                fn from(error: $source) -> AppError {
                    AppError {
                        code: error.code().to_string(),
                        params: params::ErrorParams::params(&error),
                        detail: error.to_string(),
                    }
                }
            }
        )*
    };
}

from_coded_error!(
    sicremi_store::StoreError,
    sicremi_package::PackageError,
    sicremi_package::PackError,
    sicremi_package::KeyError,
    sicremi_package::SignatureError,
    sicremi_package::DocumentError,
    sicremi_model::DefinitionError,
    sicremi_codes::MatchError,
    sicremi_codes::LangError,
    sicremi_sheets::ImportError,
    sicremi_sheets::ExportError,
);

impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> AppError {
        AppError::new("io.failed", format!("file operation failed: {error}"))
    }
}

/// Converts an I/O error on `path` into an [`AppError`] with the path as a parameter.
pub fn io_error(path: &std::path::Path, error: std::io::Error) -> AppError {
    AppError::new(
        io_error_code(error.kind()),
        format!("{}: {error}; check the path and try again", path.display()),
    )
    .with("path", path.display())
}

/// Returns the code of an I/O error of this kind, such as "io.not_found".
fn io_error_code(kind: std::io::ErrorKind) -> &'static str {
    match kind {
        std::io::ErrorKind::NotFound => "io.not_found",
        std::io::ErrorKind::PermissionDenied => "io.permission_denied",
        std::io::ErrorKind::StorageFull => "io.disk_full",
        _ => "io.failed",
    }
}

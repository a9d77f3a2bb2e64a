//! Commands of the secretariat's side: set-up, overview, key registration, package import, a
//! country's figures, questionnaire packs and the consolidated export.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use sicremi_app::error::io_error;
use sicremi_app::files::write_atomically;
use sicremi_app::secretariat::{PackIssue, PackageImport, RegisteredKeyView, SecretariatOverview};
use sicremi_app::{AppError, AppResult, KdfParams, Secretariat};
use sicremi_model::Dataset;

use crate::session::{required_path, SessionState};

/// Result of importing one of the chosen package files. Exactly one of `imported` and `error` is
/// set.
#[derive(Debug, Serialize)]
pub struct FileImport {
    pub file: String,
    pub imported: Option<PackageImport>,
    pub error: Option<AppError>,
}

/// Creates the secretariat of a real deployment in the data folder: a new encryption key under
/// `passphrase` and an empty consolidated store. Returns its overview. Fails with
/// `setup.already_exists` when the folder already contains a secretariat key.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_create(
    state: tauri::State<'_, SessionState>,
    passphrase: String,
) -> AppResult<SecretariatOverview> {
    state
        .lock()
        .create_secretariat(&passphrase, &KdfParams::DEFAULT)?
        .overview()
}

/// Returns the secretariat's key, registered correspondent keys and imported submissions.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_overview(
    state: tauri::State<'_, SessionState>,
) -> AppResult<SecretariatOverview> {
    state.lock().secretariat()?.overview()
}

/// Imports each package file in turn. A file that fails is reported with its error and does not
/// stop the others.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_import(
    state: tauri::State<'_, SessionState>,
    paths: Vec<String>,
    passphrase: String,
) -> AppResult<Vec<FileImport>> {
    if paths.iter().all(|path| path.trim().is_empty()) {
        required_path("", "package file")?;
    }
    let mut session = state.lock();
    Ok(import_files(session.secretariat()?, &paths, &passphrase))
}

/// Imports the package files at `paths` in order, skipping blank entries, and returns one result
/// per file.
pub fn import_files(
    secretariat: &mut Secretariat,
    paths: &[String],
    passphrase: &str,
) -> Vec<FileImport> {
    let mut results = Vec::with_capacity(paths.len());
    for file in paths
        .iter()
        .map(|path| path.trim())
        .filter(|p| !p.is_empty())
    {
        let outcome = secretariat.import_package(Path::new(file), passphrase);
        if let Err(error) = &outcome {
            tracing::warn!(code = %error.code, file, "package import failed");
        }
        let (imported, error) = match outcome {
            Ok(imported) => (Some(imported), None),
            Err(error) => (None, Some(error)),
        };
        results.push(FileImport {
            file: file.to_string(),
            imported,
            error,
        });
    }
    results
}

/// Returns the current accepted figures and metadata of `country`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_dataset(
    state: tauri::State<'_, SessionState>,
    country: String,
) -> AppResult<Dataset> {
    state.lock().secretariat()?.dataset(country.trim())
}

/// Writes every country's current figures into one workbook at `path`; returns the number of
/// countries written.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_export(
    state: tauri::State<'_, SessionState>,
    path: String,
    lang: String,
) -> AppResult<usize> {
    let path = required_path(&path, "destination file")?;
    state
        .lock()
        .secretariat()?
        .export_consolidated(&path, &lang)
}

/// Registers the correspondent's public signing key file at `path` for `country`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_register(
    state: tauri::State<'_, SessionState>,
    path: String,
    country: String,
) -> AppResult<RegisteredKeyView> {
    let path = required_path(&path, "public key file")?;
    let bytes = std::fs::read(&path).map_err(|error| io_error(&path, error))?;
    state
        .lock()
        .secretariat()?
        .register_correspondent(&bytes, &country)
}

/// Revokes a registered signing key: packages signed with it are refused from now on.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_revoke(
    state: tauri::State<'_, SessionState>,
    key_id: String,
) -> AppResult<RegisteredKeyView> {
    state.lock().secretariat()?.revoke(key_id.trim())
}

/// Issues a signed questionnaire pack for `country` to the new file `path`. The pack carries
/// the definition, the country's accepted figures and `population` (persons per year, such as
/// `{"2023": 46000000}`) as reference data, and the secretariat's public keys. `passphrase`
/// unlocks the secretariat's keys.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_issue_pack(
    state: tauri::State<'_, SessionState>,
    country: String,
    passphrase: String,
    population: BTreeMap<String, i64>,
    path: String,
) -> AppResult<PackIssue> {
    let path = required_path(&path, "questionnaire pack file")?;
    state
        .lock()
        .secretariat()?
        .issue_pack(country.trim(), &passphrase, &population, &path)
}

/// Writes the secretariat's public encryption key file to `path`, for correspondents to trust.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_export_key(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<String> {
    let path = required_path(&path, "destination file")?;
    let bytes = state.lock().secretariat()?.public_key_file()?;
    write_atomically(&path, &bytes)?;
    Ok(path.display().to_string())
}

#[cfg(test)]
mod tests {
    use sicremi_app::{create_demo, DataLayout};
    use sicremi_model::Severity;

    use super::*;
    use crate::session::Session;

    const PASSPHRASE: &str = "correct horse battery";

    /// Argon2id parameters far below the defaults, so the test runs in milliseconds.
    fn fast_kdf() -> KdfParams {
        KdfParams::new(64, 1, 1).expect("valid test parameters")
    }

    /// Creates the demo in `root` and seals one package. An empty workspace has only
    /// completeness warnings and information, and each warning is justified first.
    fn sealed_demo_package(root: &Path) -> (Session, String) {
        let layout = DataLayout::new(root);
        create_demo(&layout, "ARG", PASSPHRASE, &fast_kdf()).expect("demo created");
        let mut session = Session::new(layout);
        let correspondent = session.correspondent().expect("workspace opens");
        let findings = correspondent.findings().unwrap();
        let warnings: Vec<String> = findings
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.id.clone())
            .collect();
        assert!(!warnings.is_empty(), "{:?}", findings.findings);
        assert!(
            findings
                .findings
                .iter()
                .all(|f| f.severity != Severity::Error),
            "{:?}",
            findings.findings
        );
        for warning in &warnings {
            correspondent
                .justify(warning, "Compiled by another agency and sent later")
                .unwrap();
        }
        let sealed = correspondent
            .seal(PASSPHRASE, Some(root))
            .expect("package sealed");
        (session, sealed.path)
    }

    #[test]
    fn bad_file_does_not_stop_others() {
        let root = tempfile::tempdir().unwrap();
        let (mut session, package) = sealed_demo_package(root.path());
        let missing = root.path().join("missing.sicremi").display().to_string();
        let paths = vec![missing.clone(), "  ".to_string(), package.clone()];

        let results = import_files(session.secretariat().unwrap(), &paths, PASSPHRASE);

        assert_eq!(results.len(), 2, "the blank entry is skipped");
        assert_eq!(results[0].file, missing);
        assert!(results[0].imported.is_none());
        let error = results[0].error.as_ref().expect("missing file fails");
        assert_eq!(error.code, "package.io");
        assert_eq!(results[1].file, package);
        assert!(results[1].error.is_none(), "{:?}", results[1].error);
        let imported = results[1].imported.as_ref().expect("package imported");
        assert_eq!(imported.country, "ARG");
        assert_eq!(imported.sequence, 1);
    }

    #[test]
    fn wrong_passphrase_is_reported_per_file() {
        let root = tempfile::tempdir().unwrap();
        let (mut session, package) = sealed_demo_package(root.path());

        let results = import_files(
            session.secretariat().unwrap(),
            &[package],
            "not the passphrase",
        );

        assert_eq!(results.len(), 1);
        let error = results[0].error.as_ref().expect("wrong passphrase fails");
        assert_eq!(error.code, "key.wrong_passphrase");
        let overview = session.secretariat().unwrap().overview().unwrap();
        assert!(overview.submissions.is_empty(), "nothing was imported");
    }
}

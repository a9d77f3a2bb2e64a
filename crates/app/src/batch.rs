//! Batch import: the secretariat imports every package file of a folder or a list, and a
//! file that fails is copied to a quarantine folder with a reason file while the batch goes
//! on.

use std::path::{Path, PathBuf};

use serde::Serialize;

use sicremi_store::ImportOutcome;

use crate::error::{io_error, AppError, AppResult};
use crate::files::{now_rfc3339, write_atomically};
use crate::receipts::is_verdict_on_package;
use crate::secretariat::{KeySource, PackageImport, Secretariat};

const QUARANTINE_DIR: &str = "quarantine";
/// Suffix of the reason file written next to each quarantined copy.
pub const REASON_SUFFIX: &str = ".reason.txt";

/// The outcome of one file of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchStatus {
    Imported,
    AlreadyImported,
    Superseded,
    /// The file was rejected and copied to the quarantine folder.
    Quarantined,
    /// The secretariat's own files or disk failed; the file is left where it was and may be
    /// imported again once the problem is fixed.
    Failed,
}

/// One file of a batch.
#[derive(Debug, Serialize)]
pub struct BatchEntry {
    pub file: String,
    pub status: BatchStatus,
    /// The import result, for the first three statuses.
    pub import: Option<PackageImport>,
    /// The error, for the last two statuses.
    pub error: Option<AppError>,
    /// Path of the quarantined copy.
    pub quarantined_to: Option<String>,
}

/// Result of a batch, with counts per status.
#[derive(Debug, Default, Serialize)]
pub struct BatchSummary {
    pub imported: usize,
    pub already_imported: usize,
    pub superseded: usize,
    pub quarantined: usize,
    pub failed: usize,
    pub quarantine_dir: String,
    pub receipts_dir: String,
    pub entries: Vec<BatchEntry>,
}

impl Secretariat {
    /// Returns the folder rejected files are copied to unless another is chosen:
    /// `quarantine` next to the consolidated store.
    pub fn quarantine_dir(&self) -> PathBuf {
        self.dir.join(QUARANTINE_DIR)
    }

    /// Imports every package file in `inputs`, each a file or a folder whose regular files
    /// (not those of its subfolders, and not names starting with a dot) are taken in name
    /// order.
    ///
    /// The keys are unlocked once, first, so a wrong passphrase stops the batch before any
    /// file. A file rejected for its content is copied to `quarantine` (default
    /// [`Secretariat::quarantine_dir`]), with a reason file beside it that contains the error
    /// code and message. The original stays in place. Every file processed gets a receipt in
    /// `receipts` (default [`Secretariat::receipts_dir`]).
    pub fn import_batch(
        &mut self,
        inputs: &[PathBuf],
        passphrase: &str,
        quarantine: Option<&Path>,
        receipts: Option<&Path>,
    ) -> AppResult<BatchSummary> {
        let files = expand_inputs(inputs)?;
        let quarantine = quarantine.map_or_else(|| self.quarantine_dir(), Path::to_path_buf);
        let receipts = receipts.map_or_else(|| self.receipts_dir(), Path::to_path_buf);
        let mut keys = KeySource::Unlocked(Box::new(self.unlock(passphrase)?));

        let mut summary = BatchSummary {
            quarantine_dir: quarantine.display().to_string(),
            receipts_dir: receipts.display().to_string(),
            ..BatchSummary::default()
        };
        for file in files {
            let entry = match self.import_with_keys(&file, &mut keys, &receipts) {
                Ok(import) => {
                    let status = match import.outcome {
                        ImportOutcome::Imported { .. } => BatchStatus::Imported,
                        ImportOutcome::AlreadyImported { .. } => BatchStatus::AlreadyImported,
                        ImportOutcome::Superseded { .. } => BatchStatus::Superseded,
                    };
                    BatchEntry {
                        file: file.display().to_string(),
                        status,
                        import: Some(import),
                        error: None,
                        quarantined_to: None,
                    }
                }
                Err(error) if is_verdict_on_package(&error.code) => {
                    let copy = quarantine_file(&file, &error, &quarantine)?;
                    tracing::warn!(file = %file.display(), code = %error.code, "package quarantined");
                    BatchEntry {
                        file: file.display().to_string(),
                        status: BatchStatus::Quarantined,
                        import: None,
                        error: Some(error),
                        quarantined_to: Some(copy.display().to_string()),
                    }
                }
                Err(error) => {
                    tracing::error!(file = %file.display(), code = %error.code, detail = %error.detail, "package import failed");
                    BatchEntry {
                        file: file.display().to_string(),
                        status: BatchStatus::Failed,
                        import: None,
                        error: Some(error),
                        quarantined_to: None,
                    }
                }
            };
            match entry.status {
                BatchStatus::Imported => summary.imported += 1,
                BatchStatus::AlreadyImported => summary.already_imported += 1,
                BatchStatus::Superseded => summary.superseded += 1,
                BatchStatus::Quarantined => summary.quarantined += 1,
                BatchStatus::Failed => summary.failed += 1,
            }
            summary.entries.push(entry);
        }
        tracing::info!(
            imported = summary.imported,
            already_imported = summary.already_imported,
            superseded = summary.superseded,
            quarantined = summary.quarantined,
            failed = summary.failed,
            "batch import finished"
        );
        Ok(summary)
    }
}

/// Lists the files of `inputs`: files as given, folders as their regular files in name
/// order.
fn expand_inputs(inputs: &[PathBuf]) -> AppResult<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        let metadata = std::fs::metadata(input).map_err(|e| io_error(input, e))?;
        if !metadata.is_dir() {
            files.push(input.clone());
            continue;
        }
        let mut listed = Vec::new();
        for entry in std::fs::read_dir(input).map_err(|e| io_error(input, e))? {
            let entry = entry.map_err(|e| io_error(input, e))?;
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            let is_file = entry.file_type().map_err(|e| io_error(input, e))?.is_file();
            if is_file && !hidden {
                listed.push(entry.path());
            }
        }
        listed.sort();
        files.extend(listed);
    }
    if files.is_empty() {
        return Err(AppError::new(
            "batch.no_files",
            "no package file to import: the folders given are empty; give package files or a folder that contains them",
        ));
    }
    Ok(files)
}

/// Copies `file` into `dir` under a name not taken yet, and writes the reason file beside
/// the copy. Returns the copy's path.
fn quarantine_file(file: &Path, error: &AppError, dir: &Path) -> AppResult<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "package".to_string());
    let mut copy = dir.join(&name);
    let mut counter = 1;
    while copy.exists() {
        copy = dir.join(format!("{name}.{counter}"));
        counter += 1;
    }
    std::fs::copy(file, &copy).map_err(|e| io_error(&copy, e))?;

    let mut reason_path = copy.clone().into_os_string();
    reason_path.push(REASON_SUFFIX);
    let reason = format!(
        "code: {}\nmessage: {}\nfile: {}\nat: {}\n",
        error.code,
        error.detail.replace('\n', " "),
        file.display(),
        now_rfc3339()
    );
    write_atomically(Path::new(&reason_path), reason.as_bytes())?;
    Ok(copy)
}

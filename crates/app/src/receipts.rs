//! Signed receipts: the secretariat writes one for every package file it imports or
//! rejects, and the correspondent imports it to see the submission as received and to bring
//! its sequence counter up to the secretariat's record.
//!
//! A receipt names the package by id and by the SHA-256 of the whole file. The package id
//! alone is readable in any package header, so a forged package with a copied id gets a
//! receipt for another digest, which the correspondent does not match to its submission.

use std::path::{Path, PathBuf};

use serde::Serialize;

use sicremi_model::Severity;
use sicremi_package::{
    read_document_file, CountryCode, DocumentKind, Header, KeyId, Receipt, ReceiptFindings,
    ReceiptReason, ReceiptVerdict, MAX_REASON_CHARS,
};
use sicremi_store::{ImportOutcome, NewReceipt, SubmissionState};

use crate::correspondent::{hex, Correspondent};
use crate::enrollment::rfc3339_of_unix;
use crate::error::{io_error, AppError, AppResult};
use crate::files::{sha256_hex, unix_now};
use crate::secretariat::{KeySource, PackageImport, Secretariat};

/// Store error codes that describe the package, not the secretariat's own files, so they
/// earn a rejection receipt.
const PACKAGE_STORE_CODES: [&str; 4] = [
    "store.cycle_closed",
    "store.package_id_conflict",
    "store.key_country_mismatch",
    "store.unknown_key",
];

/// Returns whether an import error is a verdict on the package file. Errors of the
/// secretariat's own keys, files or disk are not, so they get no receipt and, in a batch,
/// no quarantine.
pub(crate) fn is_verdict_on_package(code: &str) -> bool {
    let local = code.starts_with("io.")
        || code.starts_with("key.")
        || (code.starts_with("store.") && !PACKAGE_STORE_CODES.contains(&code));
    !local
}

/// Writes the receipt of a finished import and returns its path. A failure is logged and
/// gives `None`, because the import itself is committed.
pub(crate) fn write_for_import(
    secretariat: &Secretariat,
    keys: &mut KeySource<'_>,
    header: &Header,
    import: &PackageImport,
    dir: &Path,
) -> Option<String> {
    let written = (|| -> AppResult<PathBuf> {
        let sender = header.sender_key_id.to_hex();
        let latest = secretariat.store.latest_sequence(&sender)?;
        let verdict = match &import.outcome {
            ImportOutcome::Imported { .. } => ReceiptVerdict::Imported,
            ImportOutcome::AlreadyImported { .. } => ReceiptVerdict::AlreadyImported,
            ImportOutcome::Superseded { .. } => ReceiptVerdict::Superseded,
        };
        let count = |severity| {
            import
                .findings
                .iter()
                .filter(|finding| finding.severity == severity)
                .count() as u64
        };
        let receipt = Receipt {
            package_id: header.meta.package_id,
            sha256: digest_bytes(&import.sha256),
            country: header.meta.country,
            sender_key_id: header.sender_key_id,
            sequence: header.meta.sequence,
            // An imported package is the newest of its key by definition of Imported.
            latest_sequence: if verdict == ReceiptVerdict::Imported {
                header.meta.sequence
            } else {
                latest
            },
            verdict,
            findings: ReceiptFindings {
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                justified: import.justified as u64,
            },
            reason: None,
            issued_at: unix_now(),
        };
        write_receipt(secretariat, keys, &receipt, dir)
    })();
    match written {
        Ok(path) => Some(path.display().to_string()),
        Err(error) => {
            tracing::warn!(package_id = %import.package_id, code = %error.code, detail = %error.detail, "receipt not written");
            None
        }
    }
}

/// Writes a rejection receipt for a package whose header parsed, when the error is a
/// verdict on the package, and returns the error with the receipt's path as parameter
/// `receipt`.
pub(crate) fn write_for_rejection(
    secretariat: &Secretariat,
    keys: &mut KeySource<'_>,
    header: &Header,
    bytes: &[u8],
    error: AppError,
    dir: &Path,
) -> AppError {
    if !is_verdict_on_package(&error.code) {
        return error;
    }
    let written = (|| -> AppResult<PathBuf> {
        let sender = header.sender_key_id.to_hex();
        let receipt = Receipt {
            package_id: header.meta.package_id,
            sha256: digest_bytes(&sha256_hex(bytes)),
            country: header.meta.country,
            sender_key_id: header.sender_key_id,
            sequence: header.meta.sequence,
            latest_sequence: secretariat.store.latest_sequence(&sender)?,
            verdict: ReceiptVerdict::Rejected,
            findings: ReceiptFindings::default(),
            reason: Some(ReceiptReason {
                code: error.code.clone(),
                message: reason_text(&error.detail),
            }),
            issued_at: unix_now(),
        };
        write_receipt(secretariat, keys, &receipt, dir)
    })();
    match written {
        Ok(path) => error.with("receipt", path.display()),
        Err(failure) => {
            tracing::warn!(code = %failure.code, detail = %failure.detail, "rejection receipt not written");
            error
        }
    }
}

/// Signs `receipt` and writes it to `dir`, replacing a receipt of the same package and
/// verdict.
fn write_receipt(
    secretariat: &Secretariat,
    keys: &mut KeySource<'_>,
    receipt: &Receipt,
    dir: &Path,
) -> AppResult<PathBuf> {
    let unlocked = keys.unlock(secretariat)?;
    let bytes = receipt.sign(&unlocked.signing)?;
    let package_id = hex(&receipt.package_id);
    let verdict = match receipt.verdict {
        ReceiptVerdict::Imported => "imported",
        ReceiptVerdict::AlreadyImported => "already-imported",
        ReceiptVerdict::Superseded => "superseded",
        ReceiptVerdict::Rejected => "rejected",
    };
    let path = dir.join(format!(
        "SICREMI-receipt-{}-{:04}-{}-{verdict}.sicremi-receipt",
        receipt.country,
        receipt.sequence,
        &package_id[..12]
    ));
    write_unsynced(dir, &path, &bytes)?;
    tracing::info!(package_id = %package_id, verdict, path = %path.display(), "receipt written");
    Ok(path)
}

/// Writes `bytes` to `path` through a temporary file and a rename, without syncing to
/// disk. A receipt restates the consolidated store, which is synced, so importing the same
/// package file again rewrites a receipt that a crash lost. Skipping the two syncs keeps a
/// batch of rejected files fast.
fn write_unsynced(dir: &Path, path: &Path, bytes: &[u8]) -> AppResult<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let mut temporary = tempfile::NamedTempFile::new_in(dir).map_err(|e| io_error(dir, e))?;
    temporary.write_all(bytes).map_err(|e| io_error(path, e))?;
    temporary
        .persist(path)
        .map_err(|e| io_error(path, e.error))?;
    Ok(())
}

/// Keeps a message within the receipt's limit and without control characters.
fn reason_text(detail: &str) -> String {
    let text: String = detail
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_REASON_CHARS)
        .collect();
    if text.trim().is_empty() {
        "no detail".to_string()
    } else {
        text
    }
}

fn digest_bytes(hex_digest: &str) -> [u8; 32] {
    let mut bytes = [0u8; 32];
    for (index, byte) in bytes.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex_digest[2 * index..2 * index + 2], 16)
            .expect("sha256_hex returns 64 hexadecimal digits");
    }
    bytes
}

/// Result of importing a receipt.
#[derive(Debug, Serialize)]
pub struct ReceiptOutcome {
    pub package_id: String,
    pub verdict: ReceiptVerdict,
    pub sequence: u64,
    pub latest_sequence: u64,
    pub findings: ReceiptFindings,
    pub reason: Option<ReceiptReason>,
    /// RFC 3339 UTC time of the secretariat's import.
    pub issued_at: String,
    /// The submission's state now, `None` when this workspace has no record of the package
    /// (a workspace restored from an older backup, for example).
    pub submission_state: Option<SubmissionState>,
    pub sequence_before: u64,
    pub sequence_after: u64,
    /// True when the same receipt file was imported before.
    pub already_imported: bool,
}

impl Correspondent {
    /// Verifies a receipt from the secretariat and records it: the submission it names shows
    /// as received (or rejected), and the sequence counter rises to the secretariat's latest
    /// sequence of this key when that is higher. The counter never goes down.
    ///
    /// The receipt must verify under the secretariat signing key the workspace trusts for
    /// packs, be for this workspace's country, and name either a package this workspace
    /// recorded (same id and SHA-256) or this workspace's current signing key.
    pub fn import_receipt(&mut self, path: &Path) -> AppResult<ReceiptOutcome> {
        let bytes = read_document_file(DocumentKind::Receipt, path)?;
        let signers = self.trusted_pack_signers()?;
        let lookup = |id: &KeyId| signers.iter().find(|key| key.key_id() == *id).copied();
        let receipt = Receipt::open(&bytes, &lookup)?;

        let own_country = CountryCode::new(&self.profile.country)?;
        if receipt.country != own_country {
            return Err(AppError::new(
                "receipt.wrong_country",
                format!(
                    "{} is a receipt for a package of {}, this workspace reports for {}; import it in that country's workspace",
                    path.display(),
                    receipt.country,
                    own_country
                ),
            )
            .with("path", path.display())
            .with("country", receipt.country));
        }
        let package_id = hex(&receipt.package_id);
        let package_sha256 = hex(&receipt.sha256);
        let recorded = self
            .store
            .submissions()?
            .into_iter()
            .any(|s| s.package_id == package_id && s.sha256 == package_sha256);
        let own_key = self.signing_key_id()? == receipt.sender_key_id.to_hex();
        if !recorded && !own_key {
            return Err(AppError::new(
                "receipt.unknown_package",
                format!(
                    "{} is a receipt for package {package_id}, which this workspace did not seal with its current key; check that the receipt is yours",
                    path.display()
                ),
            )
            .with("path", path.display())
            .with("package_id", &package_id));
        }

        let reason = receipt.reason.clone();
        let record = self.store.record_receipt(&NewReceipt {
            sha256: sha256_hex(&bytes),
            package_id: package_id.clone(),
            package_sha256,
            verdict: verdict_name(receipt.verdict).to_string(),
            sequence: receipt.sequence,
            latest_sequence: receipt.latest_sequence,
            errors: receipt.findings.errors,
            warnings: receipt.findings.warnings,
            justified: receipt.findings.justified,
            reason_code: reason.as_ref().map(|r| r.code.clone()),
            reason: reason.as_ref().map(|r| r.message.clone()),
            issued_at: receipt.issued_at,
        })?;
        tracing::info!(package_id = %package_id, verdict = verdict_name(receipt.verdict), "receipt imported");
        Ok(ReceiptOutcome {
            package_id,
            verdict: receipt.verdict,
            sequence: receipt.sequence,
            latest_sequence: receipt.latest_sequence,
            findings: receipt.findings,
            reason,
            issued_at: rfc3339_of_unix(receipt.issued_at),
            submission_state: record.submission_state,
            sequence_before: record.sequence_before,
            sequence_after: record.sequence_after,
            already_imported: !record.newly_recorded,
        })
    }
}

fn verdict_name(verdict: ReceiptVerdict) -> &'static str {
    match verdict {
        ReceiptVerdict::Imported => "imported",
        ReceiptVerdict::AlreadyImported => "already_imported",
        ReceiptVerdict::Superseded => "superseded",
        ReceiptVerdict::Rejected => "rejected",
    }
}

//! Trust bundles, the root keys that sign them, and the secretariat's receipts for the
//! workspace's packages.

use rusqlite::{Connection, OptionalExtension};

use serde::Serialize;

use super::packs::{write_key, NewSecretariatKey};
use super::submissions::{reserved_sequence, SubmissionState, SEQUENCE_SETTING};
use super::{Workspace, WriteContext};
use crate::database::{begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::{require_non_empty, require_sha256_hex, sequence_to_sql};

/// A verified trust bundle, to be stored with [`Workspace::import_trust_bundle`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTrustBundle {
    pub version: u64,
    /// SHA-256 of the bundle file, as 64 lowercase hexadecimal digits.
    pub sha256: String,
    pub root_key_id: String,
    /// Unix time in seconds.
    pub expires_at: u64,
    /// The bundle file's bytes, kept so the current keys can be read again.
    pub bytes: Vec<u8>,
    /// The secretariat keys the bundle lists, trusted with source "bundle:<version>".
    pub keys: Vec<NewSecretariatKey>,
}

/// A stored trust bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredTrustBundle {
    pub version: u64,
    pub sha256: String,
    pub root_key_id: String,
    pub expires_at: u64,
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// RFC 3339 UTC time of the import.
    pub imported_at: String,
}

/// Result of [`Workspace::import_trust_bundle`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum BundleImport {
    /// The bundle is stored and current.
    Imported,
    /// The same bundle file was imported before. Nothing changed.
    AlreadyImported { imported_at: String },
}

/// A verified receipt, to be recorded with [`Workspace::record_receipt`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReceipt {
    /// SHA-256 of the receipt file.
    pub sha256: String,
    pub package_id: String,
    /// SHA-256 of the package file the receipt is about.
    pub package_sha256: String,
    /// "imported", "already_imported", "superseded" or "rejected".
    pub verdict: String,
    pub sequence: u64,
    pub latest_sequence: u64,
    pub errors: u64,
    pub warnings: u64,
    pub justified: u64,
    pub reason_code: Option<String>,
    pub reason: Option<String>,
    /// Unix time in seconds, from the secretariat's clock.
    pub issued_at: u64,
}

/// A recorded receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredReceipt {
    pub sha256: String,
    pub package_id: String,
    pub package_sha256: String,
    pub verdict: String,
    pub sequence: u64,
    pub latest_sequence: u64,
    pub errors: u64,
    pub warnings: u64,
    pub justified: u64,
    pub reason_code: Option<String>,
    pub reason: Option<String>,
    pub issued_at: u64,
    pub imported_at: String,
}

/// Result of [`Workspace::record_receipt`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReceiptRecord {
    /// False when the same receipt file was recorded before; nothing changed then.
    pub newly_recorded: bool,
    /// The state the matching submission now has, `None` when no recorded submission has
    /// the receipt's package id and package SHA-256.
    pub submission_state: Option<SubmissionState>,
    /// The sequence counter before the receipt.
    pub sequence_before: u64,
    /// The sequence counter after the receipt: raised to the receipt's latest sequence when
    /// that is higher, never lowered.
    pub sequence_after: u64,
}

impl Workspace {
    /// Trusts a root key for trust bundles, besides the one compiled into the application.
    pub fn trust_root(&mut self, key_id: &str, public_key_file: &str) -> Result<(), StoreError> {
        require_non_empty("key id", key_id)?;
        self.connection
            .execute(
                "INSERT INTO trusted_roots (key_id, public_key_file, added_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key_id) DO NOTHING",
                (key_id, public_key_file, now()),
            )
            .on(&self.path)?;
        tracing::info!(key_id, "root key trusted");
        Ok(())
    }

    /// Returns the public key files of the root keys trusted with [`Workspace::trust_root`].
    pub fn trusted_roots(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT public_key_file FROM trusted_roots ORDER BY added_at, key_id")
            .on(&self.path)?;
        let rows = statement.query_map([], |row| row.get(0)).on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }

    /// Stores a verified trust bundle and trusts the keys it lists, in one transaction.
    ///
    /// The same version with the same SHA-256 returns [`BundleImport::AlreadyImported`].
    /// Any other version that is not above the stored one fails with
    /// `store.bundle_outdated`.
    pub fn import_trust_bundle(
        &mut self,
        bundle: &NewTrustBundle,
    ) -> Result<BundleImport, StoreError> {
        let version = sequence_to_sql(bundle.version)?;
        require_sha256_hex(&bundle.sha256)?;
        require_non_empty("root key id", &bundle.root_key_id)?;
        let expires_at = to_sql("expires_at", bundle.expires_at)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        if let Some(current) = current_bundle(&transaction, &self.path)? {
            if current.version == bundle.version && current.sha256 == bundle.sha256 {
                return Ok(BundleImport::AlreadyImported {
                    imported_at: current.imported_at,
                });
            }
            if current.version >= bundle.version {
                return Err(StoreError::BundleOutdated {
                    path: self.path.clone(),
                    version: bundle.version,
                    current: current.version,
                });
            }
        }
        let at = now();
        transaction
            .execute(
                "INSERT INTO trust_bundles
                     (version, sha256, root_key_id, expires_at, bundle, imported_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    version,
                    &bundle.sha256,
                    &bundle.root_key_id,
                    expires_at,
                    &bundle.bytes,
                    &at,
                ),
            )
            .on(&self.path)?;
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source: "bundle",
        };
        let source = format!("bundle:{}", bundle.version);
        for key in &bundle.keys {
            write_key(&transaction, &context, key, &source)?;
        }
        transaction.commit().on(&self.path)?;
        tracing::info!(version = bundle.version, "trust bundle imported");
        Ok(BundleImport::Imported)
    }

    /// Returns the trust bundle with the highest version, `None` before the first import.
    pub fn current_trust_bundle(&self) -> Result<Option<StoredTrustBundle>, StoreError> {
        current_bundle(&self.connection, &self.path)
    }

    /// Records a verified receipt in one transaction: the receipt row, the state of the
    /// submission it names (matched by package id and package SHA-256), and the sequence
    /// counter, raised to the receipt's latest sequence when that is higher.
    ///
    /// A verdict of "rejected" sets the submission to [`SubmissionState::Rejected`]; every
    /// other verdict means the secretariat received the file and sets
    /// [`SubmissionState::Acknowledged`].
    pub fn record_receipt(&mut self, receipt: &NewReceipt) -> Result<ReceiptRecord, StoreError> {
        require_sha256_hex(&receipt.sha256)?;
        require_sha256_hex(&receipt.package_sha256)?;
        require_non_empty("package id", &receipt.package_id)?;
        let state = match receipt.verdict.as_str() {
            "imported" | "already_imported" | "superseded" => SubmissionState::Acknowledged,
            "rejected" => SubmissionState::Rejected,
            other => {
                return Err(StoreError::InvalidArgument {
                    field: "verdict",
                    detail: format!("{other:?} is not a receipt verdict"),
                })
            }
        };

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let sequence_before = reserved_sequence(&transaction, &self.path)?;
        let inserted = transaction
            .execute(
                "INSERT INTO receipts (sha256, package_id, package_sha256, verdict, sequence,
                     latest_sequence, errors, warnings, justified, reason_code, reason,
                     issued_at, imported_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                 ON CONFLICT (sha256) DO NOTHING",
                rusqlite::params![
                    receipt.sha256,
                    receipt.package_id,
                    receipt.package_sha256,
                    receipt.verdict,
                    to_sql("sequence", receipt.sequence)?,
                    to_sql("latest_sequence", receipt.latest_sequence)?,
                    to_sql("errors", receipt.errors)?,
                    to_sql("warnings", receipt.warnings)?,
                    to_sql("justified", receipt.justified)?,
                    receipt.reason_code,
                    receipt.reason,
                    to_sql("issued_at", receipt.issued_at)?,
                    now(),
                ],
            )
            .on(&self.path)?;
        if inserted == 0 {
            let submission_state = submission_state(&transaction, &self.path, receipt)?;
            return Ok(ReceiptRecord {
                newly_recorded: false,
                submission_state,
                sequence_before,
                sequence_after: sequence_before,
            });
        }

        transaction
            .execute(
                "UPDATE submissions SET state = ?3, state_changed_at = ?4
                 WHERE package_id = ?1 AND sha256 = ?2",
                (
                    &receipt.package_id,
                    &receipt.package_sha256,
                    state.as_str(),
                    now(),
                ),
            )
            .on(&self.path)?;
        let sequence_after = sequence_before.max(receipt.latest_sequence);
        if sequence_after > sequence_before {
            transaction
                .execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (SEQUENCE_SETTING, sequence_after.to_string()),
                )
                .on(&self.path)?;
        }
        let submission_state = submission_state(&transaction, &self.path, receipt)?;
        transaction.commit().on(&self.path)?;

        tracing::info!(
            package_id = %receipt.package_id,
            verdict = %receipt.verdict,
            sequence_before,
            sequence_after,
            "receipt recorded"
        );
        Ok(ReceiptRecord {
            newly_recorded: true,
            submission_state,
            sequence_before,
            sequence_after,
        })
    }

    /// Returns every recorded receipt, oldest import first.
    pub fn receipts(&self) -> Result<Vec<StoredReceipt>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT sha256, package_id, package_sha256, verdict, sequence, latest_sequence,
                     errors, warnings, justified, reason_code, reason, issued_at, imported_at
                 FROM receipts ORDER BY rowid",
            )
            .on(&self.path)?;
        let rows = statement
            .query_map([], |row| {
                let count = |index| row.get::<_, i64>(index).map(i64::unsigned_abs);
                Ok(StoredReceipt {
                    sha256: row.get(0)?,
                    package_id: row.get(1)?,
                    package_sha256: row.get(2)?,
                    verdict: row.get(3)?,
                    sequence: count(4)?,
                    latest_sequence: count(5)?,
                    errors: count(6)?,
                    warnings: count(7)?,
                    justified: count(8)?,
                    reason_code: row.get(9)?,
                    reason: row.get(10)?,
                    issued_at: count(11)?,
                    imported_at: row.get(12)?,
                })
            })
            .on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }
}

fn to_sql(field: &'static str, value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::InvalidArgument {
        field,
        detail: format!("{value} is above {}", i64::MAX),
    })
}

fn submission_state(
    connection: &Connection,
    path: &std::path::Path,
    receipt: &NewReceipt,
) -> Result<Option<SubmissionState>, StoreError> {
    let state: Option<String> = connection
        .query_row(
            "SELECT state FROM submissions WHERE package_id = ?1 AND sha256 = ?2",
            (&receipt.package_id, &receipt.package_sha256),
            |row| row.get(0),
        )
        .optional()
        .on(path)?;
    Ok(state.as_deref().and_then(SubmissionState::parse))
}

fn current_bundle(
    connection: &Connection,
    path: &std::path::Path,
) -> Result<Option<StoredTrustBundle>, StoreError> {
    connection
        .query_row(
            "SELECT version, sha256, root_key_id, expires_at, bundle, imported_at
             FROM trust_bundles ORDER BY version DESC LIMIT 1",
            [],
            |row| {
                Ok(StoredTrustBundle {
                    version: row.get::<_, i64>(0)?.unsigned_abs(),
                    sha256: row.get(1)?,
                    root_key_id: row.get(2)?,
                    expires_at: row.get::<_, i64>(3)?.unsigned_abs(),
                    bytes: row.get(4)?,
                    imported_at: row.get(5)?,
                })
            },
        )
        .optional()
        .on(path)
}

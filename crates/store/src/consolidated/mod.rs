//! The secretariat's consolidated store: one SQLite file holding every accepted submission
//! package of every country, the cells of the current package of each country and cycle,
//! and the registered signing keys.
//!
//! The store checks that a package's signing key is registered for the package's country,
//! but not signatures, validity periods or revocation: verify those before importing.

mod cycles;
mod keys;
mod packs;
mod schema;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use crate::cell::{read_cell_value, CellValue};
use crate::database::{self, begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::{require_non_empty, sequence_to_sql, sha256_hex};

pub use cycles::{CycleRecord, CycleState};
pub use keys::{NewSigningKey, RegisteredKey};
pub use packs::{IssuedPack, NewIssuedPack};

/// An open consolidated store file.
///
/// Writes take `&mut self`, so share the store between threads behind a `Mutex`.
pub struct Consolidated {
    connection: Connection,
    path: PathBuf,
}

/// A verified submission package, ready to import.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSubmission {
    pub package_id: String,
    pub country: String,
    pub cycle: String,
    pub questionnaire_version: String,
    pub schema_hash: String,
    /// The sender's submission counter; must exceed every accepted sequence number of the
    /// same signing key.
    pub sequence: u64,
    pub sender_key_id: String,
    /// The package file's bytes, kept for audit. The store computes their SHA-256.
    pub raw: Vec<u8>,
    pub findings: serde_json::Value,
    pub justifications: serde_json::Value,
    pub metadata: serde_json::Value,
    /// `(table id, cell key, content)`. Cells with no part set are skipped.
    pub cells: Vec<(String, String, CellValue)>,
}

/// Result of [`Consolidated::import_submission`] for one package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ImportOutcome {
    /// The package was stored and its cells are now current for its country and cycle.
    Imported {
        package_id: String,
        sha256: String,
        /// The package whose cells were replaced, if any.
        replaced_package_id: Option<String>,
        /// The number of non-empty cells stored.
        cell_count: usize,
    },
    /// A package with the same bytes or the same package id was imported before. Nothing
    /// changed.
    AlreadyImported {
        /// The id of the stored package.
        package_id: String,
        imported_at: String,
    },
    /// The signing key already has an accepted package with the same or a higher sequence
    /// number. Nothing changed.
    Superseded {
        package_id: String,
        sequence: u64,
        latest_sequence: u64,
        latest_package_id: String,
    },
}

/// An accepted submission package, without its bytes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportedSubmission {
    pub package_id: String,
    pub country: String,
    pub cycle: String,
    pub questionnaire_version: String,
    pub schema_hash: String,
    pub sequence: u64,
    pub sender_key_id: String,
    pub sha256: String,
    /// RFC 3339 UTC time of the import.
    pub imported_at: String,
    pub findings: serde_json::Value,
    pub justifications: serde_json::Value,
    pub metadata: serde_json::Value,
    /// True when this package's cells are the current ones of its country and cycle.
    pub is_current: bool,
}

/// A current cell of one country and cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsolidatedCell {
    pub table_id: String,
    pub key: String,
    pub cell: CellValue,
    /// The package the cell came from.
    pub package_id: String,
}

impl Consolidated {
    /// Opens the consolidated store at `path`, creating it if it does not exist, checks its
    /// integrity and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Consolidated, StoreError> {
        let path = path.as_ref().to_path_buf();
        let kind = database::consolidated_kind(schema::MIGRATIONS);
        let connection = database::open(&path, &kind)?;
        tracing::info!(path = %path.display(), "opened consolidated store");
        Ok(Consolidated { connection, path })
    }

    /// Returns the path of the store file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the file, reporting any error that dropping the store would ignore.
    pub fn close(self) -> Result<(), StoreError> {
        let path = self.path;
        self.connection
            .close()
            .map_err(|(_, error)| StoreError::from_sqlite(&path, error))
    }

    /// Returns the underlying connection so that tests can read pragmas or limit the file
    /// size.
    #[doc(hidden)]
    pub fn sqlite_connection_for_tests(&self) -> &Connection {
        &self.connection
    }

    /// Imports a verified package in one transaction.
    ///
    /// A package whose bytes or id were seen before is `AlreadyImported`. A package whose
    /// sequence number is not above the last accepted one of its signing key is
    /// `Superseded`. In both cases nothing changes. Otherwise the package is stored and its cells replace the
    /// current cells of its country and cycle. On any error nothing changes.
    ///
    /// Fails with `store.cycle_closed` when the package's cycle is closed, with
    /// `store.unknown_key` when the signing key is not registered and with
    /// `store.key_country_mismatch` when it is registered for another country.
    pub fn import_submission(
        &mut self,
        submission: &NewSubmission,
    ) -> Result<ImportOutcome, StoreError> {
        validate_submission(submission)?;
        let sequence = sequence_to_sql(submission.sequence)?;
        let sha256 = sha256_hex(&submission.raw);

        let transaction = begin_write(&mut self.connection, &self.path)?;
        if let Some(outcome) = find_duplicate(&transaction, &self.path, submission, &sha256)? {
            tracing::info!(package_id = %submission.package_id, "package already imported");
            return Ok(outcome);
        }
        cycles::check_cycle_open(&transaction, &self.path, &submission.cycle)?;
        check_sender_key(&transaction, &self.path, submission)?;
        if let Some(outcome) = find_newer(&transaction, &self.path, submission)? {
            tracing::info!(
                package_id = %submission.package_id,
                sequence = submission.sequence,
                "package superseded"
            );
            return Ok(outcome);
        }

        transaction
            .execute(
                "INSERT INTO submissions (package_id, country, cycle, questionnaire_version,
                     schema_hash, sequence, sender_key_id, sha256, imported_at, raw,
                     findings, justifications, metadata)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                rusqlite::params![
                    submission.package_id,
                    submission.country,
                    submission.cycle,
                    submission.questionnaire_version,
                    submission.schema_hash,
                    sequence,
                    submission.sender_key_id,
                    sha256,
                    now(),
                    submission.raw,
                    submission.findings.to_string(),
                    submission.justifications.to_string(),
                    submission.metadata.to_string(),
                ],
            )
            .on(&self.path)?;
        let (replaced_package_id, cell_count) =
            replace_current_cells(&transaction, &self.path, submission)?;
        transaction.commit().on(&self.path)?;

        tracing::info!(
            package_id = %submission.package_id,
            country = %submission.country,
            cycle = %submission.cycle,
            sequence = submission.sequence,
            replaced = replaced_package_id.as_deref().unwrap_or(""),
            "package imported"
        );
        Ok(ImportOutcome::Imported {
            package_id: submission.package_id.clone(),
            sha256,
            replaced_package_id,
            cell_count,
        })
    }

    /// Returns the current cells of one country and cycle, ordered by table id then cell key.
    pub fn cells(&self, country: &str, cycle: &str) -> Result<Vec<ConsolidatedCell>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT table_id, cell_key, value, obs_status, conf_status, note, package_id
                 FROM cells WHERE country = ?1 AND cycle = ?2
                 ORDER BY table_id, cell_key",
            )
            .on(&self.path)?;
        let rows = statement
            .query_map([country, cycle], |row| {
                Ok(ConsolidatedCell {
                    table_id: row.get(0)?,
                    key: row.get(1)?,
                    cell: read_cell_value(row, 2)?,
                    package_id: row.get(6)?,
                })
            })
            .on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }

    /// Returns the countries with at least one accepted package, in code order.
    pub fn countries(&self) -> Result<Vec<String>, StoreError> {
        self.query_strings(
            "SELECT DISTINCT country FROM current_submissions ORDER BY country",
            [],
        )
    }

    /// Returns the cycles of one country that have an accepted package, in order.
    pub fn cycles(&self, country: &str) -> Result<Vec<String>, StoreError> {
        self.query_strings(
            "SELECT cycle FROM current_submissions WHERE country = ?1 ORDER BY cycle",
            [country],
        )
    }

    /// Returns every accepted package in import order, without its bytes.
    pub fn submissions(&self) -> Result<Vec<ImportedSubmission>, StoreError> {
        self.query_submissions(&format!("{SELECT_SUBMISSION} ORDER BY s.rowid"), [])
    }

    /// Returns the package whose cells are current for one country and cycle.
    pub fn current_submission(
        &self,
        country: &str,
        cycle: &str,
    ) -> Result<Option<ImportedSubmission>, StoreError> {
        let mut submissions = self.query_submissions(
            &format!("{SELECT_SUBMISSION} WHERE c.country = ?1 AND c.cycle = ?2"),
            [country, cycle],
        )?;
        Ok(submissions.pop())
    }

    /// Returns the stored bytes of an accepted package.
    pub fn submission_package(&self, package_id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.connection
            .query_row(
                "SELECT raw FROM submissions WHERE package_id = ?1",
                [package_id],
                |row| row.get(0),
            )
            .optional()
            .on(&self.path)
    }

    fn query_strings(
        &self,
        sql: &str,
        parameters: impl rusqlite::Params,
    ) -> Result<Vec<String>, StoreError> {
        let mut statement = self.connection.prepare(sql).on(&self.path)?;
        let rows = statement
            .query_map(parameters, |row| row.get(0))
            .on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }

    fn query_submissions(
        &self,
        sql: &str,
        parameters: impl rusqlite::Params,
    ) -> Result<Vec<ImportedSubmission>, StoreError> {
        let mut statement = self.connection.prepare(sql).on(&self.path)?;
        let raw_rows = statement
            .query_map(parameters, read_raw_submission)
            .on(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .on(&self.path)?;
        raw_rows
            .into_iter()
            .map(|raw| parse_submission(&self.path, raw))
            .collect()
    }
}

fn validate_submission(submission: &NewSubmission) -> Result<(), StoreError> {
    require_non_empty("package id", &submission.package_id)?;
    require_non_empty("country", &submission.country)?;
    require_non_empty("cycle", &submission.cycle)?;
    require_non_empty("sender key id", &submission.sender_key_id)?;
    if submission.raw.is_empty() {
        return Err(StoreError::InvalidArgument {
            field: "package bytes",
            detail: format!("package {} has no bytes", submission.package_id),
        });
    }
    for (table_id, key, _) in &submission.cells {
        require_non_empty("table id", table_id)?;
        require_non_empty("cell key", key)?;
    }
    Ok(())
}

/// Returns `AlreadyImported` when a package with the same bytes or id is stored.
fn find_duplicate(
    connection: &Connection,
    path: &Path,
    submission: &NewSubmission,
    sha256: &str,
) -> Result<Option<ImportOutcome>, StoreError> {
    let seen: Option<(String, String, String)> = connection
        .query_row(
            "SELECT package_id, imported_at, sha256 FROM submissions
             WHERE sha256 = ?1 OR package_id = ?2 LIMIT 1",
            (sha256, &submission.package_id),
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()
        .on(path)?;
    match seen {
        None => Ok(None),
        Some((package_id, imported_at, seen_sha256)) if seen_sha256 == sha256 => {
            Ok(Some(ImportOutcome::AlreadyImported {
                package_id,
                imported_at,
            }))
        }
        // The package id travels in clear in the header, so another sender can copy it. Only
        // identical bytes are the same package. A reused id with other content is rejected,
        // so the first file to arrive cannot block the genuine one.
        Some((package_id, _, _)) => Err(StoreError::PackageIdConflict {
            path: path.to_path_buf(),
            package_id,
        }),
    }
}

/// Checks that the signing key is registered for the package's country.
fn check_sender_key(
    connection: &Connection,
    path: &Path,
    submission: &NewSubmission,
) -> Result<(), StoreError> {
    let key_country: Option<String> = connection
        .query_row(
            "SELECT country FROM signing_keys WHERE key_id = ?1",
            [&submission.sender_key_id],
            |row| row.get(0),
        )
        .optional()
        .on(path)?;
    match key_country {
        None => Err(StoreError::UnknownKey {
            path: path.to_path_buf(),
            key_id: submission.sender_key_id.clone(),
        }),
        Some(key_country) if key_country != submission.country => {
            Err(StoreError::KeyCountryMismatch {
                key_id: submission.sender_key_id.clone(),
                key_country,
                package_country: submission.country.clone(),
            })
        }
        Some(_) => Ok(()),
    }
}

/// Returns `Superseded` when the signing key has an accepted package with the same or a
/// higher sequence number.
fn find_newer(
    connection: &Connection,
    path: &Path,
    submission: &NewSubmission,
) -> Result<Option<ImportOutcome>, StoreError> {
    let latest: Option<(i64, String)> = connection
        .query_row(
            "SELECT sequence, package_id FROM submissions WHERE sender_key_id = ?1
             ORDER BY sequence DESC LIMIT 1",
            [&submission.sender_key_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .on(path)?;
    let Some((latest_sequence, latest_package_id)) = latest else {
        return Ok(None);
    };
    // The schema's CHECK (sequence > 0) makes the conversion lossless.
    let latest_sequence = latest_sequence.unsigned_abs();
    if submission.sequence > latest_sequence {
        return Ok(None);
    }
    Ok(Some(ImportOutcome::Superseded {
        package_id: submission.package_id.clone(),
        sequence: submission.sequence,
        latest_sequence,
        latest_package_id,
    }))
}

/// Makes the package current for its country and cycle, replacing the cells of the package
/// that was current. Returns the replaced package's id and the number of cells stored.
fn replace_current_cells(
    connection: &Connection,
    path: &Path,
    submission: &NewSubmission,
) -> Result<(Option<String>, usize), StoreError> {
    let (country, cycle) = (&submission.country, &submission.cycle);
    let replaced: Option<String> = connection
        .query_row(
            "SELECT package_id FROM current_submissions WHERE country = ?1 AND cycle = ?2",
            [country, cycle],
            |row| row.get(0),
        )
        .optional()
        .on(path)?;

    // The old cells go first, because the foreign key from cells to current_submissions
    // forbids repointing the country and cycle while they exist.
    connection
        .execute(
            "DELETE FROM cells WHERE country = ?1 AND cycle = ?2",
            [country, cycle],
        )
        .on(path)?;
    connection
        .execute(
            "INSERT INTO current_submissions (country, cycle, package_id) VALUES (?1, ?2, ?3)
             ON CONFLICT (country, cycle) DO UPDATE SET package_id = excluded.package_id",
            [country, cycle, &submission.package_id],
        )
        .on(path)?;

    let mut insert = connection
        .prepare(
            "INSERT INTO cells (country, cycle, table_id, cell_key, value, obs_status,
                 conf_status, note, package_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .on(path)?;
    let mut cell_count = 0;
    for (table_id, key, cell) in &submission.cells {
        let cell = cell.normalized();
        if cell.is_empty() {
            continue;
        }
        insert
            .execute(rusqlite::params![
                country,
                cycle,
                table_id,
                key,
                cell.value,
                cell.obs_status,
                cell.conf_status,
                cell.note,
                submission.package_id,
            ])
            .on(path)?;
        cell_count += 1;
    }
    Ok((replaced, cell_count))
}

const SELECT_SUBMISSION: &str = "SELECT s.package_id, s.country, s.cycle,
        s.questionnaire_version, s.schema_hash, s.sequence, s.sender_key_id, s.sha256,
        s.imported_at, s.findings, s.justifications, s.metadata, c.package_id IS NOT NULL
    FROM submissions AS s
    LEFT JOIN current_submissions AS c ON c.package_id = s.package_id";

/// A submissions row before its JSON columns are parsed.
struct RawSubmission {
    package_id: String,
    country: String,
    cycle: String,
    questionnaire_version: String,
    schema_hash: String,
    sequence: i64,
    sender_key_id: String,
    sha256: String,
    imported_at: String,
    findings: String,
    justifications: String,
    metadata: String,
    is_current: bool,
}

fn read_raw_submission(row: &Row<'_>) -> rusqlite::Result<RawSubmission> {
    Ok(RawSubmission {
        package_id: row.get(0)?,
        country: row.get(1)?,
        cycle: row.get(2)?,
        questionnaire_version: row.get(3)?,
        schema_hash: row.get(4)?,
        sequence: row.get(5)?,
        sender_key_id: row.get(6)?,
        sha256: row.get(7)?,
        imported_at: row.get(8)?,
        findings: row.get(9)?,
        justifications: row.get(10)?,
        metadata: row.get(11)?,
        is_current: row.get(12)?,
    })
}

fn parse_submission(path: &Path, raw: RawSubmission) -> Result<ImportedSubmission, StoreError> {
    let parse = |column: &str, text: &str| {
        serde_json::from_str(text).map_err(|error| {
            StoreError::invalid_row(
                path,
                "submissions",
                format!(
                    "package {} holds invalid JSON in {column}: {error}",
                    raw.package_id
                ),
            )
        })
    };
    Ok(ImportedSubmission {
        findings: parse("findings", &raw.findings)?,
        justifications: parse("justifications", &raw.justifications)?,
        metadata: parse("metadata", &raw.metadata)?,
        package_id: raw.package_id,
        country: raw.country,
        cycle: raw.cycle,
        questionnaire_version: raw.questionnaire_version,
        schema_hash: raw.schema_hash,
        // The schema's CHECK (sequence > 0) makes the conversion lossless.
        sequence: raw.sequence.unsigned_abs(),
        sender_key_id: raw.sender_key_id,
        sha256: raw.sha256,
        imported_at: raw.imported_at,
        is_current: raw.is_current,
    })
}

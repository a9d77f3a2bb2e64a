//! The correspondent's workspace: one SQLite file per country workspace that contains every
//! entered cell, the metadata answers, the justifications of validation findings, the audit
//! log, the record of built submission packages, the questionnaire packs, trust bundles and
//! secretariat keys received, and the secretariat's receipts.
//!
//! Every write method commits its own transaction before it returns, so an edit that returned
//! `Ok` survives a crash of the application or a power cut.

mod audit;
mod packs;
mod records;
mod schema;
mod submissions;
mod trust;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Row};

use crate::cell::{read_cell_value, CellValue};
use crate::database::{self, begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::require_non_empty;

pub use audit::{AuditEntry, AuditKind};
pub use packs::{
    DroppedItem, NewPack, NewSecretariatKey, PackChanges, PackImport, SecretariatKey,
    SecretariatKeyKind, StoredPack,
};
pub use records::{Justification, MetadataChange, MetadataEntry, NewJustification};
pub use submissions::{NewOutgoingSubmission, OutgoingSubmission, SubmissionState};
pub use trust::{
    BundleImport, NewReceipt, NewTrustBundle, ReceiptRecord, StoredReceipt, StoredTrustBundle,
};

/// Keys of the workspace facts kept with [`Workspace::set_setting`].
pub mod setting_keys {
    /// ISO 3166-1 alpha-3 code of the reporting country.
    pub const COUNTRY: &str = "country";
    pub const DEFINITION_ID: &str = "definition_id";
    pub const DEFINITION_VERSION: &str = "definition_version";
    /// SHA-256 of the questionnaire definition the workspace was created with.
    pub const DEFINITION_HASH: &str = "definition_hash";
    /// The built-in definition the workspace was filled against, as JSON text, so a later
    /// version of the program can show what its newer definition changes.
    pub const DEFINITION_JSON: &str = "definition_json";
    /// The user's role in the workspace.
    pub const ROLE: &str = "role";
}

/// An open workspace file.
///
/// Writes take `&mut self`, so share a workspace between threads behind a `Mutex`.
pub struct Workspace {
    connection: Connection,
    path: PathBuf,
}

/// A stored cell with the time of its last change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCell {
    pub table_id: String,
    pub key: String,
    pub cell: CellValue,
    /// RFC 3339 UTC time of the last change.
    pub updated_at: String,
}

/// The content of a cell before and after a write. `None` means the cell did not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    pub table_id: String,
    pub key: String,
    pub old: Option<CellValue>,
    pub new: Option<CellValue>,
}

impl CellChange {
    /// Returns true when the write changed the stored content.
    pub fn is_change(&self) -> bool {
        self.old != self.new
    }
}

/// Path, time and source shared by every audited write in one transaction.
pub(crate) struct WriteContext<'a> {
    path: &'a Path,
    at: &'a str,
    source: &'a str,
}

impl Workspace {
    /// Opens the workspace file at `path`, creating it if it does not exist, checks its
    /// integrity and brings its schema up to date.
    ///
    /// Fails with `store.not_a_database`, `store.corrupt`, `store.wrong_file_kind` or
    /// `store.newer_schema` when the file cannot be used as it is.
    pub fn open(path: impl AsRef<Path>) -> Result<Workspace, StoreError> {
        let path = path.as_ref().to_path_buf();
        let kind = database::workspace_kind(schema::MIGRATIONS);
        let connection = database::open(&path, &kind)?;
        tracing::info!(path = %path.display(), "opened workspace");
        Ok(Workspace { connection, path })
    }

    /// Returns the path of the workspace file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the file, reporting any error that dropping the workspace would ignore.
    pub fn close(self) -> Result<(), StoreError> {
        let path = self.path;
        self.connection
            .close()
            .map_err(|(_, error)| StoreError::from_sqlite(&path, error))
    }

    /// Returns the underlying connection so that tests can read pragmas or limit the file
    /// size. Writing through it bypasses the audit log.
    #[doc(hidden)]
    pub fn sqlite_connection_for_tests(&self) -> &Connection {
        &self.connection
    }

    /// Writes one cell and its audit row in one transaction, committed before returning.
    ///
    /// Empty strings count as absent. A cell with no part set is deleted, and the deletion is
    /// audited. A write that leaves the content unchanged writes nothing, not even an audit
    /// row. `source` names the origin of the edit: "edit", "paste" or
    /// "import:<file name>".
    pub fn set_cell(
        &mut self,
        table_id: &str,
        key: &str,
        cell: &CellValue,
        source: &str,
    ) -> Result<CellChange, StoreError> {
        validate_cell_ids(table_id, key)?;
        require_non_empty("source", source)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let at = now();
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        let change = write_cell(&transaction, &context, table_id, key, cell)?;
        if change.is_change() {
            transaction.commit().on(&self.path)?;
            tracing::debug!(table_id, key, source, "cell written");
        }
        Ok(change)
    }

    /// Writes many cells in one transaction, as for an import or a paste. On any error
    /// nothing is written.
    ///
    /// Returns the changes that altered a cell, in input order; cells whose content was
    /// already equal are left out. When the same cell appears twice, the later entry wins and
    /// both writes are audited.
    pub fn set_cells(
        &mut self,
        cells: &[(String, String, CellValue)],
        source: &str,
    ) -> Result<Vec<CellChange>, StoreError> {
        for (table_id, key, _) in cells {
            validate_cell_ids(table_id, key)?;
        }
        require_non_empty("source", source)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let at = now();
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        let mut changes = Vec::new();
        for (table_id, key, cell) in cells {
            let change = write_cell(&transaction, &context, table_id, key, cell)?;
            if change.is_change() {
                changes.push(change);
            }
        }
        transaction.commit().on(&self.path)?;

        tracing::info!(
            source,
            submitted = cells.len(),
            changed = changes.len(),
            "cells written in bulk"
        );
        Ok(changes)
    }

    /// Returns the cell `(table_id, key)`, or `None` when it has no content.
    pub fn get_cell(&self, table_id: &str, key: &str) -> Result<Option<StoredCell>, StoreError> {
        self.connection
            .query_row(
                "SELECT table_id, cell_key, value, obs_status, conf_status, note, updated_at
                 FROM cells WHERE table_id = ?1 AND cell_key = ?2",
                (table_id, key),
                read_stored_cell,
            )
            .optional()
            .on(&self.path)
    }

    /// Returns every stored cell, ordered by table id then cell key.
    pub fn cells(&self) -> Result<Vec<StoredCell>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT table_id, cell_key, value, obs_status, conf_status, note, updated_at
                 FROM cells ORDER BY table_id, cell_key",
            )
            .on(&self.path)?;
        let rows = statement.query_map([], read_stored_cell).on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }

    /// Returns the stored cells of one table, ordered by cell key.
    pub fn cells_in_table(&self, table_id: &str) -> Result<Vec<StoredCell>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT table_id, cell_key, value, obs_status, conf_status, note, updated_at
                 FROM cells WHERE table_id = ?1 ORDER BY cell_key",
            )
            .on(&self.path)?;
        let rows = statement
            .query_map([table_id], read_stored_cell)
            .on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }
}

fn validate_cell_ids(table_id: &str, key: &str) -> Result<(), StoreError> {
    require_non_empty("table id", table_id)?;
    require_non_empty("cell key", key)
}

/// Writes one cell and, if its content changed, an audit row, inside the caller's
/// transaction.
fn write_cell(
    connection: &Connection,
    context: &WriteContext<'_>,
    table_id: &str,
    key: &str,
    cell: &CellValue,
) -> Result<CellChange, StoreError> {
    let old = connection
        .query_row(
            "SELECT value, obs_status, conf_status, note FROM cells
             WHERE table_id = ?1 AND cell_key = ?2",
            (table_id, key),
            |row| read_cell_value(row, 0),
        )
        .optional()
        .on(context.path)?;
    let normalized = cell.normalized();
    let new = (!normalized.is_empty()).then_some(normalized);

    let change = CellChange {
        table_id: table_id.to_string(),
        key: key.to_string(),
        old,
        new,
    };
    if !change.is_change() {
        return Ok(change);
    }

    match &change.new {
        Some(new) => {
            connection
                .execute(
                    "INSERT INTO cells
                         (table_id, cell_key, value, obs_status, conf_status, note, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (table_id, cell_key) DO UPDATE SET
                         value = excluded.value,
                         obs_status = excluded.obs_status,
                         conf_status = excluded.conf_status,
                         note = excluded.note,
                         updated_at = excluded.updated_at",
                    (
                        table_id,
                        key,
                        new.value,
                        &new.obs_status,
                        &new.conf_status,
                        &new.note,
                        context.at,
                    ),
                )
                .on(context.path)?;
        }
        None => {
            connection
                .execute(
                    "DELETE FROM cells WHERE table_id = ?1 AND cell_key = ?2",
                    (table_id, key),
                )
                .on(context.path)?;
        }
    }

    audit::insert(
        connection,
        context,
        AuditKind::Cell,
        Some(table_id),
        key,
        change.old.as_ref().map(audit::json_of),
        change.new.as_ref().map(audit::json_of),
    )?;
    Ok(change)
}

fn read_stored_cell(row: &Row<'_>) -> rusqlite::Result<StoredCell> {
    Ok(StoredCell {
        table_id: row.get(0)?,
        key: row.get(1)?,
        cell: read_cell_value(row, 2)?,
        updated_at: row.get(6)?,
    })
}

//! Questionnaire packs imported from the secretariat, the secretariat keys the workspace
//! trusts, and the cells and answers that a new definition dropped.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use super::audit::{self, AuditKind};
use super::{write_cell, Workspace, WriteContext};
use crate::cell::CellValue;
use crate::database::{begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::{require_non_empty, require_sha256_hex, sequence_to_sql};

/// The use of a secretariat key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretariatKeyKind {
    /// The X25519 key that packages are sealed to.
    Encryption,
    /// An Ed25519 key that signs questionnaire packs.
    Signing,
}

impl SecretariatKeyKind {
    fn as_str(self) -> &'static str {
        match self {
            SecretariatKeyKind::Encryption => "encryption",
            SecretariatKeyKind::Signing => "signing",
        }
    }

    fn parse(text: &str) -> Option<SecretariatKeyKind> {
        match text {
            "encryption" => Some(SecretariatKeyKind::Encryption),
            "signing" => Some(SecretariatKeyKind::Signing),
            _ => None,
        }
    }
}

/// A secretariat public key to trust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSecretariatKey {
    /// 32 lowercase hexadecimal digits.
    pub key_id: String,
    pub kind: SecretariatKeyKind,
    /// The public key file's JSON, which the caller has parsed and checked.
    pub public_key_file: String,
}

/// A trusted secretariat key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretariatKey {
    pub key_id: String,
    pub kind: SecretariatKeyKind,
    pub public_key_file: String,
    /// Origin of the key: "file" or "pack:<version>".
    pub source: String,
    /// RFC 3339 UTC time the key was last written.
    pub added_at: String,
}

/// A verified questionnaire pack, to be stored with [`Workspace::import_pack`].
#[derive(Debug, Clone, PartialEq)]
pub struct NewPack {
    pub version: u64,
    /// SHA-256 of the pack file, as 64 lowercase hexadecimal digits.
    pub sha256: String,
    pub cycle: u32,
    /// `sha256:<hex>` of the definition's canonical JSON.
    pub definition_hash: String,
    pub definition_version: u32,
    /// The definition document as JSON text.
    pub definition: String,
    pub reference: serde_json::Value,
    /// RFC 3339 time the secretariat issued the pack.
    pub issued_at: String,
    pub keys: Vec<NewSecretariatKey>,
}

/// A stored questionnaire pack.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPack {
    pub version: u64,
    pub sha256: String,
    pub cycle: u32,
    pub definition_hash: String,
    pub definition_version: u32,
    pub definition: String,
    pub reference: serde_json::Value,
    pub issued_at: String,
    /// RFC 3339 UTC time of the import.
    pub imported_at: String,
}

/// The cell and answer changes that come with a pack: cells moved or dropped by the
/// definition change, and accepted values that prefill empty cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackChanges {
    /// The definition the workspace was filled against, recorded with each dropped item.
    pub previous_definition_hash: String,
    /// `(old table, old key, new table, new key, content)`.
    pub moved: Vec<(String, String, String, String, CellValue)>,
    /// `(table, key, content)`.
    pub dropped: Vec<(String, String, CellValue)>,
    /// `(old table, new table, question id, answer)`.
    pub moved_metadata: Vec<(String, String, String, String)>,
    /// `(table, question id, answer)`.
    pub dropped_metadata: Vec<(String, String, String)>,
    /// `(table, key, content)`, written only where the cell is empty after the moves.
    pub prefill: Vec<(String, String, CellValue)>,
}

/// Result of [`Workspace::import_pack`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum PackImport {
    /// The pack is stored and active, and its changes are applied.
    Imported {
        /// Cells written from the accepted values, all of them empty before.
        prefilled: usize,
    },
    /// The same pack file was imported before. Nothing changed.
    AlreadyImported { imported_at: String },
}

/// A cell or metadata answer that a definition change dropped.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DroppedItem {
    pub id: i64,
    /// The definition the item was entered against.
    pub definition_hash: String,
    /// "cell" or "metadata".
    pub kind: String,
    pub table_id: String,
    /// The cell key or the metadata question id.
    pub item: String,
    /// The cell's JSON form, or the answer as a JSON string.
    pub value: serde_json::Value,
    /// RFC 3339 UTC time of the import that dropped it.
    pub dropped_at: String,
}

impl Workspace {
    /// Stores a questionnaire pack and applies `changes`, all in one transaction, so a
    /// failure at any step leaves the workspace as it was.
    ///
    /// The pack's version must exceed every stored version. The same version with the same
    /// SHA-256 returns [`PackImport::AlreadyImported`] and changes nothing. A lower version
    /// fails with `store.pack_outdated`, the same version with other bytes with
    /// `store.pack_version_conflict`. Every cell write is audited under `source`.
    pub fn import_pack(
        &mut self,
        pack: &NewPack,
        changes: &PackChanges,
        source: &str,
    ) -> Result<PackImport, StoreError> {
        let version = sequence_to_sql(pack.version)?;
        require_sha256_hex(&pack.sha256)?;
        require_non_empty("definition hash", &pack.definition_hash)?;
        require_non_empty("source", source)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        if let Some(stored) = active_pack(&transaction, &self.path)? {
            if stored.version == pack.version && stored.sha256 == pack.sha256 {
                return Ok(PackImport::AlreadyImported {
                    imported_at: stored.imported_at,
                });
            }
            if stored.version == pack.version {
                return Err(StoreError::PackVersionConflict {
                    path: self.path.clone(),
                    version: pack.version,
                });
            }
            if stored.version > pack.version {
                return Err(StoreError::PackOutdated {
                    path: self.path.clone(),
                    version: pack.version,
                    current: stored.version,
                });
            }
        }

        let at = now();
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        transaction
            .execute(
                "INSERT INTO packs (version, sha256, cycle, definition_hash, definition_version,
                                    definition, reference, issued_at, imported_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                (
                    version,
                    &pack.sha256,
                    pack.cycle,
                    &pack.definition_hash,
                    pack.definition_version,
                    &pack.definition,
                    audit::json_of(&pack.reference),
                    &pack.issued_at,
                    &at,
                ),
            )
            .on(&self.path)?;
        let key_source = format!("pack:{}", pack.version);
        for key in &pack.keys {
            write_key(&transaction, &context, key, &key_source)?;
        }

        apply_changes(&transaction, &context, changes)?;
        let prefilled = prefill(&transaction, &context, &changes.prefill)?;

        for (key, value) in [
            (
                super::setting_keys::DEFINITION_HASH,
                pack.definition_hash.clone(),
            ),
            (
                super::setting_keys::DEFINITION_VERSION,
                pack.definition_version.to_string(),
            ),
        ] {
            transaction
                .execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, &value),
                )
                .on(&self.path)?;
        }
        transaction.commit().on(&self.path)?;

        tracing::info!(
            version = pack.version,
            moved = changes.moved.len(),
            dropped = changes.dropped.len(),
            prefilled,
            "questionnaire pack imported"
        );
        Ok(PackImport::Imported { prefilled })
    }

    /// Moves the workspace to a newer built-in definition (`definition_json`, identified by
    /// `definition_hash`), applying the moves and drops of `changes` in the same transaction.
    pub fn upgrade_definition(
        &mut self,
        definition_json: &str,
        definition_hash: &str,
        definition_version: u32,
        changes: &PackChanges,
        source: &str,
    ) -> Result<(), StoreError> {
        require_non_empty("definition hash", definition_hash)?;
        require_non_empty("source", source)?;
        let transaction = begin_write(&mut self.connection, &self.path)?;
        let at = now();
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        apply_changes(&transaction, &context, changes)?;
        for (key, value) in [
            (
                super::setting_keys::DEFINITION_HASH,
                definition_hash.to_string(),
            ),
            (
                super::setting_keys::DEFINITION_VERSION,
                definition_version.to_string(),
            ),
            (
                super::setting_keys::DEFINITION_JSON,
                definition_json.to_string(),
            ),
        ] {
            transaction
                .execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, &value),
                )
                .on(&self.path)?;
        }
        transaction.commit().on(&self.path)?;
        tracing::info!(
            moved = changes.moved.len(),
            dropped = changes.dropped.len(),
            "workspace moved to a newer built-in definition"
        );
        Ok(())
    }

    /// Returns the pack with the highest version, or `None` before the first import.
    pub fn active_pack(&self) -> Result<Option<StoredPack>, StoreError> {
        active_pack(&self.connection, &self.path)
    }

    /// Trusts a secretariat key outside any pack, as when the user imports a public key file.
    /// Writing a key again makes it the latest of its kind.
    pub fn trust_secretariat_key(
        &mut self,
        key: &NewSecretariatKey,
        source: &str,
    ) -> Result<(), StoreError> {
        require_non_empty("source", source)?;
        let transaction = begin_write(&mut self.connection, &self.path)?;
        let at = now();
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        write_key(&transaction, &context, key, source)?;
        transaction.commit().on(&self.path)?;
        tracing::info!(key_id = %key.key_id, kind = key.kind.as_str(), "secretariat key trusted");
        Ok(())
    }

    /// Returns the trusted secretariat keys, the most recently written last.
    pub fn secretariat_keys(&self) -> Result<Vec<SecretariatKey>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT key_id, kind, public_key_file, source, added_at FROM secretariat_keys
                 ORDER BY position",
            )
            .on(&self.path)?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                ))
            })
            .on(&self.path)?;
        let mut keys = Vec::new();
        for row in rows {
            let (key_id, kind, public_key_file, source, added_at) = row.on(&self.path)?;
            let kind = SecretariatKeyKind::parse(&kind).ok_or_else(|| {
                StoreError::invalid_row(&self.path, "secretariat_keys", format!("kind {kind:?}"))
            })?;
            keys.push(SecretariatKey {
                key_id,
                kind,
                public_key_file,
                source,
                added_at,
            });
        }
        Ok(keys)
    }

    /// Returns every dropped cell and answer, oldest first.
    pub fn dropped_items(&self) -> Result<Vec<DroppedItem>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT id, definition_hash, kind, table_id, item, value, dropped_at
                 FROM dropped_cells ORDER BY id",
            )
            .on(&self.path)?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                ))
            })
            .on(&self.path)?;
        let mut items = Vec::new();
        for row in rows {
            let (id, definition_hash, kind, table_id, item, value, dropped_at) =
                row.on(&self.path)?;
            let value = serde_json::from_str(&value).map_err(|error| {
                StoreError::invalid_row(&self.path, "dropped_cells", error.to_string())
            })?;
            items.push(DroppedItem {
                id,
                definition_hash,
                kind,
                table_id,
                item,
                value,
                dropped_at,
            });
        }
        Ok(items)
    }
}

fn active_pack(
    connection: &Connection,
    path: &std::path::Path,
) -> Result<Option<StoredPack>, StoreError> {
    let raw = connection
        .query_row(
            "SELECT version, sha256, cycle, definition_hash, definition_version, definition,
                    reference, issued_at, imported_at
             FROM packs ORDER BY version DESC LIMIT 1",
            [],
            read_raw_pack,
        )
        .optional()
        .on(path)?;
    let Some((version, reference, mut pack)) = raw else {
        return Ok(None);
    };
    pack.version = u64::try_from(version)
        .map_err(|_| StoreError::invalid_row(path, "packs", format!("version {version}")))?;
    pack.reference = serde_json::from_str(&reference)
        .map_err(|error| StoreError::invalid_row(path, "packs", error.to_string()))?;
    Ok(Some(pack))
}

/// Reads a pack row; the version and the reference JSON are returned apart for checking.
fn read_raw_pack(row: &Row<'_>) -> rusqlite::Result<(i64, String, StoredPack)> {
    Ok((
        row.get(0)?,
        row.get(6)?,
        StoredPack {
            version: 0,
            sha256: row.get(1)?,
            cycle: row.get(2)?,
            definition_hash: row.get(3)?,
            definition_version: row.get(4)?,
            definition: row.get(5)?,
            reference: serde_json::Value::Null,
            issued_at: row.get(7)?,
            imported_at: row.get(8)?,
        },
    ))
}

pub(super) fn write_key(
    connection: &Connection,
    context: &WriteContext<'_>,
    key: &NewSecretariatKey,
    source: &str,
) -> Result<(), StoreError> {
    require_non_empty("key id", &key.key_id)?;
    connection
        .execute(
            "INSERT INTO secretariat_keys (key_id, kind, public_key_file, source, position, added_at)
             VALUES (?1, ?2, ?3, ?4,
                     (SELECT COALESCE(MAX(position), 0) + 1 FROM secretariat_keys), ?5)
             ON CONFLICT (key_id) DO UPDATE SET
                 kind = excluded.kind,
                 public_key_file = excluded.public_key_file,
                 source = excluded.source,
                 position = excluded.position,
                 added_at = excluded.added_at",
            (
                &key.key_id,
                key.kind.as_str(),
                &key.public_key_file,
                source,
                context.at,
            ),
        )
        .on(context.path)?;
    Ok(())
}

/// Applies moves and drops: every source cell is cleared first, then the moved cells are
/// written at their new keys, so a cell may move onto a key that another cell leaves.
fn apply_changes(
    connection: &Connection,
    context: &WriteContext<'_>,
    changes: &PackChanges,
) -> Result<(), StoreError> {
    let empty = CellValue::default();
    for (table_id, key, cell) in &changes.dropped {
        insert_dropped(
            connection,
            context,
            &changes.previous_definition_hash,
            "cell",
            table_id,
            key,
            &audit::json_of(cell),
        )?;
        write_cell(connection, context, table_id, key, &empty)?;
    }
    for (table_id, key, _, _, _) in &changes.moved {
        write_cell(connection, context, table_id, key, &empty)?;
    }
    for (_, _, table_id, key, cell) in &changes.moved {
        write_cell(connection, context, table_id, key, cell)?;
    }

    for (table_id, field, value) in &changes.dropped_metadata {
        insert_dropped(
            connection,
            context,
            &changes.previous_definition_hash,
            "metadata",
            table_id,
            field,
            &audit::json_of(value),
        )?;
        write_metadata(connection, context, table_id, field, None)?;
    }
    for (from_table, to_table, field, value) in &changes.moved_metadata {
        write_metadata(connection, context, from_table, field, None)?;
        write_metadata(connection, context, to_table, field, Some(value))?;
    }
    Ok(())
}

fn insert_dropped(
    connection: &Connection,
    context: &WriteContext<'_>,
    definition_hash: &str,
    kind: &str,
    table_id: &str,
    item: &str,
    value_json: &str,
) -> Result<(), StoreError> {
    connection
        .execute(
            "INSERT INTO dropped_cells (definition_hash, kind, table_id, item, value, dropped_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                definition_hash,
                kind,
                table_id,
                item,
                value_json,
                context.at,
            ),
        )
        .on(context.path)?;
    Ok(())
}

/// Writes each prefill cell whose key has no stored cell, and returns how many it wrote.
fn prefill(
    connection: &Connection,
    context: &WriteContext<'_>,
    cells: &[(String, String, CellValue)],
) -> Result<usize, StoreError> {
    let mut written = 0;
    for (table_id, key, cell) in cells {
        require_non_empty("table id", table_id)?;
        require_non_empty("cell key", key)?;
        let occupied: bool = connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM cells WHERE table_id = ?1 AND cell_key = ?2)",
                (table_id, key),
                |row| row.get(0),
            )
            .on(context.path)?;
        if !occupied && write_cell(connection, context, table_id, key, cell)?.is_change() {
            written += 1;
        }
    }
    Ok(written)
}

/// Writes or deletes one metadata answer with its audit row, inside the caller's
/// transaction.
fn write_metadata(
    connection: &Connection,
    context: &WriteContext<'_>,
    table_id: &str,
    field: &str,
    value: Option<&str>,
) -> Result<(), StoreError> {
    let old: Option<String> = connection
        .query_row(
            "SELECT value FROM metadata WHERE table_id = ?1 AND field = ?2",
            (table_id, field),
            |row| row.get(0),
        )
        .optional()
        .on(context.path)?;
    let new = value.filter(|v| !v.is_empty()).map(str::to_string);
    if old == new {
        return Ok(());
    }
    match &new {
        Some(new) => connection.execute(
            "INSERT INTO metadata (table_id, field, value, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (table_id, field) DO UPDATE SET
                 value = excluded.value, updated_at = excluded.updated_at",
            (table_id, field, new, context.at),
        ),
        None => connection.execute(
            "DELETE FROM metadata WHERE table_id = ?1 AND field = ?2",
            (table_id, field),
        ),
    }
    .on(context.path)?;
    audit::insert(
        connection,
        context,
        AuditKind::Metadata,
        Some(table_id),
        field,
        old.as_ref().map(audit::json_of),
        new.as_ref().map(audit::json_of),
    )
}

//! Metadata answers, justifications of validation findings and workspace settings.

use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::audit::{self, AuditKind};
use super::submissions::SEQUENCE_SETTING;
use super::{Workspace, WriteContext};
use crate::database::{begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::require_non_empty;

/// A metadata answer before and after a write. `None` means no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataChange {
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A stored metadata answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataEntry {
    pub table_id: String,
    pub field: String,
    pub value: String,
    /// RFC 3339 UTC time of the last change.
    pub updated_at: String,
}

/// A correspondent's explanation of a validation finding, as written.
///
/// The store keeps `cells` and `values` as given; the model crate decides their shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewJustification {
    pub finding_id: String,
    pub rule_id: String,
    /// The cells the finding is about.
    pub cells: serde_json::Value,
    /// The values of those cells when the text was written.
    pub values: serde_json::Value,
    pub text: String,
}

/// A stored justification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Justification {
    pub finding_id: String,
    pub rule_id: String,
    pub cells: serde_json::Value,
    pub values: serde_json::Value,
    pub text: String,
    /// RFC 3339 UTC time of the last write.
    pub at: String,
}

/// The audited content of a justification.
#[derive(Serialize, PartialEq)]
struct JustificationContent<'a> {
    rule_id: &'a str,
    cells: &'a serde_json::Value,
    values: &'a serde_json::Value,
    text: &'a str,
}

impl Workspace {
    /// Writes one metadata answer and its audit row in one transaction. `None` or an empty
    /// string deletes the answer. An unchanged answer writes nothing.
    pub fn set_metadata(
        &mut self,
        table_id: &str,
        field: &str,
        value: Option<&str>,
        source: &str,
    ) -> Result<MetadataChange, StoreError> {
        require_non_empty("table id", table_id)?;
        require_non_empty("metadata field", field)?;
        require_non_empty("source", source)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let old: Option<String> = transaction
            .query_row(
                "SELECT value FROM metadata WHERE table_id = ?1 AND field = ?2",
                (table_id, field),
                |row| row.get(0),
            )
            .optional()
            .on(&self.path)?;
        let change = MetadataChange {
            old,
            new: value.filter(|v| !v.is_empty()).map(str::to_string),
        };
        if change.old == change.new {
            return Ok(change);
        }

        let at = now();
        match &change.new {
            Some(new) => transaction.execute(
                "INSERT INTO metadata (table_id, field, value, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (table_id, field) DO UPDATE SET
                     value = excluded.value, updated_at = excluded.updated_at",
                (table_id, field, new, &at),
            ),
            None => transaction.execute(
                "DELETE FROM metadata WHERE table_id = ?1 AND field = ?2",
                (table_id, field),
            ),
        }
        .on(&self.path)?;

        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        audit::insert(
            &transaction,
            &context,
            AuditKind::Metadata,
            Some(table_id),
            field,
            change.old.as_ref().map(audit::json_of),
            change.new.as_ref().map(audit::json_of),
        )?;
        transaction.commit().on(&self.path)?;
        tracing::debug!(table_id, field, source, "metadata written");
        Ok(change)
    }

    /// Returns every metadata answer, ordered by table id then field.
    pub fn metadata(&self) -> Result<Vec<MetadataEntry>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT table_id, field, value, updated_at FROM metadata
                 ORDER BY table_id, field",
            )
            .on(&self.path)?;
        let rows = statement
            .query_map([], |row| {
                Ok(MetadataEntry {
                    table_id: row.get(0)?,
                    field: row.get(1)?,
                    value: row.get(2)?,
                    updated_at: row.get(3)?,
                })
            })
            .on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }

    /// Writes or replaces the justification of one finding, with an audit row, in one
    /// transaction. An identical justification writes nothing.
    pub fn set_justification(
        &mut self,
        justification: &NewJustification,
        source: &str,
    ) -> Result<(), StoreError> {
        require_non_empty("finding id", &justification.finding_id)?;
        require_non_empty("source", source)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let old = load_justification(&transaction, &self.path, &justification.finding_id)?;
        let new_content = JustificationContent {
            rule_id: &justification.rule_id,
            cells: &justification.cells,
            values: &justification.values,
            text: &justification.text,
        };
        if old.as_ref().map(content_of).as_ref() == Some(&new_content) {
            return Ok(());
        }
        let old_json = old.as_ref().map(|old| audit::json_of(&content_of(old)));
        let new_json = audit::json_of(&new_content);

        let at = now();
        transaction
            .execute(
                "INSERT INTO justifications (finding_id, rule_id, cells, cell_values, text, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (finding_id) DO UPDATE SET
                     rule_id = excluded.rule_id,
                     cells = excluded.cells,
                     cell_values = excluded.cell_values,
                     text = excluded.text,
                     at = excluded.at",
                (
                    &justification.finding_id,
                    &justification.rule_id,
                    audit::json_of(&justification.cells),
                    audit::json_of(&justification.values),
                    &justification.text,
                    &at,
                ),
            )
            .on(&self.path)?;

        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        audit::insert(
            &transaction,
            &context,
            AuditKind::Justification,
            None,
            &justification.finding_id,
            old_json,
            Some(new_json),
        )?;
        transaction.commit().on(&self.path)?;
        tracing::debug!(finding_id = %justification.finding_id, source, "justification written");
        Ok(())
    }

    /// Deletes the justification of one finding, with an audit row. Returns false, and
    /// writes nothing, when there was none.
    pub fn delete_justification(
        &mut self,
        finding_id: &str,
        source: &str,
    ) -> Result<bool, StoreError> {
        require_non_empty("finding id", finding_id)?;
        require_non_empty("source", source)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let Some(old) = load_justification(&transaction, &self.path, finding_id)? else {
            return Ok(false);
        };
        transaction
            .execute(
                "DELETE FROM justifications WHERE finding_id = ?1",
                [finding_id],
            )
            .on(&self.path)?;

        let at = now();
        let context = WriteContext {
            path: &self.path,
            at: &at,
            source,
        };
        audit::insert(
            &transaction,
            &context,
            AuditKind::Justification,
            None,
            finding_id,
            Some(audit::json_of(&content_of(&old))),
            None,
        )?;
        transaction.commit().on(&self.path)?;
        tracing::debug!(finding_id, source, "justification deleted");
        Ok(true)
    }

    /// Returns every justification, ordered by finding id.
    pub fn justifications(&self) -> Result<Vec<Justification>, StoreError> {
        let mut statement = self
            .connection
            .prepare(&format!("{SELECT_JUSTIFICATION} ORDER BY finding_id"))
            .on(&self.path)?;
        let raw_rows = statement
            .query_map([], read_raw_justification)
            .on(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .on(&self.path)?;
        raw_rows
            .into_iter()
            .map(|raw| parse_justification(&self.path, raw))
            .collect()
    }

    /// Returns the value of the workspace setting `key`, or `None` when it is not set.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.connection
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .on(&self.path)
    }

    /// Sets the workspace setting `key`, such as [`super::setting_keys::COUNTRY`].
    ///
    /// The submission sequence counter is kept among the settings but only
    /// [`Workspace::next_sequence`] may change it.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        require_non_empty("setting key", key)?;
        if key == SEQUENCE_SETTING {
            return Err(StoreError::InvalidArgument {
                field: "setting key",
                detail: format!("{key:?} is reserved for the submission sequence counter"),
            });
        }
        self.connection
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            .on(&self.path)?;
        tracing::info!(key, "workspace setting written");
        Ok(())
    }
}

const SELECT_JUSTIFICATION: &str =
    "SELECT finding_id, rule_id, cells, cell_values, text, at FROM justifications";

/// A justification row before its JSON columns are parsed.
struct RawJustification {
    finding_id: String,
    rule_id: String,
    cells: String,
    values: String,
    text: String,
    at: String,
}

fn read_raw_justification(row: &Row<'_>) -> rusqlite::Result<RawJustification> {
    Ok(RawJustification {
        finding_id: row.get(0)?,
        rule_id: row.get(1)?,
        cells: row.get(2)?,
        values: row.get(3)?,
        text: row.get(4)?,
        at: row.get(5)?,
    })
}

fn parse_justification(
    path: &std::path::Path,
    raw: RawJustification,
) -> Result<Justification, StoreError> {
    let parse = |text: &str| {
        serde_json::from_str(text).map_err(|error| {
            StoreError::invalid_row(
                path,
                "justifications",
                format!("finding {} holds invalid JSON: {error}", raw.finding_id),
            )
        })
    };
    Ok(Justification {
        cells: parse(&raw.cells)?,
        values: parse(&raw.values)?,
        finding_id: raw.finding_id,
        rule_id: raw.rule_id,
        text: raw.text,
        at: raw.at,
    })
}

fn load_justification(
    connection: &rusqlite::Connection,
    path: &std::path::Path,
    finding_id: &str,
) -> Result<Option<Justification>, StoreError> {
    let raw = connection
        .query_row(
            &format!("{SELECT_JUSTIFICATION} WHERE finding_id = ?1"),
            [finding_id],
            read_raw_justification,
        )
        .optional()
        .on(path)?;
    raw.map(|raw| parse_justification(path, raw)).transpose()
}

fn content_of(justification: &Justification) -> JustificationContent<'_> {
    JustificationContent {
        rule_id: &justification.rule_id,
        cells: &justification.cells,
        values: &justification.values,
        text: &justification.text,
    }
}

//! The audit log: one row for every change of a cell, a metadata answer or a justification.

use rusqlite::{Connection, Row};
use serde::Serialize;

use super::{Workspace, WriteContext};
use crate::error::{SqliteResultExt, StoreError};

/// Kind of item that an audit row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    /// A cell; the entry's `item` is the cell key.
    Cell,
    /// A metadata answer; `item` is the field.
    Metadata,
    /// A justification; `item` is the finding id and `table_id` is `None`.
    Justification,
}

impl AuditKind {
    fn as_str(self) -> &'static str {
        match self {
            AuditKind::Cell => "cell",
            AuditKind::Metadata => "metadata",
            AuditKind::Justification => "justification",
        }
    }

    fn parse(text: &str) -> Option<AuditKind> {
        match text {
            "cell" => Some(AuditKind::Cell),
            "metadata" => Some(AuditKind::Metadata),
            "justification" => Some(AuditKind::Justification),
            _ => None,
        }
    }
}

/// One audited change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    /// Increases with every change, so it orders changes made within the same millisecond.
    pub id: i64,
    /// RFC 3339 UTC time of the change.
    pub at: String,
    pub kind: AuditKind,
    pub table_id: Option<String>,
    pub item: String,
    /// Content before the change, `None` when the item did not exist. Cells use the JSON form
    /// of [`crate::CellValue`], metadata a JSON string, and justifications an object with
    /// `rule_id`, `cells`, `values` and `text`.
    pub old: Option<serde_json::Value>,
    /// Content after the change, `None` when the item was deleted.
    pub new: Option<serde_json::Value>,
    /// Origin of the change, such as "edit", "paste" or "import:<file name>".
    pub source: String,
}

/// Serializes audited content to JSON text.
pub(crate) fn json_of(value: &impl Serialize) -> String {
    // serde_json fails only on a map with non-string keys or a Serialize impl that returns
    // an error. The audited types (derived structs, strings, serde_json values) have neither.
    serde_json::to_string(value).expect("audited content serializes to JSON")
}

/// Inserts one audit row inside the caller's transaction.
pub(crate) fn insert(
    connection: &Connection,
    context: &WriteContext<'_>,
    kind: AuditKind,
    table_id: Option<&str>,
    item: &str,
    old: Option<String>,
    new: Option<String>,
) -> Result<(), StoreError> {
    connection
        .execute(
            "INSERT INTO audit (at, kind, table_id, item, old_value, new_value, source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            (
                context.at,
                kind.as_str(),
                table_id,
                item,
                old,
                new,
                context.source,
            ),
        )
        .on(context.path)?;
    Ok(())
}

const SELECT_AUDIT: &str =
    "SELECT id, at, kind, table_id, item, old_value, new_value, source FROM audit";

/// An audit row as stored, before its JSON columns are parsed.
struct RawAuditRow {
    id: i64,
    at: String,
    kind: String,
    table_id: Option<String>,
    item: String,
    old: Option<String>,
    new: Option<String>,
    source: String,
}

fn read_raw_row(row: &Row<'_>) -> rusqlite::Result<RawAuditRow> {
    Ok(RawAuditRow {
        id: row.get(0)?,
        at: row.get(1)?,
        kind: row.get(2)?,
        table_id: row.get(3)?,
        item: row.get(4)?,
        old: row.get(5)?,
        new: row.get(6)?,
        source: row.get(7)?,
    })
}

impl Workspace {
    /// Returns the id of the newest audit entry, 0 when there is none. Every change of a cell,
    /// a metadata answer or a justification adds an entry, so a caller that keeps figures in
    /// memory can tell whether the file changed since it read them.
    pub fn last_audit_id(&self) -> Result<i64, StoreError> {
        self.connection
            .query_row("SELECT coalesce(max(id), 0) FROM audit", [], |row| {
                row.get(0)
            })
            .on(&self.path)
    }

    /// Returns the newest `limit` audit entries, newest first.
    pub fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.query_audit(
            &format!("{SELECT_AUDIT} ORDER BY id DESC LIMIT ?1"),
            [limit],
        )
    }

    /// Returns every audited change of the cell `(table_id, key)`, newest first.
    pub fn cell_history(&self, table_id: &str, key: &str) -> Result<Vec<AuditEntry>, StoreError> {
        self.query_audit(
            &format!(
                "{SELECT_AUDIT} WHERE kind = 'cell' AND table_id = ?1 AND item = ?2
                 ORDER BY id DESC"
            ),
            [table_id, key],
        )
    }

    fn query_audit(
        &self,
        sql: &str,
        parameters: impl rusqlite::Params,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut statement = self.connection.prepare(sql).on(&self.path)?;
        let raw_rows = statement
            .query_map(parameters, read_raw_row)
            .on(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .on(&self.path)?;
        raw_rows
            .into_iter()
            .map(|raw| self.parse_audit_row(raw))
            .collect()
    }

    fn parse_audit_row(&self, raw: RawAuditRow) -> Result<AuditEntry, StoreError> {
        let invalid = |detail: String| StoreError::invalid_row(&self.path, "audit", detail);
        let kind = AuditKind::parse(&raw.kind)
            .ok_or_else(|| invalid(format!("row {} has unknown kind {:?}", raw.id, raw.kind)))?;
        let parse_json = |text: Option<String>| -> Result<Option<serde_json::Value>, StoreError> {
            text.map(|text| serde_json::from_str(&text))
                .transpose()
                .map_err(|error| invalid(format!("row {} holds invalid JSON: {error}", raw.id)))
        };
        Ok(AuditEntry {
            id: raw.id,
            at: raw.at,
            kind,
            table_id: raw.table_id,
            item: raw.item,
            old: parse_json(raw.old)?,
            new: parse_json(raw.new)?,
            source: raw.source,
        })
    }
}

//! Reporting cycle states, the record of issued trust bundles and the sequence numbers that
//! receipts report.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::Consolidated;
use crate::database::{begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::{require_non_empty, require_sha256_hex, sequence_to_sql};

/// Whether a reporting cycle accepts packages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CycleState {
    /// Packages of the cycle are imported. Every cycle starts open.
    Open,
    /// Packages of the cycle are rejected with `store.cycle_closed`.
    Closed,
}

impl CycleState {
    fn as_str(self) -> &'static str {
        match self {
            CycleState::Open => "open",
            CycleState::Closed => "closed",
        }
    }
}

/// A cycle whose state was set explicitly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CycleRecord {
    pub cycle: String,
    pub state: CycleState,
    /// RFC 3339 UTC time of the last change.
    pub changed_at: String,
}

impl Consolidated {
    /// Sets the state of `cycle` and returns the record. Closing a closed cycle keeps its
    /// first closing time.
    pub fn set_cycle_state(
        &mut self,
        cycle: &str,
        state: CycleState,
    ) -> Result<CycleRecord, StoreError> {
        require_non_empty("cycle", cycle)?;
        let transaction = begin_write(&mut self.connection, &self.path)?;
        transaction
            .execute(
                "INSERT INTO cycles (cycle, state, changed_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (cycle) DO UPDATE SET
                     state = excluded.state, changed_at = excluded.changed_at
                 WHERE cycles.state <> excluded.state",
                (cycle, state.as_str(), now()),
            )
            .on(&self.path)?;
        let record = load_cycle(&transaction, &self.path, cycle)?;
        transaction.commit().on(&self.path)?;
        tracing::info!(cycle, state = state.as_str(), "cycle state set");
        record.ok_or_else(|| {
            StoreError::invalid_row(
                &self.path,
                "cycles",
                format!("cycle {cycle} was not stored"),
            )
        })
    }

    /// Returns the state of `cycle`: [`CycleState::Open`] unless it was closed.
    pub fn cycle_state(&self, cycle: &str) -> Result<CycleState, StoreError> {
        Ok(load_cycle(&self.connection, &self.path, cycle)?
            .map_or(CycleState::Open, |record| record.state))
    }

    /// Returns every cycle whose state was set, in cycle order.
    pub fn cycle_records(&self) -> Result<Vec<CycleRecord>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT cycle, state, changed_at FROM cycles ORDER BY cycle")
            .on(&self.path)?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get(2)?,
                ))
            })
            .on(&self.path)?;
        let mut records = Vec::new();
        for row in rows {
            let (cycle, state, changed_at) = row.on(&self.path)?;
            records.push(CycleRecord {
                state: parse_state(&self.path, &cycle, &state)?,
                cycle,
                changed_at,
            });
        }
        Ok(records)
    }

    /// Returns the highest sequence number accepted from `sender_key_id`, 0 when none.
    pub fn latest_sequence(&self, sender_key_id: &str) -> Result<u64, StoreError> {
        let latest: i64 = self
            .connection
            .query_row(
                "SELECT COALESCE(MAX(sequence), 0) FROM submissions WHERE sender_key_id = ?1",
                [sender_key_id],
                |row| row.get(0),
            )
            .on(&self.path)?;
        // The schema's CHECK (sequence > 0) makes the conversion lossless.
        Ok(latest.unsigned_abs())
    }

    /// Returns the version the next trust bundle takes: one more than the highest recorded,
    /// or 1.
    pub fn next_bundle_version(&self) -> Result<u64, StoreError> {
        let highest: i64 = self
            .connection
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM trust_bundles",
                [],
                |row| row.get(0),
            )
            .on(&self.path)?;
        Ok(highest.unsigned_abs() + 1)
    }

    /// Records a signed trust bundle. Fails with `store.bundle_outdated` when `version` is
    /// not above every recorded version.
    pub fn record_bundle(
        &mut self,
        version: u64,
        sha256: &str,
        expires_at: u64,
    ) -> Result<(), StoreError> {
        let version_sql = sequence_to_sql(version)?;
        require_sha256_hex(sha256)?;
        let expires_sql = i64::try_from(expires_at).map_err(|_| StoreError::InvalidArgument {
            field: "expires_at",
            detail: format!("{expires_at} is above {}", i64::MAX),
        })?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let current: i64 = transaction
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM trust_bundles",
                [],
                |row| row.get(0),
            )
            .on(&self.path)?;
        if version_sql <= current {
            return Err(StoreError::BundleOutdated {
                path: self.path.clone(),
                version,
                current: current.unsigned_abs(),
            });
        }
        transaction
            .execute(
                "INSERT INTO trust_bundles (version, sha256, expires_at, issued_at)
                 VALUES (?1, ?2, ?3, ?4)",
                (version_sql, sha256, expires_sql, now()),
            )
            .on(&self.path)?;
        transaction.commit().on(&self.path)?;
        tracing::info!(version, "trust bundle recorded");
        Ok(())
    }
}

/// Returns the `store.cycle_closed` error when `cycle` is closed, inside the caller's
/// transaction.
pub(super) fn check_cycle_open(
    connection: &Connection,
    path: &std::path::Path,
    cycle: &str,
) -> Result<(), StoreError> {
    let closed = load_cycle(connection, path, cycle)?
        .is_some_and(|record| record.state == CycleState::Closed);
    if closed {
        return Err(StoreError::CycleClosed {
            path: path.to_path_buf(),
            cycle: cycle.to_string(),
        });
    }
    Ok(())
}

fn load_cycle(
    connection: &Connection,
    path: &std::path::Path,
    cycle: &str,
) -> Result<Option<CycleRecord>, StoreError> {
    let row: Option<(String, String)> = connection
        .query_row(
            "SELECT state, changed_at FROM cycles WHERE cycle = ?1",
            [cycle],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .on(path)?;
    row.map(|(state, changed_at)| {
        Ok(CycleRecord {
            state: parse_state(path, cycle, &state)?,
            cycle: cycle.to_string(),
            changed_at,
        })
    })
    .transpose()
}

fn parse_state(path: &std::path::Path, cycle: &str, state: &str) -> Result<CycleState, StoreError> {
    match state {
        "open" => Ok(CycleState::Open),
        "closed" => Ok(CycleState::Closed),
        _ => Err(StoreError::invalid_row(
            path,
            "cycles",
            format!("cycle {cycle} has unknown state {state:?}"),
        )),
    }
}

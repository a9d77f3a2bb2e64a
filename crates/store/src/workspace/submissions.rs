//! Submission sequence numbers and the record of submission packages built from the
//! workspace.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::Workspace;
use crate::database::{begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::{require_non_empty, require_sha256_hex, sequence_to_sql};

/// Settings key of the last reserved submission sequence number.
pub(crate) const SEQUENCE_SETTING: &str = "submission_sequence";

/// Stage of a submission package in its exchange with the secretariat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionState {
    /// The package file was written.
    Created,
    /// The user reported the package as sent.
    Sent,
    /// The secretariat confirmed the import.
    Acknowledged,
    /// The secretariat rejected the package.
    Rejected,
}

impl SubmissionState {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            SubmissionState::Created => "created",
            SubmissionState::Sent => "sent",
            SubmissionState::Acknowledged => "acknowledged",
            SubmissionState::Rejected => "rejected",
        }
    }

    pub(super) fn parse(text: &str) -> Option<SubmissionState> {
        match text {
            "created" => Some(SubmissionState::Created),
            "sent" => Some(SubmissionState::Sent),
            "acknowledged" => Some(SubmissionState::Acknowledged),
            "rejected" => Some(SubmissionState::Rejected),
            _ => None,
        }
    }
}

/// A package file that was just written, to be recorded with
/// [`Workspace::record_submission`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutgoingSubmission {
    pub package_id: String,
    /// The number from [`Workspace::next_sequence`] that the package carries.
    pub sequence: u64,
    /// Path of the written package file, as shown to the user.
    pub path: String,
    /// SHA-256 of the package file, as 64 lowercase hexadecimal digits.
    pub sha256: String,
}

/// A recorded submission package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutgoingSubmission {
    pub package_id: String,
    pub sequence: u64,
    pub path: String,
    pub sha256: String,
    /// RFC 3339 UTC time the package was recorded.
    pub created_at: String,
    pub state: SubmissionState,
    /// RFC 3339 UTC time of the last state change.
    pub state_changed_at: String,
}

impl Workspace {
    /// Reserves and returns the next submission sequence number: 1 for the first package,
    /// then one more than the last reserved number.
    ///
    /// The counter is committed before the number is returned, so a number is never handed
    /// out twice, even when the package built with it is never recorded. The secretariat
    /// treats a package whose number is not above the last one it accepted from the same
    /// signing key as superseded, so a reused number would hide a newer package.
    pub fn next_sequence(&mut self) -> Result<u64, StoreError> {
        let transaction = begin_write(&mut self.connection, &self.path)?;
        let next = reserved_sequence(&transaction, &self.path)? + 1;
        transaction
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SEQUENCE_SETTING, next.to_string()),
            )
            .on(&self.path)?;
        transaction.commit().on(&self.path)?;
        tracing::info!(sequence = next, "reserved submission sequence number");
        Ok(next)
    }

    /// Returns the last reserved submission sequence number, 0 when none was reserved.
    pub fn last_sequence(&self) -> Result<u64, StoreError> {
        reserved_sequence(&self.connection, &self.path)
    }

    /// Records a written submission package in state [`SubmissionState::Created`], in one
    /// transaction that also checks its sequence number against the reserved counter.
    ///
    /// Fails with `store.sequence_not_reserved` when the number was never returned by
    /// [`Workspace::next_sequence`], and with `store.constraint` when the package id or the
    /// sequence number is already recorded.
    pub fn record_submission(
        &mut self,
        submission: &NewOutgoingSubmission,
    ) -> Result<OutgoingSubmission, StoreError> {
        require_non_empty("package id", &submission.package_id)?;
        require_non_empty("package path", &submission.path)?;
        require_sha256_hex(&submission.sha256)?;
        let sequence = sequence_to_sql(submission.sequence)?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        let reserved = reserved_sequence(&transaction, &self.path)?;
        if submission.sequence > reserved {
            return Err(StoreError::SequenceNotReserved {
                path: self.path.clone(),
                sequence: submission.sequence,
                reserved,
            });
        }
        let at = now();
        transaction
            .execute(
                "INSERT INTO submissions
                     (package_id, sequence, path, sha256, created_at, state, state_changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5)",
                (
                    &submission.package_id,
                    sequence,
                    &submission.path,
                    &submission.sha256,
                    &at,
                    SubmissionState::Created.as_str(),
                ),
            )
            .on(&self.path)?;
        transaction.commit().on(&self.path)?;

        tracing::info!(
            package_id = %submission.package_id,
            sequence = submission.sequence,
            "recorded submission package"
        );
        Ok(OutgoingSubmission {
            package_id: submission.package_id.clone(),
            sequence: submission.sequence,
            path: submission.path.clone(),
            sha256: submission.sha256.clone(),
            created_at: at.clone(),
            state: SubmissionState::Created,
            state_changed_at: at,
        })
    }

    /// Sets the state of a recorded submission package. Any state may follow any other,
    /// because the user may correct a mistaken report.
    pub fn set_submission_state(
        &mut self,
        package_id: &str,
        state: SubmissionState,
    ) -> Result<(), StoreError> {
        let updated = self
            .connection
            .execute(
                "UPDATE submissions SET state = ?2, state_changed_at = ?3 WHERE package_id = ?1",
                (package_id, state.as_str(), now()),
            )
            .on(&self.path)?;
        if updated == 0 {
            return Err(StoreError::SubmissionNotFound {
                path: self.path.clone(),
                package_id: package_id.to_string(),
            });
        }
        tracing::info!(
            package_id,
            state = state.as_str(),
            "submission state changed"
        );
        Ok(())
    }

    /// Returns every recorded submission package, ordered by sequence number.
    pub fn submissions(&self) -> Result<Vec<OutgoingSubmission>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT package_id, sequence, path, sha256, created_at, state, state_changed_at
                 FROM submissions ORDER BY sequence",
            )
            .on(&self.path)?;
        let raw_rows = statement
            .query_map([], read_raw_submission)
            .on(&self.path)?
            .collect::<Result<Vec<_>, _>>()
            .on(&self.path)?;
        raw_rows
            .into_iter()
            .map(|raw| {
                let state = SubmissionState::parse(&raw.state).ok_or_else(|| {
                    StoreError::invalid_row(
                        &self.path,
                        "submissions",
                        format!(
                            "package {} has unknown state {:?}",
                            raw.package_id, raw.state
                        ),
                    )
                })?;
                Ok(OutgoingSubmission {
                    package_id: raw.package_id,
                    // The schema's CHECK (sequence > 0) makes the conversion lossless.
                    sequence: raw.sequence.unsigned_abs(),
                    path: raw.path,
                    sha256: raw.sha256,
                    created_at: raw.created_at,
                    state,
                    state_changed_at: raw.state_changed_at,
                })
            })
            .collect()
    }
}

/// Reads the sequence counter; 0 when no number was reserved yet.
pub(super) fn reserved_sequence(connection: &Connection, path: &Path) -> Result<u64, StoreError> {
    let text: Option<String> = connection
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [SEQUENCE_SETTING],
            |row| row.get(0),
        )
        .optional()
        .on(path)?;
    match text {
        None => Ok(0),
        Some(text) => text.parse().map_err(|_| {
            StoreError::invalid_row(
                path,
                "settings",
                format!("{SEQUENCE_SETTING} is {text:?}, not a whole number"),
            )
        }),
    }
}

struct RawSubmission {
    package_id: String,
    sequence: i64,
    path: String,
    sha256: String,
    created_at: String,
    state: String,
    state_changed_at: String,
}

fn read_raw_submission(row: &Row<'_>) -> rusqlite::Result<RawSubmission> {
    Ok(RawSubmission {
        package_id: row.get(0)?,
        sequence: row.get(1)?,
        path: row.get(2)?,
        sha256: row.get(3)?,
        created_at: row.get(4)?,
        state: row.get(5)?,
        state_changed_at: row.get(6)?,
    })
}

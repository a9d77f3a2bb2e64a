//! The record of questionnaire packs issued to each country.

use rusqlite::{OptionalExtension, Row};
use serde::Serialize;

use super::Consolidated;
use crate::database::begin_write;
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::{require_non_empty, require_sha256_hex, sequence_to_sql};

/// A pack about to be written out, to be recorded with [`Consolidated::record_issued_pack`].
#[derive(Debug, Clone, PartialEq)]
pub struct NewIssuedPack {
    pub country: String,
    /// The number from [`Consolidated::next_pack_version`].
    pub version: u64,
    pub cycle: String,
    /// `sha256:<hex>` of the definition the pack carries.
    pub definition_hash: String,
    /// The reference the pack carries, which imports of the country's answer validate against.
    pub reference: serde_json::Value,
    /// SHA-256 of the pack file, as 64 lowercase hexadecimal digits.
    pub sha256: String,
    /// RFC 3339 time written into the pack.
    pub issued_at: String,
}

/// A recorded pack.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssuedPack {
    pub country: String,
    pub version: u64,
    pub cycle: String,
    pub definition_hash: String,
    pub reference: serde_json::Value,
    pub sha256: String,
    pub issued_at: String,
}

impl Consolidated {
    /// Returns the version the next pack for `country` takes: one more than the highest
    /// recorded, or 1.
    pub fn next_pack_version(&self, country: &str) -> Result<u64, StoreError> {
        let highest: i64 = self
            .connection
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM issued_packs WHERE country = ?1",
                [country],
                |row| row.get(0),
            )
            .on(&self.path)?;
        Ok(highest.unsigned_abs() + 1)
    }

    /// Records an issued pack. Fails with `store.constraint` when the country already has a
    /// pack of that version, as when two issues run at once.
    pub fn record_issued_pack(&mut self, pack: &NewIssuedPack) -> Result<(), StoreError> {
        require_non_empty("country", &pack.country)?;
        require_non_empty("definition hash", &pack.definition_hash)?;
        require_sha256_hex(&pack.sha256)?;
        let version = sequence_to_sql(pack.version)?;
        let reference = serde_json::to_string(&pack.reference).map_err(|error| {
            StoreError::InvalidArgument {
                field: "reference",
                detail: error.to_string(),
            }
        })?;

        let transaction = begin_write(&mut self.connection, &self.path)?;
        transaction
            .execute(
                "INSERT INTO issued_packs
                     (country, version, cycle, definition_hash, reference, sha256, issued_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    &pack.country,
                    version,
                    &pack.cycle,
                    &pack.definition_hash,
                    &reference,
                    &pack.sha256,
                    &pack.issued_at,
                ),
            )
            .on(&self.path)?;
        transaction.commit().on(&self.path)?;
        tracing::info!(country = %pack.country, version = pack.version, "issued pack recorded");
        Ok(())
    }

    /// Returns the pack `version` issued to `country`, if it was recorded.
    pub fn issued_pack(
        &self,
        country: &str,
        version: u64,
    ) -> Result<Option<IssuedPack>, StoreError> {
        let Ok(version) = i64::try_from(version) else {
            return Ok(None);
        };
        let raw = self
            .connection
            .query_row(
                "SELECT country, version, cycle, definition_hash, reference, sha256, issued_at
                 FROM issued_packs WHERE country = ?1 AND version = ?2",
                (country, version),
                read_raw,
            )
            .optional()
            .on(&self.path)?;
        raw.map(|raw| self.parse(raw)).transpose()
    }

    /// Returns every recorded pack, by country then version.
    pub fn issued_packs(&self) -> Result<Vec<IssuedPack>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT country, version, cycle, definition_hash, reference, sha256, issued_at
                 FROM issued_packs ORDER BY country, version",
            )
            .on(&self.path)?;
        let rows = statement.query_map([], read_raw).on(&self.path)?;
        let mut packs = Vec::new();
        for row in rows {
            packs.push(self.parse(row.on(&self.path)?)?);
        }
        Ok(packs)
    }

    fn parse(&self, raw: RawIssuedPack) -> Result<IssuedPack, StoreError> {
        let invalid = |detail: String| StoreError::invalid_row(&self.path, "issued_packs", detail);
        Ok(IssuedPack {
            country: raw.country,
            version: u64::try_from(raw.version)
                .map_err(|_| invalid(format!("version {}", raw.version)))?,
            cycle: raw.cycle,
            definition_hash: raw.definition_hash,
            reference: serde_json::from_str(&raw.reference)
                .map_err(|error| invalid(error.to_string()))?,
            sha256: raw.sha256,
            issued_at: raw.issued_at,
        })
    }
}

struct RawIssuedPack {
    country: String,
    version: i64,
    cycle: String,
    definition_hash: String,
    reference: String,
    sha256: String,
    issued_at: String,
}

fn read_raw(row: &Row<'_>) -> rusqlite::Result<RawIssuedPack> {
    Ok(RawIssuedPack {
        country: row.get(0)?,
        version: row.get(1)?,
        cycle: row.get(2)?,
        definition_hash: row.get(3)?,
        reference: row.get(4)?,
        sha256: row.get(5)?,
        issued_at: row.get(6)?,
    })
}

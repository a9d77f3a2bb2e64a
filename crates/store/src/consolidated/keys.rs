//! Registration and revocation of the public keys that correspondents sign packages with.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use super::Consolidated;
use crate::database::{begin_write, now};
use crate::error::{SqliteResultExt, StoreError};
use crate::validate::require_non_empty;

/// A signing key to register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSigningKey {
    pub key_id: String,
    /// The raw public key bytes; the package crate defines the algorithm.
    pub public_key: Vec<u8>,
    /// The country whose packages the key may sign.
    pub country: String,
    /// A human-readable name, such as the correspondent's name.
    pub label: String,
    /// RFC 3339 UTC start of the validity period.
    pub valid_from: String,
    /// RFC 3339 UTC end of the validity period, `None` for open-ended.
    pub valid_to: Option<String>,
}

/// A registered signing key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegisteredKey {
    pub key_id: String,
    pub public_key: Vec<u8>,
    pub country: String,
    pub label: String,
    pub valid_from: String,
    pub valid_to: Option<String>,
    /// RFC 3339 UTC time of revocation, `None` while the key is in force.
    pub revoked_at: Option<String>,
    pub registered_at: String,
}

const SELECT_KEY: &str = "SELECT key_id, public_key, country, label, valid_from, valid_to,
        revoked_at, registered_at
    FROM signing_keys";

impl Consolidated {
    /// Registers a signing key. Fails with `store.key_already_registered` when the key id is
    /// taken, even by a revoked key, so that an id always names the same key.
    pub fn register_key(&mut self, key: &NewSigningKey) -> Result<RegisteredKey, StoreError> {
        require_non_empty("key id", &key.key_id)?;
        require_non_empty("country", &key.country)?;
        require_non_empty("valid from", &key.valid_from)?;
        if key.public_key.is_empty() {
            return Err(StoreError::InvalidArgument {
                field: "public key",
                detail: format!("key {} has no bytes", key.key_id),
            });
        }

        let transaction = begin_write(&mut self.connection, &self.path)?;
        if load_key(&transaction, &self.path, &key.key_id)?.is_some() {
            return Err(StoreError::KeyAlreadyRegistered {
                path: self.path.clone(),
                key_id: key.key_id.clone(),
            });
        }
        transaction
            .execute(
                "INSERT INTO signing_keys (key_id, public_key, country, label, valid_from,
                     valid_to, revoked_at, registered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7)",
                rusqlite::params![
                    key.key_id,
                    key.public_key,
                    key.country,
                    key.label,
                    key.valid_from,
                    key.valid_to,
                    now(),
                ],
            )
            .on(&self.path)?;
        let registered = load_key(&transaction, &self.path, &key.key_id)?;
        transaction.commit().on(&self.path)?;

        tracing::info!(key_id = %key.key_id, country = %key.country, "registered signing key");
        registered.ok_or_else(|| StoreError::UnknownKey {
            path: self.path.clone(),
            key_id: key.key_id.clone(),
        })
    }

    /// Marks a signing key as revoked now and returns it. Revoking a revoked key keeps the
    /// first revocation time. Packages imported before stay in the store.
    pub fn revoke_key(&mut self, key_id: &str) -> Result<RegisteredKey, StoreError> {
        let transaction = begin_write(&mut self.connection, &self.path)?;
        transaction
            .execute(
                "UPDATE signing_keys SET revoked_at = ?2
                 WHERE key_id = ?1 AND revoked_at IS NULL",
                (key_id, now()),
            )
            .on(&self.path)?;
        let revoked =
            load_key(&transaction, &self.path, key_id)?.ok_or_else(|| StoreError::UnknownKey {
                path: self.path.clone(),
                key_id: key_id.to_string(),
            })?;
        transaction.commit().on(&self.path)?;

        tracing::info!(key_id, "revoked signing key");
        Ok(revoked)
    }

    /// Returns the registered key `key_id`, revoked or not.
    pub fn key(&self, key_id: &str) -> Result<Option<RegisteredKey>, StoreError> {
        load_key(&self.connection, &self.path, key_id)
    }

    /// Returns every registered key, ordered by country then key id.
    pub fn keys(&self) -> Result<Vec<RegisteredKey>, StoreError> {
        let mut statement = self
            .connection
            .prepare(&format!("{SELECT_KEY} ORDER BY country, key_id"))
            .on(&self.path)?;
        let rows = statement.query_map([], read_key).on(&self.path)?;
        rows.collect::<Result<Vec<_>, _>>().on(&self.path)
    }
}

fn load_key(
    connection: &Connection,
    path: &std::path::Path,
    key_id: &str,
) -> Result<Option<RegisteredKey>, StoreError> {
    connection
        .query_row(
            &format!("{SELECT_KEY} WHERE key_id = ?1"),
            [key_id],
            read_key,
        )
        .optional()
        .on(path)
}

fn read_key(row: &Row<'_>) -> rusqlite::Result<RegisteredKey> {
    Ok(RegisteredKey {
        key_id: row.get(0)?,
        public_key: row.get(1)?,
        country: row.get(2)?,
        label: row.get(3)?,
        valid_from: row.get(4)?,
        valid_to: row.get(5)?,
        revoked_at: row.get(6)?,
        registered_at: row.get(7)?,
    })
}

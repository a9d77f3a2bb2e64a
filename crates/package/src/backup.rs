//! Encrypted key backups (docs/package-format.md section 8): several small files, such as
//! the secretariat's key files, sealed under a backup passphrase with Argon2id and
//! ChaCha20-Poly1305, so that losing a disk does not lose the keys.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{DocumentError, DocumentKind, KeyError};
use crate::keyfile::KdfParams;

const KIND: DocumentKind = DocumentKind::KeyBackup;
const FORMAT: &str = "sicremi-key-backup/1";
const VERSION: u8 = 1;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Magic, version, three Argon2 parameters, salt, nonce and ciphertext length.
const HEADER_LEN: usize = 12 + 1 + 12 + SALT_LEN + NONCE_LEN + 8;

/// The files of a key backup, by name.
pub struct KeyBackup {
    /// Unix time in seconds when the backup was made.
    pub created_at: u64,
    /// `(file name, bytes)`. The bytes are zeroized on drop.
    pub files: Vec<(String, Zeroizing<Vec<u8>>)>,
}

impl std::fmt::Debug for KeyBackup {
    // Key files are encrypted already, but a backup's content stays out of logs all the same.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.files.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("KeyBackup")
            .field("created_at", &self.created_at)
            .field("files", &names)
            .finish()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupJson {
    format: String,
    created_at: u64,
    files: Vec<BackupFileJson>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFileJson {
    name: String,
    data: String,
}

impl KeyBackup {
    /// Encrypts the backup under `passphrase` with the Argon2id cost `params`.
    pub fn seal(&self, passphrase: &str, params: &KdfParams) -> Result<Vec<u8>, DocumentError> {
        if passphrase.is_empty() {
            return Err(KeyError::EmptyPassphrase.into());
        }
        let json = BackupJson {
            format: FORMAT.to_string(),
            created_at: self.created_at,
            files: self
                .files
                .iter()
                .map(|(name, data)| BackupFileJson {
                    name: name.clone(),
                    data: hex::encode(data.as_slice()),
                })
                .collect(),
        };
        let plaintext = Zeroizing::new(serde_json::to_vec(&json).expect("strings serialize"));
        if plaintext.len() as u64 > KIND.max_body_len() {
            return Err(DocumentError::TooLarge {
                kind: KIND,
                len: plaintext.len() as u64,
                max: KIND.max_body_len(),
            });
        }

        let rng = SystemRandom::new();
        let mut salt = [0u8; SALT_LEN];
        rng.fill(&mut salt).map_err(|_| KeyError::RandomFailed)?;
        let mut nonce = [0u8; NONCE_LEN];
        rng.fill(&mut nonce).map_err(|_| KeyError::RandomFailed)?;

        let mut file = Vec::with_capacity(HEADER_LEN + plaintext.len() + TAG_LEN);
        file.extend_from_slice(&KIND.magic());
        file.push(VERSION);
        file.extend_from_slice(&params.memory_kib().to_be_bytes());
        file.extend_from_slice(&params.passes().to_be_bytes());
        file.extend_from_slice(&params.lanes().to_be_bytes());
        file.extend_from_slice(&salt);
        file.extend_from_slice(&nonce);
        file.extend_from_slice(&((plaintext.len() + TAG_LEN) as u64).to_be_bytes());
        debug_assert_eq!(file.len(), HEADER_LEN);

        let key = params.derive_key(passphrase, &salt)?;
        let aead = LessSafeKey::new(
            UnboundKey::new(&CHACHA20_POLY1305, key.as_ref()).expect("key is 32 bytes"),
        );
        let mut sealed = Zeroizing::new(plaintext.to_vec());
        aead.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(&file[..HEADER_LEN]),
            &mut *sealed,
        )
        .expect("ring's ChaCha20-Poly1305 only fails on inputs over 256 GiB, and backups are at most 1 MiB");
        file.extend_from_slice(&sealed);
        Ok(file)
    }

    /// Checks the layout and the Argon2 parameters, then decrypts the backup. A wrong
    /// passphrase and a damaged file both give `document.wrong_passphrase`, because the AEAD
    /// tag is the only passphrase check.
    pub fn open(bytes: &[u8], passphrase: &str) -> Result<KeyBackup, DocumentError> {
        let magic = KIND.magic();
        let magic_len = bytes.len().min(magic.len());
        if bytes[..magic_len] != magic[..magic_len] {
            return Err(DocumentError::BadMagic { kind: KIND });
        }
        let len = bytes.len() as u64;
        if bytes.len() < HEADER_LEN + TAG_LEN {
            return Err(DocumentError::Truncated {
                kind: KIND,
                len,
                expected: (HEADER_LEN + TAG_LEN) as u64,
            });
        }
        if bytes[12] != VERSION {
            return Err(DocumentError::UnsupportedVersion {
                kind: KIND,
                version: bytes[12],
            });
        }
        let read_u32 = |offset: usize| {
            u32::from_be_bytes(bytes[offset..offset + 4].try_into().expect("4 bytes"))
        };
        // KdfParams::new enforces the caps of key files (at most 1 GiB and 16 passes), so a
        // crafted backup cannot make the reader allocate or compute without bound.
        let params = KdfParams::new(read_u32(13), read_u32(17), read_u32(21))?;
        let mut salt = [0u8; SALT_LEN];
        salt.copy_from_slice(&bytes[25..25 + SALT_LEN]);
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&bytes[41..41 + NONCE_LEN]);
        let ciphertext_len = u64::from_be_bytes(bytes[53..HEADER_LEN].try_into().expect("8 bytes"));
        let max = KIND.max_body_len() + TAG_LEN as u64;
        if ciphertext_len > max {
            return Err(DocumentError::TooLarge {
                kind: KIND,
                len: ciphertext_len,
                max,
            });
        }
        let expected = HEADER_LEN as u64 + ciphertext_len;
        if len < expected {
            return Err(DocumentError::Truncated {
                kind: KIND,
                len,
                expected,
            });
        }
        if len > expected {
            return Err(DocumentError::TrailingData {
                kind: KIND,
                extra: len - expected,
                expected,
            });
        }
        if passphrase.is_empty() {
            return Err(KeyError::EmptyPassphrase.into());
        }

        let key = params.derive_key(passphrase, &salt)?;
        let aead = LessSafeKey::new(
            UnboundKey::new(&CHACHA20_POLY1305, key.as_ref()).expect("key is 32 bytes"),
        );
        let mut buffer = Zeroizing::new(bytes[HEADER_LEN..].to_vec());
        let plaintext_len = aead
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(&bytes[..HEADER_LEN]),
                &mut buffer,
            )
            .map_err(|_| DocumentError::WrongPassphrase { kind: KIND })?
            .len();
        buffer.truncate(plaintext_len);

        let json: BackupJson =
            serde_json::from_slice(&buffer).map_err(|error| DocumentError::Invalid {
                kind: KIND,
                detail: error.to_string(),
            })?;
        if json.format != FORMAT {
            return Err(DocumentError::Invalid {
                kind: KIND,
                detail: format!("format {:?} is not {FORMAT:?}", json.format),
            });
        }
        let mut files = Vec::with_capacity(json.files.len());
        for file in json.files {
            let data = hex::decode(&file.data).map_err(|_| DocumentError::Invalid {
                kind: KIND,
                detail: format!("the data of {:?} is not hexadecimal", file.name),
            })?;
            files.push((file.name, Zeroizing::new(data)));
        }
        Ok(KeyBackup {
            created_at: json.created_at,
            files,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> KdfParams {
        KdfParams::new(64, 1, 1).unwrap()
    }

    fn backup() -> KeyBackup {
        KeyBackup {
            created_at: 42,
            files: vec![
                ("encryption.key".to_string(), Zeroizing::new(vec![1, 2, 3])),
                ("signing.key".to_string(), Zeroizing::new(vec![4, 5])),
            ],
        }
    }

    #[test]
    fn round_trip() {
        let bytes = backup().seal("backup passphrase", &cheap()).unwrap();
        let opened = KeyBackup::open(&bytes, "backup passphrase").unwrap();
        assert_eq!(opened.created_at, 42);
        assert_eq!(opened.files.len(), 2);
        assert_eq!(opened.files[1].0, "signing.key");
        assert_eq!(opened.files[1].1.as_slice(), &[4, 5]);
    }

    #[test]
    fn wrong_passphrase_rejected() {
        let bytes = backup().seal("backup passphrase", &cheap()).unwrap();
        let error = KeyBackup::open(&bytes, "other passphrase").unwrap_err();
        assert_eq!(error.code(), "document.wrong_passphrase");
    }

    #[test]
    fn absurd_memory_cost_rejected_before_derivation() {
        let mut bytes = backup().seal("backup passphrase", &cheap()).unwrap();
        bytes[13..17].copy_from_slice(&u32::MAX.to_be_bytes());
        let error = KeyBackup::open(&bytes, "backup passphrase").unwrap_err();
        assert_eq!(error.code(), "key.kdf_param_out_of_range");
    }

    #[test]
    fn every_prefix_rejected() {
        let bytes = backup().seal("backup passphrase", &cheap()).unwrap();
        for len in 0..bytes.len() {
            assert!(
                KeyBackup::open(&bytes[..len], "backup passphrase").is_err(),
                "prefix of {len} bytes accepted"
            );
        }
    }
}

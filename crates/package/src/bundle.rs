//! Trust bundles (docs/package-format.md section 7.3): the secretariat's offline root key
//! signs the list of the secretariat's current keys, so that correspondents learn new keys
//! from a file whose signer they trust once, at installation.

use serde::{Deserialize, Serialize};

use crate::error::{DocumentError, DocumentKind};
use crate::keys::{KeyId, RecipientPublicKey, SigningKey, SigningPublicKey};
use crate::signed::{decode_hex, parse_document, sign_document};

const FORMAT: &str = "sicremi-trust-bundle/1";
const KIND: DocumentKind = DocumentKind::TrustBundle;
/// Largest number of encryption keys in one bundle.
pub const MAX_BUNDLE_ENCRYPTION_KEYS: usize = 16;

/// An encryption key of the secretariat with the period in which correspondents seal to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleEncryptionKey {
    pub key: RecipientPublicKey,
    /// Unix time in seconds from which the key may be used.
    pub not_before: u64,
    /// Unix time in seconds from which the key must no longer be used.
    pub not_after: u64,
}

/// The secretariat's current keys, as signed by its root key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustBundle {
    /// Increases with every bundle the root signs. Readers reject a version that is not
    /// above the one they hold.
    pub version: u64,
    /// Unix time in seconds of signing.
    pub issued_at: u64,
    /// Unix time in seconds after which readers reject the bundle.
    pub expires_at: u64,
    pub encryption_keys: Vec<BundleEncryptionKey>,
    /// The key that signs questionnaire packs and receipts.
    pub signing_key: SigningPublicKey,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleJson {
    format: String,
    version: u64,
    issued_at: u64,
    expires_at: u64,
    encryption_keys: Vec<EncryptionKeyJson>,
    signing_key: SigningKeyJson,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EncryptionKeyJson {
    public_key: String,
    key_id: String,
    not_before: u64,
    not_after: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SigningKeyJson {
    public_key: String,
    key_id: String,
}

impl TrustBundle {
    /// Writes the bundle as a signed document, signed by the root key.
    pub fn sign(&self, root: &SigningKey) -> Result<Vec<u8>, DocumentError> {
        self.check()?;
        let json = BundleJson {
            format: FORMAT.to_string(),
            version: self.version,
            issued_at: self.issued_at,
            expires_at: self.expires_at,
            encryption_keys: self
                .encryption_keys
                .iter()
                .map(|entry| EncryptionKeyJson {
                    public_key: hex::encode(entry.key.as_bytes()),
                    key_id: entry.key.key_id().to_hex(),
                    not_before: entry.not_before,
                    not_after: entry.not_after,
                })
                .collect(),
            signing_key: SigningKeyJson {
                public_key: hex::encode(self.signing_key.as_bytes()),
                key_id: self.signing_key.key_id().to_hex(),
            },
        };
        let body = serde_json::to_vec(&json).expect("a struct of strings and integers serializes");
        sign_document(KIND, &body, root)
    }

    /// Reads a bundle and verifies its signature with the root key that `roots` returns for
    /// the signer's key id. Returns the bundle and the root's key id.
    ///
    /// Whether the version is new and the bundle unexpired is the caller's decision, because
    /// it depends on the reader's records and clock.
    pub fn open(
        bytes: &[u8],
        roots: &dyn Fn(&KeyId) -> Option<SigningPublicKey>,
    ) -> Result<(TrustBundle, KeyId), DocumentError> {
        let parsed = parse_document(KIND, bytes)?;
        let root = roots(&parsed.signer).ok_or(DocumentError::UnknownSigner {
            kind: KIND,
            key_id: parsed.signer,
        })?;
        parsed.verify(&root)?;

        let json: BundleJson = parsed.body_json()?;
        if json.format != FORMAT {
            return Err(invalid(format!(
                "format {:?} is not {FORMAT:?}",
                json.format
            )));
        }
        if json.encryption_keys.len() > MAX_BUNDLE_ENCRYPTION_KEYS {
            return Err(invalid(format!(
                "{} encryption keys, at most {MAX_BUNDLE_ENCRYPTION_KEYS} are allowed",
                json.encryption_keys.len()
            )));
        }
        let mut encryption_keys = Vec::with_capacity(json.encryption_keys.len());
        for entry in &json.encryption_keys {
            let bytes: [u8; 32] = decode_hex(KIND, "public_key", &entry.public_key)?;
            let key = RecipientPublicKey::from_bytes(&bytes)?;
            check_key_id(&entry.key_id, key.key_id())?;
            encryption_keys.push(BundleEncryptionKey {
                key,
                not_before: entry.not_before,
                not_after: entry.not_after,
            });
        }
        let signing_bytes: [u8; 32] = decode_hex(KIND, "public_key", &json.signing_key.public_key)?;
        let signing_key = SigningPublicKey::from_bytes(&signing_bytes)?;
        check_key_id(&json.signing_key.key_id, signing_key.key_id())?;

        let bundle = TrustBundle {
            version: json.version,
            issued_at: json.issued_at,
            expires_at: json.expires_at,
            encryption_keys,
            signing_key,
        };
        bundle.check()?;
        tracing::debug!(version = bundle.version, root = %parsed.signer, "trust bundle verified");
        Ok((bundle, parsed.signer))
    }

    /// Returns the encryption key to seal to at `now`: among the keys whose period contains
    /// `now`, the one that started last.
    pub fn encryption_key_at(&self, now: u64) -> Option<&BundleEncryptionKey> {
        self.encryption_keys
            .iter()
            .filter(|entry| entry.not_before <= now && now < entry.not_after)
            .max_by_key(|entry| entry.not_before)
    }

    fn check(&self) -> Result<(), DocumentError> {
        if self.version == 0 {
            return Err(invalid("version 0 is not allowed".to_string()));
        }
        if self.expires_at <= self.issued_at {
            return Err(invalid(format!(
                "expires_at {} is not after issued_at {}",
                self.expires_at, self.issued_at
            )));
        }
        if self.encryption_keys.is_empty()
            || self.encryption_keys.len() > MAX_BUNDLE_ENCRYPTION_KEYS
        {
            return Err(invalid(format!(
                "{} encryption keys, 1 to {MAX_BUNDLE_ENCRYPTION_KEYS} are allowed",
                self.encryption_keys.len()
            )));
        }
        for (index, entry) in self.encryption_keys.iter().enumerate() {
            if entry.not_before >= entry.not_after {
                return Err(invalid(format!(
                    "encryption key {} has not_before {} not before not_after {}",
                    entry.key.key_id(),
                    entry.not_before,
                    entry.not_after
                )));
            }
            let repeated = self.encryption_keys[..index]
                .iter()
                .any(|other| other.key == entry.key);
            if repeated {
                return Err(invalid(format!(
                    "encryption key {} is listed twice",
                    entry.key.key_id()
                )));
            }
        }
        Ok(())
    }
}

fn check_key_id(found: &str, expected: KeyId) -> Result<(), DocumentError> {
    if KeyId::from_hex(found) != Some(expected) {
        return Err(invalid(format!(
            "key_id {found:?} does not match the key, whose id is {expected}"
        )));
    }
    Ok(())
}

fn invalid(detail: String) -> DocumentError {
    DocumentError::Invalid { kind: KIND, detail }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::RecipientSecretKey;

    fn bundle() -> TrustBundle {
        let first = RecipientSecretKey::generate().unwrap();
        let second = RecipientSecretKey::generate().unwrap();
        TrustBundle {
            version: 2,
            issued_at: 1_000,
            expires_at: 9_000,
            encryption_keys: vec![
                BundleEncryptionKey {
                    key: first.public_key().clone(),
                    not_before: 0,
                    not_after: 5_000,
                },
                BundleEncryptionKey {
                    key: second.public_key().clone(),
                    not_before: 4_000,
                    not_after: 9_000,
                },
            ],
            signing_key: SigningKey::generate().unwrap().public_key(),
        }
    }

    #[test]
    fn round_trip_under_root() {
        let root = SigningKey::generate().unwrap();
        let original = bundle();
        let bytes = original.sign(&root).unwrap();
        let public = root.public_key();
        let (opened, root_id) = TrustBundle::open(&bytes, &|id: &KeyId| {
            (*id == public.key_id()).then_some(public)
        })
        .unwrap();
        assert_eq!(opened, original);
        assert_eq!(root_id, root.key_id());
    }

    #[test]
    fn other_root_rejected() {
        let root = SigningKey::generate().unwrap();
        let other = SigningKey::generate().unwrap().public_key();
        let bytes = bundle().sign(&root).unwrap();
        let error = TrustBundle::open(&bytes, &|id: &KeyId| {
            (*id == other.key_id()).then_some(other)
        })
        .unwrap_err();
        assert_eq!(error.code(), "document.unknown_signer");
    }

    #[test]
    fn encryption_key_follows_windows() {
        let bundle = bundle();
        let first = &bundle.encryption_keys[0].key;
        let second = &bundle.encryption_keys[1].key;
        assert_eq!(&bundle.encryption_key_at(100).unwrap().key, first);
        // In the overlap the newer key wins.
        assert_eq!(&bundle.encryption_key_at(4_500).unwrap().key, second);
        assert!(bundle.encryption_key_at(9_000).is_none());
    }

    #[test]
    fn empty_window_rejected() {
        let root = SigningKey::generate().unwrap();
        let mut bad = bundle();
        bad.encryption_keys[0].not_after = bad.encryption_keys[0].not_before;
        assert_eq!(bad.sign(&root).unwrap_err().code(), "document.invalid");
    }
}

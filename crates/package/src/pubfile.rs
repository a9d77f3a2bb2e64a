//! Public key files for exchanging keys (docs/package-format.md section 5).

use serde::{Deserialize, Serialize};

use crate::error::KeyError;
use crate::keys::{is_lowercase_hex, Fingerprint, KeyId, RecipientPublicKey, SigningPublicKey};

const FORMAT_NAME: &str = "sicremi-public-key";
const FORMAT_VERSION: u32 = 1;
const KIND_RECIPIENT: &str = "x25519-recipient";
const KIND_SIGNING: &str = "ed25519-signing";
/// Largest public key file accepted by [`PublicKeyFile::parse`].
pub const MAX_PUBLIC_KEY_FILE_LEN: usize = 4096;
/// Largest label, in characters.
pub const MAX_LABEL_CHARS: usize = 128;

/// A public key of either kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// The secretariat's encryption key.
    Recipient(RecipientPublicKey),
    /// A correspondent's signing key.
    Signing(SigningPublicKey),
}

impl PublicKey {
    /// Returns the 32-byte encoding.
    pub fn as_bytes(&self) -> &[u8; 32] {
        match self {
            PublicKey::Recipient(key) => key.as_bytes(),
            PublicKey::Signing(key) => key.as_bytes(),
        }
    }

    /// Returns the key id.
    pub fn key_id(&self) -> KeyId {
        match self {
            PublicKey::Recipient(key) => key.key_id(),
            PublicKey::Signing(key) => key.key_id(),
        }
    }

    /// Returns the fingerprint.
    pub fn fingerprint(&self) -> Fingerprint {
        match self {
            PublicKey::Recipient(key) => key.fingerprint(),
            PublicKey::Signing(key) => key.fingerprint(),
        }
    }

    fn kind_name(&self) -> &'static str {
        match self {
            PublicKey::Recipient(_) => KIND_RECIPIENT,
            PublicKey::Signing(_) => KIND_SIGNING,
        }
    }
}

/// A public key with an optional display label, as exchanged between the secretariat and
/// the correspondents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKeyFile {
    pub key: PublicKey,
    label: Option<String>,
}

/// The JSON members, in the order they are written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PublicKeyFileJson {
    format: String,
    version: u32,
    kind: String,
    public_key: String,
    key_id: String,
    fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
}

fn check_label(label: &str) -> Result<(), KeyError> {
    let valid = label.chars().count() <= MAX_LABEL_CHARS && !label.chars().any(|c| c.is_control());
    if valid {
        Ok(())
    } else {
        Err(KeyError::InvalidLabel)
    }
}

impl PublicKeyFile {
    /// Builds a file from a key and an optional label of at most 128 characters with no
    /// control characters. The label is for display only and is never trusted.
    pub fn new(key: PublicKey, label: Option<String>) -> Result<Self, KeyError> {
        if let Some(label) = &label {
            check_label(label)?;
        }
        Ok(PublicKeyFile { key, label })
    }

    /// Returns the display label.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// Serializes the file as pretty-printed JSON with a final newline.
    pub fn to_json(&self) -> String {
        let json = PublicKeyFileJson {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            kind: self.key.kind_name().to_owned(),
            public_key: hex::encode(self.key.as_bytes()),
            key_id: self.key.key_id().to_hex(),
            fingerprint: self.key.fingerprint().to_string(),
            label: self.label.clone(),
        };
        let mut text = serde_json::to_string_pretty(&json).expect("a struct of strings serializes");
        text.push('\n');
        text
    }

    /// Parses a public key file strictly: at most 4096 bytes, no unknown or duplicate
    /// members, and `key_id` and `fingerprint` equal to the values computed from
    /// `public_key`.
    pub fn parse(bytes: &[u8]) -> Result<Self, KeyError> {
        if bytes.len() > MAX_PUBLIC_KEY_FILE_LEN {
            return Err(KeyError::PublicKeyFileTooLarge {
                len: bytes.len() as u64,
                max: MAX_PUBLIC_KEY_FILE_LEN as u64,
            });
        }
        let json: PublicKeyFileJson =
            serde_json::from_slice(bytes).map_err(|error| KeyError::PublicKeyFileInvalid {
                detail: error.to_string(),
            })?;

        if json.format != FORMAT_NAME || json.version != FORMAT_VERSION {
            return Err(KeyError::UnsupportedPublicKeyFormat {
                found: json.format,
                version: json.version,
            });
        }

        let key_bytes = decode_public_key_hex(&json.public_key)?;
        let key = match json.kind.as_str() {
            KIND_RECIPIENT => PublicKey::Recipient(RecipientPublicKey::from_bytes(&key_bytes)?),
            KIND_SIGNING => PublicKey::Signing(SigningPublicKey::from_bytes(&key_bytes)?),
            _ => return Err(KeyError::UnknownPublicKeyKind { found: json.kind }),
        };

        let expected_id = key.key_id();
        if KeyId::from_hex(&json.key_id) != Some(expected_id) {
            return Err(KeyError::KeyIdMismatch {
                found: json.key_id,
                expected: expected_id,
            });
        }
        let expected_fingerprint = key.fingerprint().to_string();
        if json.fingerprint != expected_fingerprint {
            return Err(KeyError::FingerprintMismatch {
                found: json.fingerprint,
                expected: expected_fingerprint,
            });
        }

        PublicKeyFile::new(key, json.label)
    }
}

fn decode_public_key_hex(text: &str) -> Result<[u8; 32], KeyError> {
    let invalid = || KeyError::PublicKeyFileInvalid {
        detail: format!("public_key must be 64 lowercase hexadecimal digits, found {text:?}"),
    };
    if text.len() != 64 || !is_lowercase_hex(text) {
        return Err(invalid());
    }
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(text, &mut bytes).map_err(|_| invalid())?;
    Ok(bytes)
}

//! Enrollment requests (docs/package-format.md section 7.2): a correspondent requests that
//! the secretariat register its signing key for a country, and signs the request with that
//! same key, which proves possession of the private key. Only a telephone comparison of the
//! fingerprint proves who sent it.

use serde::{Deserialize, Serialize};

use crate::error::{DocumentError, DocumentKind};
use crate::header::CountryCode;
use crate::keys::{SigningKey, SigningPublicKey};
use crate::signed::{check_text, decode_hex, parse_document, sign_document};

const FORMAT: &str = "sicremi-enrollment/1";
const KIND: DocumentKind = DocumentKind::Enrollment;
/// Largest name or institution, in characters.
pub const MAX_ENROLLMENT_TEXT_CHARS: usize = 200;

/// A request to register `public_key` for `country`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrollmentRequest {
    pub country: CountryCode,
    /// The correspondent's name, for display only.
    pub name: String,
    /// The correspondent's institution, for display only.
    pub institution: String,
    pub public_key: SigningPublicKey,
    /// Unix time in seconds, from the correspondent's clock, informational only.
    pub created_at: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnrollmentJson {
    format: String,
    country: String,
    name: String,
    institution: String,
    public_key: String,
    created_at: u64,
}

impl EnrollmentRequest {
    /// Writes the request as a signed document, signed by `key`, which must be the key the
    /// request names.
    pub fn sign(&self, key: &SigningKey) -> Result<Vec<u8>, DocumentError> {
        if key.public_key() != self.public_key {
            return Err(DocumentError::Invalid {
                kind: KIND,
                detail: format!(
                    "the request names key {} but is signed with key {}",
                    self.public_key.key_id(),
                    key.key_id()
                ),
            });
        }
        self.check_texts()?;
        let json = EnrollmentJson {
            format: FORMAT.to_string(),
            country: self.country.to_string(),
            name: self.name.clone(),
            institution: self.institution.clone(),
            public_key: hex::encode(self.public_key.as_bytes()),
            created_at: self.created_at,
        };
        let body = serde_json::to_vec(&json).expect("a struct of strings and integers serializes");
        sign_document(KIND, &body, key)
    }

    /// Reads a request and verifies its signature under the key it names. The key id in the
    /// header must equal that key's id.
    pub fn open(bytes: &[u8]) -> Result<EnrollmentRequest, DocumentError> {
        let parsed = parse_document(KIND, bytes)?;
        let json: EnrollmentJson = parsed.body_json()?;
        if json.format != FORMAT {
            return Err(invalid(format!(
                "format {:?} is not {FORMAT:?}",
                json.format
            )));
        }
        let country = CountryCode::new(&json.country).map_err(|_| {
            invalid(format!(
                "country {:?} is not three letters A-Z",
                json.country
            ))
        })?;
        let key_bytes: [u8; 32] = decode_hex(KIND, "public_key", &json.public_key)?;
        let public_key = SigningPublicKey::from_bytes(&key_bytes)?;
        if public_key.key_id() != parsed.signer {
            return Err(invalid(format!(
                "the header names signer {} but the request is for key {}",
                parsed.signer,
                public_key.key_id()
            )));
        }
        parsed.verify(&public_key)?;

        let request = EnrollmentRequest {
            country,
            name: json.name,
            institution: json.institution,
            public_key,
            created_at: json.created_at,
        };
        request.check_texts()?;
        tracing::debug!(key_id = %public_key.key_id(), country = %country, "enrollment request verified");
        Ok(request)
    }

    fn check_texts(&self) -> Result<(), DocumentError> {
        check_text(KIND, "name", &self.name, MAX_ENROLLMENT_TEXT_CHARS)?;
        check_text(
            KIND,
            "institution",
            &self.institution,
            MAX_ENROLLMENT_TEXT_CHARS,
        )
    }
}

fn invalid(detail: String) -> DocumentError {
    DocumentError::Invalid { kind: KIND, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(key: &SigningKey) -> EnrollmentRequest {
        EnrollmentRequest {
            country: CountryCode::new("ARG").unwrap(),
            name: "Ana Pérez".to_string(),
            institution: "Dirección Nacional de Migraciones".to_string(),
            public_key: key.public_key(),
            created_at: 1_700_000_000,
        }
    }

    #[test]
    fn round_trip() {
        let key = SigningKey::generate().unwrap();
        let bytes = request(&key).sign(&key).unwrap();
        assert_eq!(EnrollmentRequest::open(&bytes).unwrap(), request(&key));
    }

    #[test]
    fn signed_by_other_key_rejected() {
        let key = SigningKey::generate().unwrap();
        let other = SigningKey::generate().unwrap();
        let error = request(&key).sign(&other).unwrap_err();
        assert_eq!(error.code(), "document.invalid");
    }

    #[test]
    fn control_character_in_name_rejected() {
        let key = SigningKey::generate().unwrap();
        let mut bad = request(&key);
        bad.name = "Ana\u{7}".to_string();
        assert_eq!(bad.sign(&key).unwrap_err().code(), "document.invalid");
    }
}

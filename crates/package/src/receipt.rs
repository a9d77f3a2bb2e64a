//! Receipts (docs/package-format.md section 7.4): the secretariat's signed statement of what
//! it did with one package file, which the correspondent imports to see the submission as
//! received and to bring its sequence counter up to date.

use serde::{Deserialize, Serialize};

use crate::error::{DocumentError, DocumentKind};
use crate::header::CountryCode;
use crate::keys::{KeyId, SigningKey, SigningPublicKey};
use crate::signed::{check_text, decode_hex, parse_document, sign_document};

const FORMAT: &str = "sicremi-receipt/1";
const KIND: DocumentKind = DocumentKind::Receipt;
/// Largest reason text, in characters.
pub const MAX_REASON_CHARS: usize = 2000;

/// The outcome of a package's import at the secretariat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptVerdict {
    /// The package was stored and its figures are current.
    Imported,
    /// The same package was imported before.
    AlreadyImported,
    /// A package with the same or a higher sequence number of the same key was imported
    /// before, so this one was not used.
    Superseded,
    /// The package was rejected, and the receipt's reason gives the cause.
    Rejected,
}

/// Counts of the secretariat's validation findings on the received figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptFindings {
    pub errors: u64,
    pub warnings: u64,
    /// Warnings the correspondent justified.
    pub justified: u64,
}

/// Why a package was rejected: an error code the reader's catalog translates, and the
/// secretariat's English text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptReason {
    pub code: String,
    pub message: String,
}

/// A receipt for one package file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The package id from the package header.
    pub package_id: [u8; 16],
    /// SHA-256 of the whole package file, which ties the receipt to one file and not just
    /// to a package id anyone can copy from a header.
    pub sha256: [u8; 32],
    pub country: CountryCode,
    pub sender_key_id: KeyId,
    /// The package's sequence number.
    pub sequence: u64,
    /// The highest sequence number the secretariat accepted from the sender key, this
    /// package included when it was imported; 0 when it accepted none.
    pub latest_sequence: u64,
    pub verdict: ReceiptVerdict,
    pub findings: ReceiptFindings,
    /// Present exactly when the verdict is [`ReceiptVerdict::Rejected`].
    pub reason: Option<ReceiptReason>,
    /// Unix time in seconds of the import, from the secretariat's clock.
    pub issued_at: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReceiptJson {
    format: String,
    package_id: String,
    sha256: String,
    country: String,
    sender_key_id: String,
    sequence: u64,
    latest_sequence: u64,
    verdict: ReceiptVerdict,
    findings: ReceiptFindings,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<ReceiptReason>,
    issued_at: u64,
}

impl Receipt {
    /// Writes the receipt as a signed document, signed with the secretariat's signing key.
    pub fn sign(&self, key: &SigningKey) -> Result<Vec<u8>, DocumentError> {
        self.check()?;
        let json = ReceiptJson {
            format: FORMAT.to_string(),
            package_id: hex::encode(self.package_id),
            sha256: hex::encode(self.sha256),
            country: self.country.to_string(),
            sender_key_id: self.sender_key_id.to_hex(),
            sequence: self.sequence,
            latest_sequence: self.latest_sequence,
            verdict: self.verdict,
            findings: self.findings,
            reason: self.reason.clone(),
            issued_at: self.issued_at,
        };
        let body = serde_json::to_vec(&json).expect("a struct of strings and integers serializes");
        sign_document(KIND, &body, key)
    }

    /// Reads a receipt and verifies its signature with the key that `trusted` returns for
    /// the signer's key id.
    pub fn open(
        bytes: &[u8],
        trusted: &dyn Fn(&KeyId) -> Option<SigningPublicKey>,
    ) -> Result<Receipt, DocumentError> {
        let parsed = parse_document(KIND, bytes)?;
        let key = trusted(&parsed.signer).ok_or(DocumentError::UnknownSigner {
            kind: KIND,
            key_id: parsed.signer,
        })?;
        parsed.verify(&key)?;

        let json: ReceiptJson = parsed.body_json()?;
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
        let sender_key_id = KeyId::from_hex(&json.sender_key_id).ok_or_else(|| {
            invalid(format!(
                "sender_key_id {:?} is not 32 lowercase hexadecimal digits",
                json.sender_key_id
            ))
        })?;
        let receipt = Receipt {
            package_id: decode_hex(KIND, "package_id", &json.package_id)?,
            sha256: decode_hex(KIND, "sha256", &json.sha256)?,
            country,
            sender_key_id,
            sequence: json.sequence,
            latest_sequence: json.latest_sequence,
            verdict: json.verdict,
            findings: json.findings,
            reason: json.reason,
            issued_at: json.issued_at,
        };
        receipt.check()?;
        Ok(receipt)
    }

    fn check(&self) -> Result<(), DocumentError> {
        match (&self.reason, self.verdict) {
            (Some(reason), ReceiptVerdict::Rejected) => {
                check_text(KIND, "reason.code", &reason.code, 100)?;
                check_text(KIND, "reason.message", &reason.message, MAX_REASON_CHARS)?;
            }
            (None, ReceiptVerdict::Rejected) => {
                return Err(invalid("a rejection must give a reason".to_string()))
            }
            (Some(_), _) => return Err(invalid("only a rejection may give a reason".to_string())),
            (None, _) => {}
        }
        if self.verdict == ReceiptVerdict::Imported && self.latest_sequence != self.sequence {
            return Err(invalid(format!(
                "an imported package's sequence {} must be the latest, not {}",
                self.sequence, self.latest_sequence
            )));
        }
        Ok(())
    }
}

fn invalid(detail: String) -> DocumentError {
    DocumentError::Invalid { kind: KIND, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receipt(verdict: ReceiptVerdict) -> Receipt {
        Receipt {
            package_id: [7; 16],
            sha256: [9; 32],
            country: CountryCode::new("BOL").unwrap(),
            sender_key_id: KeyId([3; 16]),
            sequence: 4,
            latest_sequence: 4,
            verdict,
            findings: ReceiptFindings {
                errors: 0,
                warnings: 2,
                justified: 2,
            },
            reason: (verdict == ReceiptVerdict::Rejected).then(|| ReceiptReason {
                code: "import.cycle_closed".to_string(),
                message: "cycle 2025 is closed".to_string(),
            }),
            issued_at: 1_800_000_000,
        }
    }

    #[test]
    fn round_trip_each_verdict() {
        let key = SigningKey::generate().unwrap();
        let public = key.public_key();
        let lookup = |id: &KeyId| (*id == public.key_id()).then_some(public);
        for verdict in [
            ReceiptVerdict::Imported,
            ReceiptVerdict::AlreadyImported,
            ReceiptVerdict::Superseded,
            ReceiptVerdict::Rejected,
        ] {
            let bytes = receipt(verdict).sign(&key).unwrap();
            assert_eq!(Receipt::open(&bytes, &lookup).unwrap(), receipt(verdict));
        }
    }

    #[test]
    fn rejection_without_reason_rejected() {
        let key = SigningKey::generate().unwrap();
        let mut bad = receipt(ReceiptVerdict::Rejected);
        bad.reason = None;
        assert_eq!(bad.sign(&key).unwrap_err().code(), "document.invalid");
    }

    #[test]
    fn pack_signature_is_not_receipt_signature() {
        let key = SigningKey::generate().unwrap();
        let public = key.public_key();
        let pack = crate::sign_pack(b"{}", &key).unwrap();
        let mut forged = pack.clone();
        forged[..12].copy_from_slice(&DocumentKind::Receipt.magic());
        let lookup = |id: &KeyId| (*id == public.key_id()).then_some(public);
        assert_eq!(
            Receipt::open(&forged, &lookup).unwrap_err().code(),
            "document.signature"
        );
    }
}

//! The signed document container shared by enrollment requests, trust bundles and receipts
//! (docs/package-format.md section 7.1). It has the layout of a questionnaire pack with its
//! own magic, signature label and body size limit per kind.

use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{DocumentError, DocumentKind};
use crate::keys::{KeyId, SignatureContext, SigningKey, SigningPublicKey, SIGNATURE_LEN};

/// The only supported format version of the three signed documents.
pub const DOCUMENT_FORMAT_VERSION: u8 = 1;
/// Length of the fixed part before the body: magic, version, signer key id and body length.
pub const DOCUMENT_HEADER_LEN: usize = 12 + 1 + 16 + 8;
/// Bytes in a signed document besides the body.
pub const DOCUMENT_OVERHEAD: u64 = (DOCUMENT_HEADER_LEN + SIGNATURE_LEN) as u64;

impl DocumentKind {
    /// Returns the 12 magic bytes that start a file of this kind.
    pub fn magic(self) -> [u8; 12] {
        match self {
            DocumentKind::Enrollment => *b"SICREMI-ENRL",
            DocumentKind::TrustBundle => *b"SICREMI-TRST",
            DocumentKind::Receipt => *b"SICREMI-RCPT",
            DocumentKind::KeyBackup => *b"SICREMI-BKUP",
        }
    }

    /// Returns the largest body a file of this kind may carry. An enrollment request contains
    /// one key and two names, a bundle at most 16 keys, and a receipt a short reason.
    pub fn max_body_len(self) -> u64 {
        match self {
            DocumentKind::Enrollment => 4 * 1024,
            DocumentKind::TrustBundle | DocumentKind::Receipt => 64 * 1024,
            DocumentKind::KeyBackup => 1024 * 1024,
        }
    }

    /// Returns the largest valid file of this kind.
    pub fn max_file_len(self) -> u64 {
        // A key backup has a longer header than the signed documents, so the limit adds room.
        DOCUMENT_OVERHEAD + self.max_body_len() + 128
    }

    /// Returns the signature label of the kind. A key backup is never signed, because its
    /// AEAD tag authenticates it.
    fn context(self) -> Result<SignatureContext, DocumentError> {
        match self {
            DocumentKind::Enrollment => Ok(SignatureContext::Enrollment),
            DocumentKind::TrustBundle => Ok(SignatureContext::TrustBundle),
            DocumentKind::Receipt => Ok(SignatureContext::Receipt),
            DocumentKind::KeyBackup => Err(DocumentError::Invalid {
                kind: self,
                detail: "a key backup carries no signature".to_string(),
            }),
        }
    }
}

/// A document whose layout is valid and whose signature is not checked yet.
pub(crate) struct ParsedDocument<'a> {
    pub kind: DocumentKind,
    pub signer: KeyId,
    pub body: &'a [u8],
    signed: &'a [u8],
    signature: [u8; SIGNATURE_LEN],
}

impl ParsedDocument<'_> {
    /// Verifies the signature with `key`, which must have the signer's key id.
    pub fn verify(&self, key: &SigningPublicKey) -> Result<(), DocumentError> {
        if key.key_id() != self.signer {
            return Err(DocumentError::UnknownSigner {
                kind: self.kind,
                key_id: self.signer,
            });
        }
        key.verify_detached(self.kind.context()?, self.signed, &self.signature)
            .map_err(|_| DocumentError::BadSignature {
                kind: self.kind,
                key_id: self.signer,
            })
    }

    /// Parses the body as strict JSON into `T`.
    pub fn body_json<T: DeserializeOwned>(&self) -> Result<T, DocumentError> {
        serde_json::from_slice(self.body).map_err(|error| DocumentError::Invalid {
            kind: self.kind,
            detail: error.to_string(),
        })
    }
}

/// Builds a signed document: the header, `body` and a signature by `signer` over both.
pub(crate) fn sign_document(
    kind: DocumentKind,
    body: &[u8],
    signer: &SigningKey,
) -> Result<Vec<u8>, DocumentError> {
    let body_len = body.len() as u64;
    if body_len > kind.max_body_len() {
        return Err(DocumentError::TooLarge {
            kind,
            len: body_len,
            max: kind.max_body_len(),
        });
    }
    let mut document = Vec::with_capacity(DOCUMENT_HEADER_LEN + body.len() + SIGNATURE_LEN);
    document.extend_from_slice(&kind.magic());
    document.push(DOCUMENT_FORMAT_VERSION);
    document.extend_from_slice(&signer.key_id().0);
    document.extend_from_slice(&body_len.to_be_bytes());
    document.extend_from_slice(body);
    let signature = signer.sign_detached(kind.context()?, &document);
    document.extend_from_slice(&signature);
    Ok(document)
}

/// Checks the layout of a signed document in the order of docs/package-format.md section
/// 7.1 and returns its parts. Allocates nothing.
pub(crate) fn parse_document(
    kind: DocumentKind,
    bytes: &[u8],
) -> Result<ParsedDocument<'_>, DocumentError> {
    let magic = kind.magic();
    let magic_len = bytes.len().min(magic.len());
    if bytes[..magic_len] != magic[..magic_len] {
        return Err(DocumentError::BadMagic { kind });
    }
    if bytes.len() < DOCUMENT_HEADER_LEN {
        return Err(DocumentError::Truncated {
            kind,
            len: bytes.len() as u64,
            expected: DOCUMENT_OVERHEAD,
        });
    }
    let version = bytes[12];
    if version != DOCUMENT_FORMAT_VERSION {
        return Err(DocumentError::UnsupportedVersion { kind, version });
    }
    let mut key_id = [0u8; 16];
    key_id.copy_from_slice(&bytes[13..29]);
    let mut len_bytes = [0u8; 8];
    len_bytes.copy_from_slice(&bytes[29..DOCUMENT_HEADER_LEN]);
    let body_len = u64::from_be_bytes(len_bytes);
    if body_len > kind.max_body_len() {
        return Err(DocumentError::TooLarge {
            kind,
            len: body_len,
            max: kind.max_body_len(),
        });
    }
    let expected = DOCUMENT_OVERHEAD + body_len;
    let len = bytes.len() as u64;
    if len < expected {
        return Err(DocumentError::Truncated {
            kind,
            len,
            expected,
        });
    }
    if len > expected {
        return Err(DocumentError::TrailingData {
            kind,
            extra: len - expected,
            expected,
        });
    }

    // The length checks above make the cast exact.
    let signed_len = DOCUMENT_HEADER_LEN + body_len as usize;
    let signature: [u8; SIGNATURE_LEN] = bytes[signed_len..]
        .try_into()
        .expect("the length check leaves exactly one signature");
    Ok(ParsedDocument {
        kind,
        signer: KeyId(key_id),
        body: &bytes[DOCUMENT_HEADER_LEN..signed_len],
        signed: &bytes[..signed_len],
        signature,
    })
}

/// Reads a signed document or key backup of `kind`, rejecting a file larger than the kind
/// allows before reading it.
pub fn read_document_file(kind: DocumentKind, path: &Path) -> Result<Vec<u8>, DocumentError> {
    let io_error = |source| DocumentError::Io {
        kind,
        path: path.to_owned(),
        source,
    };
    // Opening a named pipe or a device blocks or never ends, so only regular files are read.
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let max = kind.max_file_len();
    if metadata.len() > max {
        return Err(DocumentError::TooLarge {
            kind,
            len: metadata.len(),
            max,
        });
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    // The file may grow between the size check and the read, so the read is capped too.
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > max {
        return Err(DocumentError::TooLarge {
            kind,
            len: bytes.len() as u64,
            max,
        });
    }
    Ok(bytes)
}

/// Checks a display text from a document: 1 to `max_chars` characters, none of them a
/// control character.
pub(crate) fn check_text(
    kind: DocumentKind,
    field: &str,
    value: &str,
    max_chars: usize,
) -> Result<(), DocumentError> {
    let chars = value.chars().count();
    if chars == 0 || chars > max_chars || value.chars().any(char::is_control) {
        return Err(DocumentError::Invalid {
            kind,
            detail: format!(
                "{field} must have 1 to {max_chars} characters and no control characters"
            ),
        });
    }
    Ok(())
}

/// Decodes exactly `N` bytes written as lowercase hexadecimal digits.
pub(crate) fn decode_hex<const N: usize>(
    kind: DocumentKind,
    field: &str,
    text: &str,
) -> Result<[u8; N], DocumentError> {
    let invalid = || DocumentError::Invalid {
        kind,
        detail: format!(
            "{field} must be {} lowercase hexadecimal digits, found {text:?}",
            2 * N
        ),
    };
    if text.len() != 2 * N || !crate::keys::is_lowercase_hex(text) {
        return Err(invalid());
    }
    let mut bytes = [0u8; N];
    hex::decode_to_slice(text, &mut bytes).map_err(|_| invalid())?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_every_prefix() {
        let signer = SigningKey::generate().unwrap();
        let document = sign_document(DocumentKind::Receipt, b"{}", &signer).unwrap();
        let parsed = parse_document(DocumentKind::Receipt, &document).unwrap();
        assert_eq!(parsed.body, b"{}");
        parsed.verify(&signer.public_key()).unwrap();
        for len in 0..document.len() {
            let error = parse_document(DocumentKind::Receipt, &document[..len])
                .err()
                .unwrap_or_else(|| panic!("prefix of {len} bytes accepted"));
            assert_eq!(error.code(), "document.truncated", "prefix of {len} bytes");
        }
    }

    #[test]
    fn kinds_do_not_cross() {
        let signer = SigningKey::generate().unwrap();
        let receipt = sign_document(DocumentKind::Receipt, b"{}", &signer).unwrap();
        let error = parse_document(DocumentKind::TrustBundle, &receipt)
            .err()
            .unwrap();
        assert_eq!(error.code(), "document.bad_magic");

        // The same bytes under another magic fail the signature, because the label differs.
        let mut relabelled = receipt.clone();
        relabelled[..12].copy_from_slice(&DocumentKind::TrustBundle.magic());
        let parsed = parse_document(DocumentKind::TrustBundle, &relabelled).unwrap();
        let error = parsed.verify(&signer.public_key()).unwrap_err();
        assert_eq!(error.code(), "document.signature");
    }

    #[test]
    fn flipped_bit_anywhere_rejected() {
        let signer = SigningKey::generate().unwrap();
        let document = sign_document(DocumentKind::Enrollment, b"{\"a\":1}", &signer).unwrap();
        for index in 0..document.len() {
            let mut damaged = document.clone();
            damaged[index] ^= 0x01;
            let accepted = parse_document(DocumentKind::Enrollment, &damaged)
                .and_then(|parsed| parsed.verify(&signer.public_key()))
                .is_ok();
            assert!(!accepted, "bit flip at byte {index} accepted");
        }
    }

    #[test]
    fn oversized_length_rejected() {
        let signer = SigningKey::generate().unwrap();
        let mut document = sign_document(DocumentKind::Enrollment, b"{}", &signer).unwrap();
        document[29..37].copy_from_slice(&u64::MAX.to_be_bytes());
        let error = parse_document(DocumentKind::Enrollment, &document)
            .err()
            .unwrap();
        assert_eq!(error.code(), "document.too_large");
    }
}

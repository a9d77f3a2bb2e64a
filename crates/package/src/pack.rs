//! Signed questionnaire packs (docs/package-format.md section 6).
//!
//! A pack is the secretariat's signed message to one country: a JSON body followed by an
//! Ed25519 signature. The body is opaque here, as the package payload is. The application
//! parses it once the signature has verified.

use std::fmt;
use std::io::Read;
use std::path::Path;

use crate::error::PackError;
use crate::keys::{KeyId, SignatureContext, SigningKey, SigningPublicKey, SIGNATURE_LEN};

/// First 12 bytes of every pack: the ASCII text `SICREMI-PACK`.
pub const PACK_MAGIC: [u8; 12] = *b"SICREMI-PACK";
/// The only supported pack format version.
pub const PACK_FORMAT_VERSION: u8 = 1;
/// Length of the fixed part before the body: magic, version, signer key id and body length.
pub const PACK_HEADER_LEN: usize = 12 + 1 + 16 + 8;
/// Bytes in a pack besides the body: the header and the signature.
pub const PACK_OVERHEAD: u64 = (PACK_HEADER_LEN + SIGNATURE_LEN) as u64;
/// Largest body a pack may carry: 64 MiB. A definition with every country in several tables
/// and a country's accepted values of five years take a few MiB at most.
pub const MAX_PACK_BODY_LEN: u64 = 64 * 1024 * 1024;
/// Largest valid pack file.
pub const MAX_PACK_LEN: u64 = PACK_OVERHEAD + MAX_PACK_BODY_LEN;

/// A pack whose signature verified under a trusted key.
pub struct VerifiedPack<'a> {
    /// Id of the key that signed the pack.
    pub signer: KeyId,
    /// The body, UTF-8 JSON that this crate does not parse.
    pub body: &'a [u8],
}

impl fmt::Debug for VerifiedPack<'_> {
    // The body contains a country's accepted values, which must not reach logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedPack")
            .field("signer", &self.signer)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// Builds a pack file: the header, `body` and a signature by `signer` over both.
pub fn sign_pack(body: &[u8], signer: &SigningKey) -> Result<Vec<u8>, PackError> {
    let body_len = body.len() as u64;
    if body_len > MAX_PACK_BODY_LEN {
        return Err(PackError::TooLarge {
            len: body_len,
            max: MAX_PACK_BODY_LEN,
        });
    }
    let mut pack = Vec::with_capacity(PACK_HEADER_LEN + body.len() + SIGNATURE_LEN);
    pack.extend_from_slice(&PACK_MAGIC);
    pack.push(PACK_FORMAT_VERSION);
    pack.extend_from_slice(&signer.key_id().0);
    pack.extend_from_slice(&body_len.to_be_bytes());
    pack.extend_from_slice(body);
    let signature = signer.sign_detached(SignatureContext::Pack, &pack);
    pack.extend_from_slice(&signature);
    tracing::debug!(signer = %signer.key_id(), body_len, "pack signed");
    Ok(pack)
}

/// Checks the layout of a pack and verifies its signature with the key that `trusted` returns
/// for the pack's signer key id.
///
/// The checks run in the order of docs/package-format.md section 6.2 and stop at the first
/// failure. Nothing is allocated before the signature verifies: the body is returned as a
/// slice of `bytes`.
pub fn open_pack<'a>(
    bytes: &'a [u8],
    trusted: &dyn Fn(&KeyId) -> Option<SigningPublicKey>,
) -> Result<VerifiedPack<'a>, PackError> {
    let magic_len = bytes.len().min(PACK_MAGIC.len());
    if bytes[..magic_len] != PACK_MAGIC[..magic_len] {
        return Err(PackError::BadMagic);
    }
    if bytes.len() < PACK_HEADER_LEN {
        return Err(PackError::Truncated {
            len: bytes.len() as u64,
            expected: PACK_OVERHEAD,
        });
    }
    let version = bytes[12];
    if version != PACK_FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion { version });
    }
    let mut key_id = [0u8; 16];
    key_id.copy_from_slice(&bytes[13..29]);
    let signer = KeyId(key_id);
    let mut len_bytes = [0u8; 8];
    len_bytes.copy_from_slice(&bytes[29..PACK_HEADER_LEN]);
    let body_len = u64::from_be_bytes(len_bytes);
    if body_len > MAX_PACK_BODY_LEN {
        return Err(PackError::TooLarge {
            len: body_len,
            max: MAX_PACK_BODY_LEN,
        });
    }

    let expected = PACK_OVERHEAD + body_len;
    let len = bytes.len() as u64;
    if len < expected {
        return Err(PackError::Truncated { len, expected });
    }
    if len > expected {
        return Err(PackError::TrailingData {
            extra: len - expected,
            expected,
        });
    }

    let key = trusted(&signer).filter(|key| key.key_id() == signer);
    let Some(key) = key else {
        return Err(PackError::UnknownSigner { key_id: signer });
    };
    // The length check above makes both casts exact.
    let signed_len = PACK_HEADER_LEN + body_len as usize;
    let signature: &[u8; SIGNATURE_LEN] = bytes[signed_len..]
        .try_into()
        .expect("the length check leaves exactly one signature");
    key.verify_detached(SignatureContext::Pack, &bytes[..signed_len], signature)
        .map_err(|_| PackError::BadSignature { key_id: signer })?;

    tracing::debug!(signer = %signer, body_len, "pack signature verified");
    Ok(VerifiedPack {
        signer,
        body: &bytes[PACK_HEADER_LEN..signed_len],
    })
}

/// Reads a pack file, rejecting a file larger than [`MAX_PACK_LEN`] before reading it.
pub fn read_pack_file(path: &Path) -> Result<Vec<u8>, PackError> {
    let io_error = |source| PackError::Io {
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
    if metadata.len() > MAX_PACK_LEN {
        return Err(PackError::TooLarge {
            len: metadata.len(),
            max: MAX_PACK_LEN,
        });
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    // The file may grow between the size check and the read, so the read is capped too.
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(MAX_PACK_LEN + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_PACK_LEN {
        return Err(PackError::TooLarge {
            len: bytes.len() as u64,
            max: MAX_PACK_LEN,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trusting(key: SigningPublicKey) -> impl Fn(&KeyId) -> Option<SigningPublicKey> {
        move |id| (id == &key.key_id()).then_some(key)
    }

    #[test]
    fn round_trip_returns_body() {
        let signer = SigningKey::generate().unwrap();
        let pack = sign_pack(br#"{"a":1}"#, &signer).unwrap();
        assert_eq!(pack.len() as u64, PACK_OVERHEAD + 7);
        let opened = open_pack(&pack, &trusting(signer.public_key())).unwrap();
        assert_eq!(opened.body, br#"{"a":1}"#);
        assert_eq!(opened.signer, signer.key_id());
    }

    #[test]
    fn every_prefix_rejected() {
        let signer = SigningKey::generate().unwrap();
        let pack = sign_pack(b"{}", &signer).unwrap();
        let trusted = trusting(signer.public_key());
        for len in 0..pack.len() {
            let error = open_pack(&pack[..len], &trusted).unwrap_err();
            assert_eq!(error.code(), "pack.truncated", "prefix of {len} bytes");
        }
    }

    #[test]
    fn trailing_byte_rejected() {
        let signer = SigningKey::generate().unwrap();
        let mut pack = sign_pack(b"{}", &signer).unwrap();
        pack.push(0);
        let error = open_pack(&pack, &trusting(signer.public_key())).unwrap_err();
        assert_eq!(error.code(), "pack.trailing_data");
    }

    #[test]
    fn flipped_bit_anywhere_rejected() {
        let signer = SigningKey::generate().unwrap();
        let pack = sign_pack(br#"{"country":"ARG"}"#, &signer).unwrap();
        let trusted = trusting(signer.public_key());
        for index in 0..pack.len() {
            let mut damaged = pack.clone();
            damaged[index] ^= 0x01;
            assert!(
                open_pack(&damaged, &trusted).is_err(),
                "bit flip at byte {index} accepted"
            );
        }
    }

    #[test]
    fn oversized_length_rejected_before_reading() {
        let signer = SigningKey::generate().unwrap();
        let mut pack = sign_pack(b"{}", &signer).unwrap();
        pack[29..37].copy_from_slice(&u64::MAX.to_be_bytes());
        let error = open_pack(&pack, &trusting(signer.public_key())).unwrap_err();
        assert_eq!(error.code(), "pack.too_large");
    }

    #[test]
    fn unknown_signer_rejected() {
        let signer = SigningKey::generate().unwrap();
        let other = SigningKey::generate().unwrap();
        let pack = sign_pack(b"{}", &signer).unwrap();
        let error = open_pack(&pack, &trusting(other.public_key())).unwrap_err();
        assert_eq!(error.code(), "pack.unknown_signer");
    }

    #[test]
    fn lookup_returning_other_key_is_unknown_signer() {
        let signer = SigningKey::generate().unwrap();
        let other = SigningKey::generate().unwrap().public_key();
        let pack = sign_pack(b"{}", &signer).unwrap();
        let error = open_pack(&pack, &|_: &KeyId| Some(other)).unwrap_err();
        assert_eq!(error.code(), "pack.unknown_signer");
    }

    #[test]
    fn signature_of_other_context_rejected() {
        let signer = SigningKey::generate().unwrap();
        let mut pack = sign_pack(b"{}", &signer).unwrap();
        let signed_len = pack.len() - SIGNATURE_LEN;
        let receipt = signer.sign_detached(SignatureContext::Receipt, &pack[..signed_len]);
        pack[signed_len..].copy_from_slice(&receipt);
        let error = open_pack(&pack, &trusting(signer.public_key())).unwrap_err();
        assert_eq!(error.code(), "pack.signature");
    }

    #[test]
    fn unknown_version_and_magic_rejected() {
        let signer = SigningKey::generate().unwrap();
        let trusted = trusting(signer.public_key());
        let mut pack = sign_pack(b"{}", &signer).unwrap();
        pack[12] = 2;
        assert_eq!(
            open_pack(&pack, &trusted).unwrap_err().code(),
            "pack.unsupported_version"
        );
        pack[0] = b'X';
        assert_eq!(
            open_pack(&pack, &trusted).unwrap_err().code(),
            "pack.bad_magic"
        );
    }
}

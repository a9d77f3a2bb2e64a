//! Sealing and opening packages (docs/package-format.md sections 3.1 and 3.2).

use std::fmt;
use std::io::Read;
use std::path::Path;

use hpke::{Deserializable, HpkeError, OpModeR, OpModeS, Serializable};
use ring::digest;
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use crate::error::PackageError;
use crate::header::{
    parse_header, Header, HeaderMeta, ENC_LEN, HEADER_LEN, MAX_PACKAGE_LEN, MAX_PAYLOAD_LEN,
};
use crate::keys::{
    signed_message, KeyId, RecipientPublicKey, RecipientSecretKey, SigningKey, SigningPublicKey,
    PACKAGE_SIGNATURE_LABEL, SIGNATURE_LEN,
};
use crate::suite::{Aead, Kdf, Kem, HPKE_INFO};

/// A package that passed every check of docs/package-format.md section 3.2.
pub struct Opened {
    pub header: Header,
    /// The payload. For `PayloadType::CanonicalJson` it is UTF-8 JSON, which this crate
    /// does not parse.
    pub payload: Vec<u8>,
    /// The sender's Ed25519 signature over the package signing message.
    pub signature: [u8; SIGNATURE_LEN],
    /// The key that the signature verified with, as returned by the sender lookup.
    pub sender: SigningPublicKey,
}

impl fmt::Debug for Opened {
    // The payload contains questionnaire values, which must not reach logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Opened")
            .field("header", &self.header)
            .field("payload_len", &self.payload.len())
            .field("sender", &self.sender.key_id())
            .finish_non_exhaustive()
    }
}

/// Returns 16 random bytes for [`HeaderMeta::package_id`].
pub fn random_package_id() -> Result<[u8; 16], PackageError> {
    let mut id = [0u8; 16];
    SystemRandom::new()
        .fill(&mut id)
        .map_err(|_| PackageError::RandomFailed)?;
    Ok(id)
}

/// Builds the package signing message
/// `"QPKG-v1/sign" ‖ 0x00 ‖ header ‖ enc ‖ SHA-256(payload)`.
fn package_signing_message(header: &[u8; HEADER_LEN], enc: &[u8], payload: &[u8]) -> Vec<u8> {
    let payload_hash = digest::digest(&digest::SHA256, payload);
    signed_message(
        PACKAGE_SIGNATURE_LABEL,
        &[header, enc, payload_hash.as_ref()],
    )
}

/// Signs `payload` with `signer` and encrypts it to `recipient`, returning the complete
/// package file (docs/package-format.md section 3.1).
///
/// The HPKE ephemeral key comes from the operating system's random number generator
/// through the hpke crate, which panics if that generator fails.
pub fn seal(
    payload: &[u8],
    meta: &HeaderMeta,
    signer: &SigningKey,
    recipient: &RecipientPublicKey,
) -> Result<Vec<u8>, PackageError> {
    let payload_len = payload.len() as u64;
    if payload_len > MAX_PAYLOAD_LEN {
        return Err(PackageError::PayloadTooLarge {
            len: payload_len,
            max: MAX_PAYLOAD_LEN,
        });
    }

    let header = Header {
        recipient_key_id: recipient.key_id(),
        sender_key_id: signer.key_id(),
        meta: meta.clone(),
        payload_len,
    };
    let header_bytes = header.to_bytes();

    let (enc, mut context) =
        hpke::setup_sender::<Aead, Kdf, Kem>(&OpModeS::Base, recipient.hpke_key(), HPKE_INFO)
            .map_err(|error| PackageError::EncryptionFailed {
                reason: error.to_string(),
            })?;
    let enc_bytes = enc.to_bytes();

    let message = package_signing_message(&header_bytes, &enc_bytes, payload);
    let signature = signer.sign_message(&message);

    // The package is built in one buffer and the signature and payload are encrypted where
    // they lie, so a large payload is copied once instead of four times. The plaintext never
    // exists outside this buffer, which contains ciphertext once `seal_inout_detached`
    // returns. If encryption fails, the buffer is zeroed before it is dropped.
    let mut package = Zeroizing::new(Vec::with_capacity(header.package_len() as usize));
    package.extend_from_slice(&header_bytes);
    package.extend_from_slice(&enc_bytes);
    let plaintext_start = package.len();
    package.extend_from_slice(&signature);
    package.extend_from_slice(payload);
    let tag = context
        .seal_inout_detached(
            hpke::inout::InOutBuf::from(&mut package[plaintext_start..]),
            &header_bytes,
        )
        .map_err(|error| PackageError::EncryptionFailed {
            reason: error.to_string(),
        })?;
    package.extend_from_slice(&tag.to_bytes());
    debug_assert_eq!(package.len() as u64, header.package_len());
    let package = std::mem::take(&mut *package);

    tracing::debug!(
        package_id = %hex::encode(meta.package_id),
        country = %meta.country,
        sequence = meta.sequence,
        payload_len,
        recipient_key_id = %header.recipient_key_id,
        sender_key_id = %header.sender_key_id,
        "package sealed"
    );
    Ok(package)
}

/// Checks, decrypts and verifies a package file.
///
/// The steps follow docs/package-format.md section 3.2, which a reader "MUST perform ...
/// in this order and MUST stop at the first failure":
///
/// 1. [`parse_header`]: magic, length bounds, version, suite, header length, reserved
///    bytes, country, payload type, payload length and exact file length, with no
///    allocation.
/// 2. "recipient_key_id MUST name a private key that the reader holds": it must equal the
///    key id of `recipient`.
/// 3. "sender_key_id MUST name a signing key that the reader trusts": `senders` must
///    return a key for it, and that key's id must equal the header's.
/// 4. HPKE open with aad = header. A low-order `enc` fails here, as RFC 9180 requires.
/// 5. "`sig` MUST verify under the key from step 13 over the message `M`".
/// 6. "Only now may the reader release the payload."
///
/// Whether the sender may report for the header's country, whether its key is revoked and
/// whether the package is a replay are left to the caller.
pub fn open(
    bytes: &[u8],
    recipient: &RecipientSecretKey,
    senders: &dyn Fn(&KeyId) -> Option<SigningPublicKey>,
) -> Result<Opened, PackageError> {
    let header = parse_header(bytes)?;

    let expected_recipient = recipient.key_id();
    if header.recipient_key_id != expected_recipient {
        return Err(PackageError::UnknownRecipient {
            found: header.recipient_key_id,
            expected: expected_recipient,
        });
    }

    let sender = senders(&header.sender_key_id).ok_or(PackageError::UnknownSender {
        key_id: header.sender_key_id,
    })?;
    if sender.key_id() != header.sender_key_id {
        return Err(PackageError::SenderLookupMismatch {
            requested: header.sender_key_id,
            returned: sender.key_id(),
        });
    }

    let header_bytes: &[u8; HEADER_LEN] = bytes[..HEADER_LEN]
        .try_into()
        .expect("parse_header checked the length");
    let enc_bytes = &bytes[HEADER_LEN..HEADER_LEN + ENC_LEN];
    let ciphertext = &bytes[HEADER_LEN + ENC_LEN..];

    let plaintext = Zeroizing::new(decrypt(header_bytes, enc_bytes, ciphertext, recipient)?);
    // The AEAD tag covers the whole ciphertext, so the plaintext has exactly the length
    // that parse_header derived from payload_len.
    let (signature_bytes, payload) = plaintext.split_at(SIGNATURE_LEN);
    let signature: [u8; SIGNATURE_LEN] = signature_bytes
        .try_into()
        .expect("split_at returns SIGNATURE_LEN bytes");

    let message = package_signing_message(header_bytes, enc_bytes, payload);
    sender
        .verify_message(&message, &signature)
        .map_err(|_| PackageError::BadSignature {
            key_id: header.sender_key_id,
        })?;

    tracing::debug!(
        package_id = %hex::encode(header.meta.package_id),
        country = %header.meta.country,
        sequence = header.meta.sequence,
        payload_len = header.payload_len,
        sender_key_id = %header.sender_key_id,
        "package opened"
    );
    Ok(Opened {
        payload: payload.to_vec(),
        header,
        signature,
        sender,
    })
}

fn decrypt(
    header_bytes: &[u8; HEADER_LEN],
    enc_bytes: &[u8],
    ciphertext: &[u8],
    recipient: &RecipientSecretKey,
) -> Result<Vec<u8>, PackageError> {
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(enc_bytes)
        .map_err(|_| PackageError::InvalidEncapsulatedKey)?;
    let mut context = hpke::setup_receiver::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        recipient.hpke_key(),
        &enc,
        HPKE_INFO,
    )
    .map_err(|error| match error {
        HpkeError::DecapError => PackageError::InvalidEncapsulatedKey,
        _ => PackageError::DecryptionFailed,
    })?;
    context
        .open(ciphertext, header_bytes)
        .map_err(|_| PackageError::DecryptionFailed)
}

/// Reads a package file, rejecting a file larger than [`MAX_PACKAGE_LEN`] before reading
/// its contents ("it MUST reject a file longer than 240 + 16 777 216 bytes before reading
/// it").
pub fn read_package_file(path: &Path) -> Result<Vec<u8>, PackageError> {
    let io_error = |source| PackageError::Io {
        path: path.to_owned(),
        source,
    };
    // Opening a named pipe or a device blocks or never ends, so only regular files are opened.
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    let len = file.metadata().map_err(io_error)?.len();
    if len > MAX_PACKAGE_LEN {
        return Err(PackageError::TooLarge {
            len,
            max: MAX_PACKAGE_LEN,
        });
    }

    // The file may grow between the size check and the read, so the read is capped too.
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_PACKAGE_LEN + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    let read_len = bytes.len() as u64;
    if read_len > MAX_PACKAGE_LEN {
        return Err(PackageError::TooLarge {
            len: read_len,
            max: MAX_PACKAGE_LEN,
        });
    }
    Ok(bytes)
}

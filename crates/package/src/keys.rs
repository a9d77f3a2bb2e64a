//! Key types, key ids, fingerprints and detached Ed25519 signatures.

use std::fmt;

use hpke::{Deserializable, Kem as _, Serializable};
use ring::digest;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};
use zeroize::Zeroizing;

use crate::error::{KeyError, SignatureError};
use crate::suite::Kem;

/// Length of an Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;

/// Length of an X25519 or Ed25519 public key.
pub const PUBLIC_KEY_LEN: usize = 32;

const RECIPIENT_KEY_ID_PREFIX: &[u8] = b"QPKG-v1 x25519";
const SENDER_KEY_ID_PREFIX: &[u8] = b"QPKG-v1 ed25519";
const FINGERPRINT_PREFIX: &[u8] = b"QPKG-v1 fp";
const SIGNATURE_PREFIX: &[u8] = b"QPKG-v1/";

/// Fingerprint type byte of an X25519 recipient key. Equal to the key file kind byte.
pub(crate) const KEY_TYPE_RECIPIENT: u8 = 1;
/// Fingerprint type byte of an Ed25519 signing key. Equal to the key file kind byte.
pub(crate) const KEY_TYPE_SIGNING: u8 = 2;

/// A 16-byte key identifier: the first 16 bytes of SHA-256 over a type prefix and the
/// public key. Displayed as 32 lowercase hexadecimal digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(pub [u8; 16]);

impl KeyId {
    fn compute(prefix: &[u8], public_key: &[u8; PUBLIC_KEY_LEN]) -> Self {
        let mut context = digest::Context::new(&digest::SHA256);
        context.update(prefix);
        context.update(public_key);
        let hash = context.finish();

        let mut id = [0u8; 16];
        id.copy_from_slice(&hash.as_ref()[..16]);
        KeyId(id)
    }

    pub(crate) fn for_recipient_bytes(public_key: &[u8; PUBLIC_KEY_LEN]) -> Self {
        Self::compute(RECIPIENT_KEY_ID_PREFIX, public_key)
    }

    pub(crate) fn for_signing_bytes(public_key: &[u8; PUBLIC_KEY_LEN]) -> Self {
        Self::compute(SENDER_KEY_ID_PREFIX, public_key)
    }

    /// Returns the 32 lowercase hexadecimal digits of the id.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses 32 lowercase hexadecimal digits. Returns `None` for any other input.
    pub fn from_hex(text: &str) -> Option<Self> {
        if text.len() != 32 || !is_lowercase_hex(text) {
            return None;
        }
        let mut id = [0u8; 16];
        hex::decode_to_slice(text, &mut id).ok()?;
        Some(KeyId(id))
    }
}

pub(crate) fn is_lowercase_hex(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({self})")
    }
}

/// A public key fingerprint for comparison over the telephone: six groups of five decimal
/// digits, derived from SHA-512 as specified in docs/package-format.md section 2.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint([u32; 6]);

impl Fingerprint {
    pub(crate) fn for_key_type(key_type: u8, public_key: &[u8; PUBLIC_KEY_LEN]) -> Self {
        let mut context = digest::Context::new(&digest::SHA512);
        context.update(FINGERPRINT_PREFIX);
        context.update(&[key_type]);
        context.update(public_key);
        let hash = context.finish();
        let hash = hash.as_ref();

        let mut groups = [0u32; 6];
        for (index, group) in groups.iter_mut().enumerate() {
            let chunk = &hash[index * 5..index * 5 + 5];
            let value = chunk.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            // The remainder is below 100000, so it fits in u32.
            *group = (value % 100_000) as u32;
        }
        Fingerprint(groups)
    }

    /// Returns the six groups, each in 0..100000.
    pub fn groups(&self) -> [u32; 6] {
        self.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, group) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{group:05}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

/// Purpose of a detached signature. The purpose's label is part of the signed message, so a
/// signature made for one purpose never verifies for another, or as a package signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureContext {
    /// A receipt for an imported package, signed by the secretariat: the data is every byte
    /// of the receipt file before the signature (docs/package-format.md section 7).
    Receipt,
    /// A questionnaire pack: the data is every byte of the pack file before the signature
    /// (docs/package-format.md section 6).
    Pack,
    /// An enrollment request, signed by the key whose registration it requests.
    Enrollment,
    /// A trust bundle, signed by the secretariat's offline root key.
    TrustBundle,
}

impl SignatureContext {
    fn label(self) -> &'static [u8] {
        match self {
            SignatureContext::Receipt => b"receipt",
            SignatureContext::Pack => b"pack",
            SignatureContext::Enrollment => b"enrollment",
            SignatureContext::TrustBundle => b"trust-bundle",
        }
    }
}

/// Label of the package signature, kept out of `SignatureContext` so that no caller can make
/// a package signature over data of its choosing.
pub(crate) const PACKAGE_SIGNATURE_LABEL: &[u8] = b"sign";

/// Builds `"QPKG-v1/" ‖ label ‖ 0x00 ‖ parts...`.
pub(crate) fn signed_message(label: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    debug_assert!(!label.contains(&0));
    let data_len: usize = parts.iter().map(|part| part.len()).sum();
    let mut message = Vec::with_capacity(SIGNATURE_PREFIX.len() + label.len() + 1 + data_len);
    message.extend_from_slice(SIGNATURE_PREFIX);
    message.extend_from_slice(label);
    message.push(0);
    for part in parts {
        message.extend_from_slice(part);
    }
    message
}

/// An Ed25519 public key of a correspondent, used to verify packages and detached
/// signatures.
///
/// NOTE: the bytes are not checked to be a valid curve point when the key is built. An
/// invalid key fails every verification.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SigningPublicKey([u8; PUBLIC_KEY_LEN]);

impl SigningPublicKey {
    /// Builds a key from its 32-byte RFC 8032 encoding.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        let array: [u8; PUBLIC_KEY_LEN] = bytes
            .try_into()
            .map_err(|_| KeyError::BadPublicKeyLength { len: bytes.len() })?;
        Ok(SigningPublicKey(array))
    }

    /// Returns the 32-byte encoding.
    pub fn as_bytes(&self) -> &[u8; PUBLIC_KEY_LEN] {
        &self.0
    }

    /// Computes `SHA-256("QPKG-v1 ed25519" ‖ key)[0..16]`.
    pub fn key_id(&self) -> KeyId {
        KeyId::for_signing_bytes(&self.0)
    }

    /// Computes the fingerprint with key type 0x02.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::for_key_type(KEY_TYPE_SIGNING, &self.0)
    }

    /// Verifies a signature made by [`SigningKey::sign_detached`] with the same context.
    pub fn verify_detached(
        &self,
        context: SignatureContext,
        data: &[u8],
        signature: &[u8; SIGNATURE_LEN],
    ) -> Result<(), SignatureError> {
        let message = signed_message(context.label(), &[data]);
        self.verify_message(&message, signature)
    }

    pub(crate) fn verify_message(
        &self,
        message: &[u8],
        signature: &[u8; SIGNATURE_LEN],
    ) -> Result<(), SignatureError> {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(message, signature)
            .map_err(|_| SignatureError {
                key_id: self.key_id(),
            })
    }
}

impl fmt::Debug for SigningPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningPublicKey({})", hex::encode(self.0))
    }
}

/// An Ed25519 signing key of a correspondent. The PKCS#8 v2 document is kept, zeroized on
/// drop, so that the key can be written to an encrypted key file again.
pub struct SigningKey {
    pkcs8: Zeroizing<Vec<u8>>,
    pair: Ed25519KeyPair,
}

impl SigningKey {
    /// Generates a new key from the operating system's random number generator.
    pub fn generate() -> Result<Self, KeyError> {
        let rng = SystemRandom::new();
        let document = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| KeyError::RandomFailed)?;
        Self::from_pkcs8(document.as_ref())
    }

    /// Loads a key from a PKCS#8 v2 document (RFC 5958), which must contain the public key.
    /// The key is checked to match that public key.
    pub fn from_pkcs8(pkcs8: &[u8]) -> Result<Self, KeyError> {
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|_| KeyError::InvalidPkcs8)?;
        Ok(SigningKey {
            pkcs8: Zeroizing::new(pkcs8.to_vec()),
            pair,
        })
    }

    pub(crate) fn pkcs8(&self) -> &[u8] {
        &self.pkcs8
    }

    /// Returns the public half of the key.
    pub fn public_key(&self) -> SigningPublicKey {
        let mut bytes = [0u8; PUBLIC_KEY_LEN];
        bytes.copy_from_slice(self.pair.public_key().as_ref());
        SigningPublicKey(bytes)
    }

    /// Returns the key id of the public key.
    pub fn key_id(&self) -> KeyId {
        self.public_key().key_id()
    }

    /// Signs `"QPKG-v1/" ‖ context label ‖ 0x00 ‖ data`.
    pub fn sign_detached(&self, context: SignatureContext, data: &[u8]) -> [u8; SIGNATURE_LEN] {
        let message = signed_message(context.label(), &[data]);
        self.sign_message(&message)
    }

    pub(crate) fn sign_message(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        let signature = self.pair.sign(message);
        let mut bytes = [0u8; SIGNATURE_LEN];
        bytes.copy_from_slice(signature.as_ref());
        bytes
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey(key_id = {})", self.key_id())
    }
}

/// The secretariat's X25519 public key, which correspondents seal packages to.
///
/// Construction rejects low-order points. They are the only X25519 keys that HPKE
/// encapsulation rejects, so sealing never fails on a `RecipientPublicKey`.
#[derive(Clone, PartialEq, Eq)]
pub struct RecipientPublicKey {
    key: <Kem as hpke::Kem>::PublicKey,
    bytes: [u8; PUBLIC_KEY_LEN],
}

impl RecipientPublicKey {
    /// Builds a key from its 32-byte RFC 7748 encoding and rejects low-order points.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        let array: [u8; PUBLIC_KEY_LEN] = bytes
            .try_into()
            .map_err(|_| KeyError::BadPublicKeyLength { len: bytes.len() })?;
        let key = <Kem as hpke::Kem>::PublicKey::from_bytes(&array)
            .map_err(|_| KeyError::BadPublicKeyLength { len: bytes.len() })?;

        // A trial encapsulation multiplies the point by a clamped scalar, which is a multiple
        // of the cofactor 8. For a low-order point the result is zero, which the hpke crate
        // reports as an encapsulation error (RFC 9180 section 7.1.4).
        if Kem::encap(&key, None).is_err() {
            return Err(KeyError::LowOrderPublicKey {
                key_hex: hex::encode(array),
            });
        }
        Ok(RecipientPublicKey { key, bytes: array })
    }

    /// Returns the 32-byte encoding.
    pub fn as_bytes(&self) -> &[u8; PUBLIC_KEY_LEN] {
        &self.bytes
    }

    /// Computes `SHA-256("QPKG-v1 x25519" ‖ key)[0..16]`.
    pub fn key_id(&self) -> KeyId {
        KeyId::for_recipient_bytes(&self.bytes)
    }

    /// Computes the fingerprint with key type 0x01.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::for_key_type(KEY_TYPE_RECIPIENT, &self.bytes)
    }

    pub(crate) fn hpke_key(&self) -> &<Kem as hpke::Kem>::PublicKey {
        &self.key
    }
}

impl fmt::Debug for RecipientPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecipientPublicKey({})", hex::encode(self.bytes))
    }
}

/// The secretariat's X25519 private key, which opens packages.
#[derive(Clone)]
pub struct RecipientSecretKey {
    key: <Kem as hpke::Kem>::PrivateKey,
    public: RecipientPublicKey,
}

impl RecipientSecretKey {
    /// Generates a new key: RFC 9180 DeriveKeyPair over 32 bytes from the operating
    /// system's random number generator.
    pub fn generate() -> Result<Self, KeyError> {
        let mut ikm = Zeroizing::new([0u8; 32]);
        SystemRandom::new()
            .fill(ikm.as_mut())
            .map_err(|_| KeyError::RandomFailed)?;
        Self::derive_from_ikm(ikm.as_ref())
    }

    /// Derives a key pair deterministically with RFC 9180 DeriveKeyPair for
    /// DHKEM(X25519, HKDF-SHA256). `ikm` must be at least 32 bytes and should hold 256 bits
    /// of entropy.
    pub fn derive_from_ikm(ikm: &[u8]) -> Result<Self, KeyError> {
        if ikm.len() < 32 {
            return Err(KeyError::ShortIkm { len: ikm.len() });
        }
        let (key, _) = Kem::derive_keypair(ikm);
        Self::from_hpke_key(key)
    }

    /// Loads a key from its 32-byte serialization. The hpke crate clamps the scalar.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        let key = <Kem as hpke::Kem>::PrivateKey::from_bytes(bytes)
            .map_err(|_| KeyError::CorruptSecret)?;
        Self::from_hpke_key(key)
    }

    fn from_hpke_key(key: <Kem as hpke::Kem>::PrivateKey) -> Result<Self, KeyError> {
        let public_bytes = Kem::sk_to_pk(&key).to_bytes();
        // A clamped nonzero scalar never yields a low-order public key, so this check only
        // fails on a corrupt secret.
        let public =
            RecipientPublicKey::from_bytes(&public_bytes).map_err(|_| KeyError::CorruptSecret)?;
        Ok(RecipientSecretKey { key, public })
    }

    /// Returns the 32-byte serialization of the secret scalar, clamped.
    pub(crate) fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        self.key.write_exact(bytes.as_mut());
        bytes
    }

    /// Returns the public half of the key.
    pub fn public_key(&self) -> &RecipientPublicKey {
        &self.public
    }

    /// Returns the key id of the public key.
    pub fn key_id(&self) -> KeyId {
        self.public.key_id()
    }

    pub(crate) fn hpke_key(&self) -> &<Kem as hpke::Kem>::PrivateKey {
        &self.key
    }
}

impl fmt::Debug for RecipientSecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecipientSecretKey(key_id = {})", self.key_id())
    }
}

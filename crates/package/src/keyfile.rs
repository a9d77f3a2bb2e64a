//! Passphrase-encrypted key files (docs/package-format.md section 4).

use std::fmt;
use std::io::{Read, Write};
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::rand::{SecureRandom, SystemRandom};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::{KdfParam, KeyError};
use crate::keys::{
    Fingerprint, KeyId, RecipientPublicKey, RecipientSecretKey, SigningKey, SigningPublicKey,
    KEY_TYPE_RECIPIENT, KEY_TYPE_SIGNING, PUBLIC_KEY_LEN,
};

/// First 8 bytes of every key file: `QKEY\r\n\x1a\n`.
pub const KEY_FILE_MAGIC: [u8; 8] = *b"QKEY\r\n\x1a\n";
const KEY_FILE_VERSION: u16 = 1;
const KDF_ARGON2ID: u8 = 1;
/// Bytes before the ciphertext; all of them are the AEAD associated data.
const PREFIX_LEN: usize = 86;
const TAG_LEN: usize = 16;
/// Length of a key file whose secret is empty.
const KEY_FILE_OVERHEAD: usize = PREFIX_LEN + TAG_LEN;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const MAX_SIGNING_SECRET_LEN: u16 = 256;
const MIN_SIGNING_SECRET_LEN: u16 = 16;
const RECIPIENT_SECRET_LEN: u16 = 32;
/// Largest valid key file, for capping reads.
pub const MAX_KEY_FILE_LEN: u64 = (KEY_FILE_OVERHEAD + MAX_SIGNING_SECRET_LEN as usize) as u64;

/// The kind of private key in a key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// The secretariat's X25519 key for opening packages (wire value 1).
    Recipient,
    /// A correspondent's Ed25519 key for signing packages (wire value 2).
    Signing,
}

impl KeyKind {
    fn to_byte(self) -> u8 {
        match self {
            KeyKind::Recipient => KEY_TYPE_RECIPIENT,
            KeyKind::Signing => KEY_TYPE_SIGNING,
        }
    }

    fn from_byte(value: u8) -> Result<Self, KeyError> {
        match value {
            KEY_TYPE_RECIPIENT => Ok(KeyKind::Recipient),
            KEY_TYPE_SIGNING => Ok(KeyKind::Signing),
            _ => Err(KeyError::UnknownKind { value }),
        }
    }

    fn secret_len_range(self) -> (u16, u16) {
        match self {
            KeyKind::Recipient => (RECIPIENT_SECRET_LEN, RECIPIENT_SECRET_LEN),
            KeyKind::Signing => (MIN_SIGNING_SECRET_LEN, MAX_SIGNING_SECRET_LEN),
        }
    }
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeyKind::Recipient => "an X25519 encryption key",
            KeyKind::Signing => "an Ed25519 signing key",
        })
    }
}

/// Argon2id cost parameters, stored in the key file and bounded when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    memory_kib: u32,
    passes: u32,
    lanes: u32,
}

impl KdfParams {
    /// 64 MiB, 3 passes, 1 lane.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 65_536,
        passes: 3,
        lanes: 1,
    };
    /// Largest memory accepted when reading: 1 GiB.
    pub const MAX_MEMORY_KIB: u32 = 1_048_576;
    /// Largest number of passes accepted when reading.
    pub const MAX_PASSES: u32 = 16;
    /// Largest number of lanes accepted when reading.
    pub const MAX_LANES: u32 = 8;

    /// Checks the parameters against the bounds that readers enforce: 1 ≤ passes ≤ 16,
    /// 1 ≤ lanes ≤ 8 and 8 × lanes ≤ memory_kib ≤ 1 GiB. Values below the defaults are
    /// allowed, for tests, and are recorded in the file.
    pub fn new(memory_kib: u32, passes: u32, lanes: u32) -> Result<Self, KeyError> {
        let out_of_range = |param, value, min, max| KeyError::KdfParamOutOfRange {
            param,
            value,
            min,
            max,
        };
        if !(1..=Self::MAX_PASSES).contains(&passes) {
            return Err(out_of_range(KdfParam::Passes, passes, 1, Self::MAX_PASSES));
        }
        if !(1..=Self::MAX_LANES).contains(&lanes) {
            return Err(out_of_range(KdfParam::Lanes, lanes, 1, Self::MAX_LANES));
        }
        // Argon2 needs at least 8 KiB per lane.
        let min_memory = 8 * lanes;
        if !(min_memory..=Self::MAX_MEMORY_KIB).contains(&memory_kib) {
            return Err(out_of_range(
                KdfParam::MemoryKib,
                memory_kib,
                min_memory,
                Self::MAX_MEMORY_KIB,
            ));
        }
        Ok(KdfParams {
            memory_kib,
            passes,
            lanes,
        })
    }

    /// Memory cost in KiB (Argon2 `m`).
    pub fn memory_kib(&self) -> u32 {
        self.memory_kib
    }

    /// Number of passes (Argon2 `t`).
    pub fn passes(&self) -> u32 {
        self.passes
    }

    /// Number of lanes (Argon2 `p`).
    pub fn lanes(&self) -> u32 {
        self.lanes
    }

    pub(crate) fn derive_key(
        &self,
        passphrase: &str,
        salt: &[u8; SALT_LEN],
    ) -> Result<Zeroizing<[u8; 32]>, KeyError> {
        let kdf_failed = |error: argon2::Error| KeyError::KdfFailed {
            reason: error.to_string(),
        };
        let params =
            Params::new(self.memory_kib, self.passes, self.lanes, Some(32)).map_err(kdf_failed)?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);

        let normalized: Zeroizing<String> = Zeroizing::new(passphrase.nfc().collect());
        let mut key = Zeroizing::new([0u8; 32]);
        argon2
            .hash_password_into(normalized.as_bytes(), salt, key.as_mut())
            .map_err(kdf_failed)?;
        Ok(key)
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The clear-text part of a key file, readable without the passphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFileInfo {
    pub kind: KeyKind,
    pub params: KdfParams,
    /// The public key stored in clear text. It is authenticated only once the file is
    /// decrypted.
    pub public_key: [u8; PUBLIC_KEY_LEN],
}

impl KeyFileInfo {
    /// Computes the key id of the stored public key.
    pub fn key_id(&self) -> KeyId {
        match self.kind {
            KeyKind::Recipient => KeyId::for_recipient_bytes(&self.public_key),
            KeyKind::Signing => KeyId::for_signing_bytes(&self.public_key),
        }
    }

    /// Computes the fingerprint of the stored public key.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::for_key_type(self.kind.to_byte(), &self.public_key)
    }
}

struct ParsedKeyFile<'a> {
    info: KeyFileInfo,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
    associated_data: &'a [u8],
    ciphertext: &'a [u8],
}

/// Reads the clear-text fields of a key file and checks them (docs/package-format.md
/// section 4, reader steps 1 to 7) without the passphrase.
pub fn inspect_key_file(bytes: &[u8]) -> Result<KeyFileInfo, KeyError> {
    parse_key_file(bytes).map(|parsed| parsed.info)
}

/// Checks the clear-text part of a key file. A reader "MUST check, in this order": the
/// magic, the minimum length, format_version, key_kind, kdf_id, "each Argon2 parameter
/// lies in its range", and secret_len with the exact file length.
fn parse_key_file(bytes: &[u8]) -> Result<ParsedKeyFile<'_>, KeyError> {
    let len = bytes.len() as u64;
    let magic_prefix = bytes.len().min(KEY_FILE_MAGIC.len());
    if bytes[..magic_prefix] != KEY_FILE_MAGIC[..magic_prefix] {
        return Err(KeyError::BadMagic);
    }
    if bytes.len() < KEY_FILE_OVERHEAD {
        return Err(KeyError::Truncated {
            len,
            expected: KEY_FILE_OVERHEAD as u64,
        });
    }

    let version = u16::from_be_bytes([bytes[8], bytes[9]]);
    if version != KEY_FILE_VERSION {
        return Err(KeyError::UnsupportedVersion { version });
    }
    let kind = KeyKind::from_byte(bytes[10])?;
    if bytes[11] != KDF_ARGON2ID {
        return Err(KeyError::UnsupportedKdf { value: bytes[11] });
    }
    let read_u32 = |offset: usize| {
        u32::from_be_bytes(
            bytes[offset..offset + 4]
                .try_into()
                .expect("slice of 4 bytes"),
        )
    };
    let params = KdfParams::new(read_u32(12), read_u32(16), read_u32(20))?;

    let secret_len = u16::from_be_bytes([bytes[84], bytes[85]]);
    let (min, max) = kind.secret_len_range();
    if !(min..=max).contains(&secret_len) {
        return Err(KeyError::BadSecretLength {
            len: secret_len,
            min,
            max,
        });
    }
    let expected = (KEY_FILE_OVERHEAD + secret_len as usize) as u64;
    if len < expected {
        return Err(KeyError::Truncated { len, expected });
    }
    if len > expected {
        return Err(KeyError::TrailingData {
            extra: len - expected,
            expected,
        });
    }

    let mut salt = [0u8; SALT_LEN];
    salt.copy_from_slice(&bytes[24..40]);
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&bytes[40..52]);
    let mut public_key = [0u8; PUBLIC_KEY_LEN];
    public_key.copy_from_slice(&bytes[52..84]);

    Ok(ParsedKeyFile {
        info: KeyFileInfo {
            kind,
            params,
            public_key,
        },
        salt,
        nonce,
        associated_data: &bytes[..PREFIX_LEN],
        ciphertext: &bytes[PREFIX_LEN..],
    })
}

/// Encrypts `secret` into a complete key file.
fn encrypt_key_file(
    kind: KeyKind,
    public_key: &[u8; PUBLIC_KEY_LEN],
    secret: &[u8],
    passphrase: &str,
    params: &KdfParams,
) -> Result<Vec<u8>, KeyError> {
    if passphrase.is_empty() {
        return Err(KeyError::EmptyPassphrase);
    }
    let (min, max) = kind.secret_len_range();
    let secret_len = u16::try_from(secret.len())
        .ok()
        .filter(|len| (min..=max).contains(len))
        .ok_or(KeyError::BadSecretLength {
            len: secret.len().min(u16::MAX as usize) as u16,
            min,
            max,
        })?;

    let rng = SystemRandom::new();
    let mut salt = [0u8; SALT_LEN];
    rng.fill(&mut salt).map_err(|_| KeyError::RandomFailed)?;
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill(&mut nonce).map_err(|_| KeyError::RandomFailed)?;

    let mut file = Vec::with_capacity(KEY_FILE_OVERHEAD + secret.len());
    file.extend_from_slice(&KEY_FILE_MAGIC);
    file.extend_from_slice(&KEY_FILE_VERSION.to_be_bytes());
    file.push(kind.to_byte());
    file.push(KDF_ARGON2ID);
    file.extend_from_slice(&params.memory_kib.to_be_bytes());
    file.extend_from_slice(&params.passes.to_be_bytes());
    file.extend_from_slice(&params.lanes.to_be_bytes());
    file.extend_from_slice(&salt);
    file.extend_from_slice(&nonce);
    file.extend_from_slice(public_key);
    file.extend_from_slice(&secret_len.to_be_bytes());
    debug_assert_eq!(file.len(), PREFIX_LEN);

    let key = params.derive_key(passphrase, &salt)?;
    let aead_key = LessSafeKey::new(
        UnboundKey::new(&CHACHA20_POLY1305, key.as_ref()).expect("key is 32 bytes"),
    );
    let mut sealed = Zeroizing::new(secret.to_vec());
    aead_key
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(&file[..PREFIX_LEN]),
            &mut *sealed,
        )
        .expect("ring's ChaCha20-Poly1305 only fails on inputs over 256 GiB, and secrets are at most 256 bytes");
    file.extend_from_slice(&sealed);
    Ok(file)
}

/// Decrypts a key file of the expected kind and returns its info and secret.
fn decrypt_key_file(
    bytes: &[u8],
    expected_kind: KeyKind,
    passphrase: &str,
) -> Result<(KeyFileInfo, Zeroizing<Vec<u8>>), KeyError> {
    let parsed = parse_key_file(bytes)?;
    if parsed.info.kind != expected_kind {
        return Err(KeyError::WrongKind {
            expected: expected_kind,
            found: parsed.info.kind,
        });
    }
    if passphrase.is_empty() {
        return Err(KeyError::EmptyPassphrase);
    }

    let key = parsed.info.params.derive_key(passphrase, &parsed.salt)?;
    let aead_key = LessSafeKey::new(
        UnboundKey::new(&CHACHA20_POLY1305, key.as_ref()).expect("key is 32 bytes"),
    );
    let mut buffer = Zeroizing::new(parsed.ciphertext.to_vec());
    let secret_len = aead_key
        .open_in_place(
            Nonce::assume_unique_for_key(parsed.nonce),
            Aad::from(parsed.associated_data),
            &mut buffer,
        )
        .map_err(|_| KeyError::WrongPassphrase)?
        .len();
    buffer.truncate(secret_len);
    Ok((parsed.info, buffer))
}

impl SigningKey {
    /// Encrypts the key under `passphrase` into a key file.
    pub fn to_key_file(&self, passphrase: &str, params: &KdfParams) -> Result<Vec<u8>, KeyError> {
        encrypt_key_file(
            KeyKind::Signing,
            self.public_key().as_bytes(),
            self.pkcs8(),
            passphrase,
            params,
        )
    }

    /// Decrypts a signing key file. A wrong passphrase gives `key.wrong_passphrase`.
    pub fn from_key_file(bytes: &[u8], passphrase: &str) -> Result<Self, KeyError> {
        let (info, secret) = decrypt_key_file(bytes, KeyKind::Signing, passphrase)?;
        let key = SigningKey::from_pkcs8(&secret).map_err(|_| KeyError::CorruptSecret)?;
        if key.public_key() != SigningPublicKey::from_bytes(&info.public_key)? {
            return Err(KeyError::CorruptSecret);
        }
        tracing::debug!(key_id = %key.key_id(), "signing key file decrypted");
        Ok(key)
    }
}

impl RecipientSecretKey {
    /// Encrypts the key under `passphrase` into a key file.
    pub fn to_key_file(&self, passphrase: &str, params: &KdfParams) -> Result<Vec<u8>, KeyError> {
        let secret = self.to_bytes();
        encrypt_key_file(
            KeyKind::Recipient,
            self.public_key().as_bytes(),
            secret.as_ref(),
            passphrase,
            params,
        )
    }

    /// Decrypts a recipient key file. A wrong passphrase gives `key.wrong_passphrase`.
    pub fn from_key_file(bytes: &[u8], passphrase: &str) -> Result<Self, KeyError> {
        let (info, secret) = decrypt_key_file(bytes, KeyKind::Recipient, passphrase)?;
        let key = RecipientSecretKey::from_bytes(&secret)?;
        let stored = RecipientPublicKey::from_bytes(&info.public_key)
            .map_err(|_| KeyError::CorruptSecret)?;
        if key.public_key() != &stored {
            return Err(KeyError::CorruptSecret);
        }
        tracing::debug!(key_id = %key.key_id(), "recipient key file decrypted");
        Ok(key)
    }
}

/// Writes a key file to a new path. It never replaces an existing file, because losing the
/// secretariat's key makes every package sealed to it unreadable. On Unix the file is
/// created with mode 0600.
pub fn write_new_key_file(path: &Path, bytes: &[u8]) -> Result<(), KeyError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let io_error = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    let mut file = options.open(path).map_err(|source: std::io::Error| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            KeyError::AlreadyExists {
                path: path.to_owned(),
            }
        } else {
            io_error(source)
        }
    })?;
    file.write_all(bytes).map_err(io_error)?;
    file.sync_all().map_err(io_error)?;
    Ok(())
}

/// Reads a key file, reading at most [`MAX_KEY_FILE_LEN`] + 1 bytes so that a wrong file
/// is rejected without reading it whole.
pub fn read_key_file(path: &Path) -> Result<Vec<u8>, KeyError> {
    let io_error = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_KEY_FILE_LEN + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    Ok(bytes)
}

//! Error types. Each variant has a stable machine code, returned by `code()`, that the
//! user interface translates. The Display text is for logs and developers.

use std::path::PathBuf;

use crate::keys::KeyId;

/// An error from sealing, parsing or opening a package.
///
/// None of the variants that `parse_header` returns owns heap memory, so rejecting a
/// malformed header never allocates.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PackageError {
    #[error("not a SICREMI package: the file does not start with the QPKG magic bytes; select a .qpkg file")]
    BadMagic,

    #[error("package is truncated: it is {len} bytes long but must be {expected} bytes; copy the file again from the sender")]
    Truncated { len: u64, expected: u64 },

    #[error("package has {extra} bytes of trailing data after the expected {expected} bytes; copy the file again from the sender")]
    TrailingData { extra: u64, expected: u64 },

    #[error("package file is {len} bytes, larger than the maximum {max} bytes; this is not a valid package")]
    TooLarge { len: u64, max: u64 },

    #[error(
        "package format version {version} is not supported (expected 1); update SICREMI Collect"
    )]
    UnsupportedVersion { version: u16 },

    #[error(
        "package algorithm suite {suite} is not supported (expected 1); update SICREMI Collect"
    )]
    UnsupportedSuite { suite: u16 },

    #[error("package header length is {header_len}, expected 128; the file is damaged or from a newer version")]
    BadHeaderLength { header_len: u32 },

    #[error(
        "package reserved header bytes are not zero; the file is damaged or from a newer version"
    )]
    ReservedNotZero,

    #[error("package country field {bytes:02x?} is not three letters A-Z; the file is damaged")]
    InvalidHeaderCountry { bytes: [u8; 3] },

    #[error("country code {value:?} is invalid: use an ISO 3166-1 alpha-3 code of three capital letters, such as MEX")]
    InvalidCountryCode { value: String },

    #[error("package payload type {value} is not supported (expected 1, canonical JSON); update SICREMI Collect")]
    UnknownPayloadType { value: u8 },

    #[error("payload of {len} bytes exceeds the maximum of {max} bytes")]
    PayloadTooLarge { len: u64, max: u64 },

    #[error("package is encrypted to key {found}, but the local secretariat key is {expected}; ask the sender to seal it again with the current secretariat public key")]
    UnknownRecipient { found: KeyId, expected: KeyId },

    #[error("package is signed by unknown key {key_id}; register the correspondent's signing key before opening its packages")]
    UnknownSender { key_id: KeyId },

    #[error("sender key lookup for {requested} returned key {returned}; the key registry is inconsistent")]
    SenderLookupMismatch { requested: KeyId, returned: KeyId },

    #[error("package encapsulated key is invalid (a low-order X25519 point); the file is damaged or forged")]
    InvalidEncapsulatedKey,

    #[error("package decryption failed: the file was modified after sealing or is damaged; ask the sender for a new copy")]
    DecryptionFailed,

    #[error("package signature does not verify with sender key {key_id}; the package was altered, re-encrypted or signed by another key; do not accept it")]
    BadSignature { key_id: KeyId },

    #[error("HPKE encryption failed: {reason}")]
    EncryptionFailed { reason: String },

    #[error("the system random number generator failed; retry, and check the operating system if it persists")]
    RandomFailed,

    #[error("cannot read package file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl PackageError {
    /// Returns the stable machine code of this error, such as `package.truncated`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadMagic => "package.bad_magic",
            Self::Truncated { .. } => "package.truncated",
            Self::TrailingData { .. } => "package.trailing_data",
            Self::TooLarge { .. } => "package.too_large",
            Self::UnsupportedVersion { .. } => "package.unsupported_version",
            Self::UnsupportedSuite { .. } => "package.unsupported_suite",
            Self::BadHeaderLength { .. } => "package.bad_header_length",
            Self::ReservedNotZero => "package.reserved_not_zero",
            Self::InvalidHeaderCountry { .. } => "package.invalid_country",
            Self::InvalidCountryCode { .. } => "package.invalid_country_code",
            Self::UnknownPayloadType { .. } => "package.unknown_payload_type",
            Self::PayloadTooLarge { .. } => "package.payload_too_large",
            Self::UnknownRecipient { .. } => "package.unknown_recipient",
            Self::UnknownSender { .. } => "package.unknown_sender",
            Self::SenderLookupMismatch { .. } => "package.sender_lookup_mismatch",
            Self::InvalidEncapsulatedKey => "package.invalid_encapsulated_key",
            Self::DecryptionFailed => "package.decryption_failed",
            Self::BadSignature { .. } => "package.bad_signature",
            Self::EncryptionFailed { .. } => "package.encryption_failed",
            Self::RandomFailed => "package.random_failed",
            Self::Io { .. } => "package.io",
        }
    }
}

/// An error from signing, reading or verifying a questionnaire pack.
///
/// None of the variants that `open_pack` returns before the signature check owns heap
/// memory, so rejecting a malformed pack never allocates.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PackError {
    #[error("not a SICREMI questionnaire pack: the file does not start with SICREMI-PACK; select the pack file the secretariat sent")]
    BadMagic,

    #[error("questionnaire pack is truncated: it is {len} bytes long but must be at least {expected} bytes; copy the file again from the secretariat")]
    Truncated { len: u64, expected: u64 },

    #[error("questionnaire pack has {extra} bytes of trailing data after the expected {expected} bytes; copy the file again from the secretariat")]
    TrailingData { extra: u64, expected: u64 },

    #[error("questionnaire pack or its body is {len} bytes, larger than the maximum {max} bytes; this is not a valid pack")]
    TooLarge { len: u64, max: u64 },

    #[error("questionnaire pack format version {version} is not supported (expected 1); update SICREMI Collect")]
    UnsupportedVersion { version: u8 },

    #[error("questionnaire pack is signed by key {key_id}, which this workspace does not trust; trust the secretariat's signing key file after checking its fingerprint by telephone")]
    UnknownSigner { key_id: KeyId },

    #[error("questionnaire pack signature does not verify with the secretariat key {key_id}; the file was altered or damaged, do not use it")]
    BadSignature { key_id: KeyId },

    #[error("cannot read questionnaire pack file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl PackError {
    /// Returns the stable machine code of this error, such as `pack.signature`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadMagic => "pack.bad_magic",
            Self::Truncated { .. } => "pack.truncated",
            Self::TrailingData { .. } => "pack.trailing_data",
            Self::TooLarge { .. } => "pack.too_large",
            Self::UnsupportedVersion { .. } => "pack.unsupported_version",
            Self::UnknownSigner { .. } => "pack.unknown_signer",
            Self::BadSignature { .. } => "pack.signature",
            Self::Io { .. } => "pack.io",
        }
    }
}

/// An Argon2 parameter of a key file, named in range errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfParam {
    /// Memory size in KiB.
    MemoryKib,
    /// Number of passes.
    Passes,
    /// Number of lanes.
    Lanes,
}

impl std::fmt::Display for KdfParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::MemoryKib => "memory (m_cost, KiB)",
            Self::Passes => "passes (t_cost)",
            Self::Lanes => "lanes (p_cost)",
        })
    }
}

/// An error from generating, encrypting, decrypting or parsing keys, key files and public
/// key files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    #[error("not a SICREMI key file: the file does not start with the QKEY magic bytes; select a .qkey file")]
    BadMagic,

    #[error("key file is truncated: it is {len} bytes long but must be {expected} bytes; restore it from a backup")]
    Truncated { len: u64, expected: u64 },

    #[error("key file has {extra} bytes of trailing data after the expected {expected} bytes; restore it from a backup")]
    TrailingData { extra: u64, expected: u64 },

    #[error(
        "key file format version {version} is not supported (expected 1); update SICREMI Collect"
    )]
    UnsupportedVersion { version: u16 },

    #[error("key file kind {value} is unknown (expected 1 for an encryption key or 2 for a signing key)")]
    UnknownKind { value: u8 },

    #[error("key file holds {found}, but {expected} was expected; select the other key file")]
    WrongKind {
        expected: crate::keyfile::KeyKind,
        found: crate::keyfile::KeyKind,
    },

    #[error("key file key derivation function {value} is not supported (expected 1, Argon2id)")]
    UnsupportedKdf { value: u8 },

    #[error("Argon2 {param} = {value} is outside the allowed range {min}..={max}; the key file is damaged or was not written by SICREMI Collect")]
    KdfParamOutOfRange {
        param: KdfParam,
        value: u32,
        min: u32,
        max: u32,
    },

    #[error("key file secret length {len} is invalid for this key kind (expected {min}..={max} bytes); the file is damaged")]
    BadSecretLength { len: u16, min: u16, max: u16 },

    #[error("wrong passphrase, or the key file is damaged; check the passphrase and try again")]
    WrongPassphrase,

    #[error("the passphrase is empty; enter a passphrase")]
    EmptyPassphrase,

    #[error("the decrypted private key is invalid or does not match the public key stored in the key file; restore the key file from a backup")]
    CorruptSecret,

    #[error("the data is not a valid Ed25519 PKCS#8 v2 document with its public key; export the key again")]
    InvalidPkcs8,

    #[error("public key has {len} bytes, expected 32")]
    BadPublicKeyLength { len: usize },

    #[error("X25519 public key {key_hex} is a low-order point and cannot receive encrypted packages; obtain the correct secretariat key file")]
    LowOrderPublicKey { key_hex: String },

    #[error("Argon2 key derivation failed: {reason}")]
    KdfFailed { reason: String },

    #[error("key derivation input is {len} bytes, expected at least 32")]
    ShortIkm { len: usize },

    #[error(
        "public key file is {len} bytes, larger than the maximum {max}; select a .qpub.json file"
    )]
    PublicKeyFileTooLarge { len: u64, max: u64 },

    #[error("public key file is not valid: {detail}; obtain a new copy from its owner")]
    PublicKeyFileInvalid { detail: String },

    #[error("public key file format {found:?} version {version} is not supported (expected \"sicremi-public-key\" version 1)")]
    UnsupportedPublicKeyFormat { found: String, version: u32 },

    #[error("public key file kind {found:?} is unknown (expected \"x25519-recipient\" or \"ed25519-signing\")")]
    UnknownPublicKeyKind { found: String },

    #[error("public key file key_id {found:?} does not match the key, whose id is {expected}; the file was altered, obtain a new copy")]
    KeyIdMismatch { found: String, expected: KeyId },

    #[error("public key file fingerprint {found:?} does not match the key, whose fingerprint is {expected}; the file was altered, obtain a new copy")]
    FingerprintMismatch { found: String, expected: String },

    #[error("key label is invalid: it must have at most 128 characters and no control characters")]
    InvalidLabel,

    #[error(
        "key file {path} already exists; choose another file name or move the old file away first"
    )]
    AlreadyExists { path: PathBuf },

    #[error("cannot access key file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("the system random number generator failed; retry, and check the operating system if it persists")]
    RandomFailed,
}

impl KeyError {
    /// Returns the stable machine code of this error, such as `key.wrong_passphrase`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadMagic => "key.bad_magic",
            Self::Truncated { .. } => "key.truncated",
            Self::TrailingData { .. } => "key.trailing_data",
            Self::UnsupportedVersion { .. } => "key.unsupported_version",
            Self::UnknownKind { .. } => "key.unknown_kind",
            Self::WrongKind { .. } => "key.wrong_kind",
            Self::UnsupportedKdf { .. } => "key.unsupported_kdf",
            Self::KdfParamOutOfRange { .. } => "key.kdf_param_out_of_range",
            Self::BadSecretLength { .. } => "key.bad_secret_length",
            Self::WrongPassphrase => "key.wrong_passphrase",
            Self::EmptyPassphrase => "key.empty_passphrase",
            Self::CorruptSecret => "key.corrupt_secret",
            Self::InvalidPkcs8 => "key.invalid_pkcs8",
            Self::BadPublicKeyLength { .. } => "key.bad_public_key_length",
            Self::LowOrderPublicKey { .. } => "key.low_order_public_key",
            Self::KdfFailed { .. } => "key.kdf_failed",
            Self::ShortIkm { .. } => "key.short_ikm",
            Self::PublicKeyFileTooLarge { .. } => "key.public_key_file_too_large",
            Self::PublicKeyFileInvalid { .. } => "key.public_key_file_invalid",
            Self::UnsupportedPublicKeyFormat { .. } => "key.unsupported_public_key_format",
            Self::UnknownPublicKeyKind { .. } => "key.unknown_public_key_kind",
            Self::KeyIdMismatch { .. } => "key.key_id_mismatch",
            Self::FingerprintMismatch { .. } => "key.fingerprint_mismatch",
            Self::InvalidLabel => "key.invalid_label",
            Self::AlreadyExists { .. } => "key.already_exists",
            Self::Io { .. } => "key.io",
            Self::RandomFailed => "key.random_failed",
        }
    }
}

/// A detached signature that does not verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("signature does not verify with signing key {key_id}; the signed data was altered or signed by another key")]
pub struct SignatureError {
    /// Key id of the key that was tried.
    pub key_id: KeyId,
}

impl SignatureError {
    /// Returns the stable machine code `signature.invalid`.
    pub fn code(&self) -> &'static str {
        "signature.invalid"
    }
}

/// The kind of a signed document or key backup, named in [`DocumentError`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// A correspondent's enrollment request (docs/package-format.md section 7.2).
    Enrollment,
    /// A trust bundle signed by the secretariat's root key (section 7.3).
    TrustBundle,
    /// A receipt for an imported package (section 7.4).
    Receipt,
    /// An encrypted backup of the secretariat's key files (section 8).
    KeyBackup,
}

impl DocumentKind {
    /// Returns the fixed token that translated messages select on, such as `trust_bundle`.
    pub fn token(self) -> &'static str {
        match self {
            Self::Enrollment => "enrollment",
            Self::TrustBundle => "trust_bundle",
            Self::Receipt => "receipt",
            Self::KeyBackup => "key_backup",
        }
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Enrollment => "enrollment request",
            Self::TrustBundle => "trust bundle",
            Self::Receipt => "receipt",
            Self::KeyBackup => "key backup",
        })
    }
}

/// An error from writing, reading or verifying an enrollment request, a trust bundle, a
/// receipt or a key backup.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    #[error("not a SICREMI {kind}: the file does not start with the expected magic bytes; select the file you were sent")]
    BadMagic { kind: DocumentKind },

    #[error("{kind} is truncated: it is {len} bytes long but must be at least {expected} bytes; copy the file again")]
    Truncated {
        kind: DocumentKind,
        len: u64,
        expected: u64,
    },

    #[error("{kind} has {extra} bytes of trailing data after the expected {expected} bytes; copy the file again")]
    TrailingData {
        kind: DocumentKind,
        extra: u64,
        expected: u64,
    },

    #[error("{kind} or its body is {len} bytes, larger than the maximum {max} bytes; this is not a valid file")]
    TooLarge {
        kind: DocumentKind,
        len: u64,
        max: u64,
    },

    #[error(
        "{kind} format version {version} is not supported (expected 1); update SICREMI Collect"
    )]
    UnsupportedVersion { kind: DocumentKind, version: u8 },

    #[error("{kind} is signed by key {key_id}, which is not trusted here; check that the file comes from the SICREMI secretariat")]
    UnknownSigner { kind: DocumentKind, key_id: KeyId },

    #[error("{kind} signature does not verify with key {key_id}; the file was altered or damaged, do not use it")]
    BadSignature { kind: DocumentKind, key_id: KeyId },

    #[error("{kind} content is invalid: {detail}; ask the sender for a new file")]
    Invalid { kind: DocumentKind, detail: String },

    #[error(
        "wrong backup passphrase, or the {kind} is damaged; check the passphrase and try again"
    )]
    WrongPassphrase { kind: DocumentKind },

    #[error("cannot read {kind} file {path}: {source}")]
    Io {
        kind: DocumentKind,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(transparent)]
    Key(#[from] KeyError),
}

impl DocumentError {
    /// Returns the stable machine code of this error, such as `document.signature`. A wrapped
    /// [`KeyError`] keeps its own code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadMagic { .. } => "document.bad_magic",
            Self::Truncated { .. } => "document.truncated",
            Self::TrailingData { .. } => "document.trailing_data",
            Self::TooLarge { .. } => "document.too_large",
            Self::UnsupportedVersion { .. } => "document.unsupported_version",
            Self::UnknownSigner { .. } => "document.unknown_signer",
            Self::BadSignature { .. } => "document.signature",
            Self::Invalid { .. } => "document.invalid",
            Self::WrongPassphrase { .. } => "document.wrong_passphrase",
            Self::Io { .. } => "document.io",
            Self::Key(error) => error.code(),
        }
    }

    /// Returns the kind of file the error is about, `None` for a wrapped [`KeyError`].
    pub fn kind(&self) -> Option<DocumentKind> {
        match self {
            Self::BadMagic { kind }
            | Self::Truncated { kind, .. }
            | Self::TrailingData { kind, .. }
            | Self::TooLarge { kind, .. }
            | Self::UnsupportedVersion { kind, .. }
            | Self::UnknownSigner { kind, .. }
            | Self::BadSignature { kind, .. }
            | Self::Invalid { kind, .. }
            | Self::WrongPassphrase { kind }
            | Self::Io { kind, .. } => Some(*kind),
            Self::Key(_) => None,
        }
    }
}

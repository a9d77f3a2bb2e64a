//! Sealed submission packages for SICREMI Collect.
//!
//! A correspondent signs a payload with an Ed25519 key and encrypts it to the
//! secretariat's X25519 key with HPKE (RFC 9180). The secretariat checks, decrypts and
//! verifies it. The secretariat in turn signs questionnaire packs that correspondents verify
//! with [`open_pack`]. The crate also reads and writes the smaller signed documents
//! ([`EnrollmentRequest`], [`TrustBundle`], [`Receipt`]) and encrypted key backups
//! ([`KeyBackup`]). Every byte layout is specified in `docs/package-format.md`, and this
//! crate follows that document.
//!
//! The payload is opaque here. Policy decisions (which country a sender may report for,
//! revoked keys, replayed sequence numbers) belong to the application, which gets the
//! header fields and key ids it needs from [`Header`] and [`Opened`].

mod backup;
mod bundle;
mod enrollment;
mod error;
mod header;
mod keyfile;
mod keys;
mod pack;
mod package;
mod pubfile;
mod receipt;
mod signed;
pub mod suite;

pub use backup::KeyBackup;
pub use bundle::{BundleEncryptionKey, TrustBundle, MAX_BUNDLE_ENCRYPTION_KEYS};
pub use enrollment::{EnrollmentRequest, MAX_ENROLLMENT_TEXT_CHARS};
pub use error::{
    DocumentError, DocumentKind, KdfParam, KeyError, PackError, PackageError, SignatureError,
};
pub use header::{
    parse_header, CountryCode, Header, HeaderMeta, PayloadType, ENC_LEN, FORMAT_VERSION,
    HEADER_LEN, MAGIC, MAX_PACKAGE_LEN, MAX_PAYLOAD_LEN, PACKAGE_OVERHEAD, SUITE_ID, TAG_LEN,
};
pub use keyfile::{
    inspect_key_file, read_key_file, write_new_key_file, KdfParams, KeyFileInfo, KeyKind,
    KEY_FILE_MAGIC, MAX_KEY_FILE_LEN,
};
pub use keys::{
    Fingerprint, KeyId, RecipientPublicKey, RecipientSecretKey, SignatureContext, SigningKey,
    SigningPublicKey, PUBLIC_KEY_LEN, SIGNATURE_LEN,
};
pub use pack::{
    open_pack, read_pack_file, sign_pack, VerifiedPack, MAX_PACK_BODY_LEN, MAX_PACK_LEN,
    PACK_FORMAT_VERSION, PACK_HEADER_LEN, PACK_MAGIC, PACK_OVERHEAD,
};
pub use package::{open, random_package_id, read_package_file, seal, Opened};
pub use pubfile::{PublicKey, PublicKeyFile, MAX_LABEL_CHARS, MAX_PUBLIC_KEY_FILE_LEN};
pub use receipt::{Receipt, ReceiptFindings, ReceiptReason, ReceiptVerdict, MAX_REASON_CHARS};
pub use signed::{
    read_document_file, DOCUMENT_FORMAT_VERSION, DOCUMENT_HEADER_LEN, DOCUMENT_OVERHEAD,
};

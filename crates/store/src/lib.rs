//! SQLite storage for SICREMI Collect.
//!
//! - [`Workspace`] is a correspondent's file: the cells, metadata answers and justifications
//!   they enter, an audit log of every change, and the submission packages they built.
//! - [`Consolidated`] is the secretariat's file: every accepted package of every country,
//!   the current cells of each country and cycle, and the registered signing keys.
//!
//! The store does not interpret the questionnaire. A cell is identified by a table id and an
//! opaque key, such as "2024:ARG:M", that the model crate builds.
//!
//! Every write commits its own SQLite transaction before returning, in WAL mode with
//! `synchronous=FULL`, so a change that returned `Ok` survives a crash or a power cut, and a
//! write that fails (for example on a full disk) leaves the file as it was.

mod cell;
pub mod consolidated;
mod database;
mod error;
mod validate;
pub mod workspace;

pub use cell::CellValue;
pub use consolidated::{
    Consolidated, ConsolidatedCell, CycleRecord, CycleState, ImportOutcome, ImportedSubmission,
    IssuedPack, NewIssuedPack, NewSigningKey, NewSubmission, RegisteredKey,
};
pub use error::StoreError;
pub use workspace::{
    setting_keys, AuditEntry, AuditKind, BundleImport, CellChange, DroppedItem, Justification,
    MetadataChange, MetadataEntry, NewJustification, NewOutgoingSubmission, NewPack, NewReceipt,
    NewSecretariatKey, NewTrustBundle, OutgoingSubmission, PackChanges, PackImport, ReceiptRecord,
    SecretariatKey, SecretariatKeyKind, StoredCell, StoredPack, StoredReceipt, StoredTrustBundle,
    SubmissionState, Workspace,
};

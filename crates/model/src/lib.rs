//! The SICREMI questionnaire as data, the figures a country reports against it, and the
//! validation engine both the correspondent's app and the secretariat's import run.
//!
//! This crate does no I/O beyond reading the definition bytes it is given, and has no notion
//! about storage, packages or the user interface.

mod canonical;
pub mod dataset;
pub mod definition;
mod engine;
pub mod findings;
pub mod fixtures;
pub mod grid;
pub mod migration;
pub mod reference;
pub mod rules;

pub use canonical::canonical_json;
pub use dataset::{CellValue, Dataset, TableShape, MAX_COUNT};
pub use definition::{Definition, DefinitionError, PeriodKind, Questionnaire, TableDef, Unit};
pub use engine::{validate_network, Validator};
pub use findings::{Assessment, CellRef, Finding, Justification, Param, Severity};
pub use grid::Grid;
pub use reference::Reference;
pub use rules::{validate, validate_with};

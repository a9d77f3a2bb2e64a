//! Application services of SICREMI Collect: every flow the desktop app and the `sicremi`
//! command line offer, as plain library calls over the model, store, package and sheets
//! crates.
//!
//! Nothing here depends on Tauri or the terminal. Both front ends call these functions and
//! render [`AppError`] codes and [`sicremi_model::Finding`]s in the user's language.

pub mod backup;
pub mod batch;
pub mod correspondent;
pub mod demo;
pub mod enrollment;
pub mod error;
pub mod files;
pub mod i18n;
pub mod input;
pub mod pack;
pub mod payload;
mod prepared;
pub mod receipts;
pub mod secretariat;
pub mod trust;
pub mod upgrade;
pub mod views;

pub use correspondent::{Correspondent, Profile};
pub use demo::{create_demo, DataLayout};
pub use error::{AppError, AppResult};
pub use input::CellInput;
pub use secretariat::Secretariat;
pub use sicremi_package::KdfParams;

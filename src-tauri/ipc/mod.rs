//! IPC commands over `sicremi-app`: each one locks the session, makes one library call and
//! returns its result, or the [`sicremi_app::AppError`] serialised as `{code, params, detail}`
//! for the UI to translate.
//!
//! A command runs on Tauri's async runtime rather than the main thread, because unlocking a key
//! (Argon2id, 64 MiB) or importing a file would otherwise freeze the window. Arguments arrive in
//! camelCase (`findingId`), as Tauri expects by default.

pub mod correspondent;
pub mod exchange;
pub mod registry;
pub mod secretariat;
pub mod setup;

use std::sync::LazyLock;

use sicremi_model::Questionnaire;

/// The questionnaire shipped with the app, loaded once for `get_definition`.
static QUESTIONNAIRE: LazyLock<Questionnaire> = LazyLock::new(Questionnaire::embedded);

/// The shipped questionnaire.
pub fn questionnaire() -> &'static Questionnaire {
    &QUESTIONNAIRE
}

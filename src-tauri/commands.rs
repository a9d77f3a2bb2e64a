//! IPC commands the UI calls with `invoke`. Each one must also be listed in build.rs and allowed
//! in src-tauri/capabilities/default.json. The commands over `sicremi-app` are in `ipc/`.

use serde::Serialize;

use sicremi_app::{Correspondent, DataLayout, Secretariat};

use crate::AppState;

/// Reply of [`app_info`].
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// Version of the running app, from Cargo.toml.
    pub version: &'static str,
    /// Absolute data folder in use.
    pub data_dir: String,
    /// Whether the data folder holds a correspondent workspace.
    pub has_correspondent: bool,
    /// Whether the data folder holds a secretariat key.
    pub has_secretariat: bool,
}

/// Returns the app version, the data folder in use and which sides it holds, for the footer,
/// support requests and choosing the first screen.
///
/// The checks look for the files on disk instead of locking the session, because this command
/// runs on the main thread and another command may hold the lock while it unlocks a key.
#[tauri::command]
pub fn app_info(state: tauri::State<'_, AppState>) -> AppInfo {
    let layout = DataLayout::new(&state.data_dir);
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
        has_correspondent: Correspondent::exists(&layout.correspondent()),
        has_secretariat: Secretariat::exists(&layout.secretariat()),
    }
}

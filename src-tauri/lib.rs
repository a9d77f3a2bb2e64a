//! Desktop shell of SICREMI Collect: starts the Tauri window and turns the UI's IPC calls into
//! calls of the library crates.

mod commands;
mod error;
mod ipc;
mod launch;
mod session;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use tauri::{App, Manager, WebviewWindowBuilder};

pub use commands::AppInfo;
pub use error::ShellError;
pub use launch::{parse_launch, Launch, LaunchOptions, DATA_DIR_ENV, DATA_DIR_OPTION, USAGE};

/// Label of the main window in tauri.conf.json.
const MAIN_WINDOW: &str = "main";

/// Sub-folder of the data folder where WebKit keeps the UI's localStorage, cache and cookies.
const WEBVIEW_DATA_SUBDIR: &str = "webview";

/// State shared by all IPC commands.
#[derive(Debug)]
pub struct AppState {
    /// Absolute folder for the local database and exported files. It exists once the app runs.
    pub data_dir: PathBuf,
}

/// Installs the `tracing` subscriber that writes to stderr, filtered by `RUST_LOG` (default `info`).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // A second call, for example from a test, keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// Creates the data folder, opens the main window and runs the event loop until the last window
/// closes.
pub fn run(options: LaunchOptions) -> Result<(), ShellError> {
    // A chosen folder is created before the window opens, so a bad path fails fast, even without
    // a display.
    if let Some(dir) = &options.data_dir {
        create_data_dir(dir)?;
    }

    let app = tauri::Builder::default()
        .setup(|app| {
            open_main_window(app).inspect_err(|error| {
                tracing::error!(%error, "cannot open the main window");
            })?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            ipc::setup::get_definition,
            ipc::setup::demo_create,
            ipc::setup::correspondent_create,
            ipc::setup::trust_secretariat,
            ipc::setup::export_signing_key,
            ipc::correspondent::overview,
            ipc::correspondent::table_cells,
            ipc::correspondent::metadata,
            ipc::correspondent::set_cell,
            ipc::correspondent::set_cells,
            ipc::correspondent::set_metadata,
            ipc::correspondent::findings,
            ipc::correspondent::justify,
            ipc::correspondent::import_renaper,
            ipc::correspondent::import_template,
            ipc::correspondent::export_template,
            ipc::correspondent::seal,
            ipc::correspondent::default_paths,
            ipc::correspondent::pack_inspect,
            ipc::correspondent::pack_import,
            ipc::correspondent::upgrade_definition,
            ipc::correspondent::dropped_items,
            ipc::exchange::export_enrollment,
            ipc::exchange::replace_signing_key,
            ipc::exchange::import_trust_bundle,
            ipc::exchange::trusted_roots,
            ipc::exchange::import_receipt,
            ipc::secretariat::secretariat_create,
            ipc::secretariat::secretariat_overview,
            ipc::secretariat::secretariat_import,
            ipc::secretariat::secretariat_dataset,
            ipc::secretariat::secretariat_export,
            ipc::secretariat::secretariat_register,
            ipc::secretariat::secretariat_revoke,
            ipc::secretariat::secretariat_export_key,
            ipc::secretariat::secretariat_issue_pack,
            ipc::registry::secretariat_inspect_enrollment,
            ipc::registry::secretariat_register_enrollment,
            ipc::registry::secretariat_import_batch,
            ipc::registry::secretariat_cycles,
            ipc::registry::secretariat_set_cycle_state,
            ipc::registry::secretariat_export_signing_key,
        ])
        .build(tauri::generate_context!())
        .map_err(|source| ShellError::Startup { source })?;

    let data_dir = match options.data_dir {
        Some(dir) => dir,
        None => {
            let dir = app
                .path()
                .app_data_dir()
                .map_err(|source| ShellError::DataDirUnresolved { source })?;
            create_data_dir(&dir)?;
            dir
        }
    };

    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        data_dir = %data_dir.display(),
        "starting SICREMI Collect"
    );
    app.manage(session::SessionState::new(sicremi_app::DataLayout::new(
        &data_dir,
    )));
    app.manage(AppState { data_dir });

    app.run(|_, event| {
        if let tauri::RunEvent::Exit = event {
            tracing::info!("SICREMI Collect stopped");
        }
    });
    Ok(())
}

/// Opens the main window with its webview data inside the app's data folder, so that a folder
/// chosen with --data-dir or SICREMI_DATA_DIR also isolates the UI's stored settings.
///
/// tauri.conf.json marks the window `"create": false`, because Tauri would otherwise create it
/// with the webview data in the platform's application-data folder.
fn open_main_window(app: &mut App) -> tauri::Result<()> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == MAIN_WINDOW)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    let webview_dir = app.state::<AppState>().data_dir.join(WEBVIEW_DATA_SUBDIR);

    WebviewWindowBuilder::from_config(app.handle(), &config)?
        .data_directory(webview_dir)
        .build()?;
    Ok(())
}

fn create_data_dir(dir: &Path) -> Result<(), ShellError> {
    std::fs::create_dir_all(dir).map_err(|source| ShellError::DataDirCreate {
        path: dir.to_path_buf(),
        source,
    })
}

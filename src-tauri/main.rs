// Release builds on Windows must not open a console window next to the app window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use sicremi_collect::{Launch, DATA_DIR_ENV, USAGE};

fn main() -> ExitCode {
    // Must run before any GTK or WebKit call and before any other thread starts, because
    // `set_var` is not thread-safe.
    #[cfg(target_os = "linux")]
    disable_webkit_dmabuf_renderer();

    sicremi_collect::init_logging();

    let args = std::env::args_os().skip(1);
    let launch = match sicremi_collect::parse_launch(args, std::env::var_os(DATA_DIR_ENV)) {
        Ok(launch) => launch,
        Err(error) => {
            eprintln!("error [{}]: {error}", error.code());
            return ExitCode::from(error.exit_status());
        }
    };

    match launch {
        Launch::Help => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Launch::Version => {
            println!("sicremi-collect {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Launch::Run(options) => match sicremi_collect::run(options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                tracing::error!(code = error.code(), "{error}");
                ExitCode::from(error.exit_status())
            }
        },
    }
}

/// Sets `WEBKIT_DISABLE_DMABUF_RENDERER=1` unless the user set it.
///
/// WebKitGTK 2.42 and later render through DMA-BUF by default, and with NVIDIA drivers and on some
/// Wayland compositors the window then stays blank, with "AcceleratedSurfaceDMABuf was unable to
/// construct a complete framebuffer" on stderr (https://github.com/tauri-apps/tauri/issues/9304).
/// The fallback renderer gives up some GPU acceleration, which a UI of forms and tables does not need.
#[cfg(target_os = "linux")]
fn disable_webkit_dmabuf_renderer() {
    const VARIABLE: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(VARIABLE).is_none() {
        std::env::set_var(VARIABLE, "1");
    }
}

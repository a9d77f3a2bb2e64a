//! Runs the app binary with command-line options that make it exit before any window opens, so
//! these tests need no display.

use std::process::{Command, Output};

const APP: &str = env!("CARGO_BIN_EXE_sicremi-collect");

/// Runs the app without a display. If a bug let the app get as far as opening its window, the
/// run then fails at once instead of leaving an open window that blocks the test.
fn run_app(args: &[&str]) -> Output {
    Command::new(APP)
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("SICREMI_DATA_DIR")
        .output()
        .unwrap_or_else(|error| panic!("cannot run {APP}: {error}"))
}

#[test]
fn help_lists_options() {
    let output = run_app(&["--help"]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("--data-dir <PATH>"), "{stdout}");
    assert!(stdout.contains("SICREMI_DATA_DIR"), "{stdout}");
}

#[test]
fn version_matches_cargo() {
    let output = run_app(&["--version"]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.trim(),
        format!("sicremi-collect {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_argument_exits_2() {
    let output = run_app(&["--bogus"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("shell.unknown_argument"), "{stderr}");
    assert!(stderr.contains("\"--bogus\""), "{stderr}");
}

#[test]
fn missing_option_value_exits_2() {
    let output = run_app(&["--data-dir"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("shell.missing_option_value"), "{stderr}");
}

#[test]
fn uncreatable_data_dir_exits_1() {
    let scratch = tempfile::tempdir().expect("create a temporary folder");
    let file = scratch.path().join("plain-file");
    std::fs::write(&file, b"not a folder").expect("write a plain file");
    let data_dir = file.join("data");

    let output = run_app(&["--data-dir", data_dir.to_str().expect("UTF-8 temp path")]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("shell.data_dir_create"), "{stderr}");
    assert!(stderr.contains(&data_dir.display().to_string()), "{stderr}");
}

//! A workspace edit survives the process being killed right after `set_cell` returns.
//!
//! The test binary runs itself again as a child process, which edits a workspace and then
//! sends itself SIGKILL, so no destructor, buffer flush or checkpoint runs after the edit.
#![cfg(unix)]

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Command;

use serde_json::json;
use sicremi_store::{CellValue, Workspace};

/// Set in the child process to the workspace path it should edit.
const CHILD_WORKSPACE_ENV: &str = "SICREMI_STORE_CRASH_CHILD_WORKSPACE";

const TEST_NAME: &str = "edit_survives_sigkill";

fn run_child(path: &Path) -> ! {
    let mut workspace = Workspace::open(path).unwrap();
    let bulk: Vec<_> = (0..50)
        .map(|i| {
            (
                "T2".to_string(),
                format!("2024:ARG:{i:02}"),
                CellValue::number(i),
            )
        })
        .collect();
    workspace.set_cells(&bulk, "paste").unwrap();
    workspace
        .set_cell("T1", "2024:ARG:M", &CellValue::number(10), "edit")
        .unwrap();
    workspace
        .set_cell("T1", "2024:ARG:M", &CellValue::number(11), "edit")
        .unwrap();

    // SAFETY: getpid and kill have no memory-safety preconditions. SIGKILL ends the
    // process at once.
    unsafe {
        libc::kill(libc::getpid(), libc::SIGKILL);
    }
    unreachable!("the process was sent SIGKILL");
}

#[test]
fn edit_survives_sigkill() {
    if let Some(path) = std::env::var_os(CHILD_WORKSPACE_ENV) {
        run_child(Path::new(&path));
    }

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arg.sicremi");
    let status = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--test-threads=1", "--nocapture"])
        .env(CHILD_WORKSPACE_ENV, &path)
        .status()
        .unwrap();
    assert_eq!(
        status.signal(),
        Some(libc::SIGKILL),
        "the child must die by SIGKILL, not exit: {status}"
    );

    // The edits are still only in the WAL, so reopening exercises WAL recovery.
    let wal = dir.path().join("arg.sicremi-wal");
    assert!(
        wal.metadata().map(|m| m.len() > 0).unwrap_or(false),
        "expected a non-empty {}",
        wal.display()
    );

    let workspace = Workspace::open(&path).unwrap();
    let cell = workspace.get_cell("T1", "2024:ARG:M").unwrap().unwrap();
    assert_eq!(cell.cell, CellValue::number(11));
    assert_eq!(workspace.cells_in_table("T2").unwrap().len(), 50);

    let log = workspace.audit_log(100).unwrap();
    assert_eq!(log.len(), 52);
    assert_eq!(log[0].item, "2024:ARG:M");
    assert_eq!(log[0].old, Some(json!({"value": 10})));
    assert_eq!(log[0].new, Some(json!({"value": 11})));
    assert_eq!(log[0].at, cell.updated_at);
}

//! File writing that survives a crash, digests and clock readings.

use std::io::Write;
use std::path::Path;

use crate::error::{io_error, AppResult};

/// Writes `bytes` to `path` through a temporary file in the same folder, synced and then
/// renamed, so a crash or a full disk leaves either the old file or the new one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> AppResult<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let mut temporary = tempfile::NamedTempFile::new_in(dir).map_err(|e| io_error(dir, e))?;
    temporary.write_all(bytes).map_err(|e| io_error(path, e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| io_error(path, e))?;
    temporary
        .persist(path)
        .map_err(|e| io_error(path, e.error))?;
    // The rename is durable only once the folder entry is synced.
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Returns the current UTC time as RFC 3339, e.g. "2026-12-04T10:00:00Z".
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

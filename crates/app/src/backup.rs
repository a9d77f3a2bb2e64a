//! Encrypted backup and restore of the secretariat's key files (docs/key-recovery.md).
//!
//! The backup contains the encryption and signing key files, still encrypted under the
//! secretariat's passphrase, and their public key files, all sealed once more under a
//! separate backup passphrase. Restoring needs both passphrases: the backup passphrase to
//! open the backup, and the secretariat's passphrase to use the restored keys.

use std::io::Write;
use std::path::Path;

use serde::Serialize;
use zeroize::Zeroizing;

use sicremi_package::{
    inspect_key_file, read_document_file, DocumentKind, KdfParams, KeyBackup, PublicKeyFile,
};

use crate::correspondent::check_passphrase;
use crate::enrollment::rfc3339_of_unix;
use crate::error::{io_error, AppError, AppResult};
use crate::files::{unix_now, write_atomically};
use crate::secretariat::{
    retired_key_file_name, retired_key_id, Secretariat, ENCRYPTION_KEY_FILE,
    ENCRYPTION_PUBLIC_FILE, SIGNING_KEY_FILE, SIGNING_PUBLIC_FILE,
};

/// The files every backup holds; restore writes no other name, besides the encryption keys a
/// rotation retired (`encryption-<key id>.key`).
const BACKUP_FILES: [&str; 4] = [
    ENCRYPTION_KEY_FILE,
    ENCRYPTION_PUBLIC_FILE,
    SIGNING_KEY_FILE,
    SIGNING_PUBLIC_FILE,
];

/// Result of writing or restoring a backup.
#[derive(Debug, Serialize)]
pub struct BackupOutcome {
    pub path: String,
    /// Names of the files written into the backup, or restored from it.
    pub files: Vec<String>,
    /// RFC 3339 UTC time the backup was made.
    pub created_at: String,
}

impl Secretariat {
    /// Writes an encrypted backup of the secretariat's key files to `out` under
    /// `backup_passphrase`. An existing file is not replaced.
    pub fn backup_keys(
        &self,
        backup_passphrase: &str,
        kdf: &KdfParams,
        out: &Path,
    ) -> AppResult<BackupOutcome> {
        check_passphrase(backup_passphrase)?;
        if out.exists() {
            return Err(AppError::new(
                "backup.file_exists",
                format!(
                    "{} already exists and is not replaced; choose another file name",
                    out.display()
                ),
            )
            .with("path", out.display()));
        }
        let mut files = Vec::new();
        let retired: Vec<String> = self
            .retired_key_ids()?
            .iter()
            .map(retired_key_file_name)
            .collect();
        let names = BACKUP_FILES
            .iter()
            .map(|name| name.to_string())
            .chain(retired);
        for name in names {
            let name = name.as_str();
            let path = self.dir.join(name);
            match std::fs::read(&path) {
                Ok(bytes) => files.push((name.to_string(), Zeroizing::new(bytes))),
                // A folder created before packs existed has no signing key yet.
                Err(error)
                    if error.kind() == std::io::ErrorKind::NotFound
                        && name.starts_with("signing") => {}
                Err(error) => return Err(io_error(&path, error)),
            }
        }
        let backup = KeyBackup {
            created_at: unix_now(),
            files,
        };
        let bytes = backup.seal(backup_passphrase, kdf)?;
        write_new_file(out, &bytes)?;
        tracing::info!(path = %out.display(), files = backup.files.len(), "key backup written");
        Ok(BackupOutcome {
            path: out.display().to_string(),
            files: backup.files.iter().map(|(name, _)| name.clone()).collect(),
            created_at: rfc3339_of_unix(backup.created_at),
        })
    }

    /// Rebuilds the key files of the secretariat folder `dir` from a backup. Fails without
    /// writing anything when one of the files already exists in `dir`, so a restore never
    /// replaces a key. The consolidated store is not part of the backup.
    pub fn restore_keys(
        dir: &Path,
        backup: &Path,
        backup_passphrase: &str,
    ) -> AppResult<BackupOutcome> {
        let bytes = read_document_file(DocumentKind::KeyBackup, backup)?;
        let opened = KeyBackup::open(&bytes, backup_passphrase)?;

        for (name, data) in &opened.files {
            if !BACKUP_FILES.contains(&name.as_str()) && retired_key_id(name).is_none() {
                return Err(invalid_backup(
                    backup,
                    format!("it holds an unexpected file {name:?}"),
                ));
            }
            let valid = if name.ends_with(".key") {
                inspect_key_file(data).is_ok()
            } else {
                PublicKeyFile::parse(data).is_ok()
            };
            if !valid {
                return Err(invalid_backup(
                    backup,
                    format!("its copy of {name} is not valid"),
                ));
            }
            let target = dir.join(name);
            if target.exists() {
                return Err(AppError::new(
                    "backup.target_exists",
                    format!("{} already exists; a restore never replaces a key file. Move it away first if it is damaged", target.display()),
                )
                .with("path", target.display()));
            }
        }
        if !opened
            .files
            .iter()
            .any(|(name, _)| name == ENCRYPTION_KEY_FILE)
        {
            return Err(invalid_backup(
                backup,
                format!("it holds no {ENCRYPTION_KEY_FILE}"),
            ));
        }

        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        for (name, data) in &opened.files {
            let target = dir.join(name);
            if name.ends_with(".key") {
                sicremi_package::write_new_key_file(&target, data)?;
            } else {
                write_atomically(&target, data)?;
            }
        }
        tracing::info!(dir = %dir.display(), files = opened.files.len(), "keys restored from backup");
        Ok(BackupOutcome {
            path: backup.display().to_string(),
            files: opened.files.iter().map(|(name, _)| name.clone()).collect(),
            created_at: rfc3339_of_unix(opened.created_at),
        })
    }
}

fn invalid_backup(path: &Path, detail: String) -> AppError {
    AppError::new(
        "backup.invalid",
        format!(
            "{} is not a usable key backup: {detail}; use another backup copy",
            path.display()
        ),
    )
    .with("path", path.display())
}

/// Writes a new file that must not exist yet, synced, with mode 0600 on Unix.
fn write_new_file(path: &Path, bytes: &[u8]) -> AppResult<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| io_error(path, e))?;
    file.write_all(bytes).map_err(|e| io_error(path, e))?;
    file.sync_all().map_err(|e| io_error(path, e))?;
    Ok(())
}

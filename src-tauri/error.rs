use std::io;
use std::path::PathBuf;

/// Errors of the desktop shell: command-line parsing and start-up.
#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error("the option {option} needs a value: pass a folder path, for example `{option} /srv/sicremi`")]
    MissingOptionValue { option: &'static str },

    #[error("unknown command-line argument {argument:?}: run `sicremi-collect --help` to list the options")]
    UnknownArgument { argument: String },

    #[error("cannot turn the data folder {path:?} into an absolute path: {source}; pass an absolute path instead")]
    DataDirAbsolute { path: PathBuf, source: io::Error },

    #[error("cannot create the data folder {}: {source}; choose a writable folder with --data-dir or the SICREMI_DATA_DIR environment variable", path.display())]
    DataDirCreate { path: PathBuf, source: io::Error },

    #[error("cannot determine the default data folder: {source}; choose one with --data-dir or the SICREMI_DATA_DIR environment variable")]
    DataDirUnresolved { source: tauri::Error },

    #[error("the desktop window failed to start: {source}; check that a graphical session is running and that WebKitGTK 4.1 is installed")]
    Startup { source: tauri::Error },
}

impl ShellError {
    /// Returns the stable machine code of the error, which the UI and scripts match on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MissingOptionValue { .. } => "shell.missing_option_value",
            Self::UnknownArgument { .. } => "shell.unknown_argument",
            Self::DataDirAbsolute { .. } => "shell.data_dir_absolute",
            Self::DataDirCreate { .. } => "shell.data_dir_create",
            Self::DataDirUnresolved { .. } => "shell.data_dir_unresolved",
            Self::Startup { .. } => "shell.startup",
        }
    }

    /// Returns the process exit status for the error: 2 for command-line mistakes, 1 otherwise.
    pub fn exit_status(&self) -> u8 {
        match self {
            Self::MissingOptionValue { .. } | Self::UnknownArgument { .. } => 2,
            _ => 1,
        }
    }
}

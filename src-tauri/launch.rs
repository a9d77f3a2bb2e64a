//! Command-line options and environment variables read at start-up.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::ShellError;

/// Environment variable that sets the data folder when `--data-dir` is not given.
pub const DATA_DIR_ENV: &str = "SICREMI_DATA_DIR";

/// Command-line option that sets the data folder. It takes precedence over [`DATA_DIR_ENV`].
pub const DATA_DIR_OPTION: &str = "--data-dir";

/// Help text printed by `--help`.
pub const USAGE: &str = "\
SICREMI Collect: prepares national migration statistics and sends them to the OAS.

Usage: sicremi-collect [OPTIONS]

Options:
  --data-dir <PATH>  Folder for the local database and exported packages. Created if missing.
                     Default: $SICREMI_DATA_DIR if set, otherwise the platform's
                     application-data folder (on Linux ~/.local/share/org.oas.sicremi.collect).
  -h, --help         Print this help and exit.
  -V, --version      Print the version and exit.

Environment:
  SICREMI_DATA_DIR   Data folder, used when --data-dir is not given.
  RUST_LOG           Log filter for the tracing output on stderr, for example `debug`. Default: info.
";

/// Settings for one run of the desktop app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaunchOptions {
    /// Absolute data folder chosen on the command line or in the environment; `None` means the
    /// platform's application-data folder.
    pub data_dir: Option<PathBuf>,
}

/// Action requested on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    Run(LaunchOptions),
    Help,
    Version,
}

/// Parses the command-line arguments (without the program name) and the value of
/// [`DATA_DIR_ENV`].
///
/// An empty `SICREMI_DATA_DIR` counts as unset. Relative paths are resolved against the current
/// directory, so the app keeps using the same folder if something changes the directory later.
pub fn parse_launch(
    args: impl IntoIterator<Item = OsString>,
    env_data_dir: Option<OsString>,
) -> Result<Launch, ShellError> {
    let mut flag_data_dir: Option<OsString> = None;
    let mut args = args.into_iter();

    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        match text.as_ref() {
            "-h" | "--help" => return Ok(Launch::Help),
            "-V" | "--version" => return Ok(Launch::Version),
            DATA_DIR_OPTION => {
                let value = args.next().filter(|value| !value.is_empty()).ok_or(
                    ShellError::MissingOptionValue {
                        option: DATA_DIR_OPTION,
                    },
                )?;
                flag_data_dir = Some(value);
            }
            _ => match text.strip_prefix("--data-dir=") {
                Some("") => {
                    return Err(ShellError::MissingOptionValue {
                        option: DATA_DIR_OPTION,
                    })
                }
                Some(_) => flag_data_dir = Some(strip_option_prefix(arg)),
                None => {
                    return Err(ShellError::UnknownArgument {
                        argument: text.into_owned(),
                    })
                }
            },
        }
    }

    let chosen = flag_data_dir.or(env_data_dir.filter(|value| !value.is_empty()));
    let data_dir = chosen.map(make_absolute).transpose()?;
    Ok(Launch::Run(LaunchOptions { data_dir }))
}

/// Returns the part after `--data-dir=` without a lossy UTF-8 conversion, so non-UTF-8 paths
/// survive on Unix.
fn strip_option_prefix(arg: OsString) -> OsString {
    let prefix_len = "--data-dir=".len();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let mut bytes = arg.into_vec();
        bytes.drain(..prefix_len);
        OsString::from_vec(bytes)
    }
    #[cfg(not(unix))]
    {
        // NOTE: this takes the lossy UTF-8 form, so on Windows an unpaired surrogate in the path
        // becomes U+FFFD. `--data-dir PATH` as two arguments keeps such a path intact.
        OsString::from(&arg.to_string_lossy()[prefix_len..])
    }
}

fn make_absolute(path: OsString) -> Result<PathBuf, ShellError> {
    let path = PathBuf::from(path);
    std::path::absolute(&path).map_err(|source| ShellError::DataDirAbsolute { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: Option<&str>) -> Result<Launch, ShellError> {
        parse_launch(args.iter().map(OsString::from), env.map(OsString::from))
    }

    fn data_dir_of(launch: Launch) -> Option<PathBuf> {
        match launch {
            Launch::Run(options) => options.data_dir,
            other => panic!("expected Launch::Run, got {other:?}"),
        }
    }

    #[test]
    fn no_arguments_uses_platform_folder() {
        let launch = parse(&[], None).unwrap();
        assert_eq!(data_dir_of(launch), None);
    }

    #[test]
    fn option_with_separate_value() {
        let launch = parse(&["--data-dir", "/srv/sicremi"], None).unwrap();
        assert_eq!(data_dir_of(launch), Some(PathBuf::from("/srv/sicremi")));
    }

    #[test]
    fn option_with_equals_value() {
        let launch = parse(&["--data-dir=/srv/sicremi"], None).unwrap();
        assert_eq!(data_dir_of(launch), Some(PathBuf::from("/srv/sicremi")));
    }

    #[test]
    fn environment_sets_folder() {
        let launch = parse(&[], Some("/var/lib/sicremi")).unwrap();
        assert_eq!(data_dir_of(launch), Some(PathBuf::from("/var/lib/sicremi")));
    }

    #[test]
    fn option_overrides_environment() {
        let launch = parse(&["--data-dir", "/srv/flag"], Some("/srv/env")).unwrap();
        assert_eq!(data_dir_of(launch), Some(PathBuf::from("/srv/flag")));
    }

    #[test]
    fn empty_environment_counts_as_unset() {
        let launch = parse(&[], Some("")).unwrap();
        assert_eq!(data_dir_of(launch), None);
    }

    #[test]
    fn relative_path_becomes_absolute() {
        let launch = parse(&["--data-dir", "relative/data"], None).unwrap();
        let expected = std::env::current_dir().unwrap().join("relative/data");
        assert_eq!(data_dir_of(launch), Some(expected));
    }

    #[test]
    fn missing_value_is_rejected() {
        for args in [&["--data-dir"][..], &["--data-dir="], &["--data-dir", ""]] {
            let error = parse(args, None).unwrap_err();
            assert_eq!(error.code(), "shell.missing_option_value", "args {args:?}");
            assert_eq!(error.exit_status(), 2, "args {args:?}");
        }
    }

    #[test]
    fn unknown_argument_is_rejected() {
        let error = parse(&["--datadir", "/tmp"], None).unwrap_err();
        assert_eq!(error.code(), "shell.unknown_argument");
        assert!(error.to_string().contains("\"--datadir\""), "{error}");
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse(&["--help"], None).unwrap(), Launch::Help);
        assert_eq!(parse(&["-h"], None).unwrap(), Launch::Help);
        assert_eq!(parse(&["--version"], None).unwrap(), Launch::Version);
        assert_eq!(parse(&["-V"], None).unwrap(), Launch::Version);
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_path_survives() {
        use std::os::unix::ffi::{OsStrExt, OsStringExt};

        let mut arg = b"--data-dir=/srv/".to_vec();
        arg.push(0xff);
        let launch = parse_launch([OsString::from_vec(arg)], None).unwrap();
        let data_dir = data_dir_of(launch).unwrap();
        assert_eq!(data_dir.as_os_str().as_bytes(), b"/srv/\xff");
    }
}

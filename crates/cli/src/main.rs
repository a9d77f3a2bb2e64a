//! `sicremi`: every flow of SICREMI Collect from the command line, for scripted and headless
//! use. The desktop app calls the same library functions.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod report;

use clap::{Args, Parser, Subcommand};

use sicremi_app::i18n::Catalog;
use sicremi_store::{CycleState, ImportOutcome};

use report::Report;
use sicremi_app::{
    create_demo, AppError, AppResult, CellInput, Correspondent, DataLayout, KdfParams, Profile,
    Secretariat,
};

#[derive(Parser)]
#[command(
    name = "sicremi",
    version,
    about = "SICREMI Collect: compile, validate, seal and import migration statistics"
)]
struct Cli {
    /// Folder holding the correspondent/ and secretariat/ folders. Defaults to the operating
    /// system's data folder (~/.local/share/org.oas.sicremi.collect on Linux), or $SICREMI_DATA_DIR.
    #[arg(long, global = true, env = "SICREMI_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Language of messages: en, es, pt or fr. Defaults to $LANG, then English.
    #[arg(long, global = true)]
    lang: Option<String>,
    /// Print results as JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Read the passphrase from the first line of standard input instead of prompting.
    /// $SICREMI_PASSPHRASE is used when set.
    #[arg(long, global = true)]
    passphrase_stdin: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a demo secretariat and a demo correspondent on this machine.
    Demo {
        /// ISO 3166-1 alpha-3 code of the demo correspondent's country.
        #[arg(long, default_value = "ARG")]
        country: String,
    },
    /// Create a correspondent workspace and signing key (a real deployment).
    Init {
        #[arg(long)]
        country: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        institution: String,
    },
    /// Trust the secretariat's public encryption key file.
    Trust { file: PathBuf },
    /// Write the correspondent's public signing key file, for registration by the secretariat.
    ExportKey { out: PathBuf },
    /// Show the workspace: tables, progress, findings counts, keys and submissions.
    Status,
    /// Set one cell and list the findings that name it. Exits with 0 once the cell is stored,
    /// even while sealing is blocked; `validate` reports that.
    Set {
        /// Table id, e.g. T1.
        table: String,
        /// The cell's codes joined by ':' in the table's dimension order, e.g. 2025:BOL:F for
        /// T1 (year:nationality:sex) or 2025:FIRST:_T:BOL:F for T5
        /// (year:application:age:nationality:sex).
        key: String,
        /// The count; omit or pass "" to leave no number (then give --status).
        value: Option<String>,
        /// Observation status code (SDMX OBS_STATUS), e.g. E or L.
        #[arg(long)]
        status: Option<String>,
        /// Confidentiality status code (SDMX CONF_STATUS), e.g. C.
        #[arg(long)]
        conf: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Answer a metadata question of a table; an empty VALUE clears it. Exits with 0 once the
    /// answer is stored.
    Metadata {
        table: String,
        field: String,
        value: String,
    },
    /// Run every validation rule and list the findings. Exits with 1 while sealing is blocked.
    Validate,
    /// Justify a warning; an empty TEXT removes the justification. Exits with 0 once it is
    /// stored.
    Justify { finding: String, text: String },
    /// Import Argentina's RENAPER file of foreigners by province, sex and age into T9.
    ImportRenaper {
        file: PathBuf,
        /// Reference date of the stock, YYYY-MM-DD.
        #[arg(long)]
        date: String,
    },
    /// Import a filled template.
    ImportTemplate { file: PathBuf },
    /// Export a table as an .xlsx template with the current figures.
    ExportTemplate { table: String, out: PathBuf },
    /// Seal a signed package encrypted to the secretariat.
    Seal {
        /// File or folder to write to; defaults to the workspace's outbox folder.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Questionnaire packs: issue one (secretariat), inspect or import one (correspondent).
    #[command(subcommand)]
    Pack(PackCommand),
    /// List the cells and metadata answers that a new questionnaire definition dropped.
    Dropped,
    /// Move the workspace to the questionnaire definition built into this program: shows the
    /// values it moves and drops, and applies it only with --yes when any value changes.
    UpgradeDefinition {
        /// Apply the upgrade even though values move or are dropped.
        #[arg(long)]
        yes: bool,
    },
    /// The secretariat's commands.
    #[command(subcommand)]
    Secretariat(SecretariatCommand),
    /// Write an enrollment request for your signing key, to send to the secretariat.
    Enroll {
        /// File to write; an existing file is not replaced.
        #[arg(long)]
        out: PathBuf,
    },
    /// Replace a lost or compromised signing key with a new one; the figures stay. Enroll
    /// the new key afterwards.
    Rekey,
    /// Trust a root key for trust bundles from its public key file (the demo network's root;
    /// the real deployment's root is built in).
    TrustRoot { file: PathBuf },
    /// Print the root key built into this program, to compare by telephone.
    ShowRoot,
    /// Import a trust bundle: the secretariat's current keys, signed by its root.
    ImportBundle { file: PathBuf },
    /// Import a receipt from the secretariat for one of your packages.
    ImportReceipt { file: PathBuf },
}

#[derive(Subcommand)]
enum PackCommand {
    /// Issue a signed questionnaire pack for one country (secretariat).
    Issue {
        /// ISO 3166-1 alpha-3 code of the country the pack is for.
        #[arg(long)]
        country: String,
        /// Total population by year, e.g. 2023=46000000,2024=46400000.
        #[arg(long, value_delimiter = ',')]
        population: Vec<String>,
        /// File to write the pack to; an existing file is not replaced.
        #[arg(long)]
        out: PathBuf,
    },
    /// Verify a pack and show what importing it would change, without changing anything.
    Inspect { file: PathBuf },
    /// Import a pack into the workspace.
    Import {
        file: PathBuf,
        /// Confirm an import whose new definition moves or drops values.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
enum SecretariatCommand {
    /// Create the secretariat's encryption key and consolidated store.
    Init,
    /// Write the public encryption key file that correspondents trust.
    ExportKey {
        out: PathBuf,
        /// Write the public key that signs questionnaire packs instead.
        #[arg(long)]
        signing: bool,
    },
    /// Register a correspondent's public signing key for a country.
    Register {
        file: PathBuf,
        #[arg(long)]
        country: String,
    },
    /// Revoke a registered signing key by its id.
    Revoke { key_id: String },
    /// Import package files; a bad file is reported and the others still imported.
    Import(ImportArgs),
    /// Import every package file of folders or lists; rejected files are copied to a
    /// quarantine folder with a reason file.
    ImportBatch {
        /// Package files, or folders whose files are all imported.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Folder for rejected files; defaults to quarantine/ in the secretariat folder.
        #[arg(long)]
        quarantine: Option<PathBuf>,
        /// Folder for receipts; defaults to receipts/ in the secretariat folder.
        #[arg(long)]
        receipts: Option<PathBuf>,
    },
    /// Verify an enrollment request and show its fingerprint, without registering it.
    InspectEnrollment { file: PathBuf },
    /// Register the key of an enrollment request for the request's country.
    Enroll {
        file: PathBuf,
        /// Start of validity, YYYY-MM-DD (UTC) or RFC 3339; defaults to now.
        #[arg(long)]
        valid_from: Option<String>,
        /// End of validity, YYYY-MM-DD (UTC) or RFC 3339; open-ended when omitted.
        #[arg(long)]
        valid_until: Option<String>,
    },
    /// Replace the encryption key with a new one, as each cycle should. The old key is kept so
    /// packages sealed to it still import; sign a new trust bundle afterwards.
    RotateKey,
    /// Close a reporting cycle: its packages are rejected from now on.
    CloseCycle { cycle: String },
    /// Reopen a closed reporting cycle.
    OpenCycle { cycle: String },
    /// List the cycles that were closed or reopened.
    Cycles,
    /// Create the offline root key that signs trust bundles ($SICREMI_ROOT_PASSPHRASE).
    RootInit {
        /// Key file to write, for example on a removable drive; the public key file is
        /// written next to it as NAME.pub.json.
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign a trust bundle of the secretariat's current keys with the root key
    /// ($SICREMI_ROOT_PASSPHRASE).
    SignBundle {
        /// The root key file.
        #[arg(long)]
        root: PathBuf,
        /// Days until the bundle expires.
        #[arg(long, default_value_t = 365)]
        days: u32,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write an encrypted backup of the secretariat's key files ($SICREMI_BACKUP_PASSPHRASE).
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
    /// Rebuild the secretariat's key files from a backup ($SICREMI_BACKUP_PASSPHRASE).
    Restore { file: PathBuf },
    /// Show the consolidated store: countries, submissions and registered keys.
    Status,
    /// Print the current figures of one country.
    Show { country: String },
    /// Compare the countries' figures with each other: emigrants one country reports against
    /// the immigrants of its nationality the destinations report (information only).
    Mirror,
    /// Export every country's current figures to one .xlsx workbook.
    Export { out: PathBuf },
}

#[derive(Args)]
struct ImportArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

fn main() -> ExitCode {
    restore_default_sigpipe();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SICREMI_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let catalog = Catalog::new(
        cli.lang
            .as_deref()
            .or(std::env::var("LANG").ok().as_deref())
            .unwrap_or("en"),
    );
    match run(&cli, &catalog) {
        Ok(code) => code,
        Err(error) => {
            if cli.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&error).expect("errors serialise")
                );
            } else {
                eprintln!(
                    "{}",
                    catalog.text_with("cli-error", &[("message", catalog.error(&error))])
                );
            }
            ExitCode::from(2)
        }
    }
}

/// Lets the program end quietly when its output is piped into a command that stops reading,
/// such as `sicremi validate | head`, as command-line tools do. Rust ignores SIGPIPE by
/// default, so every later write would fail and `println!` would panic.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first in `main`, before any thread exists; it only resets the signal's
    // disposition to the system default.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn run(cli: &Cli, catalog: &Catalog) -> AppResult<ExitCode> {
    let layout = match &cli.data_dir {
        Some(dir) => DataLayout::new(dir),
        None => DataLayout::new(&DataLayout::default_root().ok_or_else(|| {
            AppError::new(
                "setup.no_data_dir",
                "no data folder found for this user; pass --data-dir",
            )
        })?),
    };
    match &cli.command {
        Command::Demo { country } => {
            let passphrase = read_passphrase(
                cli,
                "Choose a passphrase for the demo keys (8 characters or more): ",
            )?;
            let setup = create_demo(&layout, country, &passphrase, &KdfParams::DEFAULT)?;
            show(catalog, cli.json, &setup);
        }
        Command::Init {
            country,
            name,
            institution,
        } => {
            let passphrase = read_passphrase(
                cli,
                "Choose a passphrase for your signing key (8 characters or more): ",
            )?;
            let profile = Profile {
                country: country.clone(),
                name: name.clone(),
                institution: institution.clone(),
            };
            let correspondent = Correspondent::create(
                &layout.correspondent(),
                profile,
                &passphrase,
                &KdfParams::DEFAULT,
            )?;
            show(catalog, cli.json, &correspondent.overview()?);
        }
        Command::Trust { file } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            show(
                catalog,
                cli.json,
                &correspondent.trust_secretariat(&read_file(file)?)?,
            );
        }
        Command::ExportKey { out } => {
            let correspondent = Correspondent::open(&layout.correspondent())?;
            sicremi_app::files::write_atomically(out, &correspondent.signing_public_key_file()?)?;
        }
        Command::Status => show(
            catalog,
            cli.json,
            &Correspondent::open(&layout.correspondent())?.overview()?,
        ),
        Command::Set {
            table,
            key,
            value,
            status,
            conf,
            note,
        } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let input = CellInput {
                value: value.clone(),
                obs_status: status.clone(),
                conf_status: conf.clone(),
                note: note.clone(),
            };
            let outcome = correspondent.set_cell(table, key, &input)?;
            report_edit(
                cli,
                catalog,
                correspondent.questionnaire(),
                &outcome.findings,
                |finding| {
                    finding
                        .cells
                        .iter()
                        .any(|c| &c.table == table && &c.key == key)
                },
            );
        }
        Command::Metadata {
            table,
            field,
            value,
        } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let view = correspondent.set_metadata(table, field, value)?;
            report_edit(
                cli,
                catalog,
                correspondent.questionnaire(),
                &view,
                |finding| {
                    finding.table.as_deref() == Some(table.as_str())
                        && matches!(
                            finding.params.get("field"),
                            Some(sicremi_model::Param::Text(f)) if f == field
                        )
                },
            );
        }
        Command::Validate => {
            let correspondent = Correspondent::open(&layout.correspondent())?;
            return Ok(report_findings(
                cli,
                catalog,
                correspondent.questionnaire(),
                &correspondent.findings()?,
            ));
        }
        Command::Justify { finding, text } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let view = correspondent.justify(finding, text)?;
            report_edit(
                cli,
                catalog,
                correspondent.questionnaire(),
                &view,
                |listed| &listed.id == finding,
            );
        }
        Command::ImportRenaper { file, date } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            show(
                catalog,
                cli.json,
                &correspondent.import_renaper(file, date)?,
            );
        }
        Command::ImportTemplate { file } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            show(catalog, cli.json, &correspondent.import_template(file)?);
        }
        Command::ExportTemplate { table, out } => {
            let correspondent = Correspondent::open(&layout.correspondent())?;
            correspondent.export_template(table, catalog.lang(), out)?;
        }
        Command::Seal { out } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let passphrase = read_passphrase(cli, "Passphrase of your signing key: ")?;
            show(
                catalog,
                cli.json,
                &correspondent.seal(&passphrase, out.as_deref())?,
            );
        }
        Command::Pack(command) => return run_pack(cli, catalog, &layout, command),
        Command::Dropped => {
            let correspondent = Correspondent::open(&layout.correspondent())?;
            show(
                catalog,
                cli.json,
                &report::DroppedList(correspondent.dropped_cells()?),
            );
        }
        Command::UpgradeDefinition { yes } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let Some(upgrade) = correspondent.definition_upgrade()? else {
                return Err(AppError::new(
                    "definition.no_upgrade",
                    "the workspace already uses this program's questionnaire definition, or a questionnaire pack governs it; nothing to do",
                ));
            };
            if upgrade.migration.changes_values() && !yes {
                show(catalog, cli.json, &upgrade);
                if !cli.json {
                    println!("{}", catalog.text("cli-definition-needs-yes"));
                }
                return Ok(ExitCode::from(1));
            }
            show(catalog, cli.json, &correspondent.upgrade_definition(*yes)?);
        }
        Command::Secretariat(command) => return run_secretariat(cli, catalog, &layout, command),
        Command::Enroll { out } => {
            let correspondent = Correspondent::open(&layout.correspondent())?;
            let passphrase = read_passphrase(cli, "Passphrase of your signing key: ")?;
            show(
                catalog,
                cli.json,
                &correspondent.export_enrollment(&passphrase, out)?,
            );
        }
        Command::Rekey => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let passphrase = read_passphrase(
                cli,
                "Choose a passphrase for the new signing key (8 characters or more): ",
            )?;
            show(
                catalog,
                cli.json,
                &correspondent.replace_signing_key(&passphrase, &KdfParams::DEFAULT)?,
            );
        }
        Command::TrustRoot { file } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            show(
                catalog,
                cli.json,
                &correspondent.trust_root(&read_file(file)?)?,
            );
        }
        Command::ShowRoot => show(catalog, cli.json, &report::RootKey::deployment()),
        Command::ImportBundle { file } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            show(catalog, cli.json, &correspondent.import_trust_bundle(file)?);
        }
        Command::ImportReceipt { file } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            show(catalog, cli.json, &correspondent.import_receipt(file)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_pack(
    cli: &Cli,
    catalog: &Catalog,
    layout: &DataLayout,
    command: &PackCommand,
) -> AppResult<ExitCode> {
    match command {
        PackCommand::Issue {
            country,
            population,
            out,
        } => {
            let population = parse_population(population)?;
            let mut secretariat = Secretariat::open(&layout.secretariat())?;
            let passphrase = read_passphrase(cli, "Passphrase of the secretariat's keys: ")?;
            show(
                catalog,
                cli.json,
                &secretariat.issue_pack(country, &passphrase, &population, out)?,
            );
        }
        PackCommand::Inspect { file } => {
            let correspondent = Correspondent::open(&layout.correspondent())?;
            show(catalog, cli.json, &correspondent.inspect_pack(file)?);
        }
        PackCommand::Import { file, yes } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let preview = correspondent.inspect_pack(file)?;
            if !cli.json {
                preview.print(catalog, false);
            }
            let changes_values = preview
                .migration
                .as_ref()
                .is_some_and(|plan| plan.changes_values());
            if changes_values && !yes {
                if !cli.json {
                    println!("{}", catalog.text("cli-pack-needs-yes"));
                }
                return Err(AppError::new(
                    "pack.confirmation_required",
                    "the new questionnaire definition moves or drops values; run the import again with --yes to confirm",
                ));
            }
            show(catalog, cli.json, &correspondent.import_pack(file, *yes)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses `YEAR=COUNT` items such as "2023=46000000".
fn parse_population(items: &[String]) -> AppResult<BTreeMap<String, i64>> {
    let mut population = BTreeMap::new();
    for item in items.iter().filter(|item| !item.trim().is_empty()) {
        let parsed = item
            .split_once('=')
            .and_then(|(year, count)| Some((year.trim(), count.trim().parse::<i64>().ok()?)));
        let Some((year, count)) = parsed else {
            return Err(AppError::new(
                "pack.invalid_population",
                format!("{item:?} is not YEAR=COUNT; write e.g. 2023=46000000"),
            )
            .with("value", item));
        };
        population.insert(year.to_string(), count);
    }
    Ok(population)
}

fn run_secretariat(
    cli: &Cli,
    catalog: &Catalog,
    layout: &DataLayout,
    command: &SecretariatCommand,
) -> AppResult<ExitCode> {
    let dir = layout.secretariat();
    match command {
        SecretariatCommand::Init => {
            let passphrase = read_passphrase(
                cli,
                "Choose a passphrase for the secretariat's key (8 characters or more): ",
            )?;
            show(
                catalog,
                cli.json,
                &Secretariat::create(&dir, &passphrase, &KdfParams::DEFAULT)?.overview()?,
            );
        }
        SecretariatCommand::ExportKey { out, signing } => {
            let secretariat = Secretariat::open(&dir)?;
            let file = if *signing {
                secretariat.signing_public_key_file()?
            } else {
                secretariat.public_key_file()?
            };
            sicremi_app::files::write_atomically(out, &file)?;
        }
        SecretariatCommand::Register { file, country } => {
            let mut secretariat = Secretariat::open(&dir)?;
            show(
                catalog,
                cli.json,
                &secretariat.register_correspondent(&read_file(file)?, country)?,
            );
        }
        SecretariatCommand::Revoke { key_id } => {
            show(catalog, cli.json, &Secretariat::open(&dir)?.revoke(key_id)?)
        }
        SecretariatCommand::Import(args) => {
            let mut secretariat = Secretariat::open(&dir)?;
            let passphrase = read_passphrase(cli, "Passphrase of the secretariat's key: ")?;
            let mut failed = 0;
            let mut results = Vec::new();
            for file in &args.files {
                match secretariat.import_package(file, &passphrase) {
                    Ok(import) => {
                        if !cli.json {
                            println!("{}", package_line(catalog, file, &import));
                            if let Some(receipt) = &import.receipt {
                                println!(
                                    "  {}",
                                    catalog.text_with(
                                        "cli-receipt-written",
                                        &[("path", receipt.clone())]
                                    )
                                );
                            }
                            if matches!(import.outcome, ImportOutcome::Imported { .. }) {
                                for finding in &import.findings {
                                    println!(
                                        "  {}",
                                        catalog.finding(finding, secretariat.questionnaire())
                                    );
                                }
                            }
                        }
                        results.push(serde_json::to_value(&import).expect("imports serialise"));
                    }
                    Err(error) => {
                        failed += 1;
                        if !cli.json {
                            eprintln!("{}: {}", file.display(), catalog.error(&error));
                        }
                        results.push(
                            serde_json::json!({"file": file.display().to_string(), "error": error}),
                        );
                    }
                }
            }
            if cli.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&results).expect("results serialise")
                );
            }
            return Ok(if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            });
        }
        SecretariatCommand::ImportBatch {
            inputs,
            quarantine,
            receipts,
        } => {
            let mut secretariat = Secretariat::open(&dir)?;
            let passphrase = read_passphrase(cli, "Passphrase of the secretariat's key: ")?;
            let summary = secretariat.import_batch(
                inputs,
                &passphrase,
                quarantine.as_deref(),
                receipts.as_deref(),
            )?;
            show(catalog, cli.json, &summary);
            return Ok(if summary.quarantined + summary.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            });
        }
        SecretariatCommand::InspectEnrollment { file } => show(
            catalog,
            cli.json,
            &Secretariat::open(&dir)?.inspect_enrollment(file)?,
        ),
        SecretariatCommand::Enroll {
            file,
            valid_from,
            valid_until,
        } => {
            let mut secretariat = Secretariat::open(&dir)?;
            show(
                catalog,
                cli.json,
                &secretariat.register_enrollment(
                    file,
                    valid_from.as_deref(),
                    valid_until.as_deref(),
                )?,
            );
        }
        SecretariatCommand::RotateKey => {
            let passphrase = read_passphrase(cli, "Passphrase of the secretariat's keys: ")?;
            let mut secretariat = Secretariat::open(&dir)?;
            show(
                catalog,
                cli.json,
                &secretariat.rotate_encryption_key(&passphrase, &KdfParams::DEFAULT)?,
            );
        }
        SecretariatCommand::CloseCycle { cycle } => show(
            catalog,
            cli.json,
            &Secretariat::open(&dir)?.set_cycle_state(cycle, CycleState::Closed)?,
        ),
        SecretariatCommand::OpenCycle { cycle } => show(
            catalog,
            cli.json,
            &Secretariat::open(&dir)?.set_cycle_state(cycle, CycleState::Open)?,
        ),
        SecretariatCommand::Cycles => show(
            catalog,
            cli.json,
            &report::CycleList(Secretariat::open(&dir)?.cycle_records()?),
        ),
        SecretariatCommand::RootInit { out } => {
            let passphrase = read_secret(
                cli,
                "SICREMI_ROOT_PASSPHRASE",
                "Choose a passphrase for the root key (8 characters or more): ",
            )?;
            show(
                catalog,
                cli.json,
                &sicremi_app::trust::create_root_key(out, &passphrase, &KdfParams::DEFAULT)?,
            );
        }
        SecretariatCommand::SignBundle { root, days, out } => {
            let mut secretariat = Secretariat::open(&dir)?;
            let passphrase = read_secret(
                cli,
                "SICREMI_ROOT_PASSPHRASE",
                "Passphrase of the root key: ",
            )?;
            show(
                catalog,
                cli.json,
                &secretariat.sign_trust_bundle(root, &passphrase, *days, out)?,
            );
        }
        SecretariatCommand::Backup { out } => {
            let secretariat = Secretariat::open(&dir)?;
            let passphrase = read_secret(
                cli,
                "SICREMI_BACKUP_PASSPHRASE",
                "Choose a passphrase for the backup (8 characters or more): ",
            )?;
            show(
                catalog,
                cli.json,
                &secretariat.backup_keys(&passphrase, &KdfParams::DEFAULT, out)?,
            );
        }
        SecretariatCommand::Restore { file } => {
            let passphrase = read_secret(
                cli,
                "SICREMI_BACKUP_PASSPHRASE",
                "Passphrase of the backup: ",
            )?;
            show(
                catalog,
                cli.json,
                &Secretariat::restore_keys(&dir, file, &passphrase)?,
            );
        }
        SecretariatCommand::Status => {
            show(catalog, cli.json, &Secretariat::open(&dir)?.overview()?)
        }
        SecretariatCommand::Mirror => {
            let secretariat = Secretariat::open(&dir)?;
            let findings = secretariat.network_findings()?;
            if cli.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&findings).expect("findings serialise")
                );
            } else {
                for finding in &findings {
                    println!(
                        "{} {}",
                        finding.id,
                        catalog.finding(finding, secretariat.questionnaire())
                    );
                }
                println!(
                    "{}",
                    catalog.text_with(
                        "cli-mirror-summary",
                        &[("count", findings.len().to_string())]
                    )
                );
            }
        }
        SecretariatCommand::Show { country } => {
            let dataset = Secretariat::open(&dir)?.dataset(&country.to_ascii_uppercase())?;
            println!(
                "{}",
                serde_json::to_string_pretty(&dataset).expect("datasets serialise")
            );
        }
        SecretariatCommand::Export { out } => {
            let count = Secretariat::open(&dir)?.export_consolidated(out, catalog.lang())?;
            if !cli.json {
                println!(
                    "{}",
                    catalog.text_with(
                        "cli-exported",
                        &[
                            ("count", count.to_string()),
                            ("path", out.display().to_string())
                        ]
                    )
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints, after an edit, the findings that concern what was edited and the summary of all.
/// The edit is stored, so this never changes the exit status.
fn report_edit(
    cli: &Cli,
    catalog: &Catalog,
    questionnaire: &sicremi_model::Questionnaire,
    view: &sicremi_app::correspondent::FindingsView,
    concerns: impl Fn(&sicremi_model::Finding) -> bool,
) {
    if cli.json {
        println!(
            "{}",
            serde_json::to_string_pretty(view).expect("findings serialise")
        );
        return;
    }
    for finding in view.findings.iter().filter(|f| concerns(f)) {
        print_finding(catalog, questionnaire, view, finding);
    }
    print_summary(catalog, view);
}

fn print_finding(
    catalog: &Catalog,
    questionnaire: &sicremi_model::Questionnaire,
    view: &sicremi_app::correspondent::FindingsView,
    finding: &sicremi_model::Finding,
) {
    let justified = view.justifications.iter().any(|j| j.covers(finding));
    let mark = if justified { " ✓" } else { "" };
    println!(
        "{} {}{mark}",
        finding.id,
        catalog.finding(finding, questionnaire)
    );
}

fn print_summary(catalog: &Catalog, view: &sicremi_app::correspondent::FindingsView) {
    let a = &view.assessment;
    println!(
        "{}",
        catalog.text_with(
            "cli-summary",
            &[
                ("errors", a.errors.to_string()),
                ("warnings", a.warnings.to_string()),
                ("unjustified", a.unjustified_warnings.to_string()),
            ]
        )
    );
}

fn report_findings(
    cli: &Cli,
    catalog: &Catalog,
    questionnaire: &sicremi_model::Questionnaire,
    view: &sicremi_app::correspondent::FindingsView,
) -> ExitCode {
    if cli.json {
        println!(
            "{}",
            serde_json::to_string_pretty(view).expect("findings serialise")
        );
    } else {
        for finding in &view.findings {
            print_finding(catalog, questionnaire, view, finding);
        }
        print_summary(catalog, view);
    }
    if view.assessment.can_seal() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn read_file(path: &Path) -> AppResult<Vec<u8>> {
    // Public key files are a few hundred bytes; anything far larger is not one.
    const MAX: u64 = 64 * 1024;
    let metadata = std::fs::metadata(path).map_err(|e| sicremi_app::error::io_error(path, e))?;
    if metadata.len() > MAX {
        return Err(AppError::new(
            "io.too_large",
            format!(
                "{} is {} bytes, more than a key file can be; check the file name",
                path.display(),
                metadata.len()
            ),
        )
        .with("path", path.display()));
    }
    std::fs::read(path).map_err(|e| sicremi_app::error::io_error(path, e))
}

/// Reads a passphrase from $SICREMI_PASSPHRASE, standard input, or a prompt without echo.
fn read_passphrase(cli: &Cli, prompt: &str) -> AppResult<String> {
    read_secret(cli, "SICREMI_PASSPHRASE", prompt)
}

/// Reads a passphrase from the environment variable `variable`, standard input, or a prompt
/// without echo.
fn read_secret(cli: &Cli, variable: &str, prompt: &str) -> AppResult<String> {
    if let Ok(passphrase) = std::env::var(variable) {
        return Ok(passphrase);
    }
    if cli.passphrase_stdin || !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_string());
    }
    rpassword::prompt_password(prompt)
        .map_err(|e| AppError::new("io.failed", format!("cannot read the passphrase: {e}")))
}

fn show<R: Report>(catalog: &Catalog, json: bool, value: &R) {
    value.print(catalog, json);
}

fn package_line(
    catalog: &Catalog,
    file: &Path,
    import: &sicremi_app::secretariat::PackageImport,
) -> String {
    let file = file.display().to_string();
    match &import.outcome {
        ImportOutcome::Imported { cell_count, .. } => catalog.text_with(
            "cli-package-imported",
            &[
                ("file", file),
                ("country", import.country.clone()),
                ("sequence", import.sequence.to_string()),
                ("cells", cell_count.to_string()),
                ("sha256", import.sha256.clone()),
            ],
        ),
        ImportOutcome::AlreadyImported { imported_at, .. } => catalog.text_with(
            "cli-package-already-imported",
            &[("file", file), ("date", imported_at.clone())],
        ),
        ImportOutcome::Superseded {
            sequence,
            latest_sequence,
            ..
        } => catalog.text_with(
            "cli-package-superseded",
            &[
                ("file", file),
                ("sequence", sequence.to_string()),
                ("latest", latest_sequence.to_string()),
            ],
        ),
    }
}

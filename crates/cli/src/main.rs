//! `sicremi`: every flow of SICREMI Collect from the command line, for scripted and headless
//! use. The desktop app calls the same library functions.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod report;

use clap::{Args, Parser, Subcommand};

use sicremi_app::i18n::Catalog;
use sicremi_store::ImportOutcome;

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
    /// Set one cell. KEY is the codes of the cell joined by ':', e.g. 2025:BOL:F.
    Set {
        table: String,
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
    /// Answer a metadata question of a table; an empty VALUE clears it.
    Metadata {
        table: String,
        field: String,
        value: String,
    },
    /// Run every validation rule and list the findings. Exits with 1 while sealing is blocked.
    Validate,
    /// Justify a warning; an empty TEXT removes the justification.
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
    /// The secretariat's commands.
    #[command(subcommand)]
    Secretariat(SecretariatCommand),
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
    /// Show the consolidated store: countries, submissions and registered keys.
    Status,
    /// Print the current figures of one country.
    Show { country: String },
    /// Export every country's current figures to one .xlsx workbook.
    Export { out: PathBuf },
}

#[derive(Args)]
struct ImportArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

fn main() -> ExitCode {
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
            return Ok(report_findings(
                cli,
                catalog,
                correspondent.questionnaire(),
                &outcome.findings,
            ));
        }
        Command::Metadata {
            table,
            field,
            value,
        } => {
            let mut correspondent = Correspondent::open(&layout.correspondent())?;
            let view = correspondent.set_metadata(table, field, value)?;
            return Ok(report_findings(
                cli,
                catalog,
                correspondent.questionnaire(),
                &view,
            ));
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
            return Ok(report_findings(
                cli,
                catalog,
                correspondent.questionnaire(),
                &view,
            ));
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
        Command::Secretariat(command) => return run_secretariat(cli, catalog, &layout, command),
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
        SecretariatCommand::Status => {
            show(catalog, cli.json, &Secretariat::open(&dir)?.overview()?)
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
            let justified = view.justifications.iter().any(|j| j.covers(finding));
            let mark = if justified { " ✓" } else { "" };
            println!(
                "{} {}{mark}",
                finding.id,
                catalog.finding(finding, questionnaire)
            );
        }
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
    if let Ok(passphrase) = std::env::var("SICREMI_PASSPHRASE") {
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

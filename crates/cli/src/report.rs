//! Text output of the command line, in the user's language. `--json` prints the same results
//! as JSON for scripts instead.

use serde::Serialize;

use sicremi_app::correspondent::{ImportOutcome, Overview, SealOutcome};
use sicremi_app::demo::DemoSetup;
use sicremi_app::i18n::Catalog;
use sicremi_app::secretariat::{RegisteredKeyView, SecretariatOverview};
use sicremi_app::views::KeyView;
use sicremi_sheets::Warning;

/// A command's result, printable as translated text or as JSON.
pub trait Report: Serialize {
    fn lines(&self, catalog: &Catalog) -> Vec<String>;

    fn print(&self, catalog: &Catalog, json: bool) {
        if json {
            println!(
                "{}",
                serde_json::to_string_pretty(self).expect("results serialise")
            );
        } else {
            for line in self.lines(catalog) {
                println!("{line}");
            }
        }
    }
}

fn text(catalog: &Catalog, id: &str, args: &[(&str, String)]) -> String {
    catalog.text_with(id, args)
}

impl Report for KeyView {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-key",
            &[
                ("kind", self.kind.to_string()),
                ("key_id", self.key_id.clone()),
                ("fingerprint", self.fingerprint.clone()),
            ],
        )]
    }
}

impl Report for DemoSetup {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-demo-created",
            &[
                ("country", self.country.clone()),
                ("correspondent", self.correspondent_dir.clone()),
                ("secretariat", self.secretariat_dir.clone()),
            ],
        )];
        lines.extend(self.signing_key.lines(catalog));
        lines.extend(self.secretariat_key.lines(catalog));
        lines
    }
}

impl Report for Overview {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-status-header",
            &[
                ("country", self.country.clone()),
                ("name", self.name.clone()),
                ("version", self.questionnaire.version.to_string()),
                ("cycle", self.cycle.to_string()),
                ("path", self.workspace_path.clone()),
            ],
        )];
        for table in &self.tables {
            lines.push(text(
                catalog,
                "cli-status-table",
                &[
                    ("table", table.id.clone()),
                    ("filled", table.filled.to_string()),
                    ("expected", table.expected.to_string()),
                    ("errors", table.errors.to_string()),
                    ("warnings", table.warnings.to_string()),
                    ("unjustified", table.unjustified_warnings.to_string()),
                ],
            ));
        }
        lines.extend(self.signing_key.lines(catalog));
        match &self.secretariat_key {
            Some(key) => lines.extend(key.lines(catalog)),
            None => lines.push(text(catalog, "cli-no-secretariat-key", &[])),
        }
        lines.push(text(
            catalog,
            "cli-status-sequence",
            &[("sequence", self.last_sequence.to_string())],
        ));
        lines
    }
}

impl Report for ImportOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-imported",
            &[
                ("source", self.source.clone()),
                ("rows", self.rows_read.to_string()),
                ("cells", self.cells_written.to_string()),
            ],
        )];
        if !self.metadata_filled.is_empty() {
            lines.push(text(
                catalog,
                "cli-metadata-filled",
                &[("fields", self.metadata_filled.join(", "))],
            ));
        }
        for warning in &self.warnings {
            let line = match warning {
                Warning::NamesMerged { code, names } => text(
                    catalog,
                    "ui-import-names-merged",
                    &[("code", code.clone()), ("names", names.join(", "))],
                ),
                Warning::QuestionnaireMismatch { .. } => {
                    text(catalog, "ui-import-questionnaire-mismatch", &[])
                }
            };
            lines.push(format!("  {line}"));
        }
        lines
    }
}

impl Report for SealOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-sealed",
            &[
                ("sequence", self.sequence.to_string()),
                ("path", self.path.clone()),
                ("bytes", self.bytes.to_string()),
                ("sha256", self.sha256.clone()),
            ],
        )]
    }
}

impl Report for RegisteredKeyView {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let id = if self.revoked_at.is_some() {
            "cli-key-revoked"
        } else {
            "cli-key-registered"
        };
        vec![text(
            catalog,
            id,
            &[
                ("key_id", self.key_id.clone()),
                ("country", self.country.clone()),
                ("fingerprint", self.fingerprint.clone()),
            ],
        )]
    }
}

impl Report for SecretariatOverview {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = self.encryption_key.lines(catalog);
        lines.push(text(
            catalog,
            "cli-secretariat-summary",
            &[
                ("path", self.store_path.clone()),
                ("submissions", self.submissions.len().to_string()),
                ("countries", self.countries.join(", ")),
            ],
        ));
        for key in &self.keys {
            lines.extend(key.lines(catalog));
        }
        lines
    }
}

//! The whole path of the demo in the real app. The test creates the demo network for Argentina,
//! imports the RENAPER file, breaks and fixes a figure through the grid, justifies the warnings
//! and seals. It then imports the package as the secretariat, finds the justification beside its
//! finding, and compares the secretariat's figures with sums computed here from the CSV file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use fantoccini::{Client, Locator};
use sicremi_model::definition::MetadataKind;
use sicremi_model::Questionnaire;

use crate::actions::{
    active_test_id, answer_field, edit_cell, set_input, set_select, type_into, wait_css,
    wait_text_containing, wait_until,
};
use crate::support::{display_missing, with_app_in, TestApp};

pub const PASSPHRASE: &str = "demo passphrase 2026";
const RENAPER_FILE: &str = "tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv";
const REFERENCE_DATE: &str = "2023-01-31";

/// Persons per (nationality as written in the file, SICREMI sex code), summed over provinces
/// and age groups.
type Counts = BTreeMap<(String, &'static str), i64>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_full_path() {
    if display_missing("demo_full_path") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let outbox = tempfile::tempdir().expect("create a temporary package folder");
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join(RENAPER_FILE);
    let counts = renaper_counts(&csv);
    let outbox_path = outbox.path().to_path_buf();

    with_app_in("demo_full_path", data_dir.path(), move |app| async move {
        let started = Instant::now();
        let client = app.find("app-name").await.client();
        app.click("language-en").await;

        create_demo(&app, &client).await;
        eprintln!("e2e: demo created after {:?}", started.elapsed());
        import_renaper(&app, &csv).await;
        eprintln!("e2e: RENAPER imported after {:?}", started.elapsed());
        answer_stock_metadata(&app, &client).await;
        check_idb_indicator(&app, &client).await;
        break_and_fix_cell(&app, &client, &counts).await;
        eprintln!("e2e: cell broken and fixed after {:?}", started.elapsed());
        justify_warnings(&app, &client).await;
        let package = seal(&app, &client, &outbox_path).await;
        eprintln!("e2e: sealed after {:?}", started.elapsed());
        check_spanish_heading(&app).await;
        import_as_secretariat(&app, &client, &package).await;
        check_justification_beside_finding(&app, &client).await;
        check_country_view(&app, &client, &counts).await;
        eprintln!("e2e: whole path passed in {:?}", started.elapsed());
    })
    .await;
}

pub async fn create_demo(app: &TestApp, client: &Client) {
    app.wait_for_text("welcome-heading", "Welcome to SICREMI Collect")
        .await;
    set_select(client, "demo-country", "ARG").await;
    type_into(app, "demo-passphrase", PASSPHRASE).await;
    type_into(app, "demo-passphrase-confirm", PASSPHRASE).await;
    app.click("demo-create").await;
    // The overview opens once the demo exists.
    app.wait_for_text("overview-heading", "Overview").await;
    let fingerprint = app.find("signing-fingerprint").await.text().await.unwrap();
    let groups: Vec<&str> = fingerprint.split_whitespace().collect();
    assert_eq!(groups.len(), 6, "fingerprint {fingerprint:?}");
    assert!(
        groups
            .iter()
            .all(|g| g.len() == 5 && g.chars().all(|c| c.is_ascii_digit())),
        "fingerprint {fingerprint:?}"
    );
    app.find("secretariat-fingerprint").await;
}

async fn import_renaper(app: &TestApp, csv: &Path) {
    app.click("tab-import").await;
    type_into(app, "renaper-path", &csv.display().to_string()).await;
    let date = app.find("renaper-date").await;
    assert_eq!(
        date.prop("value").await.unwrap().as_deref(),
        Some(REFERENCE_DATE)
    );
    app.click("renaper-import").await;
    let summary = wait_text_containing(app, "import-summary", "cells written").await;
    // The file's 60 nationality and sex cells are written for each of T9's age groups and for
    // the age total.
    let questionnaire = Questionnaire::embedded();
    let stock = questionnaire.table("T9").expect("T9 exists");
    let age_codes: usize = stock.slice_dims()[1..]
        .iter()
        .map(|dim| questionnaire.codes(&dim.codelist).len())
        .product();
    let expected = grouped(60 * age_codes as i64);
    assert!(
        summary.contains(&format!("{expected} cells written")),
        "unexpected import summary {summary:?}"
    );
}

/// Answers each required metadata question of T9 that the import left empty.
async fn answer_stock_metadata(app: &TestApp, client: &Client) {
    app.click("tab-tables").await;
    set_select(client, "table-select", "T9").await;
    let questionnaire = Questionnaire::embedded();
    let required = questionnaire
        .def
        .metadata
        .iter()
        .filter(|q| q.required && q.applies_to("T9"));
    for question in required {
        let test_id = format!("metadata-{}", question.id);
        let field = app.find(&test_id).await;
        let current = field.prop("value").await.unwrap().unwrap_or_default();
        if !current.trim().is_empty() {
            continue;
        }
        match question.kind {
            MetadataKind::Choice => set_select(client, &test_id, &question.choices[0].code).await,
            MetadataKind::Date => answer_field(client, &test_id, "2023-02-15").await,
            MetadataKind::Integer => answer_field(client, &test_id, "0").await,
            MetadataKind::Text | MetadataKind::LongText => {
                answer_field(
                    client,
                    &test_id,
                    "Registered foreign residents, all provinces.",
                )
                .await
            }
        }
        wait_css(client, &format!("[data-testid={test_id}] ~ small.success")).await;
    }
    app.click("tab-findings").await;
    wait_until("no metadata finding remains for T9", || async {
        client
            .find_all(Locator::Css(
                "[data-testid=finding][data-rule=M01][data-table=T9]",
            ))
            .await
            .map(|found| found.is_empty())
            .unwrap_or(false)
    })
    .await;
}

/// Checks that the overview shows the IDB indicator as a read-only figure. The demo has no
/// inflow figures, so the indicator is incomplete.
async fn check_idb_indicator(app: &TestApp, client: &Client) {
    app.click("tab-overview").await;
    let status = app.attribute("idb-status", "data-status").await;
    assert_eq!(status.as_deref(), Some("incomplete"));
    // An indicator that was not computed shows no figures, not zeros.
    app.wait_for_text("idb-inflows", "—").await;
    app.wait_for_text("idb-percent", "—").await;
    let fields = client
        .find_all(Locator::Css(
            "[data-testid=idb-indicator] input, [data-testid=idb-indicator] textarea",
        ))
        .await
        .unwrap();
    assert!(fields.is_empty(), "the IDB indicator has an editable field");
}

/// Types a value that breaks the sex-sum rule into Bolivia, women, and checks the finding. Then
/// follows the finding back to the cell and types the original value again.
async fn break_and_fix_cell(app: &TestApp, client: &Client, counts: &Counts) {
    let count = |sex| {
        counts
            .get(&("Bolivia".to_string(), sex))
            .copied()
            .unwrap_or(0)
    };
    let (women, men, other) = (count("F"), count("M"), count("O"));
    let total = women + men + other;
    let wrong = women + 10;

    app.click("tab-tables").await;
    set_select(client, "table-select", "T9").await;
    app.wait_for_text("cell-BOL-F", &grouped(women)).await;

    edit_cell(app, client, "cell-BOL-F", &wrong.to_string()).await;
    app.wait_for_text("cell-BOL-F", &grouped(wrong)).await;
    let severity = app.attribute("cell-BOL-F", "data-severity").await;
    assert_eq!(severity.as_deref(), Some("error"));

    app.click("tab-findings").await;
    let finding = wait_css(client, "[data-testid=finding][data-rule=V02]").await;
    let message = finding.text().await.unwrap();
    // The UI formats numbers with the English digit grouping.
    for expected in [grouped(total), grouped(total + 10), "-10".to_string()] {
        assert!(
            message.contains(&expected),
            "sex-sum finding {message:?} lacks {expected}"
        );
    }
    assert!(message.contains("Bolivia"), "finding {message:?}");

    finding
        .find(Locator::Css("[data-testid=finding-link]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.find("editor-heading").await;
    // A sum finding points at the total first.
    wait_until("the finding's cell has the focus", || async {
        active_test_id(client).await.as_deref() == Some("cell-BOL-_T")
    })
    .await;

    // From Total, three cells to the left is Women (Men, Women, Other sex, Unknown, Total).
    let active = client.active_element().await.unwrap();
    active.send_keys("\u{E012}\u{E012}\u{E012}").await.unwrap();
    wait_until("the arrow keys reach Bolivia, women", || async {
        active_test_id(client).await.as_deref() == Some("cell-BOL-F")
    })
    .await;
    edit_cell(app, client, "cell-BOL-F", &women.to_string()).await;
    app.wait_for_text("cell-BOL-F", &grouped(women)).await;
    app.click("tab-findings").await;
    wait_until("the sex-sum finding disappears", || async {
        client
            .find_all(Locator::Css("[data-testid=finding][data-rule=V02]"))
            .await
            .map(|found| found.is_empty())
            .unwrap_or(false)
    })
    .await;
    app.wait_for_text("findings-count-error", "0 errors").await;
}

/// Text of the justification of T1's completeness warning, looked for again at the secretariat.
const COMPLETENESS_JUSTIFICATION: &str =
    "Permanent inflows are compiled by another agency and sent later.";

/// Justifies every remaining warning. T1 has no figures, so its completeness warning is among
/// them, and it gets COMPLETENESS_JUSTIFICATION.
async fn justify_warnings(app: &TestApp, client: &Client) {
    let finding = wait_css(
        client,
        "[data-testid=finding][data-rule=V00][data-table=T1]",
    )
    .await;
    let text = finding.text().await.unwrap();
    assert!(
        text.contains("2023, 2024, 2025"),
        "completeness finding {text:?}"
    );

    let warnings = client
        .find_all(Locator::Css("[data-testid=finding][data-severity=warning]"))
        .await
        .unwrap();
    assert!(!warnings.is_empty(), "no warning to justify");
    for warning in &warnings {
        let id = warning.attr("data-finding-id").await.unwrap().unwrap();
        let rule = warning.attr("data-rule").await.unwrap();
        let table = warning.attr("data-table").await.unwrap();
        let justification = if rule.as_deref() == Some("V00") && table.as_deref() == Some("T1") {
            COMPLETENESS_JUSTIFICATION.to_string()
        } else {
            format!("Checked with the source agency ({id}).")
        };
        let selector = format!("[data-testid=finding][data-finding-id=\"{id}\"]");
        let area = wait_css(
            client,
            &format!("{selector} [data-testid=justification-text]"),
        )
        .await;
        area.send_keys(&justification).await.unwrap();
        wait_css(
            client,
            &format!("{selector} [data-testid=justification-save]"),
        )
        .await
        .click()
        .await
        .unwrap();
        wait_css(client, &format!("{selector} [data-testid=justified]")).await;
    }
    wait_text_containing(app, "findings-count-warning", "(0 without justification)").await;
}

async fn seal(app: &TestApp, client: &Client, outbox: &Path) -> PathBuf {
    app.click("tab-seal").await;
    wait_until("sealing is allowed", || async {
        app.attribute("seal-status", "data-allowed")
            .await
            .as_deref()
            == Some("true")
    })
    .await;
    type_into(app, "seal-passphrase", PASSPHRASE).await;
    set_input(client, "seal-destination", &outbox.display().to_string()).await;
    app.click("seal-button").await;

    let path = PathBuf::from(app.find("seal-path").await.text().await.unwrap().trim());
    assert_eq!(path.parent(), Some(outbox), "package written to {path:?}");
    assert!(path.is_file(), "{} was not written", path.display());
    app.wait_for_text("seal-sequence", "1").await;
    let sha256 = app.find("seal-sha256").await.text().await.unwrap();
    assert_eq!(sha256.trim().len(), 64, "SHA-256 {sha256:?}");
    path
}

async fn check_spanish_heading(app: &TestApp) {
    app.click("language-es").await;
    app.wait_for_text("seal-heading", "Sellar y enviar").await;
    app.wait_for_text("tab-findings", "Observaciones").await;
    app.click("language-en").await;
    app.wait_for_text("seal-heading", "Seal and send").await;
}

async fn import_as_secretariat(app: &TestApp, client: &Client, package: &Path) {
    app.click("nav-secretariat").await;
    app.wait_for_text("secretariat-heading", "Secretariat")
        .await;
    app.find("encryption-fingerprint").await;
    type_into(app, "package-paths", &package.display().to_string()).await;
    type_into(app, "package-passphrase", PASSPHRASE).await;
    app.click("package-import").await;
    let outcome = wait_text_containing(app, "package-outcome", "Imported").await;
    assert!(
        outcome.contains("Argentina") && outcome.contains("package number 1"),
        "import outcome {outcome:?}"
    );
    // The digest shown for a telephone check is the file's own.
    let expected = sicremi_app::files::sha256_hex(&std::fs::read(package).unwrap());
    let digest = app.find("package-digest").await.text().await.unwrap();
    assert!(
        digest.contains(&expected),
        "digest line {digest:?}, file {expected}"
    );
    let result = wait_css(client, "[data-testid=package-result]").await;
    assert_eq!(
        result.attr("data-ok").await.unwrap().as_deref(),
        Some("true")
    );
}

/// Opens the findings of the imported package and checks that T1's completeness warning shows
/// the correspondent's justification beside it.
async fn check_justification_beside_finding(app: &TestApp, client: &Client) {
    app.click("submission-findings-toggle-1-ARG").await;
    let finding = wait_css(
        client,
        "[data-testid=submission-finding][data-rule=V00][data-table=T1]",
    )
    .await;
    let message = finding
        .find(Locator::Css("[data-testid=submission-finding-message]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(message.contains("2023, 2024, 2025"), "finding {message:?}");
    let justification = finding
        .find(Locator::Css("[data-testid=submission-justification-text]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(justification.trim(), COMPLETENESS_JUSTIFICATION);
    let written = finding
        .find(Locator::Css("[data-testid=submission-justification-at]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(written.starts_with("Written on"), "time line {written:?}");
    let outdated = finding
        .find_all(Locator::Css(
            "[data-testid=submission-justification-outdated]",
        ))
        .await
        .unwrap();
    assert!(
        outdated.is_empty(),
        "the justification is shown as outdated"
    );
}

async fn check_country_view(app: &TestApp, client: &Client, counts: &Counts) {
    set_select(client, "country-select", "ARG").await;
    set_select(client, "country-table-select", "T9").await;
    let slice = app.find("country-slice-select").await;
    wait_until("the reference date is selected", || async {
        slice.prop("value").await.ok().flatten().as_deref() == Some(REFERENCE_DATE)
    })
    .await;

    let sum = |nationality: Option<&str>, sex: Option<&str>| -> i64 {
        counts
            .iter()
            .filter(|((n, s), _)| nationality.is_none_or(|w| w == n) && sex.is_none_or(|w| w == *s))
            .map(|(_, count)| count)
            .sum()
    };
    let expected = [
        ("cell-_T-_T", sum(None, None)),
        ("cell-_T-F", sum(None, Some("F"))),
        ("cell-_T-M", sum(None, Some("M"))),
        ("cell-_T-O", sum(None, Some("O"))),
        ("cell-BOL-F", sum(Some("Bolivia"), Some("F"))),
        ("cell-BOL-M", sum(Some("Bolivia"), Some("M"))),
        ("cell-BOL-_T", sum(Some("Bolivia"), None)),
        ("cell-PRY-F", sum(Some("Paraguay"), Some("F"))),
        ("cell-PRY-M", sum(Some("Paraguay"), Some("M"))),
        ("cell-PRY-O", sum(Some("Paraguay"), Some("O"))),
        ("cell-PRY-_T", sum(Some("Paraguay"), None)),
    ];
    for (test_id, value) in expected {
        app.wait_for_text(test_id, &grouped(value)).await;
    }
    assert!(sum(None, None) > 3_000_000, "the CSV sums look wrong");
}

/// Reads the RENAPER CSV independently of the importer: persons per nationality and sex.
fn renaper_counts(path: &Path) -> Counts {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let mut lines = text.lines();
    let header = split_csv_line(lines.next().expect("the CSV has a header"));
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("the CSV has no column {name}: {header:?}"))
    };
    let (country, sex, count) = (column("pais_origen"), column("sexo"), column("cantidad"));

    let mut counts = Counts::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let fields = split_csv_line(line);
        let code = match fields[sex].as_str() {
            "MUJER" => "F",
            "VARON" => "M",
            "X" => "O",
            other => panic!("unexpected sex {other:?} in {line:?}"),
        };
        let persons: i64 = fields[count]
            .parse()
            .unwrap_or_else(|_| panic!("bad count in {line:?}"));
        *counts.entry((fields[country].clone(), code)).or_default() += persons;
    }
    counts
}

/// Splits one CSV line with double-quoted fields, which is all this file uses.
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for character in line.chars() {
        match character {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            _ => fields
                .last_mut()
                .expect("one field at least")
                .push(character),
        }
    }
    fields
}

/// Formats a count with English digit grouping, as the grid and the Fluent messages show it.
fn grouped(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    if value < 0 {
        out.insert(0, '-');
    }
    out
}

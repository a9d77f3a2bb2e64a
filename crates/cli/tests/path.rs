//! The whole path through the `sicremi` binary on the real RENAPER file: demo, import,
//! validation in Spanish, a justified warning, sealing, and the secretariat's import and
//! export.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery";

fn renaper_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv")
}

fn sicremi(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sicremi"))
        .args(args)
        .env("SICREMI_DATA_DIR", data_dir)
        .env("SICREMI_PASSPHRASE", PASSPHRASE)
        .env_remove("LANG")
        .output()
        .expect("the sicremi binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            stdout(output),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[test]
fn command_line_path_on_renaper_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();

    let demo = sicremi(data, &["--json", "demo", "--country", "ARG"]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );
    assert_eq!(json(&demo)["country"], "ARG");

    let csv = renaper_csv();
    let import = sicremi(
        data,
        &[
            "--json",
            "import-renaper",
            csv.to_str().unwrap(),
            "--date",
            "2023-01-31",
        ],
    );
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    assert_eq!(json(&import)["rows_read"], 9531);

    // The file leaves some required metadata questions of T9 open: errors block sealing,
    // exit status 1.
    let validate = sicremi(data, &["--json", "validate"]);
    assert_eq!(validate.status.code(), Some(1));
    let open: Vec<String> = json(&validate)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "M01")
        .map(|f| f["params"]["field"].as_str().unwrap().to_string())
        .collect();
    assert!(!open.is_empty());
    for field in &open {
        let answer = match field.as_str() {
            "extraction_date" => "2023-02-15",
            "disclosure_control" => "none",
            "period_type" => "stock_date",
            "stock_basis" => "nationality",
            _ => "Foreign residents registered with RENAPER on the reference date.",
        };
        let set = sicremi(data, &["metadata", "T9", field, answer]);
        assert_eq!(set.status.code(), Some(0), "{field}: {}", stdout(&set));
    }

    // Only the completeness warnings of T1 and T2 remain, and they block sealing: status 1.
    let validate = sicremi(data, &["--lang", "es", "validate"]);
    assert_eq!(validate.status.code(), Some(1), "{}", stdout(&validate));
    let text = stdout(&validate);
    assert!(text.contains("Advertencia"), "{text}");
    assert!(
        text.contains("aún no hay cifras para 2023, 2024, 2025"),
        "{text}"
    );

    // A broken sum is reported with its numbers, then fixed.
    // The edit is stored (status 0), and the findings that name the cell are listed.
    let set = sicremi(data, &["set", "T9", "2023-01-31:_T:PRY:M", "1"]);
    assert_eq!(set.status.code(), Some(0));
    assert!(stdout(&set).contains("[V02]"), "{}", stdout(&set));
    assert!(!stdout(&set).contains("[V00]"), "{}", stdout(&set));
    assert_eq!(
        sicremi(data, &["validate"]).status.code(),
        Some(1),
        "the broken sum blocks sealing"
    );
    let findings = json(&sicremi(data, &["--json", "validate"]));
    let original_men: i64 = {
        let finding = findings["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "V02")
            .unwrap();
        let total = finding["params"]["total"].as_i64().unwrap();
        let sum = finding["params"]["sum"].as_i64().unwrap();
        // Men were replaced by 1, so the original count is what the total misses, plus 1.
        total - sum + 1
    };
    let fix = sicremi(
        data,
        &[
            "set",
            "T9",
            "2023-01-31:_T:PRY:M",
            &original_men.to_string(),
        ],
    );
    assert_eq!(fix.status.code(), Some(0), "{}", stdout(&fix));
    assert!(!stdout(&fix).contains("[V02]"), "{}", stdout(&fix));

    // A bad value is rejected with a translated message naming it, and exit status 2.
    let bad = sicremi(
        data,
        &["--lang", "pt", "set", "T9", "2023-01-31:_T:PRY:M", "1.234"],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("1.234"));

    let findings = json(&sicremi(data, &["--json", "validate"]));
    let warnings: Vec<String> = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "warning")
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(warnings.len(), 2);
    for warning in &warnings {
        let justify = sicremi(
            data,
            &["justify", warning, "Inflows arrive with the next package."],
        );
        assert_eq!(justify.status.code(), Some(0), "{}", stdout(&justify));
    }
    assert!(sicremi(data, &["validate"]).status.success());

    let seal = sicremi(data, &["--json", "seal"]);
    assert!(
        seal.status.success(),
        "{}",
        String::from_utf8_lossy(&seal.stderr)
    );
    let package = json(&seal)["path"].as_str().unwrap().to_string();

    let imported = sicremi(data, &["--json", "secretariat", "import", &package]);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert_eq!(json(&imported)[0]["outcome"]["outcome"], "imported");

    let shown = json(&sicremi(data, &["secretariat", "show", "ARG"]));
    let csv_men_paraguay: i64 = std::fs::read_to_string(&csv)
        .unwrap()
        .lines()
        .filter(|line| line.contains("\"Paraguay\",\"VARON\""))
        .map(|line| line.rsplit(',').next().unwrap().parse::<i64>().unwrap())
        .sum();
    assert_eq!(
        shown["cells"]["T9"]["2023-01-31:_T:PRY:M"]["value"],
        csv_men_paraguay
    );

    let workbook = data.join("consolidated.xlsx");
    let export = sicremi(data, &["secretariat", "export", workbook.to_str().unwrap()]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert!(workbook.exists());
}

#[test]
fn output_into_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    assert!(sicremi(data, &["demo", "--country", "ARG"])
        .status
        .success());
    // A pipe whose reading end is already closed, as after `sicremi status | head -0`: the
    // first write fails, whatever the size of the output.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_sicremi"))
        .arg("status")
        .env("SICREMI_DATA_DIR", data)
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
}

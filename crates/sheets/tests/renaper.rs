//! The RENAPER importer against the agency's real file. Every expected figure is recomputed
//! here from the CSV with a separate, deliberately simple parser.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::{stock_questionnaire, t9_key};
use sicremi_model::{validate, Dataset, Questionnaire};
use sicremi_sheets::{
    import_renaper_stock, import_renaper_stock_file, ImportError, Location, ProblemKind,
    MAX_PROBLEMS,
};

const REFERENCE_DATE: &str = "2023-01-31";

fn renaper_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv")
}

/// The country names of the January 2023 file and the codes they must get.
const EXPECTED_CODES: [(&str, &str); 11] = [
    ("Bolivia", "BOL"),
    ("Brasil", "BRA"),
    ("Chile", "CHL"),
    ("Colombia", "COL"),
    ("España", "ESP"),
    ("Italia", "ITA"),
    ("Otro país", "ZZO"),
    ("Paraguay", "PRY"),
    ("Perú", "PER"),
    ("Uruguay", "URY"),
    ("Venezuela", "VEN"),
];

/// The SICREMI age group of each five-year band of the file.
const AGE_GROUPS: [(&str, &str); 20] = [
    ("0 a 4", "Y0T14"),
    ("5 a 9", "Y0T14"),
    ("10 a 14", "Y0T14"),
    ("15 a 19", "Y15T24"),
    ("20 a 24", "Y15T24"),
    ("25 a 29", "Y25T34"),
    ("30 a 34", "Y25T34"),
    ("35 a 39", "Y35T44"),
    ("40 a 44", "Y35T44"),
    ("45 a 49", "Y45T54"),
    ("50 a 54", "Y45T54"),
    ("55 a 59", "Y55T64"),
    ("60 a 64", "Y55T64"),
    ("65 a 69", "Y_GE65"),
    ("70 a 74", "Y_GE65"),
    ("75 a 79", "Y_GE65"),
    ("80 a 84", "Y_GE65"),
    ("85 a 89", "Y_GE65"),
    ("90 a 94", "Y_GE65"),
    ("95 y más", "Y_GE65"),
];

/// Totals by (nationality code, sex code, age group) recomputed from the raw text, plus the sum
/// of the cantidad column and the number of data lines.
struct Expected {
    by_code_sex_and_age: BTreeMap<(String, String, String), i64>,
    cantidad_sum: i64,
    lines: u64,
}

fn strip_quotes(field: &str) -> &str {
    field
        .strip_prefix('"')
        .and_then(|f| f.strip_suffix('"'))
        .unwrap_or(field)
}

fn expected_from_raw_text() -> Expected {
    let text = std::fs::read_to_string(renaper_path()).expect("the RENAPER file is UTF-8");
    let names: BTreeMap<&str, &str> = EXPECTED_CODES.into_iter().collect();
    let mut lines = text.lines();
    let header = lines.next().expect("header line");
    assert_eq!(
        header,
        r#""provincia_id","provincia_nombre","pais_origen","sexo","edad_quinquenal","cantidad""#
    );

    let groups: BTreeMap<&str, &str> = AGE_GROUPS.into_iter().collect();
    let mut expected = Expected {
        by_code_sex_and_age: BTreeMap::new(),
        cantidad_sum: 0,
        lines: 0,
    };
    for line in lines {
        expected.lines += 1;
        // The split below is only right if no field contains a comma: every line must have
        // exactly six comma-separated parts, each either fully quoted or bare digits.
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), 6, "line {line:?} has a comma inside a field");
        for field in &fields {
            let quoted = field.len() >= 2 && field.starts_with('"') && field.ends_with('"');
            let inner = strip_quotes(field);
            assert!(!inner.contains('"'), "field {field:?} has an inner quote");
            assert!(
                quoted || field.bytes().all(|b| b.is_ascii_digit()),
                "field {field:?} is neither quoted nor a number"
            );
        }
        let country = strip_quotes(fields[2]);
        let code = names
            .get(country)
            .unwrap_or_else(|| panic!("unexpected country {country:?} in the file"));
        let sex = match strip_quotes(fields[3]) {
            "MUJER" => "F",
            "VARON" => "M",
            "X" => "O",
            other => panic!("unexpected sexo {other:?}"),
        };
        let band = strip_quotes(fields[4]);
        let age = groups
            .get(band)
            .unwrap_or_else(|| panic!("unexpected edad_quinquenal {band:?}"));
        let count: i64 = strip_quotes(fields[5])
            .parse()
            .expect("cantidad is a number");
        expected.cantidad_sum += count;
        *expected
            .by_code_sex_and_age
            .entry((code.to_string(), sex.to_string(), age.to_string()))
            .or_default() += count;
    }
    expected
}

/// Returns the expected count of a cell; "_T" of any dimension sums over it.
fn expected_value(expected: &Expected, code: &str, sex: &str, age: &str) -> i64 {
    expected
        .by_code_sex_and_age
        .iter()
        .filter(|((c, s, a), _)| {
            (code == "_T" || c == code) && (sex == "_T" || s == sex) && (age == "_T" || a == age)
        })
        .map(|(_, v)| *v)
        .sum()
}

/// Imports the real file under `questionnaire` and compares every T9 cell with the figures
/// recomputed from the raw text: every age group when T9 has an age dimension, else the total.
fn check_cells_against_raw_sums(questionnaire: &Questionnaire) {
    let table = questionnaire.table("T9").unwrap();
    let expected = expected_from_raw_text();
    let import = import_renaper_stock_file(&renaper_path(), questionnaire, REFERENCE_DATE)
        .expect("the real file imports");

    assert_eq!(import.report.rows_read, 9531);
    assert_eq!(expected.lines, 9531);
    assert_eq!(
        import.report.source_name,
        "ar_renaper_extranjeros_residiendo_enero_2023.csv"
    );

    let cells: BTreeMap<&str, (Option<i64>, &sicremi_model::CellValue)> = import
        .cells
        .iter()
        .map(|(table, key, cell)| {
            assert_eq!(table, "T9");
            (key.as_str(), (cell.value, cell))
        })
        .collect();
    let rows: Vec<&str> = EXPECTED_CODES
        .iter()
        .map(|(_, code)| *code)
        .chain(["_T"])
        .collect();
    let sexes = ["M", "F", "O", "U", "_T"];
    // The slices and their age group: each group of the age dimension, or the date alone.
    let slices: Vec<(String, &str)> = match table.dimension("age") {
        Some(age) => questionnaire
            .codes(&age.codelist)
            .iter()
            .map(|code| {
                let slice = table.slice_from_codes(&[REFERENCE_DATE, &code.code]);
                (slice, code.code.as_str())
            })
            .collect(),
        None => vec![(REFERENCE_DATE.to_string(), "_T")],
    };
    assert_eq!(
        cells.len(),
        slices.len() * rows.len() * sexes.len(),
        "one cell per age group, row and sex"
    );

    for (slice, age) in &slices {
        for row in &rows {
            for sex in sexes {
                let key = table.key(slice, row, sex);
                let (value, cell) = cells
                    .get(key.as_str())
                    .unwrap_or_else(|| panic!("cell {key} is missing"));
                // The file has no line of unknown sex or age, so U and UNK are 0.
                let want = if sex == "U" || *age == "UNK" {
                    0
                } else {
                    expected_value(&expected, row, sex, age)
                };
                assert_eq!(*value, Some(want), "cell {key}");
                assert_eq!(cell.obs_status, None, "cell {key} has no status");
                assert_eq!(cell.note, None, "cell {key} has no note");
            }
        }
    }
}

#[test]
fn renaper_file_cells_match_raw_sums() {
    check_cells_against_raw_sums(&Questionnaire::embedded());
}

#[test]
fn renaper_by_age_group_match_raw_sums() {
    check_cells_against_raw_sums(&stock_questionnaire(true));
}

#[test]
fn renaper_without_age_dimension_match_raw_sums() {
    check_cells_against_raw_sums(&stock_questionnaire(false));
}

#[test]
fn renaper_total_equals_cantidad_sum() {
    let questionnaire = Questionnaire::embedded();
    let expected = expected_from_raw_text();
    let import =
        import_renaper_stock_file(&renaper_path(), &questionnaire, REFERENCE_DATE).unwrap();
    let total_key = t9_key(&questionnaire, "_T", "_T");
    let total = import
        .cells
        .iter()
        .find(|(_, key, _)| key == &total_key)
        .and_then(|(_, _, cell)| cell.value);
    assert_eq!(total, Some(expected.cantidad_sum));
    assert_eq!(expected.cantidad_sum, 3_007_251);
}

#[test]
fn renaper_sex_x_lands_in_o_and_totals() {
    let questionnaire = Questionnaire::embedded();
    let expected = expected_from_raw_text();
    let x_total = expected_value(&expected, "_T", "O", "_T");
    assert!(x_total > 0, "the file has people registered with sex X");

    let import =
        import_renaper_stock_file(&renaper_path(), &questionnaire, REFERENCE_DATE).unwrap();
    let mut dataset = Dataset::new("ARG");
    import.apply_to(&mut dataset);
    let value = |row: &str, sex: &str| dataset.value("T9", &t9_key(&questionnaire, row, sex));

    assert_eq!(value("_T", "O"), Some(x_total));
    assert_eq!(
        value("_T", "_T"),
        Some(value("_T", "M").unwrap() + value("_T", "F").unwrap() + x_total)
    );
    for (_, code) in EXPECTED_CODES {
        let parts = ["M", "F", "O", "U"].map(|sex| value(code, sex).unwrap());
        assert_eq!(value(code, "_T"), Some(parts.iter().sum()), "row {code}");
    }
}

#[test]
fn renaper_dataset_passes_sum_rules() {
    let questionnaire = Questionnaire::embedded();
    let import =
        import_renaper_stock_file(&renaper_path(), &questionnaire, REFERENCE_DATE).unwrap();
    let mut dataset = Dataset::new("ARG");
    import.apply_to(&mut dataset);

    assert_eq!(
        dataset.metadata("T9", "source_institution"),
        Some("Registro Nacional de las Personas (RENAPER)")
    );
    assert_eq!(dataset.metadata("T9", "source_type"), Some("register"));
    assert_eq!(dataset.metadata("T9", "counting_unit"), Some("persons"));
    assert_eq!(dataset.metadata("T9", "period_type"), Some("stock_date"));

    let findings = validate(&questionnaire, &dataset);
    for rule in ["V01", "V02", "V03", "V05", "V11"] {
        let found: Vec<_> = findings.iter().filter(|f| f.rule == rule).collect();
        assert!(found.is_empty(), "rule {rule} fired: {found:?}");
    }
    // The file cannot tell the coverage or the extraction date, so the correspondent still
    // answers some questions. The ones the import fills are not among them.
    for finding in findings.iter().filter(|f| f.rule == "M01") {
        let field = format!("{:?}", finding.params.get("field"));
        for filled in [
            "source_institution",
            "source_type",
            "counting_unit",
            "period_type",
        ] {
            assert!(
                !field.contains(filled),
                "{filled} is asked again: {finding:?}"
            );
        }
    }
}

fn csv_with(lines: &[&str]) -> Vec<u8> {
    let mut text = String::from(
        "\"provincia_id\",\"provincia_nombre\",\"pais_origen\",\"sexo\",\"edad_quinquenal\",\"cantidad\"\n",
    );
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text.into_bytes()
}

#[test]
fn renaper_collects_every_bad_line() {
    let questionnaire = Questionnaire::embedded();
    let bytes = csv_with(&[
        r#"6,"BUENOS AIRES","Bolivia","MUJER","0 a 4",305"#,
        r#"6,"BUENOS AIRES","Bolivia","MUJERES","5 a 9",10"#,
        r#"6,"BUENOS AIRES","Bolivia","VARON","5 a 9",-3"#,
        r#"6,"BUENOS AIRES","Atlantis","VARON","0 a 4",4"#,
        r#"6,"BUENOS AIRES","Chile","VARON","0 a 4",1.5"#,
        r#"6,"BUENOS AIRES","Bolivia","MUJER","0 a 4",305"#,
        r#"6,"BUENOS AIRES","Chile","VARON""#,
    ]);
    let error = import_renaper_stock(&bytes, "bad.csv", &questionnaire, REFERENCE_DATE)
        .expect_err("bad lines are rejected");
    assert_eq!(error.code(), "sheets.invalid");

    let problems: Vec<(u64, &str)> = error
        .problems()
        .iter()
        .map(|p| match &p.location {
            Location::Line { line } => (*line, p.code()),
            other => panic!("unexpected location {other:?}"),
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (3, "sheets.unknown_sex"),
            (4, "sheets.not_a_count"),
            (5, "sheets.unknown_country"),
            (6, "sheets.not_a_count"),
            (7, "sheets.duplicate_record"),
            (8, "sheets.field_count"),
        ]
    );
    let message = error.to_string();
    assert!(message.contains("Line 3: sexo \"MUJERES\""), "{message}");
    assert!(
        message.contains("Line 5: country name \"Atlantis\""),
        "{message}"
    );
    assert!(message.contains("\"-3\""), "{message}");
    assert!(message.contains("nothing was imported"), "{message}");
}

#[test]
fn renaper_problem_list_is_capped() {
    let questionnaire = Questionnaire::embedded();
    let bad: Vec<String> = (0..80)
        .map(|age| format!(r#"6,"BUENOS AIRES","Bolivia","MUJER","{age}",abc"#))
        .collect();
    let lines: Vec<&str> = bad.iter().map(String::as_str).collect();
    let error = import_renaper_stock(&csv_with(&lines), "bad.csv", &questionnaire, REFERENCE_DATE)
        .unwrap_err();
    assert_eq!(error.problems().len(), MAX_PROBLEMS);
    assert!(matches!(
        error,
        ImportError::Invalid {
            truncated: true,
            ..
        }
    ));
}

#[test]
fn renaper_header_names_missing_column() {
    let questionnaire = Questionnaire::embedded();
    let bytes = b"\"provincia_id\",\"provincia_nombre\",\"pais\",\"sexo\",\"edad_quinquenal\",\"cantidad\"\n6,\"X\",\"Chile\",\"MUJER\",\"0 a 4\",1\n";
    let error = import_renaper_stock(bytes, "h.csv", &questionnaire, REFERENCE_DATE).unwrap_err();
    match &error {
        ImportError::Header {
            missing,
            unexpected,
            ..
        } => {
            assert_eq!(missing, &vec!["pais_origen".to_string()]);
            assert_eq!(unexpected, &vec!["pais".to_string()]);
        }
        other => panic!("expected a header error, got {other:?}"),
    }
    assert!(error.to_string().contains("pais_origen"));
}

#[test]
fn renaper_total_line_is_rejected() {
    let questionnaire = Questionnaire::embedded();
    let bytes = csv_with(&[r#"6,"BUENOS AIRES","Total","MUJER","0 a 4",305"#]);
    let error = import_renaper_stock(&bytes, "t.csv", &questionnaire, REFERENCE_DATE).unwrap_err();
    assert_eq!(error.problems()[0].kind.code(), "sheets.total_record");
}

#[test]
fn renaper_invalid_utf8_names_line() {
    let questionnaire = Questionnaire::embedded();
    let mut bytes = csv_with(&[r#"6,"BUENOS AIRES","Chile","MUJER","0 a 4",3"#]);
    bytes.extend_from_slice(b"6,\"BUENOS AIRES\",\"Per\xfa\",\"MUJER\",\"0 a 4\",3\n");
    let error =
        import_renaper_stock(&bytes, "latin1.csv", &questionnaire, REFERENCE_DATE).unwrap_err();
    let problem = &error.problems()[0];
    assert_eq!(problem.kind, ProblemKind::InvalidUtf8);
    assert_eq!(problem.location, Location::Line { line: 3 });
}

#[test]
fn renaper_rejects_bad_reference_date() {
    let questionnaire = Questionnaire::embedded();
    let bytes = csv_with(&[r#"6,"BUENOS AIRES","Chile","MUJER","0 a 4",3"#]);
    let error = import_renaper_stock(&bytes, "r.csv", &questionnaire, "2023-02-30").unwrap_err();
    assert_eq!(error.code(), "sheets.invalid_reference_date");
}

#[test]
fn renaper_rejects_oversized_file_before_reading() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(sicremi_sheets::MAX_CSV_BYTES + 1).unwrap();
    let error = import_renaper_stock_file(&path, &questionnaire, REFERENCE_DATE).unwrap_err();
    assert_eq!(error.code(), "sheets.file_too_large");
}

#[test]
fn renaper_header_only_file_has_no_data() {
    let questionnaire = Questionnaire::embedded();
    let error =
        import_renaper_stock(&csv_with(&[]), "e.csv", &questionnaire, REFERENCE_DATE).unwrap_err();
    assert_eq!(error.code(), "sheets.no_data");
}

#[test]
fn renaper_age_bands_checked_against_groups() {
    let questionnaire = stock_questionnaire(true);
    let bytes = csv_with(&[
        r#"6,"BUENOS AIRES","Chile","MUJER","10 a 19",3"#,
        r#"6,"BUENOS AIRES","Chile","MUJER","abc",3"#,
        r#"6,"BUENOS AIRES","Chile","MUJER","",3"#,
        r#"6,"BUENOS AIRES","Chile","MUJER","37",3"#,
    ]);
    let error =
        import_renaper_stock(&bytes, "ages.csv", &questionnaire, REFERENCE_DATE).unwrap_err();
    let problems: Vec<(u64, &str)> = error
        .problems()
        .iter()
        .map(|p| match &p.location {
            Location::Line { line } => (*line, p.code()),
            other => panic!("unexpected location {other:?}"),
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (2, "sheets.unknown_age_group"),
            (3, "sheets.unknown_age_group"),
            (4, "sheets.empty_field"),
        ]
    );
    assert!(error.to_string().contains("\"10 a 19\""), "{error}");
}

#[test]
fn renaper_single_ages_and_unknown_age() {
    let questionnaire = stock_questionnaire(true);
    let table = questionnaire.table("T9").unwrap();
    let bytes = csv_with(&[
        r#"6,"BUENOS AIRES","Chile","MUJER","37",3"#,
        r#"6,"BUENOS AIRES","Chile","MUJER","35 a 39",4"#,
        r#"6,"BUENOS AIRES","Chile","VARON","Sin dato",5"#,
        r#"6,"BUENOS AIRES","Chile","VARON","100 y más",1"#,
    ]);
    let import = import_renaper_stock(&bytes, "ages.csv", &questionnaire, REFERENCE_DATE).unwrap();
    let mut dataset = Dataset::new("ARG");
    import.apply_to(&mut dataset);
    let value = |age: &str, row: &str, sex: &str| {
        let slice = table.slice_from_codes(&[REFERENCE_DATE, age]);
        dataset.value("T9", &table.key(&slice, row, sex))
    };
    assert_eq!(value("Y35T44", "CHL", "F"), Some(7));
    assert_eq!(value("UNK", "CHL", "M"), Some(5));
    assert_eq!(value("Y_GE65", "CHL", "M"), Some(1));
    assert_eq!(value("Y0T14", "CHL", "M"), Some(0));
    assert_eq!(value("_T", "CHL", "_T"), Some(13));
    assert_eq!(value("_T", "_T", "F"), Some(7));

    // Without an age dimension the bands are only added up, whatever their text.
    let flat = stock_questionnaire(false);
    let bytes = csv_with(&[r#"6,"BUENOS AIRES","Chile","MUJER","abc",3"#]);
    let import = import_renaper_stock(&bytes, "flat.csv", &flat, REFERENCE_DATE).unwrap();
    let total = import
        .cells
        .iter()
        .find(|(_, key, _)| key == &format!("{REFERENCE_DATE}:_T:_T"))
        .map(|(_, _, cell)| cell.value);
    assert_eq!(total, Some(Some(3)));
}

#[test]
fn renaper_age_groups_pass_sum_rules() {
    let questionnaire = stock_questionnaire(true);
    let import =
        import_renaper_stock_file(&renaper_path(), &questionnaire, REFERENCE_DATE).unwrap();
    let mut dataset = Dataset::new("ARG");
    import.apply_to(&mut dataset);
    let findings = validate(&questionnaire, &dataset);
    assert!(findings.is_empty(), "{findings:?}");
}

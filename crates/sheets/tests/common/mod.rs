//! Datasets and workbook edits shared by the integration tests.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sicremi_model::{CellValue, Dataset, Questionnaire};

pub const STOCK_DATE: &str = "2023-01-31";

pub fn realfiles() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/realfiles")
}

fn cell(
    value: Option<i64>,
    obs: Option<&str>,
    conf: Option<&str>,
    note: Option<&str>,
) -> CellValue {
    CellValue {
        value,
        obs_status: obs.map(str::to_string),
        conf_status: conf.map(str::to_string),
        note: note.map(str::to_string),
    }
}

/// Argentina: T9 from the RENAPER file, and hand-made T1 and T3 figures with statuses and
/// notes, plus metadata answers.
pub fn argentina(questionnaire: &Questionnaire) -> Dataset {
    let mut dataset = Dataset::new("ARG");
    let renaper = realfiles().join("ar_renaper_extranjeros_residiendo_enero_2023.csv");
    sicremi_sheets::import_renaper_stock_file(&renaper, questionnaire, STOCK_DATE)
        .expect("the RENAPER file imports")
        .apply_to(&mut dataset);
    dataset.set(
        "T9",
        &format!("{STOCK_DATE}:BOL:F"),
        cell(
            dataset.value("T9", &format!("{STOCK_DATE}:BOL:F")),
            None,
            None,
            Some("Incluye doble nacionalidad"),
        ),
    );

    for (year, scale) in [("2023", 1), ("2024", 2), ("2025", 3)] {
        let rows = [
            ("BOL", [120, 130, 1, 0]),
            ("PER", [80, 95, 0, 2]),
            ("ZZO", [40, 41, 0, 0]),
        ];
        let mut totals = [0i64; 4];
        for (row, values) in rows {
            for (index, sex) in ["M", "F", "O", "U"].iter().enumerate() {
                let value = values[index] * scale;
                totals[index] += value;
                dataset.set(
                    "T1",
                    &format!("{year}:{row}:{sex}"),
                    CellValue::number(value),
                );
            }
            let total: i64 = values.iter().map(|v| v * scale).sum();
            dataset.set("T1", &format!("{year}:{row}:_T"), CellValue::number(total));
        }
        for (index, sex) in ["M", "F", "O", "U"].iter().enumerate() {
            dataset.set(
                "T1",
                &format!("{year}:_T:{sex}"),
                CellValue::number(totals[index]),
            );
        }
        dataset.set(
            "T1",
            &format!("{year}:_T:_T"),
            CellValue::number(totals.iter().sum()),
        );
    }
    dataset.set(
        "T1",
        "2024:PER:F",
        cell(
            Some(190),
            Some("E"),
            Some("C"),
            Some("Estimación: registros\nparciales «2024» ; 50% revisado"),
        ),
    );
    dataset.set("T1", "2025:BOL:O", cell(Some(3), Some("P"), None, None));
    dataset.set(
        "T1",
        "2023:XXA:M",
        cell(None, Some("L"), None, Some("not collected before 2024")),
    );
    dataset.set("T1", "2025:ZZO:U", cell(Some(0), None, Some("F"), None));

    dataset.set("T3", "2024:WORK:M", cell(Some(100), None, None, None));
    dataset.set("T3", "2024:WORK:F", cell(Some(90), Some("P"), None, None));
    dataset.set(
        "T3",
        "2024:FAMILY:_T",
        cell(Some(60), None, None, Some("reunificación familiar")),
    );
    dataset.set(
        "T3",
        "2024:HUMAN:_T",
        cell(None, Some("Q"), Some("C"), None),
    );
    dataset.set("T3", "2024:TOT:_T", cell(Some(250), None, None, None));

    let answers = [
        (
            "T1",
            "source_institution",
            "Dirección Nacional de Migraciones",
        ),
        ("T1", "source_type", "permits"),
        ("T1", "counting_unit", "persons"),
        (
            "T1",
            "definitions",
            "Radicaciones permanentes.\nIncluye Mercosur.",
        ),
        ("T1", "extraction_date", "2026-02-15"),
        ("T3", "source_type", "permits"),
    ];
    for (table, field, value) in answers {
        dataset
            .metadata
            .entry(table.to_string())
            .or_default()
            .insert(field.to_string(), value.to_string());
    }
    dataset
}

/// Reads every part of a zip file.
pub fn read_parts(path: &Path) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut part = archive.by_index(index).unwrap();
            let mut bytes = Vec::new();
            part.read_to_end(&mut bytes).unwrap();
            (part.name().to_string(), bytes)
        })
        .collect()
}

/// Writes parts as a deflated zip file.
pub fn write_parts(path: &Path, parts: &[(String, Vec<u8>)]) {
    let file = std::fs::File::create(path).unwrap();
    let mut writer = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, bytes) in parts {
        writer.start_file(name.as_str(), options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
}

/// Replaces cell `reference` (such as "D5") of worksheet part `sheet_part` (such as
/// "xl/worksheets/sheet1.xml") with `element`, the way another program saving the file would.
pub fn replace_cell(path: &Path, sheet_part: &str, reference: &str, element: &str) {
    let mut parts = read_parts(path);
    let (_, bytes) = parts
        .iter_mut()
        .find(|(name, _)| name == sheet_part)
        .unwrap_or_else(|| panic!("no part {sheet_part}"));
    let xml = String::from_utf8(bytes.clone()).unwrap();
    let start = xml
        .find(&format!("<c r=\"{reference}\""))
        .unwrap_or_else(|| panic!("no cell {reference} in {sheet_part}"));
    let open_end = start + xml[start..].find('>').unwrap();
    let end = if xml.as_bytes()[open_end - 1] == b'/' {
        open_end + 1
    } else {
        start + xml[start..].find("</c>").unwrap() + "</c>".len()
    };
    let edited = format!("{}{}{}", &xml[..start], element, &xml[end..]);
    *bytes = edited.into_bytes();
    write_parts(path, &parts);
}

pub fn number_cell(reference: &str, value: &str) -> String {
    format!("<c r=\"{reference}\"><v>{value}</v></c>")
}

pub fn text_cell(reference: &str, text: &str) -> String {
    format!("<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
}

pub fn error_cell(reference: &str, error: &str) -> String {
    format!("<c r=\"{reference}\" t=\"e\"><v>{error}</v></c>")
}

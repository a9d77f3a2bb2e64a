//! Datasets and workbook edits shared by the integration tests.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sicremi_model::definition::CodeListKind;
use sicremi_model::{CellValue, Dataset, Questionnaire, TableDef};

pub const STOCK_DATE: &str = "2023-01-31";

/// Returns the slice of `period` at the total of every further slice dimension, such as
/// "2023-01-31:_T" for T9 by age group.
pub fn total_slice(table: &TableDef, period: &str) -> String {
    let mut codes = vec![period];
    for dim in &table.slice_dims()[1..] {
        codes.push(
            dim.total
                .as_deref()
                .expect("further slice dimensions have a total"),
        );
    }
    table.slice_from_codes(&codes)
}

/// Returns the key of T9's cell at the reference date, the age total, `row` and `column`.
pub fn t9_key(questionnaire: &Questionnaire, row: &str, column: &str) -> String {
    let table = questionnaire.table("T9").unwrap();
    table.key(&total_slice(table, STOCK_DATE), row, column)
}

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
    let bolivian_women = t9_key(questionnaire, "BOL", "F");
    dataset.set(
        "T9",
        &bolivian_women,
        cell(
            dataset.value("T9", &bolivian_women),
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

/// Returns a count that differs from cell to cell, derived from the cell key.
fn sample_value(key: &str) -> i64 {
    key.bytes()
        .fold(7i64, |hash, byte| (hash * 31 + i64::from(byte)) % 100_003)
}

/// Returns the codes a sample dataset fills for one dimension: two codes and the total of an
/// enumerated list (BOL, ZZO and _T for nationalities), or two dates.
fn sample_codes(questionnaire: &Questionnaire, table: &TableDef, index: usize) -> Vec<String> {
    let dim = &table.dimensions[index];
    let list = questionnaire.codelist(&dim.codelist).unwrap();
    if list.kind == CodeListKind::Date {
        return vec![STOCK_DATE.to_string(), "2024-01-31".to_string()];
    }
    let codes = questionnaire.codes(&dim.codelist);
    let mut chosen: Vec<String> = if dim.open {
        ["BOL", "ZZO"].iter().map(|c| c.to_string()).collect()
    } else if index == 0 {
        codes.iter().rev().take(2).map(|c| c.code.clone()).collect()
    } else {
        codes.iter().take(2).map(|c| c.code.clone()).collect()
    };
    if let Some(total) = &dim.total {
        if !chosen.contains(total) {
            chosen.push(total.clone());
        }
    }
    if table.dimensions[index].role == sicremi_model::definition::DimensionRole::Column {
        return codes.iter().map(|c| c.code.clone()).collect();
    }
    chosen
}

/// Returns a dataset with figures in every table of the questionnaire: every combination of
/// the sample codes of each dimension, plus statuses, symbols' statuses, notes and an answer to
/// every metadata question asked for the table.
pub fn every_table(questionnaire: &Questionnaire) -> Dataset {
    let mut dataset = Dataset::new("ARG");
    for table in &questionnaire.def.tables {
        let per_dimension: Vec<Vec<String>> = (0..table.dimensions.len())
            .map(|index| sample_codes(questionnaire, table, index))
            .collect();
        let mut keys: Vec<Vec<&str>> = vec![Vec::new()];
        for codes in &per_dimension {
            keys = keys
                .iter()
                .flat_map(|prefix| {
                    codes.iter().map(move |code| {
                        let mut key = prefix.clone();
                        key.push(code.as_str());
                        key
                    })
                })
                .collect();
        }
        let keys: Vec<String> = keys
            .iter()
            .map(|codes| table.key_from_codes(codes))
            .collect();
        for key in &keys {
            dataset.set(&table.id, key, CellValue::number(sample_value(key)));
        }
        // A few cells get statuses and notes: a missing value with the shared symbol "..", one
        // with a symbol of its own, an estimate with a confidential flag and a note, and a
        // confidentiality flag alone.
        let statuses = [
            cell(None, Some("L"), None, Some("no registrado")),
            cell(None, Some("M"), None, None),
            cell(
                Some(190),
                Some("E"),
                Some("C"),
                Some("Estimación: registros\nparciales «2024» ; 50% revisado"),
            ),
            cell(Some(4), None, Some("F"), None),
            cell(None, Some("O"), None, None),
        ];
        for (key, status) in keys.iter().step_by(7).zip(statuses) {
            dataset.set(&table.id, key, status);
        }

        let answers = dataset.metadata.entry(table.id.clone()).or_default();
        for question in &questionnaire.def.metadata {
            if !question.applies_to(&table.id) {
                continue;
            }
            use sicremi_model::definition::MetadataKind;
            let answer = match question.kind {
                MetadataKind::Text => format!("{} {}", question.id, table.id),
                MetadataKind::LongText => format!("Línea 1 de {}\nLínea 2", table.id),
                MetadataKind::Choice => question.choices.last().unwrap().code.clone(),
                MetadataKind::Date => "2026-02-15".to_string(),
                MetadataKind::Integer => "2019".to_string(),
            };
            answers.insert(question.id.clone(), answer);
        }
    }
    dataset
}

fn label(text: &str) -> serde_json::Value {
    serde_json::json!({"en": text, "es": text, "pt": text, "fr": text})
}

/// Returns a questionnaire with T9 alone: by reference date, country and sex, and with
/// `age_groups`, by the SICREMI age groups too. It carries the house-style symbols and the
/// sum rules of sex and age.
pub fn stock_questionnaire(age_groups: bool) -> Questionnaire {
    let codes = |codes: &[&str]| -> Vec<serde_json::Value> {
        codes
            .iter()
            .map(|code| serde_json::json!({"code": code, "label": label(code)}))
            .collect()
    };
    let mut dimensions = vec![serde_json::json!(
        {"id": "stock_date", "codelist": "stock_date", "role": "slice"}
    )];
    if age_groups {
        dimensions.push(serde_json::json!(
            {"id": "age", "codelist": "age_group", "role": "slice", "total": "_T"}
        ));
    }
    dimensions.push(serde_json::json!(
        {"id": "country", "codelist": "country", "role": "row", "open": true, "total": "_T"}
    ));
    dimensions.push(serde_json::json!(
        {"id": "sex", "codelist": "sex", "role": "column", "total": "_T"}
    ));
    let mut rules = vec![serde_json::json!({
        "id": "V02", "severity": "error", "message": "finding-sex-sum",
        "check": {"kind": "dimension_sum", "tables": ["T9"], "dimension": "sex"}
    })];
    if age_groups {
        rules.push(serde_json::json!({
            "id": "V05", "severity": "error", "message": "finding-age-sum",
            "check": {"kind": "dimension_sum", "tables": ["T9"], "dimension": "age"}
        }));
    }
    let definition = serde_json::json!({
        "format": "sicremi-questionnaire/1",
        "id": "stock-test",
        "version": 1,
        "cycle": 2026,
        "title": label("Stock test"),
        "codelists": {
            "stock_date": {"label": label("Reference date"), "kind": "date"},
            "age_group": {"label": label("Age group"), "codes": codes(&[
                "Y0T14", "Y15T24", "Y25T34", "Y35T44", "Y45T54", "Y55T64", "Y_GE65", "UNK", "_T"
            ])},
            "country": {"label": label("Country"), "include_countries": true,
                        "codes": codes(&["ZZO", "_T"])},
            "sex": {"label": label("Sex"), "codes": codes(&["M", "F", "O", "U", "_T"])}
        },
        "statuses": {
            "obs_status": codes(&["A", "E", "L", "M", "O"]),
            "conf_status": codes(&["F", "C"]),
            "missing": ["L", "M", "O"],
            "symbols": {"L": "..", "O": "..", "M": "-"}
        },
        "metadata": [],
        "tables": [{
            "id": "T9", "title": label("Stock"), "units": ["persons"],
            "period": "reference_date", "dimensions": dimensions
        }],
        "rules": rules
    });
    Questionnaire::from_json(definition.to_string().as_bytes()).expect("the test definition loads")
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes the cell values of `workbook` as an OpenDocument spreadsheet, the way a
/// correspondent's spreadsheet program saves a template as .ods: formulas become their cached
/// values, and each line of a text becomes a paragraph.
pub fn write_ods(path: &Path, workbook: &sicremi_sheets::Workbook) {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#,
    );
    for sheet in &workbook.sheets {
        content.push_str(&format!(
            r#"<table:table table:name="{}">"#,
            xml_escape(&sheet.name)
        ));
        let mut next_row = 0u32;
        let last_row = sheet.last_row().map_or(0, |row| row + 1);
        while next_row < last_row {
            let cells: Vec<(u32, &calamine::Data)> = sheet.row(next_row).collect();
            if cells.is_empty() {
                let mut end = next_row + 1;
                while end < last_row && sheet.row(end).next().is_none() {
                    end += 1;
                }
                content.push_str(&format!(
                    r#"<table:table-row table:number-rows-repeated="{}"><table:table-cell/></table:table-row>"#,
                    end - next_row
                ));
                next_row = end;
                continue;
            }
            content.push_str("<table:table-row>");
            let mut next_column = 0u32;
            for (column, data) in cells {
                if column > next_column {
                    content.push_str(&format!(
                        r#"<table:table-cell table:number-columns-repeated="{}"/>"#,
                        column - next_column
                    ));
                }
                let cell = match data {
                    calamine::Data::Float(value) => format!(
                        r#"<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
                    ),
                    calamine::Data::Int(value) => format!(
                        r#"<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
                    ),
                    other => {
                        let text = match other {
                            calamine::Data::String(text) => text.clone(),
                            other => other.to_string(),
                        };
                        let paragraphs: String = text
                            .split('\n')
                            .map(|line| format!("<text:p>{}</text:p>", xml_escape(line)))
                            .collect();
                        format!(
                            r#"<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>"#
                        )
                    }
                };
                content.push_str(&cell);
                next_column = column + 1;
            }
            content.push_str("</table:table-row>");
            next_row += 1;
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");

    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let file = std::fs::File::create(path).unwrap();
    let mut writer = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    writer.start_file("mimetype", stored).unwrap();
    writer
        .write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    writer
        .start_file("META-INF/manifest.xml", deflated)
        .unwrap();
    writer.write_all(manifest.as_bytes()).unwrap();
    writer.start_file("content.xml", deflated).unwrap();
    writer.write_all(content.as_bytes()).unwrap();
    writer.finish().unwrap();
}

/// Returns the 0-based rows whose column A holds "code", one per grid block.
pub fn block_rows(sheet: &sicremi_sheets::Sheet) -> Vec<u32> {
    sheet
        .cells()
        .filter(|(_, column, data)| {
            *column == 0 && matches!(data, calamine::Data::String(text) if text == "code")
        })
        .map(|(row, _, _)| row)
        .collect()
}

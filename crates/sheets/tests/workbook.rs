//! The safe-open path against hostile files built here and against the real agency workbooks.

mod common;

use std::io::Write;

use common::*;
use sicremi_model::Questionnaire;
use sicremi_sheets::{import_template, open_workbook, ImportError, WorkbookFormat};

#[test]
fn far_cell_rejected_with_address() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Data").unwrap();
    sheet.write_string(0, 0, "near").unwrap();
    sheet.write_string(1_048_575, 16_383, "far").unwrap();
    workbook.save(&path).unwrap();

    for error in [
        open_workbook(&path).unwrap_err(),
        import_template(&path, &Questionnaire::embedded()).unwrap_err(),
    ] {
        match &error {
            ImportError::SheetTooLarge { sheet, cell, .. } => {
                assert_eq!(sheet, "Data");
                assert_eq!(cell, "XFD1048576");
            }
            other => panic!("expected SheetTooLarge, got {other:?}"),
        }
        assert!(
            error
                .to_string()
                .starts_with("Sheet 'Data'!XFD1048576 lies outside"),
            "{error}"
        );
    }
}

#[test]
fn zip_bomb_rejected_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    let mut writer = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("[Content_Types].xml", options).unwrap();
    writer.write_all(b"<Types/>").unwrap();
    writer
        .start_file("xl/worksheets/sheet1.xml", options)
        .unwrap();
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..300 {
        writer.write_all(&zeros).unwrap();
    }
    writer.finish().unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size < 2 * 1024 * 1024, "the bomb is small: {size} bytes");

    let error = import_template(&path, &Questionnaire::embedded()).unwrap_err();
    assert_eq!(error.code(), "sheets.archive_too_large", "{error}");
}

#[test]
fn compression_ratio_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ratio.xlsx");
    write_parts(
        &path,
        &[
            ("[Content_Types].xml".to_string(), b"<Types/>".to_vec()),
            (
                "xl/sharedStrings.xml".to_string(),
                vec![b'a'; 8 * 1024 * 1024],
            ),
        ],
    );
    let error = open_workbook(&path).unwrap_err();
    assert_eq!(error.code(), "sheets.compression_ratio", "{error}");
}

/// Rewrites the uncompressed size of the first part, in its local header and in the central
/// directory, to `declared`.
fn forge_declared_size(bytes: &mut [u8], declared: u32) {
    let local = bytes.windows(4).position(|w| w == b"PK\x03\x04").unwrap();
    bytes[local + 22..local + 26].copy_from_slice(&declared.to_le_bytes());
    let central = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    bytes[central + 24..central + 28].copy_from_slice(&declared.to_le_bytes());
}

#[test]
fn part_inflating_past_header_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liar.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    let mut writer = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    writer.start_file("xl/sharedStrings.xml", options).unwrap();
    writer.write_all(&vec![b'a'; 64 * 1024]).unwrap();
    writer.start_file("[Content_Types].xml", options).unwrap();
    writer.write_all(b"<Types/>").unwrap();
    writer.finish().unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    forge_declared_size(&mut bytes, 100);
    std::fs::write(&path, &bytes).unwrap();

    let error = open_workbook(&path).unwrap_err();
    assert_eq!(error.code(), "sheets.corrupt", "{error}");
    assert!(
        error.to_string().contains("inflates past the 100 bytes"),
        "{error}"
    );
}

#[test]
fn encrypted_office_file_reports_password() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    let mut compound = cfb::CompoundFile::create(file).unwrap();
    compound
        .create_stream("/EncryptionInfo")
        .unwrap()
        .write_all(&[4, 0, 4, 0, 0x40, 0, 0, 0])
        .unwrap();
    compound
        .create_stream("/EncryptedPackage")
        .unwrap()
        .write_all(&[0u8; 4096])
        .unwrap();
    compound.flush().unwrap();
    drop(compound);

    let error = import_template(&path, &Questionnaire::embedded()).unwrap_err();
    assert_eq!(error.code(), "sheets.password_protected", "{error}");
    assert!(error.to_string().contains("remove the password"), "{error}");
}

#[test]
fn ods_repeated_rows_rejected_before_calamine() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("repeat.ods");
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:body><office:spreadsheet><table:table table:name="Hoja1">
<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16000"><text:p>1</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#;
    write_parts(
        &path,
        &[
            ("mimetype".to_string(), b"application/vnd.oasis.opendocument.spreadsheet".to_vec()),
            ("META-INF/manifest.xml".to_string(), b"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>".to_vec()),
            ("content.xml".to_string(), content.as_bytes().to_vec()),
        ],
    );
    match open_workbook(&path).unwrap_err() {
        ImportError::SheetTooLarge { sheet, cell, .. } => {
            assert_eq!(sheet, "Hoja1");
            assert_eq!(cell, sicremi_sheets::cell_ref(999_999, 15_999));
        }
        other => panic!("expected SheetTooLarge, got {other:?}"),
    }
}

#[test]
fn text_and_empty_files_are_unsupported() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("data.xlsx", b"a,b\n1,2\n".as_slice()),
        ("empty.xlsx", b"".as_slice()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let error = open_workbook(&path).unwrap_err();
        assert_eq!(error.code(), "sheets.unsupported_format", "{name}: {error}");
    }
}

#[test]
fn oversized_file_rejected_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(sicremi_sheets::Limits::default().max_file_bytes + 1)
        .unwrap();
    let error = open_workbook(&path).unwrap_err();
    assert_eq!(error.code(), "sheets.file_too_large");
}

#[test]
fn real_workbooks_open_but_are_not_templates() {
    let questionnaire = Questionnaire::embedded();
    let mut checked = 0;
    for entry in std::fs::read_dir(realfiles()).unwrap() {
        let path = entry.unwrap().path();
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let expected_format = match extension {
            "xlsx" => WorkbookFormat::Xlsx,
            "xls" => WorkbookFormat::Xls,
            "ods" => WorkbookFormat::Ods,
            _ => continue,
        };
        checked += 1;
        let workbook = open_workbook(&path)
            .unwrap_or_else(|error| panic!("{} does not open: {error}", path.display()));
        assert_eq!(workbook.format, expected_format, "{}", path.display());
        let cells: usize = workbook
            .sheets
            .iter()
            .map(|sheet| sheet.cells().count())
            .sum();
        assert!(cells > 10, "{} has cells", path.display());

        let error = import_template(&path, &questionnaire).unwrap_err();
        assert_eq!(error.code(), "sheets.not_a_template", "{}", path.display());
        assert!(
            error.to_string().contains("is not a SICREMI template"),
            "{error}"
        );
    }
    assert_eq!(checked, 6, "the real xlsx, xls and ods files");
}

#[test]
fn real_xls_reads_known_cell() {
    let path = realfiles().join("wb_API_SM.POP.NETM_DS2_en_excel_v2_782.xls");
    let workbook = open_workbook(&path).unwrap();
    let data = workbook
        .sheet("Data")
        .expect("World Bank files have a Data sheet");
    let found = data
        .cells()
        .any(|(_, _, value)| matches!(value, calamine::Data::String(text) if text == "Argentina"));
    assert!(found, "the Data sheet lists Argentina");
}

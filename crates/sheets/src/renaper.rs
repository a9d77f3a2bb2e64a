//! Argentina's RENAPER open-data file of foreigners living in Argentina, into table T9.
//!
//! The Registro Nacional de las Personas publishes one CSV line per province, country of
//! origin, sex and five-year age group:
//!
//! ```text
//! "provincia_id","provincia_nombre","pais_origen","sexo","edad_quinquenal","cantidad"
//! 6,"BUENOS AIRES","Bolivia","MUJER","0 a 4",305
//! ```
//!
//! The importer adds up provinces into T9 at the reference date. T9 may have an age group
//! dimension, a slice dimension whose codes are SDMX age groups such as `Y0T14`, `Y_GE65` and
//! `UNK`. Then the importer writes every age group and the age total. Otherwise it adds the age
//! bands up into the one slice of the reference date. Country names are matched to ISO 3166-1 alpha-3 codes;
//! "Otro país" (other countries) becomes ZZO. `sexo` is MUJER (F), VARON (M) or X, the third
//! option of Argentina's national identity document since 2021, which SICREMI codes as O
//! (registered as neither).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::path::Path;

use sicremi_codes::{lookup_name, match_special, MatchError, SpecialCode};
use sicremi_model::definition::DimensionDef;
use sicremi_model::{CellValue, Questionnaire, TableDef};

use crate::error::{ImportError, Location, ProblemKind, Problems, Warning};
use crate::import::{file_name, ImportReport, SheetImport};
use crate::number::{parse_plain_count, MAX_EXACT};

/// The header of the RENAPER file, exactly.
pub const RENAPER_COLUMNS: [&str; 6] = [
    "provincia_id",
    "provincia_nombre",
    "pais_origen",
    "sexo",
    "edad_quinquenal",
    "cantidad",
];

/// Largest RENAPER file accepted. The January 2023 file is 443 KB.
pub const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// Most data lines accepted. The January 2023 file has 9,531.
pub const MAX_CSV_RECORDS: u64 = 2_000_000;

const TABLE: &str = "T9";
const PAIS: usize = 2;
const SEXO: usize = 3;
const EDAD: usize = 4;
const CANTIDAD: usize = 5;

/// Texts of `edad_quinquenal` that mean the age is not known, compared in lower case.
const UNKNOWN_AGE_TEXTS: [&str; 5] = [
    "sin dato",
    "sin datos",
    "sin especificar",
    "s/d",
    "desconocido",
];

/// Column codes of the sexes the file distinguishes, in the order of [`Sums`].
const SEX_CODES: [&str; 3] = ["M", "F", "O"];

/// Counts of one nationality by sex, in the order of [`SEX_CODES`].
type Sums = [i64; 3];

/// Reads the RENAPER file at `path` into T9 cells for the slice `reference_date`
/// (YYYY-MM-DD). See [`import_renaper_stock`].
pub fn import_renaper_stock_file(
    path: &Path,
    questionnaire: &Questionnaire,
    reference_date: &str,
) -> Result<SheetImport, ImportError> {
    let name = file_name(path);
    let io_error = |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_CSV_BYTES {
        return Err(ImportError::FileTooLarge {
            name,
            size,
            max: MAX_CSV_BYTES,
        });
    }
    // The file may grow between the size check and the read, so the read is capped too.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_CSV_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(ImportError::FileTooLarge {
            name,
            size: bytes.len() as u64,
            max: MAX_CSV_BYTES,
        });
    }
    import_renaper_stock(&bytes, &name, questionnaire, reference_date)
}

/// Reads the bytes of a RENAPER file into T9 cells for the slice `reference_date` (YYYY-MM-DD).
///
/// Every nationality row gets the columns M, F, O, U and _T, and the _T row contains the sums over
/// nationalities. U (sex unknown) is 0 rather than missing: the registry records a sex for every
/// person, so nobody in the file has an unknown sex. A nationality with no X line gets O = 0 for
/// the same reason.
///
/// The import is strict: the header must match [`RENAPER_COLUMNS`], and every bad count, sex
/// or country name is reported with its line, up to [`crate::MAX_PROBLEMS`] problems. Nothing
/// is imported when any problem is found.
pub fn import_renaper_stock(
    bytes: &[u8],
    source_name: &str,
    questionnaire: &Questionnaire,
    reference_date: &str,
) -> Result<SheetImport, ImportError> {
    let table = questionnaire
        .table(TABLE)
        .ok_or_else(|| ImportError::MissingTable {
            table: TABLE.to_string(),
        })?;
    if !questionnaire.accepts_code(table.period_dim(), reference_date) {
        return Err(ImportError::InvalidReferenceDate {
            value: reference_date.to_string(),
        });
    }
    let layout = Layout::of(questionnaire, table)?;
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(ImportError::FileTooLarge {
            name: source_name.to_string(),
            size: bytes.len() as u64,
            max: MAX_CSV_BYTES,
        });
    }

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes);
    check_header(&mut reader, source_name)?;

    let mut reading = Reading::new(layout.ages.as_ref());
    for result in reader.records() {
        reading.records += 1;
        if reading.records > MAX_CSV_RECORDS {
            return Err(ImportError::TooManyRecords {
                name: source_name.to_string(),
                max: MAX_CSV_RECORDS,
            });
        }
        match result {
            Ok(record) => reading.add(&record),
            Err(error) => reading.add_error(error, source_name)?,
        }
        if reading.problems.overflowed() {
            break;
        }
    }
    if reading.records == 0 {
        return Err(ImportError::NoData {
            name: source_name.to_string(),
        });
    }
    let Reading {
        records,
        sums,
        names,
        problems,
        ..
    } = reading;
    problems.into_result(source_name)?;

    let cells = build_cells(table, &layout, reference_date, &sums).map_err(|kind| {
        ImportError::Invalid {
            name: source_name.to_string(),
            problems: vec![crate::error::Problem {
                location: Location::Line { line: 1 },
                kind,
            }],
            truncated: false,
        }
    })?;

    let warnings = names
        .into_iter()
        .filter(|(_, spellings)| spellings.len() > 1)
        .map(|(code, spellings)| Warning::NamesMerged {
            code,
            names: spellings.into_iter().collect(),
        })
        .collect();
    let metadata = [
        (
            "source_institution",
            "Registro Nacional de las Personas (RENAPER)",
        ),
        ("source_type", "register"),
        ("counting_unit", "persons"),
        ("period_type", "stock_date"),
    ]
    .into_iter()
    .map(|(field, value)| (TABLE.to_string(), field.to_string(), value.to_string()))
    .collect();

    tracing::info!(
        source = source_name,
        records,
        nationalities = sums.len(),
        "imported RENAPER stock file"
    );
    Ok(SheetImport {
        cleared: Vec::new(),
        cells,
        metadata,
        report: ImportReport {
            source_name: source_name.to_string(),
            rows_read: records,
            country: None,
            warnings,
        },
    })
}

fn check_header(reader: &mut csv::Reader<&[u8]>, source_name: &str) -> Result<(), ImportError> {
    let header_error = |found: Vec<String>| {
        let missing = RENAPER_COLUMNS
            .iter()
            .filter(|column| !found.iter().any(|f| f == *column))
            .map(|column| column.to_string())
            .collect();
        let unexpected = found
            .iter()
            .filter(|f| !RENAPER_COLUMNS.contains(&f.as_str()))
            .cloned()
            .collect();
        ImportError::Header {
            name: source_name.to_string(),
            missing,
            unexpected,
            expected: RENAPER_COLUMNS.iter().map(|c| c.to_string()).collect(),
        }
    };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(_) => return Err(header_error(Vec::new())),
    };
    let found: Vec<String> = headers.iter().map(str::to_string).collect();
    if found != RENAPER_COLUMNS {
        return Err(header_error(found));
    }
    Ok(())
}

/// The slice codes of the T9 cells an import writes.
struct Layout<'q> {
    /// The groups of T9's age group dimension, if it has one.
    ages: Option<AgeGroups<'q>>,
    /// For each slice dimension after the period: its total code, or `None` for the age group
    /// dimension.
    fixed: Vec<Option<&'q str>>,
}

impl<'q> Layout<'q> {
    /// Finds the age group dimension of T9, if any. Every other slice dimension after the
    /// period must have a total code, under which the file's figures go.
    fn of(questionnaire: &'q Questionnaire, table: &'q TableDef) -> Result<Self, ImportError> {
        let mut ages = None;
        let mut fixed = Vec::new();
        for dim in &table.slice_dims()[1..] {
            if ages.is_none() {
                if let Some(groups) = AgeGroups::of(questionnaire, dim) {
                    ages = Some(groups);
                    fixed.push(None);
                    continue;
                }
            }
            match dim.total.as_deref() {
                Some(total) => fixed.push(Some(total)),
                None => {
                    return Err(ImportError::TableLayout {
                        table: table.id.clone(),
                        detail: format!(
                            "its slice dimension {} is not an age group and has no total",
                            dim.id
                        ),
                    })
                }
            }
        }
        Ok(Layout { ages, fixed })
    }

    /// Returns the slice of the age group `age` (a code, or the total), or of the reference
    /// date alone when T9 has no age group dimension.
    fn slice(&self, table: &TableDef, reference_date: &'q str, age: Option<&'q str>) -> String {
        let mut codes = vec![reference_date];
        for code in &self.fixed {
            codes.push(code.or(age).unwrap_or_default());
        }
        table.slice_from_codes(&codes)
    }
}

/// An age range a code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AgeRange {
    /// From the first age to the second, both included, in completed years.
    Between(u32, u32),
    AtLeast(u32),
    Unknown,
}

impl AgeRange {
    /// Parses an SDMX age code: `Y15T24`, `Y_GE65`, `Y_LT15`, `Y30` or `UNK`.
    fn from_code(code: &str) -> Option<AgeRange> {
        if code == "UNK" {
            return Some(AgeRange::Unknown);
        }
        let rest = code.strip_prefix('Y')?;
        if let Some(from) = rest.strip_prefix("_GE") {
            return Some(AgeRange::AtLeast(from.parse().ok()?));
        }
        if let Some(below) = rest.strip_prefix("_LT") {
            let below: u32 = below.parse().ok()?;
            return Some(AgeRange::Between(0, below.checked_sub(1)?));
        }
        match rest.split_once('T') {
            Some((from, to)) => {
                let (from, to) = (from.parse().ok()?, to.parse().ok()?);
                (from <= to).then_some(AgeRange::Between(from, to))
            }
            None => {
                let age = rest.parse().ok()?;
                Some(AgeRange::Between(age, age))
            }
        }
    }

    /// Parses an `edad_quinquenal` value: "15 a 19", "95 y más", a single age such as "37",
    /// or a text meaning unknown. `None` for anything else.
    fn from_band(text: &str) -> Option<AgeRange> {
        let text = text.trim();
        let lower = text.to_lowercase();
        if UNKNOWN_AGE_TEXTS.contains(&lower.as_str()) {
            return Some(AgeRange::Unknown);
        }
        if let Some(from) = lower.strip_suffix("y más").or(lower.strip_suffix("y mas")) {
            return Some(AgeRange::AtLeast(from.trim().parse().ok()?));
        }
        if let Some((from, to)) = lower.split_once(" a ") {
            let (from, to) = (from.trim().parse().ok()?, to.trim().parse().ok()?);
            return (from <= to).then_some(AgeRange::Between(from, to));
        }
        let age = lower.parse().ok()?;
        Some(AgeRange::Between(age, age))
    }

    /// Checks whether every age of `self` lies in `group`.
    fn within(self, group: AgeRange) -> bool {
        match (self, group) {
            (AgeRange::Unknown, AgeRange::Unknown) => true,
            (AgeRange::Between(from, to), AgeRange::Between(low, high)) => {
                low <= from && to <= high
            }
            (AgeRange::Between(from, _) | AgeRange::AtLeast(from), AgeRange::AtLeast(low)) => {
                low <= from
            }
            _ => false,
        }
    }
}

/// The age groups of T9's age group dimension, in code-list order, without the total.
struct AgeGroups<'q> {
    groups: Vec<(&'q str, AgeRange)>,
    total: &'q str,
}

impl<'q> AgeGroups<'q> {
    /// Returns the age groups of `dim` when every code but the total is an SDMX age code and
    /// the dimension has a total.
    fn of(questionnaire: &'q Questionnaire, dim: &'q DimensionDef) -> Option<Self> {
        let total = dim.total.as_deref()?;
        let mut groups = Vec::new();
        for code in questionnaire.codes(&dim.codelist) {
            if code.code == total {
                continue;
            }
            groups.push((code.code.as_str(), AgeRange::from_code(&code.code)?));
        }
        let has_ages = groups.iter().any(|(_, range)| *range != AgeRange::Unknown);
        has_ages.then_some(AgeGroups { groups, total })
    }

    /// Returns the index of the group a band of the file falls in, or the problem to report.
    fn group_of(&self, band: &str) -> Result<usize, ProblemKind> {
        if band.trim().is_empty() {
            return Err(ProblemKind::EmptyField {
                column: RENAPER_COLUMNS[EDAD].to_string(),
            });
        }
        let unknown = || ProblemKind::UnknownAgeGroup {
            value: band.to_string(),
        };
        let range = AgeRange::from_band(band).ok_or_else(unknown)?;
        self.groups
            .iter()
            .position(|(_, group)| range.within(*group))
            .ok_or_else(unknown)
    }
}

struct Reading<'q> {
    ages: Option<&'q AgeGroups<'q>>,
    records: u64,
    /// Counts by nationality code, then by age group in the order of [`AgeGroups::groups`]. There
    /// is a single entry per nationality when T9 has no age group dimension.
    sums: BTreeMap<String, Vec<Sums>>,
    /// The age group index, or the problem, of every `edad_quinquenal` value seen.
    bands: HashMap<String, Result<usize, ProblemKind>>,
    /// The spellings of the file that gave each code.
    names: BTreeMap<String, BTreeSet<String>>,
    /// The code, or the problem, of every country name seen.
    resolved: HashMap<String, Result<String, ProblemKind>>,
    /// First line of each (province, country, sex, age group).
    seen: HashMap<Vec<String>, u64>,
    problems: Problems,
}

impl<'q> Reading<'q> {
    fn new(ages: Option<&'q AgeGroups<'q>>) -> Self {
        Reading {
            ages,
            records: 0,
            sums: BTreeMap::new(),
            bands: HashMap::new(),
            names: BTreeMap::new(),
            resolved: HashMap::new(),
            seen: HashMap::new(),
            problems: Problems::default(),
        }
    }

    fn add(&mut self, record: &csv::StringRecord) {
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let location = Location::Line { line };
        if record.len() != RENAPER_COLUMNS.len() {
            self.problems.push(
                location,
                ProblemKind::FieldCount {
                    found: record.len() as u64,
                    expected: RENAPER_COLUMNS.len() as u64,
                },
            );
            return;
        }

        let identity: Vec<String> = [0, 1, PAIS, SEXO, EDAD]
            .iter()
            .map(|&index| record[index].to_string())
            .collect();
        if let Some(&first_line) = self.seen.get(&identity) {
            self.problems.push(
                location.clone(),
                ProblemKind::DuplicateRecord { first_line },
            );
        } else {
            self.seen.insert(identity, line);
        }

        let country = record[PAIS].to_string();
        let code = self
            .resolved
            .entry(country.clone())
            .or_insert_with(|| nationality_code(&country))
            .clone();
        let sex = match &record[SEXO] {
            "VARON" => Some(0),
            "MUJER" => Some(1),
            "X" => Some(2),
            other => {
                self.problems.push(
                    location.clone(),
                    ProblemKind::UnknownSex {
                        value: other.to_string(),
                    },
                );
                None
            }
        };
        let count = match parse_plain_count(&record[CANTIDAD]) {
            Ok(count) => Some(count),
            Err(kind) => {
                self.problems.push(location.clone(), kind);
                None
            }
        };
        let age = match self.ages {
            Some(ages) => {
                let band = &record[EDAD];
                let group = self
                    .bands
                    .entry(band.to_string())
                    .or_insert_with(|| ages.group_of(band))
                    .clone();
                match group {
                    Ok(index) => Some(index),
                    Err(kind) => {
                        self.problems.push(location.clone(), kind);
                        None
                    }
                }
            }
            None => Some(0),
        };
        let code = match code {
            Ok(code) => code,
            Err(kind) => {
                self.problems.push(location, kind);
                return;
            }
        };
        let (Some(sex), Some(count), Some(age)) = (sex, count, age) else {
            return;
        };

        self.names.entry(code.clone()).or_default().insert(country);
        let groups = self.ages.map_or(1, |ages| ages.groups.len());
        let sums = &mut self
            .sums
            .entry(code)
            .or_insert_with(|| vec![[0; 3]; groups])[age];
        match sums[sex].checked_add(count).filter(|sum| *sum <= MAX_EXACT) {
            Some(sum) => sums[sex] = sum,
            None => self.problems.push(
                location,
                ProblemKind::NumberTooLarge {
                    value: record[CANTIDAD].to_string(),
                },
            ),
        }
    }

    fn add_error(&mut self, error: csv::Error, source_name: &str) -> Result<(), ImportError> {
        let line = error.position().map(|p| p.line()).unwrap_or(0);
        match error.kind() {
            csv::ErrorKind::Utf8 { .. } => {
                self.problems
                    .push(Location::Line { line }, ProblemKind::InvalidUtf8);
                Ok(())
            }
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                self.problems.push(
                    Location::Line { line },
                    ProblemKind::FieldCount {
                        found: *len,
                        expected: *expected_len,
                    },
                );
                Ok(())
            }
            _ => Err(ImportError::Corrupt {
                name: source_name.to_string(),
                detail: error.to_string(),
            }),
        }
    }
}

/// Returns the nationality code of a `pais_origen` value, or the problem to report.
fn nationality_code(name: &str) -> Result<String, ProblemKind> {
    match match_special(name) {
        Some(SpecialCode::Total) => {
            return Err(ProblemKind::TotalRecord {
                value: name.to_string(),
            })
        }
        Some(special) => return Ok(special.code().to_string()),
        None => {}
    }
    match lookup_name(name) {
        Ok(country) => Ok(country.alpha3.to_string()),
        Err(MatchError::Empty) => Err(ProblemKind::EmptyField {
            column: "pais_origen".to_string(),
        }),
        Err(MatchError::Ambiguous { candidates, .. }) => Err(ProblemKind::AmbiguousCountry {
            value: name.to_string(),
            candidates: candidates.iter().map(|c| c.to_string()).collect(),
        }),
        Err(_) => Err(ProblemKind::UnknownCountry {
            value: name.to_string(),
        }),
    }
}

/// Builds the cells of every nationality row and of the total row, for every age group and the
/// age total when T9 has an age group dimension.
fn build_cells(
    table: &TableDef,
    layout: &Layout,
    reference_date: &str,
    sums: &BTreeMap<String, Vec<Sums>>,
) -> Result<Vec<(String, String, CellValue)>, ProblemKind> {
    let mut cells = BTreeMap::new();
    let Some(ages) = &layout.ages else {
        let slice = layout.slice(table, reference_date, None);
        let totals: BTreeMap<&str, Sums> = sums
            .iter()
            .map(|(code, by_age)| (code.as_str(), by_age[0]))
            .collect();
        add_slice_cells(table, &slice, &totals, &mut cells)?;
        return Ok(into_cells(cells));
    };

    for (index, (code, _)) in ages.groups.iter().enumerate() {
        let slice = layout.slice(table, reference_date, Some(code));
        let group: BTreeMap<&str, Sums> = sums
            .iter()
            .map(|(nationality, by_age)| (nationality.as_str(), by_age[index]))
            .collect();
        add_slice_cells(table, &slice, &group, &mut cells)?;
    }
    let slice = layout.slice(table, reference_date, Some(ages.total));
    let mut totals: BTreeMap<&str, Sums> = BTreeMap::new();
    for (nationality, by_age) in sums {
        let mut total = [0i64; 3];
        for counts in by_age {
            for (sex, count) in counts.iter().enumerate() {
                total[sex] = total[sex]
                    .checked_add(*count)
                    .filter(|sum| *sum <= MAX_EXACT)
                    .ok_or_else(|| ProblemKind::NumberTooLarge {
                        value: format!("{} + {count}", total[sex]),
                    })?;
            }
        }
        totals.insert(nationality.as_str(), total);
    }
    add_slice_cells(table, &slice, &totals, &mut cells)?;
    Ok(into_cells(cells))
}

fn into_cells(cells: BTreeMap<String, i64>) -> Vec<(String, String, CellValue)> {
    cells
        .into_iter()
        .map(|(key, value)| (TABLE.to_string(), key, CellValue::number(value)))
        .collect()
}

/// Adds the cells of one slice: every nationality row of `sums` and the total row.
fn add_slice_cells(
    table: &TableDef,
    slice: &str,
    sums: &BTreeMap<&str, Sums>,
    cells: &mut BTreeMap<String, i64>,
) -> Result<(), ProblemKind> {
    let too_large = |value: i128| ProblemKind::NumberTooLarge {
        value: value.to_string(),
    };
    let mut column_totals = [0i128; 3];
    for (code, counts) in sums {
        let row_total: i128 = counts.iter().map(|&c| i128::from(c)).sum();
        if row_total > i128::from(MAX_EXACT) {
            return Err(too_large(row_total));
        }
        for (index, sex) in SEX_CODES.iter().enumerate() {
            cells.insert(table.key(slice, code, sex), counts[index]);
            column_totals[index] += i128::from(counts[index]);
        }
        cells.insert(table.key(slice, code, "U"), 0);
        cells.insert(table.key(slice, code, "_T"), row_total as i64);
    }

    let grand_total: i128 = column_totals.iter().sum();
    if grand_total > i128::from(MAX_EXACT) {
        return Err(too_large(grand_total));
    }
    for (index, sex) in SEX_CODES.iter().enumerate() {
        cells.insert(table.key(slice, "_T", sex), column_totals[index] as i64);
    }
    cells.insert(table.key(slice, "_T", "U"), 0);
    cells.insert(table.key(slice, "_T", "_T"), grand_total as i64);
    Ok(())
}

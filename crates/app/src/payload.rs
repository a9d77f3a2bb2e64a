//! The submission payload sealed inside a package: canonical JSON of the dataset, the
//! justifications and the questionnaire it answers.
//!
//! Parsing is strict because the bytes come from a file that crossed e-mail or a USB stick:
//! unknown fields, a wrong format name and a dataset for another questionnaire are rejected.
//! The package layer has already authenticated the bytes when this runs.

use serde::{Deserialize, Serialize};

use sicremi_model::{canonical_json, Dataset, Justification, Questionnaire};

use crate::error::{AppError, AppResult};

pub const PAYLOAD_FORMAT: &str = "sicremi-submission/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: u32,
    /// `sha256:<hex>` of the definition's canonical JSON.
    pub hash: String,
    /// The questionnaire pack the workspace had when sealing, whose reference the
    /// secretariat validates against. Absent before the first pack, and in payloads of
    /// earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<PackRef>,
}

/// The questionnaire pack a submission answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackRef {
    /// The pack's version for the country.
    pub version: u64,
    /// SHA-256 of the pack file, as 64 lowercase hexadecimal digits.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correspondent {
    pub name: String,
    pub institution: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionPayload {
    pub format: String,
    pub questionnaire: QuestionnaireRef,
    pub cycle: u32,
    pub correspondent: Correspondent,
    pub dataset: Dataset,
    pub justifications: Vec<Justification>,
    /// RFC 3339 UTC time of sealing, from the correspondent's clock.
    pub sealed_at: String,
}

impl SubmissionPayload {
    /// Encodes the payload as canonical JSON (sorted keys, no whitespace).
    pub fn to_canonical_bytes(&self) -> Vec<u8> {
        let value = serde_json::to_value(self).expect("payload types serialise to JSON");
        canonical_json(&value).into_bytes()
    }

    /// Parses an authenticated payload and checks that it is for `questionnaire` and uses only its
    /// tables, codes and statuses.
    pub fn parse(bytes: &[u8], questionnaire: &Questionnaire) -> AppResult<SubmissionPayload> {
        let payload: SubmissionPayload = serde_json::from_slice(bytes).map_err(|error| {
            AppError::new(
                "payload.invalid",
                format!("the package's content is not a valid submission ({error}); ask the correspondent to seal it again with SICREMI Collect"),
            )
        })?;
        if payload.format != PAYLOAD_FORMAT {
            return Err(payload_error(format!(
                "format {:?} is not {PAYLOAD_FORMAT:?}",
                payload.format
            )));
        }
        let expected = QuestionnaireRef {
            id: questionnaire.def.id.clone(),
            version: questionnaire.def.version,
            hash: questionnaire.hash_hex(),
            pack: payload.questionnaire.pack.clone(),
        };
        if payload.questionnaire != expected || payload.cycle != questionnaire.def.cycle {
            return Err(AppError::new(
                "payload.wrong_questionnaire",
                format!(
                    "the package answers questionnaire {} version {} ({}) for cycle {}, this installation expects version {} ({}) for cycle {}; ask the correspondent to update SICREMI Collect and seal again",
                    payload.questionnaire.id,
                    payload.questionnaire.version,
                    payload.questionnaire.hash,
                    payload.cycle,
                    expected.version,
                    expected.hash,
                    questionnaire.def.cycle
                ),
            )
            .with("version", payload.questionnaire.version));
        }
        check_dataset(&payload.dataset, questionnaire)?;
        Ok(payload)
    }
}

fn payload_error(detail: String) -> AppError {
    AppError::new(
        "payload.invalid",
        format!("the package's content is not a valid submission: {detail}"),
    )
}

/// Checks that every cell and metadata answer of a dataset belongs to the questionnaire.
pub fn check_dataset(dataset: &Dataset, questionnaire: &Questionnaire) -> AppResult<()> {
    if sicremi_codes::by_alpha3(&dataset.country).is_none() {
        return Err(payload_error(format!(
            "country {:?} is not an ISO 3166-1 alpha-3 code",
            dataset.country
        )));
    }
    let statuses = &questionnaire.def.statuses;
    for (table_id, cells) in &dataset.cells {
        let table = questionnaire.table(table_id).ok_or_else(|| {
            payload_error(format!("table {table_id:?} is not in the questionnaire"))
        })?;
        for (key, cell) in cells {
            crate::correspondent::check_key(questionnaire, table, key)
                .map_err(|error| payload_error(error.detail))?;
            if cell.is_empty() {
                return Err(payload_error(format!("cell {table_id} {key} is empty")));
            }
            if cell
                .value
                .is_some_and(|v| v.unsigned_abs() > sicremi_model::MAX_COUNT.unsigned_abs())
            {
                return Err(payload_error(format!(
                    "cell {table_id} {key} holds a count beyond {}",
                    sicremi_model::MAX_COUNT
                )));
            }
            if let Some(status) = &cell.obs_status {
                if !statuses.obs_status.iter().any(|c| &c.code == status) {
                    return Err(payload_error(format!(
                        "cell {table_id} {key} has unknown status {status:?}"
                    )));
                }
            }
            if let Some(status) = &cell.conf_status {
                if !statuses.conf_status.iter().any(|c| &c.code == status) {
                    return Err(payload_error(format!(
                        "cell {table_id} {key} has unknown confidentiality {status:?}"
                    )));
                }
            }
        }
    }
    for (table_id, answers) in &dataset.metadata {
        if questionnaire.table(table_id).is_none() {
            return Err(payload_error(format!(
                "metadata for unknown table {table_id:?}"
            )));
        }
        for (field, answer) in answers {
            crate::input::check_metadata_answer(questionnaire, field, answer)
                .map_err(|error| payload_error(format!("{table_id}: {}", error.detail)))?;
        }
    }
    Ok(())
}

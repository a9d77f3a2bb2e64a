//! Submission payload parser: `SubmissionPayload::parse` on arbitrary bytes against the
//! embedded questionnaire, as the secretariat runs it after a package has opened.
//!
//! A payload that parses must encode to canonical JSON that parses again to the same value.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sicremi_app::payload::SubmissionPayload;
use sicremi_model::Questionnaire;

static QUESTIONNAIRE: LazyLock<Questionnaire> = LazyLock::new(Questionnaire::embedded);

fuzz_target!(|data: &[u8]| {
    let Ok(payload) = SubmissionPayload::parse(data, &QUESTIONNAIRE) else {
        return;
    };
    let encoded = payload.to_canonical_bytes();
    let again = SubmissionPayload::parse(&encoded, &QUESTIONNAIRE)
        .expect("the canonical encoding of a valid payload parses");
    assert_eq!(payload, again);
});

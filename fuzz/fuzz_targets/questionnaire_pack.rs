//! Questionnaire pack reader: `sicremi_app::pack::verify_pack`, which runs
//! `sicremi_package::open_pack` and then parses and checks the body.
//!
//! The first input byte selects the mode. An even byte passes the rest as a whole pack file,
//! which exercises the container checks. An odd byte signs the rest as a body with the
//! trusted signer of tests/vectors first, so that the body parser runs on every input.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sicremi_app::pack::verify_pack;
use sicremi_package::{sign_pack, SigningKey, SigningPublicKey};

#[path = "keys.rs"]
mod keys;

static SIGNER: LazyLock<SigningKey> = LazyLock::new(keys::signer);
static TRUSTED: LazyLock<[SigningPublicKey; 1]> = LazyLock::new(|| [SIGNER.public_key()]);

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        let _ = verify_pack(rest, &*TRUSTED);
    } else {
        let pack = sign_pack(rest, &SIGNER).expect("fuzz inputs are far below the body limit");
        let _ = verify_pack(&pack, &*TRUSTED);
    }
});

//! Seals and opens 1 MiB and 16 MiB payloads with this crate, then encrypts and decrypts the
//! same payloads with rage (the Rust implementation of age) to an X25519 age key, and prints
//! the median and 90th percentile of each.
//!
//! Run with `cargo bench -p sicremi-package --bench seal_open`. rage must be on PATH
//! (`cargo install rage --locked`); without it the bench says so and prints only this
//! crate's figures.
//!
//! The two are not the same work. `seal` signs with Ed25519 and hashes the payload with
//! SHA-256 besides encrypting it, and `open` verifies that signature, while age does not sign.
//! Each rage run also starts a process and reads and writes files in a temporary folder,
//! so the bench times `rage --version` as the fixed cost of a process.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sicremi_package::{
    open, seal, CountryCode, HeaderMeta, KeyId, PayloadType, RecipientSecretKey, SigningKey,
    SigningPublicKey,
};

const MIB: usize = 1024 * 1024;

/// Payload sizes and the number of timed runs of each.
const CASES: [(usize, usize); 2] = [(MIB, 20), (16 * MIB, 7)];

/// Median and 90th percentile of a set of durations.
struct Summary {
    median: Duration,
    p90: Duration,
}

fn summarize(mut times: Vec<Duration>) -> Summary {
    times.sort();
    let at = |fraction: f64| times[((times.len() - 1) as f64 * fraction).round() as usize];
    Summary {
        median: at(0.5),
        p90: at(0.9),
    }
}

/// Runs `action` once to warm up, then `runs` times, and returns the timings.
fn time_runs(runs: usize, mut action: impl FnMut()) -> Summary {
    action();
    let times = (0..runs)
        .map(|_| {
            let started = Instant::now();
            action();
            started.elapsed()
        })
        .collect();
    summarize(times)
}

fn print_row(label: &str, size: usize, runs: usize, summary: &Summary) {
    let seconds = summary.median.as_secs_f64();
    let throughput = size as f64 / MIB as f64 / seconds;
    println!(
        "{label:<34} {:>6} MiB {runs:>4} runs  median {:>9.2} ms  p90 {:>9.2} ms  {throughput:>7.1} MiB/s",
        size / MIB,
        summary.median.as_secs_f64() * 1e3,
        summary.p90.as_secs_f64() * 1e3,
    );
}

/// Builds a payload of `size` bytes that looks like submission JSON. ChaCha20-Poly1305 and SHA-256
/// take the same time whatever the bytes are.
fn payload(size: usize) -> Vec<u8> {
    let pattern = br#"{"2025-12-31:_T:BOL:F":{"value":1234567},"#;
    pattern.iter().copied().cycle().take(size).collect()
}

fn meta() -> HeaderMeta {
    HeaderMeta {
        country: CountryCode::new("MEX").expect("valid code"),
        payload_type: PayloadType::CanonicalJson,
        reporting_cycle: 2026,
        questionnaire_version: 1,
        schema_hash: [0xAB; 16],
        sequence: 1,
        created_at: 1_767_225_600,
        package_id: [0x5C; 16],
    }
}

fn bench_this_crate(size: usize, runs: usize) {
    let recipient = RecipientSecretKey::generate().expect("random key");
    let signer = SigningKey::generate().expect("random key");
    let sender = signer.public_key();
    let lookup = move |id: &KeyId| -> Option<SigningPublicKey> {
        (*id == sender.key_id()).then_some(sender)
    };
    let payload = payload(size);
    let meta = meta();

    let sealed = time_runs(runs, || {
        let package = seal(&payload, &meta, &signer, recipient.public_key()).expect("seal");
        std::hint::black_box(package);
    });
    print_row("sicremi seal (sign + encrypt)", size, runs, &sealed);

    let package = seal(&payload, &meta, &signer, recipient.public_key()).expect("seal");
    let opened = time_runs(runs, || {
        let opened = open(&package, &recipient, &lookup).expect("open");
        assert_eq!(opened.payload.len(), size);
        std::hint::black_box(opened);
    });
    print_row("sicremi open (decrypt + verify)", size, runs, &opened);
}

/// Returns rage's version line, or `None` when rage is not on PATH.
fn rage_version() -> Option<String> {
    let output = Command::new("rage").arg("--version").output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Runs a command and panics with its standard error if it fails.
fn run(command: &mut Command) {
    let output = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("command starts");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Generates an age X25519 identity with rage-keygen and returns its recipient string.
fn age_identity(dir: &Path) -> String {
    let identity = dir.join("identity.txt");
    run(Command::new("rage-keygen").arg("-o").arg(&identity));
    let text = std::fs::read_to_string(&identity).expect("identity file");
    text.lines()
        .find_map(|line| line.strip_prefix("# public key: "))
        .expect("rage-keygen writes the public key as a comment")
        .to_string()
}

fn bench_rage(size: usize, runs: usize) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let recipient = age_identity(dir.path());
    let identity = dir.path().join("identity.txt");
    let plain = dir.path().join("payload.json");
    let encrypted = dir.path().join("payload.json.age");
    let decrypted = dir.path().join("decrypted.json");
    let payload = payload(size);
    std::fs::write(&plain, &payload).expect("write payload");

    let encrypt = time_runs(runs, || {
        run(Command::new("rage")
            .arg("--encrypt")
            .arg("--recipient")
            .arg(&recipient)
            .arg("--output")
            .arg(&encrypted)
            .arg(&plain));
    });
    print_row("rage encrypt (X25519, no signature)", size, runs, &encrypt);

    run(Command::new("rage")
        .arg("--encrypt")
        .arg("--recipient")
        .arg(&recipient)
        .arg("--output")
        .arg(&encrypted)
        .arg(&plain));
    let decrypt = time_runs(runs, || {
        run(Command::new("rage")
            .arg("--decrypt")
            .arg("--identity")
            .arg(&identity)
            .arg("--output")
            .arg(&decrypted)
            .arg(&encrypted));
    });
    print_row("rage decrypt", size, runs, &decrypt);

    run(Command::new("rage")
        .arg("--decrypt")
        .arg("--identity")
        .arg(&identity)
        .arg("--output")
        .arg(&decrypted)
        .arg(&encrypted));
    assert_eq!(
        std::fs::read(&decrypted).expect("decrypted file"),
        payload,
        "rage did not return the payload"
    );
}

fn main() {
    // `cargo bench` passes --bench, which this harness-less bench ignores like any argument.
    let rage = rage_version();
    match &rage {
        Some(version) => println!("rage: {version}"),
        None => println!("rage: not found on PATH; install it with `cargo install rage --locked`. Only sicremi figures follow."),
    }
    if rage.is_some() {
        let spawn = time_runs(20, || run(Command::new("rage").arg("--version")));
        println!(
            "rage --version (process start cost): median {:.2} ms, p90 {:.2} ms",
            spawn.median.as_secs_f64() * 1e3,
            spawn.p90.as_secs_f64() * 1e3
        );
    }

    for (size, runs) in CASES {
        bench_this_crate(size, runs);
        if rage.is_some() {
            bench_rage(size, runs);
        }
    }
}

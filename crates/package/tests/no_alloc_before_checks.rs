//! Checks that hostile length fields are rejected before the reader allocates: `open_pack`
//! on packs with oversized or inconsistent lengths, and `parse_header` on every header-stage
//! vector of `tests/vectors`. A counting global allocator records the allocations of the
//! current thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::Path;

use sicremi_package::{open_pack, parse_header, sign_pack, KeyId, SigningKey, SigningPublicKey};

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // try_with fails only during thread teardown, where nothing is counted.
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn allocations_during<T>(action: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = action();
    let after = ALLOCATIONS.with(Cell::get);
    (result, after - before)
}

fn with_bytes(original: &[u8], offset: usize, bytes: &[u8]) -> Vec<u8> {
    let mut changed = original.to_vec();
    changed[offset..offset + bytes.len()].copy_from_slice(bytes);
    changed
}

/// Offset of `body_len` in a pack (docs/package-format.md section 6.1).
const BODY_LEN_OFFSET: usize = 29;

#[test]
fn hostile_pack_lengths_rejected_without_allocating() {
    let signer = SigningKey::generate().unwrap();
    let key = signer.public_key();
    let trusted =
        move |id: &KeyId| -> Option<SigningPublicKey> { (*id == key.key_id()).then_some(key) };
    let body = br#"{"format":"sicremi-pack/1"}"#;
    let pack = sign_pack(body, &signer).unwrap();
    let body_len = body.len() as u64;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "body_len 2^64 - 1",
            with_bytes(&pack, BODY_LEN_OFFSET, &u64::MAX.to_be_bytes()),
            "pack.too_large",
        ),
        (
            "body_len 64 MiB + 1",
            with_bytes(&pack, BODY_LEN_OFFSET, &((64u64 << 20) + 1).to_be_bytes()),
            "pack.too_large",
        ),
        (
            "body_len 64 MiB in a small file",
            with_bytes(&pack, BODY_LEN_OFFSET, &(64u64 << 20).to_be_bytes()),
            "pack.truncated",
        ),
        (
            "body_len one more",
            with_bytes(&pack, BODY_LEN_OFFSET, &(body_len + 1).to_be_bytes()),
            "pack.truncated",
        ),
        (
            "body_len one less",
            with_bytes(&pack, BODY_LEN_OFFSET, &(body_len - 1).to_be_bytes()),
            "pack.trailing_data",
        ),
        (
            "signature missing",
            pack[..pack.len() - 64].to_vec(),
            "pack.truncated",
        ),
        ("header only", pack[..37].to_vec(), "pack.truncated"),
        (
            "version 2",
            with_bytes(&pack, 12, &[2]),
            "pack.unsupported_version",
        ),
        ("magic", with_bytes(&pack, 0, b"X"), "pack.bad_magic"),
        (
            "unknown signer",
            with_bytes(&pack, 13, &[0; 16]),
            "pack.unknown_signer",
        ),
    ];

    for (name, bytes, expected) in cases {
        let (result, count) = allocations_during(|| open_pack(&bytes, &trusted).map(|_| ()));
        let error = result.expect_err(name);
        assert_eq!(error.code(), expected, "{name}");
        assert_eq!(count, 0, "{name}: open_pack allocated {count} times");
    }
}

#[derive(serde::Deserialize)]
struct Manifest {
    vectors: Vec<Vector>,
}

#[derive(serde::Deserialize)]
struct Vector {
    file: String,
    stage: Option<String>,
    error: Option<String>,
}

#[test]
fn header_vectors_rejected_without_allocating() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors");
    let manifest: Manifest =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let header_vectors: Vec<&Vector> = manifest
        .vectors
        .iter()
        .filter(|vector| vector.stage.as_deref() == Some("header"))
        .collect();
    assert!(
        header_vectors.len() >= 20,
        "{} header vectors",
        header_vectors.len()
    );

    for vector in header_vectors {
        let bytes = std::fs::read(dir.join(&vector.file)).unwrap();
        let (result, count) = allocations_during(|| parse_header(&bytes).map(|_| ()));
        let error = result.expect_err(&vector.file);
        assert_eq!(
            Some(error.code()),
            vector.error.as_deref(),
            "{}",
            vector.file
        );
        assert_eq!(
            count, 0,
            "{}: parse_header allocated {count} times",
            vector.file
        );
    }
}

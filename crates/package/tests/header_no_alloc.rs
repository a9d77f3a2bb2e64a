//! Checks that `parse_header` allocates nothing, so a hostile header cannot make the
//! reader allocate memory sized by a value in the file. A counting global allocator
//! records the allocations of the current thread.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use common::*;
use sicremi_package::{parse_header, seal};

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

fn with_bytes(package: &[u8], offset: usize, bytes: &[u8]) -> Vec<u8> {
    let mut changed = package.to_vec();
    changed[offset..offset + bytes.len()].copy_from_slice(bytes);
    changed
}

#[test]
fn counting_allocator_sees_allocations() {
    let (_, count) = allocations_during(|| vec![0u8; 100]);

    assert!(count >= 1);
}

#[test]
fn hostile_headers_rejected_without_allocating() {
    let recipient = recipient();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();
    let mut truncated_len_field = package.clone();
    truncated_len_field.truncate(239);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "payload_len u64::MAX",
            with_bytes(&package, 108, &u64::MAX.to_be_bytes()),
            "package.payload_too_large",
        ),
        (
            "payload_len 2^40",
            with_bytes(&package, 108, &(1u64 << 40).to_be_bytes()),
            "package.payload_too_large",
        ),
        (
            "payload_len at cap",
            with_bytes(&package, 108, &(16u64 << 20).to_be_bytes()),
            "package.truncated",
        ),
        (
            "header_len u32::MAX",
            with_bytes(&package, 12, &u32::MAX.to_be_bytes()),
            "package.bad_header_length",
        ),
        (
            "version 2",
            with_bytes(&package, 8, &2u16.to_be_bytes()),
            "package.unsupported_version",
        ),
        (
            "version 0",
            with_bytes(&package, 8, &0u16.to_be_bytes()),
            "package.unsupported_version",
        ),
        (
            "suite 7",
            with_bytes(&package, 10, &7u16.to_be_bytes()),
            "package.unsupported_suite",
        ),
        (
            "reserved",
            with_bytes(&package, 120, &[9]),
            "package.reserved_not_zero",
        ),
        (
            "country",
            with_bytes(&package, 48, b"m\xffx"),
            "package.invalid_country",
        ),
        (
            "payload type",
            with_bytes(&package, 51, &[200]),
            "package.unknown_payload_type",
        ),
        ("magic", with_bytes(&package, 0, b"PK"), "package.bad_magic"),
        ("short", truncated_len_field, "package.truncated"),
    ];

    for (name, bytes, expected) in cases {
        let (result, count) = allocations_during(|| parse_header(&bytes).map(|_| ()));
        let error = result.expect_err(name);
        assert_eq!(error.code(), expected, "{name}");
        assert_eq!(count, 0, "{name}: parse_header allocated {count} times");
    }
}

#[test]
fn valid_header_parsed_without_allocating() {
    let recipient = recipient();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();

    let (result, count) = allocations_during(|| parse_header(&package).map(|_| ()));

    assert!(result.is_ok());
    assert_eq!(count, 0);
}

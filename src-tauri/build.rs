//! Build script of the desktop shell: runs tauri-build and checks that the UI was built first.

use std::path::Path;

/// The application's own IPC commands. tauri-build generates an `allow-<command>` and a
/// `deny-<command>` permission for each one, and a command is callable only from windows whose
/// capability grants its `allow-` permission (see src-tauri/capabilities/).
const COMMANDS: &[&str] = &[
    "app_info",
    "get_definition",
    "demo_create",
    "correspondent_create",
    "trust_secretariat",
    "export_signing_key",
    "overview",
    "table_cells",
    "metadata",
    "set_cell",
    "set_cells",
    "set_metadata",
    "findings",
    "justify",
    "import_renaper",
    "import_template",
    "export_template",
    "seal",
    "default_paths",
    "pack_inspect",
    "pack_import",
    "upgrade_definition",
    "dropped_items",
    "secretariat_create",
    "secretariat_overview",
    "secretariat_import",
    "secretariat_dataset",
    "secretariat_export",
    "secretariat_register",
    "secretariat_revoke",
    "secretariat_export_key",
    "secretariat_issue_pack",
    "export_enrollment",
    "replace_signing_key",
    "import_trust_bundle",
    "trusted_roots",
    "import_receipt",
    "secretariat_inspect_enrollment",
    "secretariat_register_enrollment",
    "secretariat_import_batch",
    "secretariat_cycles",
    "secretariat_set_cycle_state",
    "secretariat_export_signing_key",
];

fn main() {
    // The default build embeds ui/dist into the binary. Without it, tauri's codegen fails with a
    // message that does not say how to produce the folder.
    if std::env::var_os("CARGO_FEATURE_CUSTOM_PROTOCOL").is_some()
        && !Path::new("ui/dist/index.html").is_file()
    {
        panic!(
            "ui/dist/index.html is missing: build the UI first with `npm ci && npm run build` \
             in the ui/ folder (scripts/run-app.sh and scripts/test-all.sh do this)"
        );
    }

    // By default tauri-build reads only capabilities/ next to Cargo.toml, and it silently ignores
    // src-tauri/capabilities/ without the pattern below. A custom pattern needs its own rerun
    // trigger.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=ui/dist/index.html");

    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}

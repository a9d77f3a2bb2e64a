//! The command line's default data folder is named after the app identifier, so the desktop
//! app (Tauri's `app_data_dir`) and `sicremi` open the same workspace.

#[test]
fn data_folder_matches_tauri_identifier() {
    let config: serde_json::Value =
        serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json is JSON");
    assert_eq!(config["identifier"], sicremi_app::demo::APP_IDENTIFIER);
    if let Some(root) = sicremi_app::DataLayout::default_root() {
        assert!(
            root.ends_with(sicremi_app::demo::APP_IDENTIFIER),
            "{}",
            root.display()
        );
    }
}

//! Questionnaire packs in the real app: the demo secretariat issues a pack with population
//! figures, and the demo correspondent inspects and imports it.

use crate::actions::{set_select, type_into, wait_text_containing};
use crate::full_path::{create_demo, PASSPHRASE};
use crate::support::{display_missing, with_app_in};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pack_issue_and_import() {
    if display_missing("pack_issue_and_import") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let out_dir = tempfile::tempdir().expect("create a temporary pack folder");
    let pack = out_dir.path().join("ARG-pack-2.json");
    let pack_path = pack.display().to_string();

    with_app_in(
        "pack_issue_and_import",
        data_dir.path(),
        move |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            create_demo(&app, &client).await;

            // The demo already imported pack version 1, so the secretariat issues version 2.
            app.click("nav-secretariat").await;
            set_select(&client, "pack-issue-country", "ARG").await;
            type_into(
                &app,
                "pack-issue-population",
                "2023=46000000, 2024=46500000, 2025=47000000",
            )
            .await;
            type_into(&app, "pack-issue-path", &pack_path).await;
            type_into(&app, "pack-issue-passphrase", PASSPHRASE).await;
            app.click("pack-issue").await;
            let issued = wait_text_containing(&app, "pack-issued", "Pack version 2").await;
            assert!(issued.contains("Argentina"), "issue message {issued:?}");
            assert!(pack.is_file(), "{} was not written", pack.display());

            // Inspecting changes nothing and shows the pack as new.
            app.click("nav-correspondent").await;
            app.click("tab-import").await;
            type_into(&app, "pack-path", &pack_path).await;
            app.click("pack-inspect").await;
            let status = app.find("pack-status").await;
            assert_eq!(
                status.attr("data-status").await.unwrap().as_deref(),
                Some("new")
            );
            app.wait_for_text("pack-version", "2 (yours now: 1)").await;

            app.click("pack-import").await;
            wait_text_containing(&app, "pack-outcome", "Pack version 2 imported").await;

            // The same file again is recognised as imported.
            app.click("pack-inspect").await;
            wait_text_containing(&app, "pack-status", "Already imported").await;
            let import = app.find("pack-import").await;
            assert_eq!(
                import.prop("disabled").await.unwrap().as_deref(),
                Some("true")
            );
        },
    )
    .await;
}

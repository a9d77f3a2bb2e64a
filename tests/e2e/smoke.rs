//! Smoke tests of the frame: window, language switch and the `app_info` command.

use crate::support::{display_missing, with_app_in};

const VERSION: &str = env!("CARGO_PKG_VERSION");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn frame_switches_language() {
    if display_missing("frame_switches_language") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");

    with_app_in(
        "frame_switches_language",
        data_dir.path(),
        |app| async move {
            // The first language follows the system locale, so select English explicitly.
            app.click("language-en").await;
            app.wait_for_text("welcome-heading", "Welcome to SICREMI Collect")
                .await;
            app.wait_for_text("app-version", &format!("Version {VERSION}"))
                .await;

            app.click("language-es").await;
            app.wait_for_text(
                "welcome-heading",
                "Le damos la bienvenida a SICREMI Collect",
            )
            .await;
            assert_eq!(
                app.attribute("language-es", "aria-pressed")
                    .await
                    .as_deref(),
                Some("true")
            );
            assert_eq!(
                app.attribute("language-en", "aria-pressed")
                    .await
                    .as_deref(),
                Some("false")
            );

            // The footer text comes from the app_info command, formatted in the current language.
            app.wait_for_text("app-version", &format!("Versión {VERSION}"))
                .await;
            let data_dir = app.data_dir().display().to_string();
            app.wait_for_text("data-dir", &format!("Carpeta de datos: {data_dir}"))
                .await;
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_survives_restart() {
    if display_missing("language_survives_restart") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");

    with_app_in(
        "language_survives_restart_1",
        data_dir.path(),
        |app| async move {
            app.click("language-fr").await;
            app.wait_for_text("welcome-heading", "Bienvenue dans SICREMI Collect")
                .await;
        },
    )
    .await;

    // The UI stores the choice in localStorage, which WebKit keeps under <data folder>/webview.
    let webview_dir = data_dir.path().join("webview");
    assert!(
        webview_dir.is_dir(),
        "{} was not created",
        webview_dir.display()
    );

    with_app_in(
        "language_survives_restart_2",
        data_dir.path(),
        |app| async move {
            app.wait_for_text("welcome-heading", "Bienvenue dans SICREMI Collect")
                .await;
            assert_eq!(
                app.attribute("language-fr", "aria-pressed")
                    .await
                    .as_deref(),
                Some("true")
            );
        },
    )
    .await;
}

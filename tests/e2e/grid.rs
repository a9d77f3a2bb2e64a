//! The grid's keyboard, paste and error handling in the real app, on table T1 of a new demo.

use fantoccini::Client;

use crate::actions::{active_test_id, type_into, wait_css, wait_text_containing, wait_until};
use crate::full_path::create_demo;
use crate::support::{display_missing, with_app_in, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grid_keyboard_and_paste() {
    if display_missing("grid_keyboard_and_paste") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");

    with_app_in(
        "grid_keyboard_and_paste",
        data_dir.path(),
        |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            create_demo(&app, &client).await;
            app.click("tab-tables").await;
            // T1 opens on its first mandatory year with only the total row.
            app.find("row-_T").await;

            // A row copied from a spreadsheet fills the cells from the selected one.
            app.click("cell-_T-M").await;
            paste(&client, "cell-_T-M", "10\t20\t0\t0\t30\r\n").await;
            for (test_id, value) in [
                ("cell-_T-M", "10"),
                ("cell-_T-F", "20"),
                ("cell-_T-O", "0"),
                ("cell-_T-U", "0"),
                ("cell-_T-_T", "30"),
            ] {
                app.wait_for_text(test_id, value).await;
            }

            // A block wider than the grid changes nothing.
            paste(&client, "cell-_T-M", "1\t2\t3\t4\t5\t6").await;
            wait_text_containing(&app, "grid-error", "does not fit").await;
            app.wait_for_text("cell-_T-M", "10").await;

            // An ambiguous number is rejected with the translated error. The editor reopens on
            // the cell with the text as typed; Escape gives up and the old value stays.
            let cell = app.find("cell-_T-M").await;
            cell.click().await.unwrap();
            cell.send_keys("\u{E007}").await.unwrap();
            let editor = wait_css(&client, "[data-testid=cell-editor]").await;
            editor.send_keys("1.234\u{E007}").await.unwrap();
            wait_text_containing(&app, "grid-error", "“1.234” contains “.” or “,”").await;
            wait_until("the refused value is back in the editor", || async {
                match client
                    .find(fantoccini::Locator::Css("[data-testid=cell-editor]"))
                    .await
                {
                    Ok(editor) => {
                        editor.prop("value").await.ok().flatten().as_deref() == Some("1.234")
                    }
                    Err(_) => false,
                }
            })
            .await;
            let editor = wait_css(&client, "[data-testid=cell-editor]").await;
            editor.send_keys("\u{E00C}").await.unwrap();
            editor_closed(&client).await;
            app.wait_for_text("cell-_T-M", "10").await;

            // Escape cancels an edit.
            let cell = app.find("cell-_T-F").await;
            cell.click().await.unwrap();
            cell.send_keys("\u{E007}").await.unwrap();
            let editor = wait_css(&client, "[data-testid=cell-editor]").await;
            editor.send_keys("999\u{E00C}").await.unwrap();
            editor_closed(&client).await;
            app.wait_for_text("cell-_T-F", "20").await;
            assert_eq!(active_test_id(&client).await.as_deref(), Some("cell-_T-F"));

            // Typing a digit on a selected cell starts editing with it; Enter commits and moves down
            // (here the grid has one row, so the focus stays).
            let cell = app.find("cell-_T-O").await;
            cell.click().await.unwrap();
            cell.send_keys("5").await.unwrap();
            let editor = wait_css(&client, "[data-testid=cell-editor]").await;
            assert_eq!(editor.prop("value").await.unwrap().as_deref(), Some("5"));
            editor.send_keys("\u{E007}").await.unwrap();
            editor_closed(&client).await;
            app.wait_for_text("cell-_T-O", "5").await;
            // The parts now add up to 35 against a total of 30.
            wait_until("the total row is marked as an error", || async {
                app.attribute("cell-_T-_T", "data-severity")
                    .await
                    .as_deref()
                    == Some("error")
            })
            .await;

            // Delete clears the number.
            let cell = app.find("cell-_T-O").await;
            cell.send_keys("\u{E017}").await.unwrap();
            app.wait_for_text("cell-_T-O", "").await;

            // A nationality row is added by its name and gets the focus.
            type_into(&app, "add-row-input", "Bolivia").await;
            app.click("add-row-button").await;
            app.find("row-BOL").await;
            wait_until("the new row's first cell has the focus", || async {
                active_test_id(&client).await.as_deref() == Some("cell-BOL-M")
            })
            .await;
            check_side_panel(&app).await;
        },
    )
    .await;
}

/// Fires a paste event on the cell with `text` as the clipboard's plain text, as Ctrl+V does.
async fn paste(client: &Client, test_id: &str, text: &str) {
    let script = "const cell = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); \
                  const data = new DataTransfer(); \
                  data.setData('text/plain', arguments[1]); \
                  cell.dispatchEvent(new ClipboardEvent('paste', \
                      { clipboardData: data, bubbles: true, cancelable: true }));";
    client
        .execute(script, vec![test_id.into(), text.into()])
        .await
        .unwrap_or_else(|error| panic!("pasting into {test_id} failed: {error}"));
}

async fn editor_closed(client: &Client) {
    wait_until("the cell editor closes", || async {
        client
            .find_all(fantoccini::Locator::Css("[data-testid=cell-editor]"))
            .await
            .map(|found| found.is_empty())
            .unwrap_or(false)
    })
    .await;
}

/// Checks that the side panel names the selected cell in the current language.
async fn check_side_panel(app: &TestApp) {
    app.wait_for_text("cell-details-name", "T1 · 2023 · Bolivia · Men")
        .await;
}

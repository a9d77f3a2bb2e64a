//! Tables with several slice dimensions, cell statuses and digit grouping in the real app, on a
//! new demo. Labels and symbols are read from the definition the app embeds, so the tests follow
//! its wording.

use fantoccini::Client;
use sicremi_model::Questionnaire;

use crate::actions::{edit_cell, set_select, type_into, wait_css, wait_until};
use crate::full_path::create_demo;
use crate::support::{display_missing, with_app_in, TestApp};

/// Table with a year, an application kind and an age group above the grid.
const ASYLUM_TABLE: &str = "T5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multi_slice_table_entry() {
    if display_missing("multi_slice_table_entry") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let questionnaire = Questionnaire::embedded();
    let table = questionnaire
        .table(ASYLUM_TABLE)
        .expect("the embedded definition has T5")
        .clone();
    let slice_dims: Vec<String> = table.slice_dims().iter().map(|d| d.id.clone()).collect();
    assert_eq!(slice_dims.len(), 3, "T5 slice dimensions {slice_dims:?}");
    let (application, age) = (slice_dims[1].clone(), slice_dims[2].clone());
    let first_kind = first_non_total(&questionnaire, &table, 1);
    let first_age = first_non_total(&questionnaire, &table, 2);
    let total_age = table.slice_dims()[2]
        .total
        .clone()
        .expect("T5's age groups have a total");

    with_app_in(
        "multi_slice_table_entry",
        data_dir.path(),
        move |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            create_demo(&app, &client).await;
            app.click("tab-tables").await;
            set_select(&client, "table-select", ASYLUM_TABLE).await;

            // One select per slice dimension, the period first.
            set_select(&client, "slice-select", "2024").await;
            set_select(&client, &format!("slice-select-{application}"), &first_kind).await;
            set_select(&client, &format!("slice-select-{age}"), &first_age).await;

            type_into(&app, "add-row-input", "Bolivia").await;
            app.click("add-row-button").await;
            app.find("row-BOL").await;
            edit_cell(&app, &client, "cell-BOL-F", "1234").await;
            // The grid groups digits in the user's language; the editor keeps plain digits.
            app.wait_for_text("cell-BOL-F", "1,234").await;

            // The value belongs to this slice only: the age total of the same year and kind has no
            // Bolivia row, and coming back shows the value again.
            set_select(&client, &format!("slice-select-{age}"), &total_age).await;
            wait_until("the Bolivia row disappears in another slice", || async {
                client
                    .find_all(fantoccini::Locator::Css("[data-testid=row-BOL]"))
                    .await
                    .map(|found| found.is_empty())
                    .unwrap_or(false)
            })
            .await;
            set_select(&client, &format!("slice-select-{age}"), &first_age).await;
            app.wait_for_text("cell-BOL-F", "1,234").await;

            // A code that leads to figures is marked in its select.
            let marked = wait_css(
                &client,
                &format!("[data-testid=\"slice-select-{age}\"] option[value=\"{first_age}\"]"),
            )
            .await;
            let label = marked.text().await.unwrap();
            assert!(label.ends_with('●'), "option {label:?} is not marked");

            // T6's columns are the stages of the asylum caseload, not sexes.
            set_select(&client, "table-select", "T6").await;
            wait_css(&client, "[data-testid=column-PEND_START]").await;
            let sex_columns = client
                .find_all(fantoccini::Locator::Css("[data-testid=column-F]"))
                .await
                .unwrap();
            assert!(sex_columns.is_empty(), "T6 shows a column for women");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_symbol_and_grouping() {
    if display_missing("status_symbol_and_grouping") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let statuses = Questionnaire::embedded().def.statuses.clone();
    let missing = statuses
        .missing
        .first()
        .expect("a missing-value status")
        .clone();
    let symbol = statuses
        .symbols
        .get(&missing)
        .cloned()
        .unwrap_or_else(|| missing.clone());

    with_app_in(
        "status_symbol_and_grouping",
        data_dir.path(),
        move |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            create_demo(&app, &client).await;
            app.click("tab-tables").await;
            app.find("row-_T").await;

            // A status on a cell with no number shows the house-style symbol in the grid.
            app.click("cell-_T-M").await;
            app.wait_for_text("cell-details-name", "T1 · 2023 · Total · Men")
                .await;
            set_select(&client, "cell-obs-status", &missing).await;
            click_in_view(&app, &client, "cell-details-save").await;
            app.wait_for_text("cell-_T-M", &symbol).await;
            let status = wait_css(&client, "[data-testid=cell-_T-M] [data-status]").await;
            assert_eq!(
                status.attr("data-status").await.unwrap().as_deref(),
                Some(missing.as_str())
            );
            // The cell is not reported as blank.
            wait_until("the status cell carries no error", || async {
                app.attribute("cell-_T-M", "data-severity").await.as_deref() != Some("error")
            })
            .await;

            // Numbers are grouped in the user's language.
            edit_cell(&app, &client, "cell-_T-F", "1234567").await;
            app.wait_for_text("cell-_T-F", "1,234,567").await;
            app.click("language-es").await;
            app.wait_for_text("cell-_T-F", "1.234.567").await;
            app.click("language-en").await;
            app.wait_for_text("cell-_T-F", "1,234,567").await;
        },
    )
    .await;
}

/// Returns the first code of slice dimension `index` that is not the dimension's total.
fn first_non_total(
    questionnaire: &Questionnaire,
    table: &sicremi_model::TableDef,
    index: usize,
) -> String {
    let dim = &table.slice_dims()[index];
    questionnaire
        .codes(&dim.codelist)
        .iter()
        .map(|c| c.code.clone())
        .find(|code| Some(code) != dim.total.as_ref())
        .unwrap_or_else(|| panic!("{} has only its total", dim.id))
}

/// Scrolls the element to the middle of the window and clicks it. A WebDriver click on the
/// cell panel's Save button at the window's lower edge did not submit its form under Xvfb with
/// WebKitWebDriver 2.50.6, although the element under the click point was the button.
async fn click_in_view(app: &TestApp, client: &Client, test_id: &str) {
    let element = app.find(test_id).await;
    client
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' });",
            vec![serde_json::to_value(&element).unwrap()],
        )
        .await
        .unwrap_or_else(|error| panic!("scrolling to {test_id} failed: {error}"));
    element
        .click()
        .await
        .unwrap_or_else(|error| panic!("clicking {test_id} failed: {error}"));
}

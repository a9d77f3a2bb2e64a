//! WebDriver actions shared by the end-to-end tests: typing, choosing in selects, and waiting
//! for elements found by CSS selectors, which the harness's `data-testid` lookups do not cover.

use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};

use crate::support::{TestApp, WAIT_TIMEOUT};

const POLL: Duration = Duration::from_millis(100);

/// Selects the cell, opens its editor with Enter and types `value` followed by Enter.
pub async fn edit_cell(app: &TestApp, client: &Client, test_id: &str, value: &str) {
    let cell = app.find(test_id).await;
    cell.click().await.unwrap();
    cell.send_keys("\u{E007}").await.unwrap();
    let editor = wait_css(client, "[data-testid=cell-editor]").await;
    editor.send_keys(&format!("{value}\u{E007}")).await.unwrap();
    wait_until("the cell editor closes", || async {
        client
            .find_all(Locator::Css("[data-testid=cell-editor]"))
            .await
            .map(|found| found.is_empty())
            .unwrap_or(false)
    })
    .await;
}

pub async fn type_into(app: &TestApp, test_id: &str, text: &str) {
    app.find(test_id)
        .await
        .send_keys(text)
        .await
        .unwrap_or_else(|error| panic!("typing into {test_id} failed: {error}"));
}

/// Sets a select's value and fires `change`, as a user's choice does.
pub async fn set_select(client: &Client, test_id: &str, value: &str) {
    wait_css(
        client,
        &format!("[data-testid=\"{test_id}\"] option[value=\"{value}\"]"),
    )
    .await;
    set_value(client, test_id, value, "change").await;
}

/// Replaces an input's text and fires `input`, as typing does.
pub async fn set_input(client: &Client, test_id: &str, value: &str) {
    set_value(client, test_id, value, "input").await;
}

/// Replaces a field's text and fires `input` then `change`, as typing and leaving the field do.
/// The metadata form saves an answer on `change`.
pub async fn answer_field(client: &Client, test_id: &str, value: &str) {
    set_value(client, test_id, value, "input").await;
    set_value(client, test_id, value, "change").await;
}

async fn set_value(client: &Client, test_id: &str, value: &str, event: &str) {
    let script = "const element = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); \
                  element.value = arguments[1]; \
                  element.dispatchEvent(new Event(arguments[2], { bubbles: true }));";
    client
        .execute(script, vec![test_id.into(), value.into(), event.into()])
        .await
        .unwrap_or_else(|error| panic!("setting {test_id} to {value:?} failed: {error}"));
}

pub async fn active_test_id(client: &Client) -> Option<String> {
    let element = client.active_element().await.ok()?;
    element.attr("data-testid").await.ok().flatten()
}

/// Waits until the element's text contains `part` and returns the text.
pub async fn wait_text_containing(app: &TestApp, test_id: &str, part: &str) -> String {
    let deadline = Instant::now() + WAIT_TIMEOUT;
    loop {
        let text = app.find(test_id).await.text().await.unwrap_or_default();
        if text.contains(part) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "[data-testid={test_id}] did not contain {part:?} within {WAIT_TIMEOUT:?}; last text {text:?}"
        );
        tokio::time::sleep(POLL).await;
    }
}

pub async fn wait_css(client: &Client, selector: &str) -> Element {
    client
        .wait()
        .at_most(WAIT_TIMEOUT)
        .every(POLL)
        .for_element(Locator::Css(selector))
        .await
        .unwrap_or_else(|error| panic!("{selector} not found within {WAIT_TIMEOUT:?}: {error}"))
}

pub async fn wait_until<F, Fut>(description: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + WAIT_TIMEOUT;
    while !condition().await {
        assert!(
            Instant::now() < deadline,
            "timed out after {WAIT_TIMEOUT:?} waiting until {description}"
        );
        tokio::time::sleep(POLL).await;
    }
}

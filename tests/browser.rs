//! In-browser tests: mount the real app shell on an address held in memory in
//! headless Chromium, click like a person, and assert on the DOM. Each step
//! waits for the condition it expects (never for a fixed time), and fails with
//! what it saw when that does not come.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use visit_explorer::app::{ServerApp, ServerAppProps};
use visit_explorer::components::results::PAGE_SIZE;
use visit_explorer::routing::{resolve, Route};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

// The bundled visit, as the development pack holds it (`build.rs`).
use visit_explorer::data::dev_dataset as bundled;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until `what` holds of `root`, giving the app its turns meanwhile; after
/// two seconds, fails showing `seen`, what the page held instead.
async fn until<T: std::fmt::Debug>(
    root: &Element,
    seen: impl Fn(&Element) -> T,
    what: impl Fn(&T) -> bool,
) -> T {
    for _ in 0..400 {
        let now = seen(root);
        if what(&now) {
            return now;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    let count = root
        .query_selector(".result-count")
        .ok()
        .flatten()
        .and_then(|c| c.text_content());
    let pressed = root
        .query_selector_all("[aria-pressed='true']")
        .map(|l| l.length())
        .unwrap_or(0);
    panic!(
        "waited 2 s; the page still shows {:?} (count {count:?}, {pressed} pressed)",
        seen(root)
    );
}

/// Mounts the app at `path` in a fresh container, and waits until it has gone
/// live on that address.
async fn mount(path: &str) -> Element {
    mount_with(path, bundled()).await
}

/// Like [`mount`], over another dataset.
async fn mount_with(path: &str, dataset: std::rc::Rc<visit_core::domain::Dataset>) -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let (p, q) = path.split_once('?').unwrap_or((path, ""));
    let route = resolve(p, q, "", "", &dataset).here.route;
    let explorer = route == Route::Explorer;
    let props = ServerAppProps {
        route,
        path: Some(path.to_string().into()),
        base: Default::default(),
        site_base: Default::default(),
        dataset,
        map: Default::default(),
    };
    yew::Renderer::<ServerApp>::with_root_and_props(root.clone(), props).render();
    // Every render and effect done: the app is live on the address.
    yew::scheduler::flush().await;
    let shown = if explorer { ".result-count" } else { "main h1" };
    assert!(
        root.query_selector(shown).unwrap().is_some(),
        "{path} shows no {shown}"
    );
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// The names on the cards the view shows, in order.
fn card_names(root: &Element) -> Vec<String> {
    all(root, "li:not([hidden]) > article.card h3")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect()
}

/// Waits until the cards shown are exactly `names`.
async fn cards_are(root: &Element, names: &[&str]) {
    until(root, card_names, |now| now == names).await;
}

/// Waits until `n` cards show.
async fn count_is(root: &Element, n: usize) {
    until(
        root,
        |r| all(r, "li:not([hidden]) > article.card").len(),
        |&now| now == n,
    )
    .await;
}

#[wasm_bindgen_test]
async fn explorer_lists_every_meeting() {
    let root = mount("/").await;
    count_is(&root, 14).await;
    assert_eq!(text(&root, ".result-count"), "14 of 14 meetings");
    assert_eq!(card_names(&root)[0], "Rafael Santana");
}

#[wasm_bindgen_test]
async fn sector_bar_click_filters_and_marks_the_bar_selected() {
    let root = mount("/").await;
    click(&root, ".breakdown button[data-value='finance']");
    cards_are(&root, &["Jane Fraser", "Nicola Villa"]).await;
    assert_eq!(text(&root, ".result-count"), "2 of 14 meetings");
    let bar = root
        .query_selector(".breakdown button[data-value='finance']")
        .unwrap()
        .unwrap();
    assert_eq!(bar.get_attribute("aria-pressed").as_deref(), Some("true"));
    // A removable chip appeared; its accessible name is its own text: a hidden
    // "Remove filter" before what is seen.
    let removable = &all(&root, ".active-filters button.removable")[0];
    assert!(!removable.has_attribute("aria-label"));
    assert_eq!(
        removable.text_content().as_deref(),
        Some("Remove filter Sector: Finance & payments×")
    );
}

#[wasm_bindgen_test]
async fn two_taps_before_a_render_both_count() {
    let root = mount("/").await;
    // Both taps land before Yew renders again: the second applies to the address
    // the first wrote, not to the view last rendered.
    click(&root, ".breakdown button[data-value='finance']");
    click(&root, ".breakdown button[data-value='digital']");
    cards_are(
        &root,
        &["Jane Fraser", "Nicola Villa", "Susan Pointer", "Rob Walton"],
    )
    .await;
    let pressed = all(&root, ".breakdown button[aria-pressed='true']");
    assert_eq!(pressed.len(), 2);
}

#[wasm_bindgen_test]
async fn map_country_and_facet_combine_and_clear_all_resets() {
    let root = mount("/").await;
    click(&root, ".map button[data-value='US']");
    count_is(&root, 6).await;
    // A kind with no US meeting is shown at zero and cannot be picked.
    let heads = root
        .query_selector(".facet[data-facet='kind'] button[data-value='head-of-state']")
        .unwrap()
        .unwrap();
    until(&root, |_| heads.has_attribute("disabled"), |&b| b).await;
    assert_eq!(heads.text_content().as_deref(), Some("Head of state 0"));
    click(
        &root,
        ".facet[data-facet='kind'] button[data-value='summit']",
    );
    cards_are(&root, &["Joe Biden"]).await;
    click(&root, ".active-filters .clear-all");
    count_is(&root, 14).await;
    assert!(root
        .query_selector(".active-filters[hidden]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn empty_state_offers_a_way_back() {
    let root = mount("/?q=no-such-words").await;
    count_is(&root, 0).await;
    assert_eq!(text(&root, ".result-count"), "0 of 14 meetings");
    assert!(text(&root, ".empty-state").contains("No meetings match"));
    click(&root, ".empty-state button");
    count_is(&root, 14).await;
    assert!(root.query_selector(".empty-state").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn query_in_the_url_is_applied_and_highlighted() {
    let root = mount("/?q=niinisto").await;
    cards_are(&root, &["Sauli Niinistö"]).await;
    assert_eq!(
        text(&root, "li:not([hidden]) > article.card h3 mark"),
        "Niinistö"
    );
}

#[wasm_bindgen_test]
async fn zero_count_values_stay_visible_and_disabled() {
    let root = mount("/?sector=healthcare").await;
    count_is(&root, 1).await;
    let iran = root
        .query_selector(".map button[data-value='IR']")
        .unwrap()
        .unwrap();
    assert!(iran.has_attribute("disabled"));
    assert_eq!(iran.text_content().as_deref(), Some("Iran 0"));
}

#[wasm_bindgen_test]
async fn meeting_page_and_unknown_id() {
    let root = mount("/meetings/wabtec/").await;
    assert_eq!(text(&root, "h1"), "Rafael Santana");
    assert!(text(&root, ".citation").contains("paragraphs 2, 3"));
    let root = mount("/meetings/no-such-meeting/").await;
    assert_eq!(text(&root, "h1"), "Page not found");
    assert_eq!(all(&root, ".not-found a[href='/']").len(), 1);
}

#[wasm_bindgen_test]
async fn previous_and_next_walk_the_view_the_reader_came_from() {
    let root = mount("/?sector=finance").await;
    cards_are(&root, &["Jane Fraser", "Nicola Villa"]).await;
    click(&root, "article.card[data-id='citigroup'] h3 a");
    until(
        &root,
        |r| {
            r.query_selector("main h1")
                .unwrap()
                .and_then(|h| h.text_content())
        },
        |t| t.as_deref() == Some("Jane Fraser"),
    )
    .await;
    // In the finance view Citigroup is first: nothing before it, Mastercard after.
    assert!(root.query_selector(".pager .prev.none").unwrap().is_some());
    assert!(text(&root, ".pager .next").contains("Nicola Villa"));
    click(&root, ".pager .next");
    until(&root, |r| text(r, "main h1"), |t| t == "Nicola Villa").await;
    assert!(text(&root, ".pager .prev").contains("Jane Fraser"));
    assert!(root.query_selector(".pager .next.none").unwrap().is_some());
    assert_eq!(text(&root, ".crumbs a"), "← Back to results");
    click(&root, ".crumbs a");
    cards_are(&root, &["Jane Fraser", "Nicola Villa"]).await;
}

#[wasm_bindgen_test]
async fn show_more_reveals_the_next_page_of_cards() {
    use visit_core::synthetic::{generate, SEED};
    let dataset = std::rc::Rc::new(generate(100, SEED));
    let held = dataset
        .meetings
        .iter()
        .filter(|m| m.status == visit_core::domain::Status::Held)
        .count();
    let root = mount_with("/", dataset).await;
    count_is(&root, PAGE_SIZE).await;
    assert_eq!(
        text(&root, ".show-more"),
        format!("Show more ({} not shown)", 100 - PAGE_SIZE)
    );
    click(&root, ".show-more");
    count_is(&root, 2 * PAGE_SIZE).await;
    // A new filter starts again from one page.
    assert!(
        held > PAGE_SIZE,
        "the generated archive holds {held} held meetings"
    );
    click(
        &root,
        ".facet[data-facet='status'] button[data-value='held']",
    );
    until(
        &root,
        |r| text(r, ".result-count"),
        |t| *t == format!("{held} of 100 meetings"),
    )
    .await;
    count_is(&root, PAGE_SIZE).await;
}

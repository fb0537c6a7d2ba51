//! In-browser tests: mount the real app shell on an in-memory router in headless
//! Chromium, click like a person, and assert on the DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use visit_explorer::app::{ServerApp, ServerAppProps};
use visit_explorer::data::bundled;
use visit_explorer::route::Route;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew_router::Routable;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Mounts the app at `path` in a fresh container and lets it go live on its URL state.
async fn mount(path: &str) -> Element {
    mount_with(path, bundled()).await
}

/// Like [`mount`], over another dataset.
async fn mount_with(path: &str, dataset: std::rc::Rc<visit_core::domain::Dataset>) -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let route = path.split('?').next().and_then(Route::recognize).unwrap();
    let props = ServerAppProps {
        route,
        path: Some(path.to_string().into()),
        base: Default::default(),
        dataset,
    };
    yew::Renderer::<ServerApp>::with_root_and_props(root.clone(), props).render();
    settle().await;
    settle().await;
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

fn card_names(root: &Element) -> Vec<String> {
    all(root, "li:not([hidden]) > article.card h3")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn explorer_lists_every_meeting() {
    let root = mount("/").await;
    assert_eq!(all(&root, "li:not([hidden]) > article.card").len(), 14);
    assert_eq!(text(&root, ".result-count"), "14 of 14 meetings");
    assert_eq!(card_names(&root)[0], "Rafael Santana");
}

#[wasm_bindgen_test]
async fn sector_bar_click_filters_and_marks_the_bar_selected() {
    let root = mount("/").await;
    click(&root, ".breakdown button[data-value='finance']");
    settle().await;
    assert_eq!(card_names(&root), ["Jane Fraser", "Nicola Villa"]);
    assert_eq!(text(&root, ".result-count"), "2 of 14 meetings");
    let bar = root
        .query_selector(".breakdown button[data-value='finance']")
        .unwrap()
        .unwrap();
    assert_eq!(bar.get_attribute("aria-pressed").as_deref(), Some("true"));
    // The matching facet chip is selected too, and a removable chip appeared.
    let chip = root
        .query_selector(".facet[data-facet='sector'] button[data-value='finance']")
        .unwrap()
        .unwrap();
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    // Its accessible name is its own text: a hidden "Remove filter" before what is seen.
    let removable = &all(&root, ".active-filters button.removable")[0];
    assert!(!removable.has_attribute("aria-label"));
    assert_eq!(
        removable.text_content().as_deref(),
        Some("Remove filter Sector: Finance & payments×")
    );
}

#[wasm_bindgen_test]
async fn map_tile_and_facet_combine_and_clear_all_resets() {
    let root = mount("/").await;
    click(&root, ".map button[data-value='US']");
    settle().await;
    assert_eq!(all(&root, "li:not([hidden]) > article.card").len(), 6);
    // A kind with no US meeting is shown at zero and cannot be picked.
    let heads = root
        .query_selector(".facet[data-facet='kind'] button[data-value='head-of-state']")
        .unwrap()
        .unwrap();
    assert!(heads.has_attribute("disabled"));
    click(
        &root,
        ".facet[data-facet='kind'] button[data-value='summit']",
    );
    settle().await;
    assert_eq!(card_names(&root), ["Joe Biden"]);
    click(&root, ".active-filters .clear-all");
    settle().await;
    assert_eq!(all(&root, "li:not([hidden]) > article.card").len(), 14);
}

#[wasm_bindgen_test]
async fn empty_state_offers_a_way_back() {
    let root = mount("/?q=no-such-words").await;
    assert_eq!(all(&root, "li:not([hidden]) > article.card").len(), 0);
    assert!(text(&root, ".empty-state").contains("No meetings match"));
    click(&root, ".empty-state button");
    settle().await;
    assert_eq!(all(&root, "li:not([hidden]) > article.card").len(), 14);
}

#[wasm_bindgen_test]
async fn query_in_the_url_is_applied_and_highlighted() {
    let root = mount("/?q=niinisto").await;
    assert_eq!(card_names(&root), ["Sauli Niinistö"]);
    assert_eq!(
        text(&root, "li:not([hidden]) > article.card h3 mark"),
        "Niinistö"
    );
}

#[wasm_bindgen_test]
async fn zero_count_values_stay_visible_and_disabled() {
    let root = mount("/?sector=healthcare").await;
    let iran = root
        .query_selector(".facet[data-facet='country'] button[data-value='IR']")
        .unwrap()
        .unwrap();
    assert!(iran.has_attribute("disabled"));
    assert!(iran.text_content().unwrap().contains('0'));
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
async fn show_more_reveals_the_next_page_of_cards() {
    use visit_core::synthetic::{generate, SEED};
    use visit_explorer::pages::explorer::PAGE_SIZE;
    let root = mount_with("/", std::rc::Rc::new(generate(100, SEED))).await;
    assert_eq!(
        all(&root, "li:not([hidden]) > article.card").len(),
        PAGE_SIZE
    );
    assert_eq!(
        text(&root, ".show-more"),
        format!("Show more ({} not shown)", 100 - PAGE_SIZE)
    );
    click(&root, ".show-more");
    settle().await;
    assert_eq!(
        all(&root, "li:not([hidden]) > article.card").len(),
        2 * PAGE_SIZE
    );
    // A new filter starts again from one page.
    click(
        &root,
        ".facet[data-facet='status'] button[data-value='held']",
    );
    settle().await;
    assert!(all(&root, "li:not([hidden]) > article.card").len() <= PAGE_SIZE);
}

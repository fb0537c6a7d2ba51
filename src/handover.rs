//! What a person did on the prerendered page before the app went live: where the
//! focus was and what they typed into the search box. The app replaces that page
//! rather than hydrating it, so it carries these across at the swap. The scroll
//! position needs no help: the swap and the layout after it happen in one task.
//! Taps on the page's toggles, share and download buttons are carried by its
//! inline script (`index.html`), which needs no wasm for them; its veil over a
//! filtered link's results comes off here.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The page's state, noted just before the app replaces it.
pub struct Handover {
    /// The focused element, as element-child indices down from the page's root.
    focus: Option<Vec<u32>>,
    /// Text typed into the search box, which the address does not hold yet.
    typed: Option<String>,
}

/// Notes the state of the page under `root`.
pub fn take(root: &Element) -> Handover {
    let doc = gloo::utils::document();
    let focus = doc.active_element().and_then(|el| path(root, el));
    let typed = search_box().and_then(|input| {
        let value = input.value();
        (value != input.default_value()).then_some(value)
    });
    Handover { focus, typed }
}

/// Gives the state back to the app under `root`, which shows the same page for
/// the address, so the inline script's veil over a filtered link's results
/// comes off too.
pub fn restore(h: Handover, root: &Element) {
    if let Some(page) = gloo::utils::document().document_element() {
        let _ = page.class_list().remove_1("pending-query");
    }
    let target = h.focus.and_then(|p| walk(root, &p));
    if let Some(el) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
    if let (Some(text), Some(input)) = (h.typed, search_box()) {
        if input.value() != text {
            input.set_value(&text);
            // The app hears it as typing, so the address takes the query.
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                let _ = input.dispatch_event(&event);
            }
        }
    }
}

fn search_box() -> Option<HtmlInputElement> {
    gloo::utils::document()
        .get_element_by_id(crate::components::filters::SEARCH_BOX_ID)
        .and_then(|e| e.dyn_into().ok())
}

/// The indices that lead from `root` down to `el`, if `el` is inside it.
fn path(root: &Element, mut el: Element) -> Option<Vec<u32>> {
    let mut steps = Vec::new();
    while &el != root {
        let parent = el.parent_element()?;
        let siblings = parent.children();
        let at = (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&el))?;
        steps.push(at);
        el = parent;
    }
    steps.reverse();
    Some(steps)
}

fn walk(root: &Element, steps: &[u32]) -> Option<Element> {
    steps
        .iter()
        .try_fold(root.clone(), |el, &i| el.children().item(i))
}

//! What a person did on the prerendered page before the app went live: where the
//! focus was and what they typed into the search box. The app renders over that
//! page rather than hydrating it, so it carries these across. The scroll position
//! needs no help: the page is cleared and rendered again before any layout. Taps
//! on the page's toggles, share and download buttons are carried by its inline
//! script (`index.html`), which needs no wasm for them; its veil over a filtered
//! link's results comes off here.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

struct Handover {
    root: Element,
    /// The focused element, as element-child indices down from the root.
    focus: Option<Vec<u32>>,
    /// Text typed into the search box, which the address does not hold yet.
    typed: Option<String>,
}

thread_local! {
    static TAKEN: RefCell<Option<Handover>> = const { RefCell::new(None) };
}

/// Notes the page's state; call it just before the app renders over `root`.
pub fn take(root: &Element) {
    let doc = gloo::utils::document();
    let focus = doc.active_element().and_then(|el| path(root, el));
    let typed = search_box().and_then(|input| {
        let value = input.value();
        (value != input.default_value()).then_some(value)
    });
    TAKEN.with(|t| {
        *t.borrow_mut() = Some(Handover {
            root: root.clone(),
            focus,
            typed,
        })
    });
}

/// Gives the state back to the app's own render: once, after its first render and
/// before the next frame (see `main`). That render shows the address, so the
/// inline script's veil over a filtered link's results comes off too.
pub fn restore() {
    if let Some(page) = gloo::utils::document().document_element() {
        let _ = page.class_list().remove_1("pending-query");
    }
    let Some(h) = TAKEN.with(|t| t.borrow_mut().take()) else {
        return;
    };
    let target = h.focus.and_then(|p| walk(&h.root, &p));
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
        .get_element_by_id(crate::pages::explorer::SEARCH_BOX_ID)
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

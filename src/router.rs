//! The thin layer between the address bar and the pages.
//!
//! [`Here`] says what is shown; it is read from the address and changes only when
//! the address does (a link, a filter, back or forward). [`Nav`] moves the address.
//! Outside a browser (the prerenderer, the in-browser tests) the address lives in
//! memory, so the same components run everywhere.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::route::{href, Here, Route};
use visit_core::filter::Catalog;

/// What every page shares and what changes at most once: the dataset's catalog,
/// the navigator, and whether the app is live (false only in the static render the
/// prerenderer writes: no status line, no readiness signal). One context rather
/// than three, since each context type adds its own provider and hook to the wasm.
#[derive(Clone, PartialEq)]
pub struct Site {
    pub catalog: Rc<Catalog>,
    pub nav: Nav,
    pub live: bool,
}

/// The [`Site`] the app provides.
#[hook]
pub fn use_site() -> Site {
    use_context::<Site>().expect("Site context")
}

/// How a navigation treats the history: a new entry, or the current one replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Push,
    Replace,
}

/// Moves the app to another address.
#[derive(Clone)]
pub struct Nav {
    /// The site's sub-path, e.g. `/visit-explorer`, or empty at a domain's root.
    pub base: Rc<str>,
    browser: bool,
    set_here: UseStateSetter<Here>,
    /// The address now shown, for callbacks that read it only when they run.
    now: Rc<RefCell<Here>>,
}

/// Navigators compare equal for one site; comparing callbacks would re-render
/// every link on every change.
impl PartialEq for Nav {
    fn eq(&self, other: &Self) -> bool {
        self.base == other.base && self.browser == other.browser
    }
}

impl Nav {
    pub fn new(base: Rc<str>, browser: bool, set_here: UseStateSetter<Here>, now: Here) -> Nav {
        Nav {
            base,
            browser,
            set_here,
            now: Rc::new(RefCell::new(now)),
        }
    }

    /// The link to `route` (with `query` for the explorer) on this site.
    pub fn href(&self, route: &Route, query: &str) -> String {
        href(&self.base, route, query)
    }

    /// True in the browser app; false on an address held in memory.
    pub fn in_browser(&self) -> bool {
        self.browser
    }

    /// What is shown now.
    pub fn now(&self) -> Here {
        self.now.borrow().clone()
    }

    /// Records what the address shows, without touching the history.
    pub fn show(&self, here: Here) {
        *self.now.borrow_mut() = here.clone();
        self.set_here.set(here);
    }

    /// Shows `here` and writes its address into the history.
    pub fn go(&self, here: Here, how: How) {
        if self.browser {
            browser::write(&self.href(&here.route, &here.query), &here, how);
        }
        self.show(here);
    }
}

/// The history as the browser keeps it. The "back to results" query rides in the
/// entry's own state, a plain JavaScript object, so it survives reloads.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use serde::Serialize;

    use super::How;
    use crate::route::{resolve, Here, Resolved};
    use visit_core::domain::Dataset;

    /// The history entry's own state, written through serde-wasm-bindgen.
    #[derive(Serialize)]
    struct EntryState {
        back: Option<String>,
    }

    /// The site's sub-path, from the page's `<base href>` (Trunk writes it).
    pub fn base() -> String {
        let doc = gloo::utils::document();
        let path = doc
            .base_uri()
            .ok()
            .flatten()
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        visit_core::url::base_path(&path).to_string()
    }

    /// Reads the address bar, puts its canonical form there (without a new
    /// history entry) and returns what it shows.
    pub fn read(base: &str, dataset: &Dataset) -> Here {
        let loc = gloo::utils::window().location();
        let part = |r: Result<String, _>| r.unwrap_or_default();
        // `search` is empty for a bare `?`; keep the `?` so it is tidied away.
        let mut search = part(loc.search());
        let href = part(loc.href());
        if search.is_empty() && href.split('#').next().is_some_and(|h| h.ends_with('?')) {
            search.push('?');
        }
        let Resolved {
            mut here,
            canonical,
        } = resolve(
            &part(loc.pathname()),
            &search,
            &part(loc.hash()),
            base,
            dataset,
        );
        let history = gloo::utils::history();
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        // Read back by hand: serde's deserialising error messages would bring
        // float formatting into the wasm for one optional string.
        here.back = js_sys::Reflect::get(&state, &"back".into())
            .ok()
            .and_then(|b| b.as_string());
        if let Some(url) = canonical {
            let _ = history.replace_state_with_url(&state, "", Some(&url));
        }
        here
    }

    pub fn write(url: &str, here: &Here, how: How) {
        let state = EntryState {
            back: here.back.clone(),
        };
        let state = serde_wasm_bindgen::to_value(&state).unwrap_or(wasm_bindgen::JsValue::NULL);
        let history = gloo::utils::history();
        let _ = match how {
            How::Push => history.push_state_with_url(&state, "", Some(url)),
            How::Replace => history.replace_state_with_url(&state, "", Some(url)),
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::How;
    use crate::route::Here;

    pub fn write(_url: &str, _here: &Here, _how: How) {}
}

/// True for a plain primary click, which an in-app link handles itself; a
/// modified or non-primary click is left to the browser (new tab, new window).
pub fn is_plain_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// What an in-app link carries for "back to results".
#[derive(Clone, Debug, PartialEq)]
pub enum Back {
    /// Nothing.
    None,
    /// The explorer query shown now, read when the link is followed.
    Keep,
    /// A query carried on (from one meeting to the next).
    Carry(Option<String>),
}

/// A real link (it works without scripts and in a new tab) that, on a plain
/// click, moves inside the app instead of loading a page. A function, not a
/// component: it has no state of its own.
pub fn app_link(
    nav: &Nav,
    to: Route,
    query: &str,
    back: Back,
    class: &'static str,
    children: Html,
) -> Html {
    let href = nav.href(&to, query);
    let onclick = {
        let (nav, query) = (nav.clone(), query.to_string());
        Callback::from(move |e: MouseEvent| {
            if !is_plain_click(&e) {
                return;
            }
            e.prevent_default();
            let back = match &back {
                Back::None => None,
                Back::Keep => Some(nav.now().query).filter(|q| !q.is_empty()),
                Back::Carry(q) => q.clone(),
            };
            nav.go(
                Here {
                    route: to.clone(),
                    query: query.clone(),
                    back,
                },
                How::Push,
            );
            scroll_to_top();
        })
    };
    let class = (!class.is_empty()).then_some(class);
    html! { <a {href} {class} {onclick}>{children}</a> }
}

fn scroll_to_top() {
    #[cfg(target_arch = "wasm32")]
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

//! The browser's side of the address: reading `location` and the history entry's
//! own state, writing entries, and where a reader was on the explorer. Outside a
//! browser (the prerenderer, native tests) writes do nothing.

use yew::AttrValue;

/// Where a reader was on the explorer: the scroll offset, and the card they
/// opened with its distance from the top of the window. Cards lay out lazily
/// (`content-visibility`), so the card is the surer mark; the offset is the
/// fallback.
#[derive(Clone, Debug, PartialEq)]
pub struct Spot {
    pub y: f64,
    pub anchor: Option<AttrValue>,
    pub top: f64,
}

/// How a navigation treats the history: a new entry, or the current one replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Push,
    Replace,
}

/// What a history entry keeps besides its address: on a meeting page, the
/// explorer query it was opened from; on either page, the spot on the explorer
/// to return to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub back: Option<String>,
    pub spot: Option<Spot>,
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use serde::Serialize;
    use wasm_bindgen::JsValue;

    use super::{Entry, How, Spot};

    /// The entry's state as a plain JavaScript object, written by serde-wasm-bindgen.
    #[derive(Serialize)]
    struct State<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        back: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        y: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        anchor: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        top: Option<f64>,
    }

    fn to_js(entry: &Entry) -> JsValue {
        let spot = entry.spot.as_ref();
        let state = State {
            back: entry.back.as_deref(),
            y: spot.map(|s| s.y),
            anchor: spot.and_then(|s| s.anchor.as_deref()),
            top: spot.map(|s| s.top),
        };
        serde_wasm_bindgen::to_value(&state).unwrap_or(JsValue::NULL)
    }

    /// Read back by hand: serde's deserialising error messages would bring float
    /// formatting into the wasm for a few optional fields.
    fn from_js(state: &JsValue) -> Entry {
        let get =
            |key: &str| js_sys::Reflect::get(state, &key.into()).unwrap_or(JsValue::UNDEFINED);
        let spot = get("y").as_f64().map(|y| Spot {
            y,
            anchor: get("anchor").as_string().map(Into::into),
            top: get("top").as_f64().unwrap_or(0.0),
        });
        Entry {
            back: get("back").as_string(),
            spot,
        }
    }

    /// The address bar: pathname, search (a bare `?` kept, so it is tidied away)
    /// and hash; and the entry's state.
    pub fn location() -> (String, String, String, Entry) {
        let loc = gloo::utils::window().location();
        let part = |r: Result<String, _>| r.unwrap_or_default();
        let mut search = part(loc.search());
        if search.is_empty()
            && part(loc.href())
                .split('#')
                .next()
                .is_some_and(|h| h.ends_with('?'))
        {
            search.push('?');
        }
        let state = gloo::utils::history().state().unwrap_or(JsValue::NULL);
        (
            part(loc.pathname()),
            search,
            part(loc.hash()),
            from_js(&state),
        )
    }

    pub fn write(url: Option<&str>, entry: &Entry, how: How) {
        let history = gloo::utils::history();
        let state = to_js(entry);
        let _ = match how {
            How::Push => history.push_state_with_url(&state, "", url),
            How::Replace => history.replace_state_with_url(&state, "", url),
        };
    }

    /// The site's sub-path, from the page's `<base href>` (Trunk writes it).
    pub fn base() -> String {
        let path = gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        visit_core::url::base_path(&path).to_string()
    }

    /// The page's sub-path: the site's, and the language's folder when the
    /// page is in one (`/visit-explorer/ru`).
    pub fn page_base(site_base: &str) -> String {
        let pathname = gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default();
        visit_core::url::language_base(&pathname, site_base, visit_core::i18n::lang())
    }

    /// The app puts the reader back itself, after the page it returns to has rendered.
    pub fn manual_scroll() {
        let _ = gloo::utils::history().set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{base, location, manual_scroll, page_base, write};

#[cfg(not(target_arch = "wasm32"))]
pub fn write(_url: Option<&str>, _entry: &Entry, _how: How) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn base() -> String {
    String::new()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn page_base(site_base: &str) -> String {
    site_base.to_string()
}

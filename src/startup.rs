//! Start-up in short tasks. The app renders into a root of its own, away from
//! the page, a stage per task: the shell, the filters and the first cards; then
//! the other cards; then the overview. Meanwhile the prerendered page stays on
//! screen and in use. When the last stage has rendered, the app takes that
//! page's place in one step, carrying over what the person did there (focus,
//! typed text, taps, the spot in the page), and signals that it is live.
//!
//! One render of the whole page took 50 to 85 ms of main thread on this class of
//! machine, four times that on Lighthouse's phone; no stage takes 50.

use std::cell::RefCell;

use crate::routing::Spot;

/// How far a staged start has got; it reaches the pages as a prop. Pages
/// rendered any other way (the prerenderer, the in-browser tests, every page
/// after the first) render whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stage(pub u8);

impl Stage {
    /// The shell and the explorer's title.
    pub const FIRST: Stage = Stage(0);
    /// The filters and the results' head.
    pub const FILTERS: Stage = Stage(1);
    /// The first cards, then (at 3) the rest.
    pub const CARDS: Stage = Stage(2);
    /// The overview too: the whole page.
    pub const WHOLE: Stage = Stage(4);

    /// How many cards the results show at this stage.
    pub fn cards(self) -> usize {
        match self.0 {
            0..=1 => 0,
            2 => 6,
            _ => usize::MAX,
        }
    }
}

/// The two roots of a staged start: the prerendered page's, which the app
/// replaces, and the app's own, not yet in the page.
#[cfg(target_arch = "wasm32")]
struct Start {
    page: web_sys::Element,
    app: web_sys::Element,
}

thread_local! {
    #[cfg(target_arch = "wasm32")]
    static START: RefCell<Option<Start>> = const { RefCell::new(None) };
    static SPOT: RefCell<Option<Spot>> = const { RefCell::new(None) };
}

/// Notes the page the app will replace and the root it renders into meanwhile.
#[cfg(target_arch = "wasm32")]
pub fn begin(page: web_sys::Element, app: web_sys::Element) {
    START.with(|s| *s.borrow_mut() = Some(Start { page, app }));
}

/// Keeps the spot the address's entry remembers until the app is in place.
pub fn keep_spot(spot: Option<Spot>) {
    SPOT.with(|s| *s.borrow_mut() = spot);
}

/// Runs `f` in a task of its own, once the browser has had its turn.
pub fn next_task(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// Puts the app in the page's place and signals that it is live: once, after the
/// last stage has rendered. Nothing to do where no staged start began (the
/// prerenderer, the in-browser tests).
pub fn go_live() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(start) = START.with(|s| s.borrow_mut().take()) else {
            return;
        };
        // What the person did on the static page until now: noted just before it goes.
        let taken = crate::handover::take(&start.page);
        start.app.set_id("app");
        let _ = start.page.replace_with_with_node_1(&start.app);
        crate::handover::restore(taken, &start.app);
        // The page for unknown addresses is one file, in the default language;
        // under /ru/ its loader fetched the Russian pack, and the app speaks it.
        if let Some(root) = gloo::utils::document().document_element() {
            let lang = visit_core::i18n::lang();
            if root.get_attribute("lang").as_deref() != Some(lang) {
                let _ = root.set_attribute("lang", lang);
            }
        }
        if let Some(spot) = SPOT.with(|s| s.borrow_mut().take()) {
            crate::routing::put_reader_at(&spot);
        }
        let window = gloo::utils::window();
        let _ = js_sys::Reflect::set(&window, &"__visitExplorerReady".into(), &true.into());
        // The page's inline script replays taps made before this moment.
        if let Ok(event) = web_sys::Event::new("visit-explorer-live") {
            let _ = window.dispatch_event(&event);
        }
    }
}

//! Start-up in short tasks. The app reads its pack, makes its catalog and
//! reads the address, each in a task of its own; then it renders into a root
//! of its own, away from the page, a stage per task: the shell's header, its
//! footer, the page's title, the filters, the cards a few at a time, the
//! overview. Meanwhile the prerendered page stays on screen and in use. When
//! the last stage has rendered, the app takes that page's place in one step,
//! carrying over what the person did there (focus, typed text, taps, the spot
//! in the page), and signals that it is live.
//!
//! Why so fine: a wasm function is compiled on the main thread when first
//! called, so each part's first render costs several times a later one. On a
//! phone of Lighthouse's reference class (CPU 9× on the development machine)
//! the old five stages ran 100 to 300 ms each; now the first, which compiles
//! most of Yew's rendering, takes about 120 ms and the others 30 to 80.

use std::cell::RefCell;

use crate::routing::Spot;

/// How far a staged start has got; it reaches the pages as a prop. Pages
/// rendered any other way (the prerenderer, the in-browser tests, every page
/// after the first) render whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stage(pub u8);

impl Stage {
    /// The shell's header.
    pub const FIRST: Stage = Stage(0);
    /// Its footer.
    pub const FOOTER: Stage = Stage(1);
    /// The page begins: the explorer's title.
    pub const PAGE: Stage = Stage(2);
    /// The filters (and a trip's itinerary).
    pub const FILTERS: Stage = Stage(3);
    /// The results' head and the first cards; more cards at each stage after.
    pub const CARDS: Stage = Stage(4);
    /// The overview too: the whole page.
    pub const WHOLE: Stage = Stage(7);

    /// How many cards the results show at this stage.
    pub fn cards(self) -> usize {
        match self.0 {
            0..=3 => 0,
            4 => 4,
            5 => 9,
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
    wasm_bindgen_futures::spawn_local(async move {
        yield_task().await;
        f();
    });
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// Ends the task: what follows runs in a new one, after whatever the browser
/// has waiting (input, paint). A message rather than a timer, which browsers
/// hold back 4 ms once timers nest five deep.
#[cfg(target_arch = "wasm32")]
pub async fn yield_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Ok(channel) = web_sys::MessageChannel::new() {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel
                .port2()
                .post_message(&wasm_bindgen::JsValue::UNDEFINED);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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

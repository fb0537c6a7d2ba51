//! Moving the address: the navigator every page shares, its links, and the one
//! listener for back and forward. A change is applied to the typed state the
//! address already holds; nothing re-reads a query string.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::address::{href, Here, Route, View};
use super::history::{self, Entry, How, Spot};
use visit_core::domain::Dataset;
use visit_core::filter::{Catalog, FilterChange};

/// What every page shares and what changes at most once: the dataset's catalog,
/// the navigator, its map image, and whether the app is live (false in the
/// static render the prerenderer writes, and until a staged start has taken
/// the page's place). One context rather than three: each context type adds
/// its own provider and hook to the wasm.
#[derive(Clone, PartialEq)]
pub struct Site {
    pub catalog: Rc<Catalog>,
    pub nav: Nav,
    pub live: bool,
    /// The address of the dataset's map image.
    pub map: AttrValue,
    /// The address of the dataset's export pieces (see `data::exports`); empty
    /// in a development build.
    pub exports: AttrValue,
    /// The site's sub-path, where every language's pages are.
    pub site_base: AttrValue,
}

/// The [`Site`] the app provides.
#[hook]
pub fn use_site() -> Site {
    use_context::<Site>().expect("Site context")
}

/// Moves the app to another address and remembers where the reader was.
#[derive(Clone)]
pub struct Nav {
    /// The site's sub-path, e.g. `/visit-explorer`, or empty at a domain's root.
    pub base: Rc<str>,
    browser: bool,
    dataset: Rc<Dataset>,
    set_here: UseStateSetter<Here>,
    /// What the address shows now, for callbacks that read it when they run.
    now: Rc<RefCell<Here>>,
    /// On a meeting page: where the reader was on the explorer it came from.
    back_spot: Rc<RefCell<Option<Spot>>>,
}

/// Navigators compare equal for one site; comparing callbacks would re-render
/// every link on every change.
impl PartialEq for Nav {
    fn eq(&self, other: &Self) -> bool {
        self.base == other.base && self.browser == other.browser
    }
}

/// Where an in-app link leads.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// The explorer showing this view (a new start: no meeting to return to).
    Explorer(Rc<View>),
    /// From a meeting page back to the view it was opened from, at the same spot.
    Back,
    /// From a meeting page to another, keeping the view to return to.
    Meeting(AttrValue),
}

impl Nav {
    pub fn new(
        base: Rc<str>,
        browser: bool,
        dataset: Rc<Dataset>,
        set_here: UseStateSetter<Here>,
        now: Here,
    ) -> Nav {
        Nav {
            base,
            browser,
            dataset,
            set_here,
            now: Rc::new(RefCell::new(now)),
            back_spot: Rc::default(),
        }
    }

    /// True in the browser app; false on an address held in memory.
    pub fn in_browser(&self) -> bool {
        self.browser
    }

    /// What is shown now.
    pub fn now(&self) -> Here {
        self.now.borrow().clone()
    }

    /// The address of `route` (with `query` for the explorer) on this site.
    pub fn href(&self, route: &Route, query: &str) -> String {
        href(&self.base, route, query)
    }

    /// Where `link` leads, as an address.
    pub fn link_href(&self, link: &Link) -> String {
        match link {
            Link::Explorer(view) => self.href(&Route::Explorer, &view.query),
            Link::Back => {
                let back = self.now.borrow().back.clone().unwrap_or_default();
                self.href(&Route::Explorer, &back.query)
            }
            Link::Meeting(id) => self.href(&Route::Meeting { id: id.clone() }, ""),
        }
    }

    /// Shows `here` without touching the history, then puts the reader at `spot`
    /// (or leaves the scroll as it is), once the page has rendered.
    pub fn show(&self, here: Here, spot: Option<Spot>) {
        *self.now.borrow_mut() = here.clone();
        self.set_here.set(here);
        if let Some(spot) = spot {
            // Queued behind the render the state change just scheduled, so it runs
            // once the page is in place and before the next frame is drawn.
            yew::platform::spawn_local(async move { put_reader_at(&spot) });
        }
    }

    fn go(&self, here: Here, entry: Entry, how: How, spot: Option<Spot>) {
        if self.browser {
            let url = self.href(&here.route, &here.view.query);
            history::write(Some(&url), &entry, how);
        }
        self.show(here, spot);
    }

    /// Applies a filter change to the view shown now: typing replaces the history
    /// entry, every other change adds one. It applies to the address shown at that
    /// moment, not the one the last render read, so two taps before Yew renders
    /// again both count.
    pub fn change(&self, change: FilterChange) {
        let how = if matches!(change, FilterChange::SetQuery(_)) {
            How::Replace
        } else {
            How::Push
        };
        let state = self.now.borrow().view.state.apply(change);
        let view = View::of(state, &self.dataset);
        self.go(
            Here {
                route: Route::Explorer,
                view,
                back: None,
            },
            Entry::default(),
            how,
            None,
        );
    }

    /// Opens a meeting from the explorer, noting where the reader was (on the
    /// explorer's own entry too, for the browser's back button).
    pub fn open(&self, id: AttrValue, spot: Spot) {
        let view = self.now.borrow().view.clone();
        if self.browser {
            history::write(
                None,
                &Entry {
                    back: None,
                    spot: Some(spot.clone()),
                },
                How::Replace,
            );
        }
        *self.back_spot.borrow_mut() = Some(spot.clone());
        let entry = Entry {
            back: Some(view.query.to_string()),
            spot: Some(spot),
        };
        let here = Here {
            route: Route::Meeting { id },
            view: View::all(),
            back: Some(view),
        };
        self.go(here, entry, How::Push, Some(Spot::TOP));
    }

    /// Follows an in-app link.
    pub fn follow(&self, link: &Link) {
        let now = self.now();
        let back_spot = self.back_spot.borrow().clone();
        match link {
            Link::Explorer(view) => {
                *self.back_spot.borrow_mut() = None;
                let here = Here {
                    route: Route::Explorer,
                    view: view.clone(),
                    back: None,
                };
                self.go(here, Entry::default(), How::Push, Some(Spot::TOP));
            }
            Link::Back => {
                let view = now.back.unwrap_or_default();
                *self.back_spot.borrow_mut() = None;
                let here = Here {
                    route: Route::Explorer,
                    view,
                    back: None,
                };
                let entry = Entry {
                    back: None,
                    spot: back_spot.clone(),
                };
                self.go(here, entry, How::Push, Some(back_spot.unwrap_or(Spot::TOP)));
            }
            Link::Meeting(id) => {
                let entry = Entry {
                    back: now.back.as_ref().map(|v| v.query.to_string()),
                    spot: back_spot,
                };
                let here = Here {
                    route: Route::Meeting { id: id.clone() },
                    view: View::all(),
                    back: now.back,
                };
                self.go(here, entry, How::Push, Some(Spot::TOP));
            }
        }
    }

    /// Reads the address bar (after back or forward, or at start), puts its
    /// canonical form there without a new entry, and returns what it shows with
    /// the spot to put the reader at.
    #[cfg(target_arch = "wasm32")]
    pub fn read(&self) -> (Here, Option<Spot>) {
        let read = read_browser(&self.base, &self.dataset);
        *self.back_spot.borrow_mut() = read.back_spot;
        (read.here, read.spot)
    }

    /// Starts from what `read_browser` read at start.
    pub fn with_back_spot(self, spot: Option<Spot>) -> Nav {
        *self.back_spot.borrow_mut() = spot;
        self
    }

    /// Listens for back and forward for as long as the returned listener lives.
    #[cfg(target_arch = "wasm32")]
    pub fn listen(&self) -> gloo::events::EventListener {
        let nav = self.clone();
        gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let (here, spot) = nav.read();
            nav.show(here, spot);
        })
    }
}

/// What the browser's address shows, read once: the page, the spot to put the
/// reader at, and on a meeting page the explorer spot it returns to.
pub struct Read {
    pub here: Here,
    pub spot: Option<Spot>,
    pub back_spot: Option<Spot>,
}

/// Reads the address bar and its entry's state, and puts the canonical address
/// in the bar without a new entry.
#[cfg(target_arch = "wasm32")]
pub fn read_browser(base: &str, dataset: &Dataset) -> Read {
    let (pathname, search, hash, entry) = history::location();
    let resolved = super::address::resolve(&pathname, &search, &hash, base, dataset);
    if let Some(url) = &resolved.canonical {
        history::write(Some(url), &entry, How::Replace);
    }
    let mut here = resolved.here;
    let (spot, back_spot) = match here.route {
        Route::Meeting { .. } => {
            here.back = entry.back.map(|q| View::parse(&q, dataset));
            (None, entry.spot)
        }
        _ => (entry.spot, None),
    };
    Read {
        here,
        spot,
        back_spot,
    }
}

impl Spot {
    /// The top of the page.
    pub const TOP: Spot = Spot {
        y: 0.0,
        anchor: None,
        top: 0.0,
    };

    /// Where the reader is now, with `anchor` (a card's meeting id) as the mark.
    pub fn now(anchor: Option<AttrValue>) -> Spot {
        #[cfg(target_arch = "wasm32")]
        {
            let y = gloo::utils::window().scroll_y().unwrap_or(0.0);
            let top = anchor
                .as_deref()
                .and_then(card)
                .map_or(0.0, |c| c.get_bounding_client_rect().top());
            Spot { y, anchor, top }
        }
        #[cfg(not(target_arch = "wasm32"))]
        Spot {
            y: 0.0,
            anchor,
            top: 0.0,
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn card(id: &str) -> Option<web_sys::Element> {
    gloo::utils::document()
        .query_selector(&format!(".cards article[data-id=\"{id}\"]"))
        .ok()
        .flatten()
}

/// Scrolls so the reader sees what they saw at `spot`: the card they opened at
/// the same height in the window where it is still shown, else the same offset.
pub fn put_reader_at(spot: &Spot) {
    #[cfg(target_arch = "wasm32")]
    {
        let window = gloo::utils::window();
        let anchored = spot
            .anchor
            .as_deref()
            .and_then(card)
            .filter(|c| c.closest("li[hidden]").ok().flatten().is_none());
        match anchored {
            Some(c) => {
                let by = c.get_bounding_client_rect().top() - spot.top;
                window.scroll_by_with_x_and_y(0.0, by);
            }
            None => window.scroll_to_with_x_and_y(0.0, spot.y),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = spot;
}

/// True for a plain primary click, which an in-app link handles itself; a
/// modified or non-primary click is left to the browser (new tab, new window).
pub fn is_plain_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// A real link (it works without scripts and in a new tab) that, on a plain
/// click, moves inside the app instead of loading a page.
pub fn app_link(
    nav: &Nav,
    link: Link,
    class: &'static str,
    children: Html,
    node: &NodeRef,
) -> Html {
    let href = nav.link_href(&link);
    let onclick = {
        let nav = nav.clone();
        Callback::from(move |e: MouseEvent| {
            if is_plain_click(&e) {
                e.prevent_default();
                nav.follow(&link);
            }
        })
    };
    let class = (!class.is_empty()).then_some(class);
    html! { <a ref={node.clone()} {href} {class} {onclick}>{children}</a> }
}

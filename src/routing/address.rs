//! What an address names, worked out once: the page (a route), the explorer's
//! filter as typed state with its canonical query, and the address to show
//! instead when the one given is not canonical. Pure: tested natively.

use std::rc::Rc;

use yew::AttrValue;

use visit_core::domain::Dataset;
use visit_core::filter::{query, FilterState};
use visit_core::url::app_path;

/// The app's pages. A meeting route always names a meeting of the dataset, by
/// the id the dataset writes; any other address is [`Route::NotFound`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Explorer,
    Meeting { id: AttrValue },
    NotFound,
}

impl Route {
    /// The route's canonical path within the site (`/`, `/meetings/wabtec/`, `/404.html`).
    pub fn path(&self) -> String {
        match self {
            Route::Explorer => "/".into(),
            Route::Meeting { id } => format!("/meetings/{id}/"),
            Route::NotFound => "/404.html".into(),
        }
    }

    /// Every page the prerenderer writes for a dataset, paired with its file in `dist/`.
    pub fn prerendered(d: &Dataset) -> Vec<(Route, String)> {
        let mut out = vec![(Route::Explorer, "index.html".to_string())];
        for m in &d.meetings {
            let id = AttrValue::from(m.id.clone());
            out.push((
                Route::Meeting { id },
                format!("meetings/{}/index.html", m.id),
            ));
        }
        out.push((Route::NotFound, "404.html".to_string()));
        out
    }

    /// The route of an app-relative path (from [`app_path`]), with meeting ids
    /// matched in any letter case and given back as the dataset writes them.
    fn of(path: &str, d: &Dataset) -> Route {
        if path == "/" {
            return Route::Explorer;
        }
        let id = path
            .strip_prefix("/meetings/")
            .and_then(|rest| rest.strip_suffix('/'))
            .filter(|id| !id.contains('/'));
        match id.and_then(|id| d.meeting_ignoring_case(id)) {
            Some(m) => Route::Meeting {
                id: AttrValue::from(m.id.clone()),
            },
            None => Route::NotFound,
        }
    }
}

/// An explorer view: its filter state and the canonical query that writes it
/// (without `?`), made together once per address.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct View {
    pub state: FilterState,
    pub query: AttrValue,
}

impl View {
    /// The view of `state`, with its canonical query.
    pub fn of(state: FilterState, d: &Dataset) -> Rc<View> {
        let query = AttrValue::from(query::serialise(&state, d));
        Rc::new(View { state, query })
    }

    /// Reads a query string leniently (see [`query::parse`]).
    pub fn parse(raw: &str, d: &Dataset) -> Rc<View> {
        View::of(query::parse(raw, d), d)
    }

    /// Every meeting, no filter.
    pub fn all() -> Rc<View> {
        Rc::default()
    }
}

/// What the address shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Here {
    pub route: Route,
    /// The explorer's view; every meeting on other pages.
    pub view: Rc<View>,
    /// On a meeting page: the explorer view it was opened from, which "Back to
    /// results" returns to and previous and next walk through.
    pub back: Option<Rc<View>>,
}

impl Here {
    pub fn at(route: Route) -> Here {
        Here {
            route,
            view: View::all(),
            back: None,
        }
    }
}

/// An address resolved: what to show, and the address to put in the bar instead
/// when the one given is not canonical.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub here: Here,
    pub canonical: Option<String>,
}

/// The address of `route` (and, for the explorer, `query`) on a site under `base`.
pub fn href(base: &str, route: &Route, query: &str) -> String {
    let mut out = format!("{base}{}", route.path());
    if !query.is_empty() && *route == Route::Explorer {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// Resolves an address (`pathname`, `search` and `hash` as `location` gives them)
/// on a site under `base` against `dataset`.
///
/// Known pages get a canonical address: one path spelling, meeting ids as the
/// dataset writes them, and for the explorer only the filters it understands, in
/// canonical order. Addresses that lead nowhere are left as they are and show
/// the not-found page.
pub fn resolve(
    pathname: &str,
    search: &str,
    hash: &str,
    base: &str,
    dataset: &Dataset,
) -> Resolved {
    let route = app_path(pathname, base)
        .map(|p| Route::of(&p, dataset))
        .unwrap_or(Route::NotFound);
    let view = if route == Route::Explorer {
        View::parse(search, dataset)
    } else {
        View::all()
    };
    let canonical = (route != Route::NotFound)
        .then(|| format!("{}{hash}", href(base, &route, &view.query)))
        .filter(|c| *c != format!("{pathname}{search}{hash}"));
    Resolved {
        here: Here {
            route,
            view,
            back: None,
        },
        canonical,
    }
}

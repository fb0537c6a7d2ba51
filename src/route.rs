//! The app's routes, and how any address a host serves resolves to one of them.

use yew_router::Routable;

use visit_core::domain::Dataset;
use visit_core::filter::query;
use visit_core::url::app_path;

/// The route table. yew-router's derive recognises canonical paths; [`resolve`]
/// first brings every other spelling of an address to that form.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Explorer,
    #[at("/meetings/:id/")]
    Meeting { id: String },
    #[not_found]
    #[at("/404.html")]
    NotFound,
}

impl Route {
    /// The route's canonical path within the site (`/`, `/meetings/wabtec/`).
    pub fn path(&self) -> String {
        self.to_path()
    }

    /// Every page the prerenderer writes for a dataset, paired with its file path in `dist/`.
    pub fn prerendered<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<(Route, String)> {
        let mut out = vec![(Route::Explorer, "index.html".to_string())];
        for id in ids {
            out.push((
                Route::Meeting { id: id.to_string() },
                format!("meetings/{id}/index.html"),
            ));
        }
        out.push((Route::NotFound, "404.html".to_string()));
        out
    }
}

/// What the app shows: a route, the canonical query of the explorer (without `?`),
/// and the explorer query a meeting page was opened from, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Here {
    pub route: Route,
    pub query: String,
    pub back: Option<String>,
}

impl Here {
    pub fn at(route: Route) -> Here {
        Here {
            route,
            query: String::new(),
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
    let mut out = format!("{base}{}", route.to_path());
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
        .and_then(|p| Route::recognize(&p))
        .unwrap_or(Route::NotFound);
    let (route, known) = match route {
        Route::Meeting { id } => match dataset.meeting_ignoring_case(&id) {
            Some(m) => (Route::Meeting { id: m.id.clone() }, true),
            None => (Route::Meeting { id }, false),
        },
        Route::Explorer => (Route::Explorer, true),
        Route::NotFound => (Route::NotFound, false),
    };
    let query = if route == Route::Explorer {
        query::serialise(&query::parse(search, dataset), dataset)
    } else {
        String::new()
    };
    let canonical = known
        .then(|| format!("{}{hash}", href(base, &route, &query)))
        .filter(|c| *c != format!("{pathname}{search}{hash}"));
    Resolved {
        here: Here {
            route,
            query,
            back: None,
        },
        canonical,
    }
}

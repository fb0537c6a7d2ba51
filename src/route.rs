//! The app's routes: the explorer, one page per meeting, and not-found.

use yew_router::Routable;

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

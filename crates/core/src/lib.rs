//! Visit Explorer's pure core: everything that is neither UI nor I/O.
//!
//! - [`domain`]: a visit, its meetings, sources, sector taxonomy and countries;
//! - [`format`](mod@format): the versioned dataset format, its validation and spreadsheet form;
//! - [`filter`]: filter state, facet counts, search folding, the query string;
//! - [`url`]: address hygiene; [`share`]: permalinks;
//! - [`map`]: the world tile grid layout;
//! - [`pack`]: the dataset as one text file the app reads at start-up;
//! - [`export`]: file names, the iCalendar writer, and the pieces the app joins
//!   into the exports of a view;
//! - [`page`]: each page's title and description; [`html`]: the escape helper;
//! - [`summary`]: the figures `check` prints; [`synthetic`]: a bench archive.
//!
//! Nothing here knows about Yew, the DOM or where files live.
//!
//! Reading a dataset and filtering it as the address `?sector=finance` does:
//!
//! ```
//! use std::rc::Rc;
//! use visit_core::filter::{query, Catalog};
//! use visit_core::format::files::load_json;
//!
//! let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/data/tokayev-unga78-2023.json"));
//! let (_, dataset) = load_json(json, "tokayev-unga78-2023.json").expect("the bundled visit is valid");
//! let dataset = Rc::new(dataset);
//! let catalog = Catalog::new(dataset.clone());
//! let finance = catalog.select(&query::parse("sector=finance", &dataset));
//! let names: Vec<&str> = finance.iter().map(|m| &*m.counterpart.name).collect();
//! assert_eq!(names, ["Jane Fraser", "Nicola Villa"]);
//! // The same view, written back as its canonical query.
//! assert_eq!(query::serialise(&query::parse("SECTOR=finance&utm_source=x", &dataset), &dataset), "sector=finance");
//! ```

pub mod domain;
pub mod export;
pub mod filter;
pub mod format;
pub mod html;
pub mod i18n;
pub mod map;
pub mod pack;
pub mod page;
pub mod share;
pub mod summary;
#[cfg(feature = "world")]
pub mod synthetic;
pub mod url;

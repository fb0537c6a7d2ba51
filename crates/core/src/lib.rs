//! Visit Explorer's pure core: everything that is neither UI nor I/O.
//!
//! - [`domain`]: a visit, its meetings, sources, sector taxonomy and countries;
//! - [`format`]: the versioned dataset format, its validation and spreadsheet form;
//! - [`filter`]: filter state, facet counts, search folding, the query string;
//! - [`url`]: address hygiene; [`share`]: permalinks;
//! - [`map`]: the world tile grid layout;
//! - [`codegen`] and [`embed`]: the dataset as static tables compiled into the app;
//! - [`export`]: file names and the iCalendar writer for exports of a view;
//! - [`page`]: each page's title and description; [`html`]: the escape helper;
//! - [`summary`]: the figures `check` prints; [`synthetic`]: a bench archive.
//!
//! Nothing here knows about Yew, the DOM or where files live.

pub mod codegen;
pub mod domain;
pub mod embed;
pub mod export;
pub mod filter;
pub mod format;
pub mod html;
pub mod map;
pub mod page;
pub mod share;
pub mod summary;
pub mod synthetic;
pub mod url;

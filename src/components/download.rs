//! "Download": the meetings the view shows, in its order, as a spreadsheet (CSV),
//! a dataset (JSON) or a calendar (iCalendar), made in the browser.

use std::rc::Rc;

use yew::prelude::*;

use crate::routing::{use_site, Site};
use visit_core::domain::{Dataset, Meeting};
use visit_core::export::{calendar, file_name, Calendar, Format};
use visit_core::filter::{Catalog, FilterState};
use visit_core::format::csv_write::meetings_csv;
use visit_core::format::{dataset_file, meeting_file};
use visit_core::share::permalink;

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    /// How many meetings it shows.
    pub count: usize,
}

/// The JSON text of a dataset file, turned into a JavaScript value by
/// serde-wasm-bindgen and written out by the browser's own JSON.
fn json(d: &Dataset, meetings: &[Rc<Meeting>]) -> Result<String, String> {
    let file = dataset_file(d, meetings.iter().map(|m| &**m));
    #[cfg(target_arch = "wasm32")]
    {
        use serde::Serialize;
        let value = file
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| e.to_string())?;
        let text = js_sys::JSON::stringify_with_replacer_and_space(
            &value,
            &wasm_bindgen::JsValue::NULL,
            &2.into(),
        )
        .map_err(|e| format!("{e:?}"))?;
        Ok(String::from(text) + "\n")
    }
    #[cfg(not(target_arch = "wasm32"))]
    Err(format!(
        "{} meetings: JSON export needs a browser",
        file.meetings.len()
    ))
}

/// The file for `format`: its name, type and text.
fn export(
    d: &Dataset,
    catalog: &Catalog,
    state: &FilterState,
    base: &str,
    format: Format,
) -> Result<(String, String), String> {
    let shown = catalog.view(state).visible;
    let text = match format {
        Format::Csv => {
            let files: Vec<_> = shown.iter().map(|m| meeting_file(d, m)).collect();
            let only = match d.sources.as_slice() {
                [one] => Some(one.id.as_str()),
                _ => None,
            };
            meetings_csv(&files, only, true)
        }
        Format::Json => json(d, &shown)?,
        Format::Calendar => {
            let origin = gloo::utils::window()
                .location()
                .origin()
                .unwrap_or_default();
            let site = format!("{origin}{base}/");
            let link = |m: &Meeting| permalink(&site, &format!("/meetings/{}/", m.id), "");
            let refs: Vec<&Meeting> = shown.iter().map(|m| &**m).collect();
            calendar(&Calendar {
                dataset: d,
                meetings: &refs,
                link: &link,
                stamp: &crate::platform::utc_stamp(),
            })
        }
    };
    Ok((file_name(d, state, format), text))
}

#[component]
pub fn Download(props: &DownloadProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let status = use_state(AttrValue::default);
    let r = super::toggle::use_refs::<9>();
    let button = |format: Format, label: &'static str, node: &NodeRef| {
        let (catalog, status, base) = (catalog.clone(), status.clone(), nav.base.clone());
        let nav = nav.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            // The view shown when the button is pressed, as the address holds it.
            let view = nav.now().view;
            let outcome = export(&catalog.dataset, &catalog, &view.state, &base, format).and_then(
                |(name, text)| {
                    crate::platform::download(&name, format.mime(), &text).map(|()| name)
                },
            );
            status.set(AttrValue::from(match outcome {
                Ok(name) => format!("Saved {name}"),
                Err(e) => format!("The download failed: {e}"),
            }));
        });
        html! { <button ref={node.clone()} type="button" class="download-format" data-format={format.extension()} {onclick}>{label}</button> }
    };
    let n = props.count;
    html! {
        <div ref={r[0].clone()} class="download">
            <details ref={r[1].clone()}>
                <summary ref={r[2].clone()}>{"Download"}</summary>
                <div ref={r[3].clone()} class="download-menu">
                    <p ref={r[4].clone()} class="hint">{format!("The {n} meeting{} shown, in this order. The calendar holds the dated ones.", if n == 1 { "" } else { "s" })}</p>
                    {button(Format::Csv, "Spreadsheet (CSV)", &r[5])}
                    {button(Format::Json, "Dataset (JSON)", &r[6])}
                    {button(Format::Calendar, "Calendar (iCalendar)", &r[7])}
                </div>
            </details>
            <span ref={r[8].clone()} class="download-status" role="status" aria-live="polite">{(*status).clone()}</span>
        </div>
    }
}

//! "Download": the meetings the view shows, in its order, as a spreadsheet (CSV),
//! a dataset (JSON) or a calendar (iCalendar). The build wrote each meeting's
//! pieces once; the first download fetches them, and each download joins those
//! of the view.

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

use yew::prelude::*;

use crate::routing::use_site;
use visit_core::export::Format;

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    /// How many meetings it shows.
    pub count: usize,
}

/// Makes and saves the file of `format` for the view shown now; the name saved,
/// or what went wrong.
#[cfg(target_arch = "wasm32")]
async fn save(
    site: &crate::routing::Site,
    cache: &std::cell::RefCell<Option<Rc<str>>>,
    format: Format,
) -> Result<String, String> {
    use visit_core::domain::Meeting;
    use visit_core::export::{file_name, pieces};
    let cached = cache.borrow().clone();
    let text = match cached {
        Some(text) => text,
        None => crate::data::exports(&site.exports).await?,
    };
    cache.replace(Some(text.clone()));
    // The view shown when the file is made, as the address holds it.
    let view = site.nav.now().view;
    let shown = site.catalog.view(&view.state).visible;
    let shown: Vec<&Meeting> = shown.iter().map(|m| &**m).collect();
    let origin = gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default();
    let d = &site.catalog.dataset;
    let site_address = format!("{origin}{}", site.nav.base);
    let file = pieces::assemble(
        &text,
        d,
        &shown,
        format,
        &site_address,
        &crate::platform::utc_stamp(),
    )?;
    let name = file_name(d, &view.state, format);
    crate::platform::download(&name, format.mime(), &file).map(|()| name)
}

#[component]
pub fn Download(props: &DownloadProps) -> Html {
    let site = use_site();
    let status = use_state(AttrValue::default);
    let cache = use_mut_ref(|| None::<Rc<str>>);
    let r = super::toggle::use_refs::<9>();
    let button = |format: Format, label: &'static str, node: &NodeRef| {
        let (site, status, cache) = (site.clone(), status.clone(), cache.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            {
                let (site, status, cache) = (site.clone(), status.clone(), cache.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    status.set(AttrValue::from(match save(&site, &cache, format).await {
                        Ok(name) => i18n::fill(Key::Saved, &[("name", &name)]),
                        Err(e) => i18n::fill(Key::DownloadFailed, &[("error", &e)]),
                    }));
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&site, &status, &cache, format);
        });
        html! { <button ref={node.clone()} type="button" class="download-format" data-format={format.extension()} {onclick}>{label}</button> }
    };
    let n = props.count;
    html! {
        <div ref={r[0].clone()} class="download">
            <details ref={r[1].clone()}>
                <summary ref={r[2].clone()}>{t(Key::Download)}</summary>
                <div ref={r[3].clone()} class="download-menu">
                    <p ref={r[4].clone()} class="hint">{i18n::count(Key::DownloadHint, n, &[])}</p>
                    {button(Format::Csv, t(Key::DownloadCsv), &r[5])}
                    {button(Format::Json, t(Key::DownloadJson), &r[6])}
                    {button(Format::Calendar, t(Key::DownloadCalendar), &r[7])}
                </div>
            </details>
            <span ref={r[8].clone()} class="download-status" role="status" aria-live="polite">{(*status).clone()}</span>
        </div>
    }
}

//! The dataset the app shows: the pack the build wrote beside the pages, which
//! the page's loader fetches while the wasm loads (`window.__vePack`, a promise
//! of its text). Only a development build, which no prerendered page serves,
//! carries one of its own.

use std::rc::Rc;

use visit_core::pack::{self, Pack};

/// The development pack (`build.rs`): the dataset `make dev` and the in-browser
/// tests show.
#[cfg(debug_assertions)]
pub const DEV_PACK: &str = include_str!(concat!(env!("OUT_DIR"), "/dev.pack"));

/// The development pack, read.
#[cfg(debug_assertions)]
pub fn dev() -> Pack {
    opened(pack::read(DEV_PACK).expect("the development pack reads"))
}

/// A pack the app will show: its language is put in place for every text.
fn opened(mut pack: Pack) -> Pack {
    visit_core::i18n::set(std::mem::take(&mut pack.locale));
    pack
}

/// The development pack's dataset: the bundled visit, unless `VISIT_DATASET`
/// named another. The app's and the site tool's tests read it from here.
#[cfg(debug_assertions)]
pub fn dev_dataset() -> Rc<visit_core::domain::Dataset> {
    Rc::new(dev().dataset)
}

/// The page's pack, once fetched, read; or what went wrong.
#[cfg(target_arch = "wasm32")]
pub async fn fetched() -> Result<Pack, String> {
    let window = gloo::utils::window();
    let promise = js_sys::Reflect::get(&window, &"__vePack".into()).unwrap_or_default();
    if promise.is_undefined() {
        #[cfg(debug_assertions)]
        return Ok(dev());
        #[cfg(not(debug_assertions))]
        return Err("this page does not fetch a dataset pack".into());
    }
    let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|e| format!("the dataset pack did not load: {e:?}"))?;
    let text = text.as_string().ok_or("the dataset pack is not text")?;
    pack::read(&text).map(opened)
}

/// The development build's export pieces (`build.rs`), for pages that name no file.
#[cfg(all(debug_assertions, target_arch = "wasm32"))]
const DEV_EXPORTS: &str = include_str!(concat!(env!("OUT_DIR"), "/dev.exports"));

/// The text of the site's export pieces, fetched from `href` (none in a
/// development build, which holds its own).
#[cfg(target_arch = "wasm32")]
pub async fn exports(href: &str) -> Result<Rc<str>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    #[cfg(debug_assertions)]
    if href.is_empty() {
        return Ok(DEV_EXPORTS.into());
    }
    let failed = |e: wasm_bindgen::JsValue| format!("the export pieces did not load: {e:?}");
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(href))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    if !response.ok() {
        return Err(format!(
            "the export pieces did not load: HTTP {}",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(text.as_string().unwrap_or_default().into())
}

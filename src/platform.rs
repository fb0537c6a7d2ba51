//! The few browser services the app uses beyond the DOM: saving a file, the
//! clock, and the service worker that keeps the site for offline reading.
//! Outside the browser (prerendering, native tests) they do nothing.

/// Saves `text` as a file called `name`, made in the page (a Blob and a link).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    return browser::download(name, mime, text).map_err(|e| format!("{e:?}"));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
        Err("downloads need a browser".into())
    }
}

/// Now, in UTC, as iCalendar writes it: `20261129T120000Z`.
pub fn utc_stamp() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let iso = String::from(js_sys::Date::new_0().to_iso_string());
        // 2026-11-29T12:00:00.000Z
        let digits: String = iso
            .chars()
            .take(19)
            .filter(|c| c.is_ascii_digit() || *c == 'T')
            .collect();
        format!("{digits}Z")
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::from("19700101T000000Z")
}

/// Registers the service worker (`sw.js` beside the site's pages) and calls
/// `ready` once a worker controls the page, which means the whole site is cached.
pub fn keep_offline(base: &str, ready: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    browser::keep_offline(base, ready);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (base, ready);
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let doc = gloo::utils::document();
        let link: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(name);
        link.set_hidden(true);
        gloo::utils::body().append_child(&link)?;
        link.click();
        link.remove();
        // Free the file once the browser has taken it.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            60_000,
        )?;
        Ok(())
    }

    pub fn keep_offline(base: &str, ready: impl Fn() + 'static) {
        let navigator = gloo::utils::window().navigator();
        // Service workers need a secure context (https, or a local address).
        if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
            return;
        }
        let container = navigator.service_worker();
        if container.controller().is_some() {
            ready();
        } else {
            let on_change = Closure::<dyn Fn()>::new(ready);
            container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
            on_change.forget();
        }
        // The worker's install fetches every file of the site: a second's wait
        // keeps that away from a person's first taps on a slow phone.
        let (scope, script) = (format!("{base}/"), format!("{base}/sw.js"));
        let register = Closure::once_into_js(move || {
            let options = web_sys::RegistrationOptions::new();
            options.set_scope(&scope);
            let promise = container.register_with_options(&script, &options);
            // A site without sw.js (the development server) stays online-only,
            // its refusal handled here rather than reported as a failure.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        });
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(register.unchecked_ref(), 1000);
    }
}

//! Copies or shares an absolute link to a page of the app.

use visit_core::i18n::{t, Key};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::routing::use_site;
use visit_core::share::permalink;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    /// Route path, e.g. `/meetings/wabtec/`, without the site's sub-path; `None`
    /// for the explorer view shown when the button is pressed, as the address holds it.
    pub path: Option<AttrValue>,
    /// The button's visible text.
    #[prop_or(AttrValue::Static(t(Key::Share)))]
    pub text: AttrValue,
    /// Words that complete the accessible name after the visible text, for screen
    /// readers (" the meeting with …"); the name still starts with what is seen.
    #[prop_or_default]
    pub more: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Shared,
    /// The clipboard was refused: show the link to copy by hand.
    Manual(String),
}

/// The site base as the browser sees it: origin plus the router's sub-path.
fn site_base(base: &str) -> String {
    let origin = gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default();
    format!("{origin}{base}/")
}

#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let nav = use_site().nav;
    let input_ref = use_node_ref();
    let onclick = {
        let outcome = outcome.clone();
        let path = props.path.clone();
        Callback::from(move |_: MouseEvent| {
            let url = match &path {
                Some(path) => permalink(&site_base(&nav.base), path, ""),
                None => permalink(&site_base(&nav.base), "/", &nav.now().view.query),
            };
            let outcome = outcome.clone();
            spawn_local(async move {
                let nav = gloo::utils::window().navigator();
                // Feature-detect both APIs: Web Share is missing on most desktops, and
                // the clipboard is missing outside secure contexts (plain http hosts).
                let has = |name: &str| {
                    js_sys::Reflect::get(&nav, &name.into())
                        .is_ok_and(|v| v.is_function() || v.is_object())
                };
                if has("share") {
                    let data = web_sys::ShareData::new();
                    data.set_url(&url);
                    if JsFuture::from(nav.share_with_data(&data)).await.is_ok() {
                        outcome.set(Outcome::Shared);
                        return;
                    }
                }
                let copied = has("clipboard")
                    && JsFuture::from(nav.clipboard().write_text(&url))
                        .await
                        .is_ok();
                outcome.set(if copied {
                    Outcome::Copied
                } else {
                    Outcome::Manual(url)
                });
            });
        })
    };
    {
        let input_ref = input_ref.clone();
        use_effect_with((*outcome).clone(), move |o| {
            if let (Outcome::Manual(_), Some(input)) =
                (o, input_ref.cast::<web_sys::HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let message = match &*outcome {
        Outcome::Idle => "",
        Outcome::Copied => t(Key::LinkCopied),
        Outcome::Shared => t(Key::LinkShared),
        Outcome::Manual(_) => t(Key::CopyThisLink),
    };
    html! {
        <span class="share">
            <button type="button" class="share-button" {onclick}>
                {props.text.clone()}
                { if props.more.is_empty() { html! {} } else { html! { <span class="visually-hidden">{props.more.clone()}</span> } } }
            </button>
            <span class="share-status" role="status" aria-live="polite">{message}</span>
            { if let Outcome::Manual(url) = &*outcome {
                html! { <input class="share-fallback" type="text" readonly=true value={url.clone()} ref={input_ref}
                    aria-label={t(Key::LinkToCopy)} onfocus={Callback::from(|e: FocusEvent| {
                        if let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { t.select(); }
                    })} /> }
            } else { html! {} } }
        </span>
    }
}

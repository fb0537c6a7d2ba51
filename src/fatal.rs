//! A panic must never leave a page that silently ignores every click.
//!
//! The page's inline script defines `window.__veFatal`, which puts a visible
//! notice with a reload link at the top of the page; it also calls it on any
//! uncaught error. The panic hook logs the message and calls it too, before the
//! abort that follows a panic in this build.

/// Replaces Yew's default panic hook.
pub fn install() {
    #[cfg(target_arch = "wasm32")]
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let window = gloo::utils::window();
        if let Ok(f) = js_sys::Reflect::get(&window, &"__veFatal".into()) {
            if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) {
                let _ = f.call0(&window);
            }
        }
    }));
}

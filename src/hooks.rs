//! Small hooks shared by the pages.

use yew::prelude::*;

/// Sets the document title on the client; the prerenderer writes it into the HTML.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
    });
}

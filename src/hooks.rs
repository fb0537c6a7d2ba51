//! Small hooks: the document title, which the shell sets per route.

use std::rc::Rc;
use yew::prelude::*;

/// Sets the document title on the client when it changes; the prerenderer
/// writes it into the HTML.
#[hook]
pub fn use_title(title: Rc<String>) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
    });
}

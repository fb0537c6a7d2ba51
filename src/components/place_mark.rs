//! A small mark for a country before its name: the ISO code as text, or the flag
//! emoji where the system draws flags (the page's script checks and sets
//! `html.flags`). Either way no empty box shows: Windows and many Linux desktops
//! have no flag emoji and would draw boxes or bare letters.

use visit_core::domain::Place;
use yew::prelude::*;

/// Decoration only: the country's name is always written beside it.
pub fn place_mark(place: Place) -> Html {
    let code = match place {
        Place::Country(c) => c.code,
        Place::International => "Intl",
    };
    html! {
        <>
            <span class="iso" aria-hidden="true">{code}</span>
            <span class="flag" aria-hidden="true">{place.flag()}</span>
        </>
    }
}

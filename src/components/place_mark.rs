//! A small mark for a country before its name: the ISO code as text, or the flag
//! emoji where the system draws flags (the page's script checks and sets
//! `html.flags`). Either way no empty box shows: Windows and many Linux desktops
//! have no flag emoji and would draw boxes or bare letters.

use visit_core::domain::Place;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlaceMarkProps {
    pub place: Place,
}

/// Decoration only: the country's name is always written beside it.
#[component]
pub fn PlaceMark(props: &PlaceMarkProps) -> Html {
    let code = match props.place {
        Place::Country(c) => c.code,
        Place::International => "Intl",
    };
    html! {
        <>
            <span class="iso" aria-hidden="true">{code}</span>
            <span class="flag" aria-hidden="true">{props.place.flag()}</span>
        </>
    }
}

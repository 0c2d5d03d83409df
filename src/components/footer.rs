//! The disclaimer, review date and how to move around.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::CATALOG;
use crate::model::Place;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub place: Place,
    /// The widget's own page, for the Share panel's link and codes.
    pub home: AttrValue,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let texts = use_texts();
    let copied = use_state_eq(|| None::<(String, bool)>);
    html! {
        <footer class="gte-footer">
            // On a step, its handout: here for phones, where the bar above is hidden.
            { super::present_bar::handout_link(&texts, props.place, &props.home, "gte-button gte-print") }
            { super::share::share(&texts, props.place, &props.home, &copied) }
            <p class="gte-disclaimer">{ texts.t(msg::DISCLAIMER) }</p>
            <p>{ texts.fmt(msg::REVIEWED, &[("date", CATALOG.reviewed)]) }</p>
            <p class="gte-hint">{ texts.t(msg::KEYBOARD_HINT) }</p>
        </footer>
    }
}

//! The disclaimer, review date and how to move around.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::CATALOG;
use crate::model::Place;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// On a step: the way to print its pathway, for phones, where the bar above is hidden.
    pub print: bool,
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
            if props.print {
                { crate::diagram::button("gte-button gte-print", texts.t(msg::HANDOUT_PRINT), super::present_bar::print(), None) }
            }
            { super::share::share(&texts, props.place, &props.home, &copied) }
            <p class="gte-disclaimer">{ texts.t(msg::DISCLAIMER) }</p>
            <p>{ texts.fmt(msg::REVIEWED, &[("date", CATALOG.reviewed)]) }</p>
            <p class="gte-hint">{ texts.t(msg::KEYBOARD_HINT) }</p>
        </footer>
    }
}

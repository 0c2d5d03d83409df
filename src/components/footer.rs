//! The disclaimer, review date and how to move around.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::CATALOG;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// On a step: the way to print its pathway, for phones, where the bar above is hidden.
    pub print: bool,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let texts = use_texts();
    html! {
        <footer class="gte-footer">
            if props.print {
                { crate::diagram::button("gte-button gte-print", texts.t(msg::HANDOUT_PRINT), super::present_bar::print(), None) }
            }
            <p class="gte-disclaimer">{ texts.t(msg::DISCLAIMER) }</p>
            <p>{ texts.fmt(msg::REVIEWED, &[("date", CATALOG.reviewed)]) }</p>
            <p class="gte-hint">{ texts.t(msg::KEYBOARD_HINT) }</p>
        </footer>
    }
}

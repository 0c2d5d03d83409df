//! The disclaimer, review date and how to move around.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::CATALOG;

#[component]
pub fn Footer() -> Html {
    let texts = use_texts();
    html! {
        <footer class="gte-footer">
            <p class="gte-disclaimer">{ texts.t(msg::DISCLAIMER) }</p>
            <p>{ texts.fmt(msg::REVIEWED, &[("date", CATALOG.reviewed)]) }</p>
            <p class="gte-hint">{ texts.t(msg::KEYBOARD_HINT) }</p>
        </footer>
    }
}

//! The disclaimer, review date and how to move around.

use yew::prelude::*;

use super::use_texts;
use crate::content::CATALOG;

#[component]
pub fn Footer() -> Html {
    let texts = use_texts();
    html! {
        <footer class="gte-footer">
            <p class="gte-disclaimer">{ texts.t("disclaimer") }</p>
            <p>{ texts.fmt("reviewed", &[("date", CATALOG.reviewed)]) }</p>
            <p class="gte-hint">{ texts.t("keyboard-hint") }</p>
        </footer>
    }
}

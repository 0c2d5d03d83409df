//! Previous / Next buttons (within thumb reach on phones).

use yew::prelude::*;

use super::use_texts;
use crate::content::{msg, Msg};
use crate::model::Action;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// On the first step: Previous is disabled.
    pub first: bool,
    /// On the last step: Next is disabled.
    pub last: bool,
    /// What Next says: "Next", or in the presentation "Key facts" / "More key facts".
    #[prop_or(msg::NAV_NEXT)]
    pub next_key: Msg,
    pub onaction: Callback<Action>,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let texts = use_texts();
    html! {
        <nav class="gte-step-nav" aria-label={texts.t(msg::NAV_LABEL)}>
            <button type="button" class="gte-button gte-prev" disabled={props.first}
                onclick={props.onaction.reform(|_| Action::Prev)}>
                <span aria-hidden="true">{ "← " }</span>{ texts.t(msg::NAV_PREVIOUS) }
            </button>
            <button type="button" class="gte-button gte-next gte-primary" disabled={props.last}
                onclick={props.onaction.reform(|_| Action::Next)}>
                { texts.t(props.next_key) }<span aria-hidden="true">{ " →" }</span>
            </button>
        </nav>
    }
}

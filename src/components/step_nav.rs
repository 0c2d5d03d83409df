//! Previous / Next buttons (within thumb reach on phones).

use yew::prelude::*;

use super::{use_links, use_texts};
use crate::content::{msg, Msg, CATALOG, THERAPIES};
use crate::model::{Action, Links, Place, Route, View};

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// On the first step: Previous is disabled.
    pub first: bool,
    /// On the last step: Next is disabled.
    pub last: bool,
    /// The step shown: in a static page, Previous and Next are links to its neighbours' pages.
    pub route: Route,
    /// What Next says: "Next", or in the presentation "Key facts" / "More key facts".
    #[prop_or(msg::NAV_NEXT)]
    pub next_key: Msg,
    pub onaction: Callback<Action>,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let texts = use_texts();
    let links = use_links();
    let prev = html! { <><span aria-hidden="true">{ "← " }</span>{ texts.t(msg::NAV_PREVIOUS) }</> };
    let next = html! { <>{ texts.t(props.next_key) }<span aria-hidden="true">{ " →" }</span></> };
    // A static page has no script to move through the steps: its buttons are links to the
    // neighbouring steps' pages, drawn the same.
    if let Links::Pages(_) = links {
        let route = props.route;
        let href = |step: usize| {
            links.href(Place::new(View::Step(Route { step, ..route }), None), &CATALOG, THERAPIES)
        };
        return html! {
            <nav class="gte-step-nav" aria-label={texts.t(msg::NAV_LABEL)}>
                if props.first {
                    <button type="button" class="gte-button gte-prev" disabled=true>{ prev }</button>
                } else {
                    <a class="gte-button gte-prev" href={href(route.step - 1)}>{ prev }</a>
                }
                if props.last {
                    <button type="button" class="gte-button gte-next gte-primary" disabled=true>{ next }</button>
                } else {
                    <a class="gte-button gte-next gte-primary" href={href(route.step + 1)}>{ next }</a>
                }
            </nav>
        };
    }
    html! {
        <nav class="gte-step-nav" aria-label={texts.t(msg::NAV_LABEL)}>
            <button type="button" class="gte-button gte-prev" disabled={props.first}
                onclick={props.onaction.reform(|_| Action::Prev)}>
                { prev }
            </button>
            <button type="button" class="gte-button gte-next gte-primary" disabled={props.last}
                onclick={props.onaction.reform(|_| Action::Next)}>
                { next }
            </button>
        </nav>
    }
}

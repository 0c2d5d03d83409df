//! Every step of the pathway as a button, the current one marked: jump anywhere.

use yew::prelude::*;

use super::{use_links, use_texts};
use crate::content::msg;
use crate::content::{CATALOG, THERAPIES};
use crate::model::{Action, Links, Place, Route, View};

#[derive(Properties, PartialEq)]
pub struct StepListProps {
    pub route: Route,
    pub onaction: Callback<Action>,
}

#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let texts = use_texts();
    let links = use_links();
    let steps = CATALOG.pathways[props.route.pathway].steps;
    html! {
        <nav class="gte-step-list" aria-label={texts.t(msg::STEPS_NAV_LABEL)}>
            <h2 class="gte-step-list-heading">{ texts.t(msg::STEPS_NAV_LABEL) }</h2>
            <ol>
                { for steps.iter().enumerate().map(|(i, step)| {
                    let current = i == props.route.step;
                    let label = texts.fmt(msg::STEP_LIST_ITEM,
                        &[("number", &(i + 1).to_string()), ("title", texts.t(step.title_key))],
                    );
                    let class = classes!("gte-step-link", current.then_some("gte-current"));
                    let aria_current = current.then_some("step");
                    // In a static page, a link to the step's own page, drawn the same.
                    if let Links::Pages(_) = links {
                        let place = Place::new(View::Step(Route { step: i, ..props.route }), None);
                        let href = links.href(place, &CATALOG, THERAPIES);
                        return html! { <li key={step.id}><a {class} {href} aria-current={aria_current}>{ label }</a></li> };
                    }
                    html! {
                        <li key={step.id}>
                            <button type="button" {class} aria-current={aria_current}
                                onclick={props.onaction.reform(move |_| Action::GoTo(i))}>
                                { label }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

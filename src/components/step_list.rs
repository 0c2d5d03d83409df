//! Every step of the pathway as a button, the current one marked: jump anywhere.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::CATALOG;
use crate::model::{Action, Route};

#[derive(Properties, PartialEq)]
pub struct StepListProps {
    pub route: Route,
    pub onaction: Callback<Action>,
}

#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let texts = use_texts();
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
                    html! {
                        <li key={step.id}>
                            <button type="button" class={classes!("gte-step-link", current.then_some("gte-current"))}
                                aria-current={current.then_some("step")}
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

//! A step view with its frame: the pathway, the therapy being walked, progress, the step,
//! Previous / Next and the list of steps.

use yew::prelude::*;

use super::{
    progress::Progress, step_list::StepList, step_nav::StepNav, step_view::StepView,
    therapy_picker::TherapyPicker, use_texts,
};
use crate::content::CATALOG;
use crate::model::{Action, Route};

#[derive(Properties, PartialEq)]
pub struct StepPageProps {
    pub route: Route,
    /// The therapy being walked (index into the therapies), if any.
    pub therapy: Option<usize>,
    /// Receives focus when the reader moves to this step.
    pub heading: NodeRef,
    pub onaction: Callback<Action>,
    /// Pictures as stills, and the switch between stills and animation.
    pub still: bool,
    pub ontoggle: Callback<()>,
    /// Labels on the pictures (the reader can hide them).
    #[prop_or(true)]
    pub labels: bool,
    /// The reader's last request for a key frame of the picture (`Nav::cue`).
    #[prop_or_default]
    pub cue: (u32, usize),
}

#[component]
pub fn StepPage(props: &StepPageProps) -> Html {
    let texts = use_texts();
    let route = props.route;
    let pathway = &CATALOG.pathways[route.pathway];
    let total = route.total(&CATALOG);
    html! {
        <>
            <div class={classes!("gte-pathway-bar", (route.step > 0).then_some("gte-later"))}>
                <p class="gte-pathway">
                    <strong>{ texts.t(pathway.name_key) }</strong>{ ": " }{ texts.t(pathway.summary_key) }
                </p>
                <TherapyPicker therapy={props.therapy} onaction={props.onaction.clone()} />
                <Progress current={route.step + 1} {total} />
            </div>
            <div class="gte-body">
                <StepView {route} therapy={props.therapy} heading={props.heading.clone()}
                    onaction={props.onaction.clone()} still={props.still} ontoggle={props.ontoggle.clone()}
                    labels={props.labels} cue={props.cue} />
                <StepNav first={route.step == 0} last={route.step + 1 >= total} onaction={props.onaction.clone()} />
                <StepList {route} onaction={props.onaction.clone()} />
            </div>
        </>
    }
}

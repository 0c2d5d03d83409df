//! A step view with its frame: the pathway, the therapy being walked, progress, the step,
//! Previous / Next and the list of steps.

use yew::prelude::*;

use super::{
    progress::Progress, step_list::StepList, step_nav::StepNav, step_view::StepView,
    therapy_picker::TherapyPicker, use_texts,
};
use crate::content::{msg, CATALOG};
use crate::model::{fact_slides, Action, Route};

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
    /// In the presentation, the slide shown (`Nav::facts`: 0 the picture, then the key
    /// facts a slide at a time); Next says what it shows. `None` outside the presentation.
    #[prop_or_default]
    pub slides: Option<u8>,
}

#[component]
pub fn StepPage(props: &StepPageProps) -> Html {
    let texts = use_texts();
    let route = props.route;
    let pathway = &CATALOG.pathways[route.pathway];
    let total = route.total(&CATALOG);
    // Presented, Next first shows the step's key facts, a slide at a time.
    let fact_slides = fact_slides(&CATALOG, route);
    let next_key = match props.slides {
        Some(0) if fact_slides > 0 => msg::NAV_FACTS,
        Some(s) if s > 0 && s < fact_slides => msg::NAV_MORE_FACTS,
        _ => msg::NAV_NEXT,
    };
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
                <StepNav first={route.step == 0 && props.slides.unwrap_or(0) == 0}
                    last={route.step + 1 >= total && props.slides.is_none_or(|s| s >= fact_slides)}
                    {route} next_key={next_key} onaction={props.onaction.clone()} />
                <StepList {route} onaction={props.onaction.clone()} />
            </div>
        </>
    }
}

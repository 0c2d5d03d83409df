//! "Where are the cells now?": for pathways that take cells out of a body, every place the
//! cells pass through, in order, with the current one marked.

use yew::prelude::*;

use super::use_texts;
use crate::content::{msg, CellPlace, CATALOG};
use crate::describe::cell_place;

#[derive(Properties, PartialEq)]
pub struct CellTrackerProps {
    pub pathway: usize,
    /// Where the cells are at the step shown.
    pub here: CellPlace,
}

#[component]
pub fn CellTracker(props: &CellTrackerProps) -> Html {
    let texts = use_texts();
    // The pathway's places in the order its steps visit them, each once.
    let mut places: Vec<CellPlace> = Vec::new();
    for step in CATALOG.pathways[props.pathway].steps {
        if let Some(c) = step.cells.filter(|c| !places.contains(c)) {
            places.push(c);
        }
    }
    html! {
        <div class="gte-tracker" role="group" aria-labelledby="gte-tracker-label">
            <p id="gte-tracker-label" class="gte-tracker-label">{ texts.t(msg::TRACKER_LABEL) }</p>
            <ol class="gte-tracker-list">
                { for places.into_iter().map(|p| {
                    let here = p == props.here;
                    html! {
                        <li key={p.slug()} class={classes!(here.then_some("gte-here"))}
                            aria-current={here.then_some("location")}>{ texts.t(cell_place(p)) }</li>
                    }
                }) }
            </ol>
        </div>
    }
}

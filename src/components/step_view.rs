//! One step: its heading, diagram, plain-language lead and sourced key facts.
//! A horizontal swipe on it moves to the next or previous step.

use std::rc::Rc;

use yew::prelude::*;

use super::{
    cell_tracker::CellTracker, end_panel::EndPanel, glance::Glance, rich_text::RichText,
    source_chips::SourceChips, sources_view::SourceLink, stage_jump::StageJump, therapy_card::TherapyCard,
    use_texts,
};
use crate::content::markup::term_ids;
use crate::content::msg;
use crate::content::{FactDef, Src, CATALOG, THERAPIES};
use crate::diagram::{picture_notes, Diagram};
use crate::model::{swipe_action, Action, Route};

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    pub route: Route,
    /// The therapy being walked, if any (shown only if it walks this pathway).
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
pub fn StepView(props: &StepViewProps) -> Html {
    let texts = use_texts();
    let pathway = &CATALOG.pathways[props.route.pathway];
    let step = &pathway.steps[props.route.step];
    let swipe = use_swipe(props.onaction.clone());
    let therapy = props.therapy.map(|i| &THERAPIES[i]).filter(|t| t.pathway == props.route.pathway);

    // Every source of the step once, in the order they are first cited.
    let mut sources: Vec<Src> = Vec::new();
    for src in step.sources.iter().chain(step.facts.iter().flat_map(|f| f.sources)) {
        if !sources.contains(src) {
            sources.push(*src);
        }
    }
    // A term is live at its first appearance on the step; later mentions are plain words.
    let lead = texts.t(step.lead_key);
    let mut seen: Vec<&'static str> = term_ids(lead).collect();
    let facts: Vec<(&FactDef, &'static str, Rc<[&'static str]>)> = step
        .facts
        .iter()
        .map(|f| {
            let text = texts.t(f.key);
            let before: Rc<[&'static str]> = seen.as_slice().into();
            seen.extend(term_ids(text));
            (f, text, before)
        })
        .collect();
    let last = props.route.step + 1 == pathway.steps.len();
    // The product's own picture where its method differs (gene editing, T cells), once its
    // words are here (they are fetched with the product's details); the step's own until then.
    let own = therapy.filter(|_| texts.complete()).and_then(|t| t.scene(step.id));
    let diagram = own.unwrap_or(&step.diagram);
    // The product whose delivery route the picture can bring forward.
    let routed = therapy.filter(|t| t.route.is_some());
    let not_for = therapy.map(|t| texts.fmt(msg::FACT_NOT_FOR, &[("name", texts.t(t.name_key))]));

    html! {
        <section class="gte-step" aria-labelledby="gte-step-heading"
            onpointerdown={swipe.down} onpointerup={swipe.up} onpointercancel={swipe.cancel}>
            <h2 id="gte-step-heading" class="gte-step-heading" tabindex="-1" ref={props.heading.clone()}>
                { texts.t(step.title_key) }
            </h2>
            <div class="gte-step-grid">
                <div class="gte-step-picture">
                    if let Some(here) = step.cells {
                        <CellTracker pathway={props.route.pathway} {here} />
                    }
                    // Keyed by scene and by stills: a new step, or moving pictures again,
                    // start the animation from the first frame.
                    <Diagram key={format!("{}{}", diagram.id, props.still)} {texts} def={diagram} highlight={routed}
                        still={props.still} labels={props.labels} cue={props.cue} />
                </div>
                <div class="gte-step-text">
                    // The first step opens with the answers to the reader's first questions.
                    if props.route.step == 0 {
                        <Glance pathway={props.route.pathway} {therapy} />
                    }
                    if let Some(therapy) = therapy {
                        <TherapyCard {therapy} step={step.id} />
                    }
                    <p class="gte-lead"><RichText text={lead} /></p>
                    { picture_notes(texts, diagram, (step.cells, routed),
                        (props.still, props.labels), props.ontoggle.reform(|_| ()),
                        props.onaction.reform(|_| Action::ToggleLabels)) }
                    <p class="gte-based-on">
                        <SourceChips ids={step.sources} label_key={msg::STEP_SOURCES} />
                    </p>
                    <h3 class="gte-facts-heading">{ texts.t(msg::FACTS_HEADING) }</h3>
                    <ul class="gte-facts">
                        { for facts.into_iter().enumerate().map(|(index, (fact, text, plain))| {
                            // A general fact that does not hold for the product walked says so first.
                            let skipped = therapy.is_some_and(|t| t.skips(props.route.step, index));
                            html! {
                            <li key={fact.id} class={classes!("gte-fact", skipped.then_some("gte-fact-not-for"))}>
                                if skipped {
                                    <strong class="gte-not-for">{ not_for.clone().unwrap_or_default() }</strong>{ " " }
                                }
                                <span class="gte-fact-text"><RichText {text} {plain} /></span>
                                { " " }
                                <SourceChips ids={fact.sources} label_key={msg::FACT_SOURCES} />
                            </li>
                        }}) }
                    </ul>
                    <details class="gte-source-list">
                        <summary>{ texts.t(msg::STEP_SOURCES_HEADING) }</summary>
                        <ul>
                            { for sources.iter().map(|src| src.def()).map(|s| html! {
                                <li key={s.id}><SourceLink source={s} /></li>
                            }) }
                        </ul>
                    </details>
                    if last {
                        <EndPanel pathway={props.route.pathway} onaction={props.onaction.clone()} />
                    }
                    <StageJump route={props.route} onaction={props.onaction.clone()} />
                </div>
            </div>
        </section>
    }
}

/// Pointer handlers that turn a touch or pen swipe into Next / Prev.
struct Swipe {
    down: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
    /// The browser took the gesture (a vertical scroll): forget its start.
    cancel: Callback<PointerEvent>,
}

/// Mouse drags are left alone (they select text).
#[hook]
fn use_swipe(onaction: Callback<Action>) -> Swipe {
    let start = use_mut_ref(|| None::<(i32, i32)>);
    let down = {
        let start = start.clone();
        Callback::from(move |e: PointerEvent| {
            let touch = e.pointer_type() != "mouse";
            *start.borrow_mut() = touch.then(|| (e.client_x(), e.client_y()));
        })
    };
    let cancel = {
        let start = start.clone();
        Callback::from(move |_: PointerEvent| *start.borrow_mut() = None)
    };
    let up = Callback::from(move |e: PointerEvent| {
        if let Some((x, y)) = start.borrow_mut().take() {
            if let Some(action) = swipe_action(e.client_x() - x, e.client_y() - y) {
                onaction.emit(action);
            }
        }
    });
    Swipe { down, up, cancel }
}

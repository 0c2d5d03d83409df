//! The printable handout of one pathway, or of one product's walk through it: each step
//! with a still of its picture, its facts and sources (the product's own note, and the
//! facts that are not about it marked), the questions to ask the care team, when the words
//! and the product's label were checked, and the link back. It is not part of the widget:
//! `scripts/generate` renders it to `static/handout/<pathway or product>.html`, a page of
//! its own that needs no script to read or print (the widget links to it).

use yew::prelude::*;

use super::{glance, source_chips::source_names, use_texts};
use crate::content::markup::plain;
use crate::content::{msg, Texts, TherapyDef, CATALOG, THERAPIES};
use crate::describe::frame_line;
use crate::diagram::{route_shown, scene};

/// A handout's title: "Handout: Luxturna", or the pathway's name where no product is walked
/// (the page's heading and its `<title>`).
pub fn title(texts: Texts, pathway: usize, therapy: Option<&TherapyDef>) -> String {
    let name = therapy.map_or(CATALOG.pathways[pathway].name_key, |t| t.name_key);
    format!("{}: {}", texts.t(msg::HANDOUT_TITLE), texts.t(name))
}

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub pathway: usize,
    /// The product walked, if any: its name, answers at a glance, pictures and notes.
    #[prop_or_default]
    pub therapy: Option<usize>,
    /// The link back to the widget, at the pathway's first step.
    pub link: AttrValue,
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let texts = use_texts();
    let pathway = &CATALOG.pathways[props.pathway];
    let therapy = props.therapy.map(|i| &THERAPIES[i]).filter(|t| t.pathway == props.pathway);
    let name = therapy.map(|t| texts.t(t.name_key));
    let not_for = name.map(|n| texts.fmt(msg::FACT_NOT_FOR, &[("name", n)]));
    let sources = |ids| {
        html! {
            <span class="gte-sources-inline">
                { texts.t(msg::FACT_SOURCES) }{ " " }<cite class="gte-chip">{ source_names(texts, ids) }</cite>
            </span>
        }
    };
    let (glance_heading, glance) = glance::rows(texts, props.pathway, therapy);
    html! {
        <main class="gte-handout">
            <p class="gte-handout-print"><button type="button" class="gte-button gte-primary" hidden=true>{ texts.t(msg::HANDOUT_PRINT_NOW) }</button></p>
            <h1>{ title(texts, props.pathway, therapy) }</h1>
            if let Some(t) = therapy {
                <p><strong>{ texts.t(t.disease_key) }</strong></p>
            }
            <p><strong>{ texts.t(pathway.name_key) }</strong>{ ": " }{ texts.t(pathway.summary_key) }</p>
            if let Some(t) = therapy {
                <p class="gte-therapy-checked">
                    { texts.fmt(msg::THERAPY_CHECKED, &[("label", texts.t(t.label.def().short_key)), ("date", t.checked)]) }
                </p>
                if let Some(caveat) = t.caveat {
                    <p>{ plain(texts.t(caveat)) }</p>
                }
            }
            <p><strong>{ texts.t(msg::HANDOUT_NOTE) }</strong></p>
            if !glance.is_empty() {
                <section class="gte-glance">
                    <h2>{ glance_heading }</h2>
                    <dl>
                        { for glance.iter().map(|row| html! {
                            <div key={row.id} class="gte-glance-row">
                                <dt>{ texts.t(row.label_key) }</dt>
                                <dd>{ plain(texts.t(row.key)) }{ " " }{ sources(row.sources) }</dd>
                            </div>
                        }) }
                    </dl>
                </section>
            }
            { for pathway.steps.iter().enumerate().map(|(i, step)| {
                // The product's own picture where its method differs, as in the widget.
                let def = therapy.and_then(|t| t.scene(step.id)).unwrap_or(&step.diagram);
                let last = def.frames.len().saturating_sub(1);
                html! {
                <section class="gte-handout-step" key={step.id}>
                    <h2>{ format!("{}. {}", i + 1, texts.t(step.title_key)) }</h2>
                    <figure class="gte-handout-still">
                        { scene(texts, def, last, route_shown(def, therapy).1, texts.t(def.title_key).to_string()) }
                        <figcaption>{ frame_line(texts, def, last) }</figcaption>
                    </figure>
                    <p>{ plain(texts.t(step.lead_key)) }</p>
                    if let Some(note) = therapy.and_then(|t| t.note(step.id)) {
                        <p class="gte-therapy-note">{ plain(texts.t(note)) }</p>
                    }
                    <ul>
                        { for step.facts.iter().enumerate().map(|(k, f)| html! {
                            <li key={f.id}>
                                if therapy.is_some_and(|t| t.skips(i, k)) {
                                    <strong>{ not_for.clone().unwrap_or_default() }</strong>{ " " }
                                }
                                { plain(texts.t(f.key)) }{ " " }{ sources(f.sources) }
                            </li>
                        }) }
                    </ul>
                </section>
            }}) }
            <section class="gte-handout-questions">
                <h2>{ texts.t(msg::HANDOUT_QUESTIONS) }</h2>
                <ol>{ for pathway.questions.iter().map(|&q| html! { <li>{ texts.t(q) }</li> }) }</ol>
                <p>{ texts.t(msg::HANDOUT_BACK) }{ " " }<a href={props.link.clone()}>{ props.link.clone() }</a></p>
                <p>{ texts.t(msg::DISCLAIMER) }</p>
                <p>{ texts.fmt(msg::REVIEWED, &[("date", CATALOG.reviewed)]) }</p>
            </section>
        </main>
    }
}

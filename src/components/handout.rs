//! The printable handout of one pathway: every step with its facts and sources, the
//! questions to ask your care team, and the link back. Hidden on screen; print styles
//! show only this (so the browser's own Print, or the "Print this pathway" button,
//! gives the handout).

use yew::prelude::*;

use super::{glance::Glance, source_chips::source_names, use_texts};
use crate::content::markup::plain;
use crate::content::{msg, CATALOG, THERAPIES};

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub pathway: usize,
    /// The product walked, if any: its answers at a glance replace the pathway's.
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
    html! {
        <section class="gte-handout">
            <h2>{ texts.t(msg::HANDOUT_TITLE) }{ ": " }{ texts.t(pathway.name_key) }</h2>
            <p>{ texts.t(pathway.summary_key) }</p>
            <p><strong>{ texts.t(msg::HANDOUT_NOTE) }</strong></p>
            <Glance pathway={props.pathway} {therapy} print=true />
            { for pathway.steps.iter().enumerate().map(|(i, step)| html! {
                <div class="gte-handout-step" key={step.id}>
                    <h3>{ format!("{}. {}", i + 1, texts.t(step.title_key)) }</h3>
                    <p>{ plain(texts.t(step.lead_key)) }</p>
                    <ul>
                        { for step.facts.iter().map(|f| html! {
                            <li key={f.id}>
                                { plain(texts.t(f.key)) }{ " " }
                                <span class="gte-sources-inline">
                                    { texts.t(msg::FACT_SOURCES) }{ " " }<cite class="gte-chip">{ source_names(texts, f.sources) }</cite>
                                </span>
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
            <div class="gte-handout-questions">
                <h3>{ texts.t(msg::HANDOUT_QUESTIONS) }</h3>
                <ol>{ for pathway.questions.iter().map(|&q| html! { <li>{ texts.t(q) }</li> }) }</ol>
                <p>{ texts.t(msg::HANDOUT_BACK) }{ " " }<a href={props.link.clone()}>{ props.link.clone() }</a></p>
                <p>{ texts.t(msg::DISCLAIMER) }</p>
            </div>
        </section>
    }
}

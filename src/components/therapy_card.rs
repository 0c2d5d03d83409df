//! The chosen product's details beside a step, with its own note for this step if any.

use yew::prelude::*;

use super::{rich_text::RichText, source_chips::SourceChips, use_texts};
use crate::content::TherapyDef;

#[derive(Properties, PartialEq)]
pub struct TherapyCardProps {
    pub therapy: &'static TherapyDef,
    /// The id of the step shown, to find the product's note for it.
    pub step: &'static str,
}

#[component]
pub fn TherapyCard(props: &TherapyCardProps) -> Html {
    let texts = use_texts();
    let t = props.therapy;
    let name = texts.t(t.name_key);
    let row = |label: &'static str, key: &'static str| {
        html! { <><dt>{ texts.t(label) }</dt><dd>{ texts.t(key) }</dd></> }
    };
    let note = t.notes.iter().find(|(step, _)| *step == props.step).map(|(_, key)| *key);
    html! {
        <aside class="gte-therapy-card" aria-labelledby="gte-therapy-card-heading">
            <h3 id="gte-therapy-card-heading">
                { texts.fmt("therapy-card-heading", &[("name", name)]) }
            </h3>
            if let Some(key) = note {
                <p class="gte-therapy-note"><RichText text={texts.t(key)} /></p>
            }
            <details class="gte-therapy-more">
                <summary>{ texts.fmt("therapy-card-more", &[("name", name)]) }</summary>
                <dl class="gte-therapy-facts">
                    { row("therapy-field-generic", t.generic_key) }
                    { row("therapy-field-disease", t.disease_key) }
                    { row("therapy-field-who", t.who_key) }
                    { row("therapy-field-tool", t.tool_key) }
                    { row("therapy-field-route", t.route_key) }
                    { row("therapy-field-approved", t.approved_key) }
                </dl>
                <p><SourceChips ids={t.sources} label_key="fact-sources" /></p>
            </details>
        </aside>
    }
}

//! The chosen product's details beside a step, with its own note for this step if any.

use yew::prelude::*;

use super::{rich_text::RichText, source_chips::SourceChips, use_texts};
use crate::content::msg;
use crate::content::{Msg, TherapyDef};

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
    let row = |label: Msg, key: Msg| {
        html! { <><dt>{ texts.t(label) }</dt><dd>{ texts.t(key) }</dd></> }
    };
    let note = t.note(props.step);
    let label = texts.t(t.label.def().short_key);
    let checked = texts.fmt(msg::THERAPY_CHECKED, &[("label", label), ("date", t.checked)]);
    let skips_here = t.skips_at(props.step);
    // "Casgevy at this step" only when there is something to say at this step.
    let heading = if note.is_some() { msg::THERAPY_CARD_HEADING } else { msg::THERAPY_CARD_FOLLOWING };
    // A release build fetches the product's details when it is chosen: until they are
    // here, the card says they are coming (or that they could not be fetched).
    if !texts.complete() {
        let waiting = if texts.failed() { msg::THERAPY_DETAILS_FAILED } else { msg::THERAPY_DETAILS_WAITING };
        return html! {
            <aside class="gte-therapy-card" aria-labelledby="gte-therapy-card-heading">
                <h3 id="gte-therapy-card-heading">{ texts.fmt(msg::THERAPY_CARD_FOLLOWING, &[("name", name)]) }</h3>
                <p class="gte-therapy-waiting" role="status">{ texts.fmt(waiting, &[("name", name)]) }</p>
            </aside>
        };
    }
    html! {
        <aside class="gte-therapy-card" aria-labelledby="gte-therapy-card-heading">
            <h3 id="gte-therapy-card-heading">{ texts.fmt(heading, &[("name", name)]) }</h3>
            <p class="gte-therapy-checked">{ checked }</p>
            if let Some(caveat) = t.caveat {
                <p class="gte-therapy-caveat"><RichText text={texts.t(caveat)} /></p>
            }
            if let Some(key) = note {
                <p class="gte-therapy-note"><RichText text={texts.t(key)} /></p>
            }
            if skips_here {
                <p class="gte-therapy-not-for">{ texts.fmt(msg::FACT_NOT_FOR_NOTE, &[("name", name)]) }</p>
            }
            <details class="gte-therapy-more">
                <summary>{ texts.fmt(msg::THERAPY_CARD_MORE, &[("name", name)]) }</summary>
                <dl class="gte-therapy-facts">
                    { row(msg::THERAPY_FIELD_GENERIC, t.generic_key) }
                    { row(msg::THERAPY_FIELD_DISEASE, t.disease_key) }
                    { row(msg::THERAPY_FIELD_WHO, t.who_key) }
                    { row(msg::THERAPY_FIELD_TOOL, t.tool_key) }
                    { row(msg::THERAPY_FIELD_ROUTE, t.route_key) }
                    { row(msg::THERAPY_FIELD_APPROVED, t.approved_key) }
                </dl>
                <p><SourceChips ids={t.sources} label_key={msg::FACT_SOURCES} /></p>
            </details>
        </aside>
    }
}

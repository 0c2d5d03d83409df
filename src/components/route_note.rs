//! The short visible note shown when a link asked for something we could not show.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::{Texts, CATALOG, THERAPIES};
use crate::model::RouteNote;

#[derive(Properties, PartialEq)]
pub struct RouteNotesProps {
    pub notes: Vec<RouteNote>,
    pub ondismiss: Callback<()>,
}

/// The sentence for a note, in the reader's language.
pub fn note_text(texts: Texts, note: &RouteNote) -> String {
    let pathway_name = |i: usize| texts.t(CATALOG.pathways[i].name_key);
    match note {
        RouteNote::UnknownPathway { asked } => texts.fmt(
            msg::NOTE_UNKNOWN_PATHWAY,
            &[("asked", asked), ("shown", pathway_name(CATALOG.default_pathway_index()))],
        ),
        RouteNote::StepOutOfRange { asked, total, shown } => texts.fmt(
            msg::NOTE_STEP_OUT_OF_RANGE,
            &[("asked", asked), ("total", &total.to_string()), ("shown", &shown.to_string())],
        ),
        RouteNote::Malformed => texts.t(msg::NOTE_MALFORMED).to_string(),
        RouteNote::UnknownTherapy { asked } => texts.fmt(msg::NOTE_UNKNOWN_THERAPY, &[("asked", asked)]),
        RouteNote::TherapyElsewhere { therapy, pathway } => texts.fmt(
            msg::NOTE_THERAPY_ELSEWHERE,
            &[("name", texts.t(THERAPIES[*therapy].name_key)), ("shown", pathway_name(*pathway))],
        ),
        RouteNote::UnknownParam { name } => texts.fmt(msg::NOTE_UNKNOWN_PARAM, &[("asked", name)]),
        RouteNote::BadValue { name, asked } => {
            texts.fmt(msg::NOTE_BAD_VALUE, &[("name", name), ("asked", asked)])
        }
    }
}

#[component]
pub fn RouteNotes(props: &RouteNotesProps) -> Html {
    let texts = use_texts();
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="gte-note" role="status">
            <div>
                { for props.notes.iter().map(|n| html! { <p>{ note_text(texts, n) }</p> }) }
            </div>
            <button type="button" class="gte-button gte-note-dismiss" onclick={ondismiss}>
                { texts.t(msg::NOTE_DISMISS) }
            </button>
        </div>
    }
}

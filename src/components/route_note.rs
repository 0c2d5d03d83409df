//! The short visible note shown when a link asked for something we could not show.

use yew::prelude::*;

use super::use_texts;
use crate::content::{Texts, CATALOG};
use crate::model::RouteNote;

#[derive(Properties, PartialEq)]
pub struct RouteNoteProps {
    pub note: RouteNote,
    pub ondismiss: Callback<()>,
}

/// The sentence for a note, in the reader's language.
pub fn note_text(texts: Texts, note: &RouteNote) -> String {
    match note {
        RouteNote::UnknownPathway { asked } => {
            let shown = texts.t(CATALOG.pathways[CATALOG.default_pathway_index()].name_key);
            texts.fmt("note-unknown-pathway", &[("asked", asked), ("shown", shown)])
        }
        RouteNote::StepOutOfRange { asked, total, shown } => texts.fmt(
            "note-step-out-of-range",
            &[("asked", asked), ("total", &total.to_string()), ("shown", &shown.to_string())],
        ),
        RouteNote::Malformed => texts.t("note-malformed").to_string(),
    }
}

#[component]
pub fn RouteNoteView(props: &RouteNoteProps) -> Html {
    let texts = use_texts();
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="gte-note" role="status">
            <p>{ note_text(texts, &props.note) }</p>
            <button type="button" class="gte-button gte-note-dismiss" onclick={ondismiss}>
                { texts.t("note-dismiss") }
            </button>
        </div>
    }
}

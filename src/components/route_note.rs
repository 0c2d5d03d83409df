//! The short visible note shown when a link asked for something we could not show.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::describe::note_text;
use crate::model::RouteNote;

#[derive(Properties, PartialEq)]
pub struct RouteNotesProps {
    pub notes: Vec<RouteNote>,
    pub ondismiss: Callback<()>,
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
            { crate::diagram::button("gte-button gte-note-dismiss", texts.t(msg::NOTE_DISMISS), ondismiss, None) }
        </div>
    }
}

//! The short names of the sources behind a statement, each as a `<cite>`.

use yew::prelude::*;

use super::use_texts;
use crate::content::{Msg, CATALOG};

#[derive(Properties, PartialEq)]
pub struct SourceChipsProps {
    /// Source ids from the content (resolved through the catalog).
    pub ids: &'static [&'static str],
    /// Label before the chips, e.g. "Source:".
    pub label_key: Msg,
}

#[component]
pub fn SourceChips(props: &SourceChipsProps) -> Html {
    let texts = use_texts();
    html! {
        <span class="gte-sources-inline">
            <span class="gte-source-label">{ texts.t(props.label_key) }</span>
            { for props.ids.iter().filter_map(|id| CATALOG.source(id)).map(|s| html! {
                <cite key={s.id} class="gte-chip">{ texts.t(s.short_key) }</cite>
            }) }
        </span>
    }
}

//! The short names of the sources behind a statement, each as a `<cite>`.

use yew::prelude::*;

use super::use_texts;
use crate::content::{Msg, Src, Texts};

/// The short names of the sources, joined for print (the handout: no chips).
pub fn source_names(texts: Texts, ids: &[Src]) -> String {
    let names: Vec<&str> = ids.iter().map(|src| texts.t(src.def().short_key)).collect();
    names.join("; ")
}

#[derive(Properties, PartialEq)]
pub struct SourceChipsProps {
    /// The sources, from the content.
    pub ids: &'static [Src],
    /// Label before the chips, e.g. "Source:".
    pub label_key: Msg,
}

#[component]
pub fn SourceChips(props: &SourceChipsProps) -> Html {
    let texts = use_texts();
    html! {
        <span class="gte-sources-inline">
            <span class="gte-source-label">{ texts.t(props.label_key) }</span>
            { for props.ids.iter().map(|src| src.def()).map(|s| html! {
                <cite key={s.id} class="gte-chip">{ texts.t(s.short_key) }</cite>
            }) }
        </span>
    }
}

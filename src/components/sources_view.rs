//! Every source with its publisher and what it supports in the explainer.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::{SourceDef, SourceKind, Src, CATALOG};
use crate::describe::cited_steps;

#[component]
pub fn SourcesView() -> Html {
    let texts = use_texts();
    // What each source is and supports comes with the words fetched later.
    if !texts.complete() {
        return super::waiting(texts);
    }
    html! {
        <ul class="gte-sources-page">
            { for CATALOG.sources.iter().enumerate().map(|(i, s)| {
                let steps = CATALOG.steps_citing(Src(i as u8));
                let kind = match s.kind {
                    SourceKind::Text => msg::SOURCES_KIND_TEXT,
                    SourceKind::Label => msg::SOURCES_KIND_LABEL,
                    SourceKind::Reference => msg::SOURCES_KIND_REFERENCE,
                };
                html! {
                    <li key={s.id}>
                        <p class="gte-source-name"><SourceLink source={s} /></p>
                        <p class="gte-source-kind">{ texts.t(kind) }</p>
                        if !steps.is_empty() {
                            <p>
                                { texts.t(msg::SOURCES_SUPPORTS) }{ " " }
                                { cited_steps(texts, &steps) }
                            </p>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub source: &'static SourceDef,
}

/// A source's full name as a link to its public address, with the date it was read or
/// last updated.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let texts = use_texts();
    let s = props.source;
    let name = html! { <cite>{ texts.t(s.name_key) }</cite> };
    html! {
        <>
            if s.url.is_empty() { { name } } else {
                <a href={s.url} class="gte-source-link" rel="noopener" target="_blank">{ name }</a>
            }
            if !s.date.is_empty() {
                { " " }<span class="gte-source-date">{ texts.fmt(msg::SOURCES_DATED, &[("date", s.date)]) }</span>
            }
        </>
    }
}

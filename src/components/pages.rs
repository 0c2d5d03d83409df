//! The views that are not steps: each has a focusable heading and an introduction.

use yew::prelude::*;

use super::{
    compare_view::CompareView, glossary_view::GlossaryView, sources_view::SourcesView,
    timeline_view::TimelineView, use_texts,
};
use crate::describe::{page_intro_key, page_title_key};
use crate::model::{Action, Page};

#[derive(Properties, PartialEq)]
pub struct PageViewProps {
    pub page: Page,
    /// The therapy being walked, if any (the comparison marks its pathway).
    pub therapy: Option<usize>,
    /// Receives focus when the reader moves here.
    pub heading: NodeRef,
    pub onaction: Callback<Action>,
}

#[component]
pub fn PageView(props: &PageViewProps) -> Html {
    let texts = use_texts();
    let body = match props.page {
        Page::Compare => html! { <CompareView onaction={props.onaction.clone()} /> },
        Page::Timeline => html! { <TimelineView therapy={props.therapy} /> },
        Page::Glossary => html! { <GlossaryView /> },
        Page::Sources => html! { <SourcesView /> },
    };
    html! {
        <section class={classes!("gte-page", format!("gte-page-{}", props.page.slug()))}
            aria-labelledby="gte-step-heading">
            <h2 id="gte-step-heading" class="gte-step-heading" tabindex="-1" ref={props.heading.clone()}>
                { texts.t(page_title_key(props.page)) }
            </h2>
            <p class="gte-lead">{ texts.t(page_intro_key(props.page)) }</p>
            { body }
        </section>
    }
}

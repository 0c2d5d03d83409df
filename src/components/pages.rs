//! The views that are not steps: each has a focusable heading and an introduction.

use yew::prelude::*;

use super::{
    compare_view::CompareView, glossary_view::GlossaryView, sources_view::SourcesView,
    timeline_view::TimelineView, use_texts,
};
use crate::content::{msg, Later, SPLIT};
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
    /// In release builds, the timeline's and the sources page's body as rendered at build
    /// time (`later/<locale>/<page>.html`, fetched when the page opens: they have no
    /// controls, so the wasm need not carry their code or words).
    #[prop_or(Later::Waiting)]
    pub fragment: Later,
}

/// A body rendered at build time, or what shows until it is here or if it could not be
/// fetched.
fn fragment(texts: crate::content::Texts, got: Later) -> Html {
    match got {
        Later::Here(markup) => Html::from_html_unchecked(AttrValue::Static(markup)),
        Later::Waiting => {
            html! { <p class="gte-page-waiting" role="status">{ texts.t(msg::PAGE_WAITING) }</p> }
        }
        Later::Failed => {
            html! { <p class="gte-page-waiting" role="status">{ texts.t(msg::PAGE_FAILED) }</p> }
        }
    }
}

#[component]
pub fn PageView(props: &PageViewProps) -> Html {
    let texts = use_texts();
    let body = match props.page {
        Page::Compare => html! { <CompareView onaction={props.onaction.clone()} /> },
        Page::Timeline | Page::Sources if SPLIT => fragment(texts, props.fragment),
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

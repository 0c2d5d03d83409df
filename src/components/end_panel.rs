//! The end of a guide is not a dead end: where to go next.

use yew::prelude::*;

use super::{use_links, use_texts, view_link};
use crate::content::{msg, Msg, CATALOG};
use crate::model::{Action, Page, Place, Route, View};

#[derive(Properties, PartialEq)]
pub struct EndPanelProps {
    /// The pathway just finished.
    pub pathway: usize,
    pub onaction: Callback<Action>,
}

#[component]
pub fn EndPanel(props: &EndPanelProps) -> Html {
    let texts = use_texts();
    let links = use_links();
    let link = |view: View, label: String| {
        let (href, onclick) = view_link(links, &props.onaction, Place::new(view, None));
        html! { <li><a {href} {onclick}>{ label }</a></li> }
    };
    let page = |p: Page, m: Msg| link(View::Page(p), texts.t(m).to_string());
    html! {
        <nav class="gte-end-panel" aria-labelledby="gte-end-heading">
            <h3 id="gte-end-heading">{ texts.t(msg::END_HEADING) }</h3>
            <ul>
                { page(Page::Compare, msg::END_COMPARE) }
                { page(Page::Timeline, msg::END_TIMELINE) }
                { for CATALOG.pathways.iter().enumerate().filter(|(i, _)| *i != props.pathway).map(|(i, p)| {
                    let label = texts.fmt(msg::END_OTHER, &[("pathway", texts.t(p.name_key))]);
                    link(View::Step(Route { pathway: i, step: 0 }), label)
                }) }
            </ul>
        </nav>
    }
}

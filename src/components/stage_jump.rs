//! "The same stage in another pathway": links from a step to the matching step of every
//! other pathway (by the shared `stage` of the content), to see the differences in context.

use yew::prelude::*;

use super::{use_links, use_texts, view_link};
use crate::content::msg;
use crate::content::CATALOG;
use crate::model::{Action, Place, Route, View};

#[derive(Properties, PartialEq)]
pub struct StageJumpProps {
    pub route: Route,
    pub onaction: Callback<Action>,
}

#[component]
pub fn StageJump(props: &StageJumpProps) -> Html {
    let texts = use_texts();
    let links = use_links();
    let targets = props.route.same_stage_elsewhere(&CATALOG);
    if targets.is_empty() {
        return html! {};
    }
    html! {
        <nav class="gte-stage-jump" aria-label={texts.t(msg::STAGE_JUMP_LABEL)}>
            <p class="gte-stage-jump-label">{ texts.t(msg::STAGE_JUMP_LABEL) }</p>
            <ul>
                { for targets.into_iter().map(|r| {
                    let p = &CATALOG.pathways[r.pathway];
                    let view = View::Step(r);
                    let (href, onclick) = view_link(links, &props.onaction, Place::new(view, None));
                    let label = texts.fmt(msg::STAGE_JUMP_LINK, &[
                        ("pathway", texts.t(p.name_key)),
                        ("title", texts.t(p.steps[r.step].title_key)),
                    ]);

                    html! { <li key={p.id}><a {href} {onclick} class="gte-jump-link">{ label }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

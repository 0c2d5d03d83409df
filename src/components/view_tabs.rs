//! The top navigation: one link per pathway and one per other view. Links carry real
//! hrefs (copy, open in a new tab) but navigate through the state machine. On a phone the
//! links fold under one button that names the view shown (`aria-expanded`; Escape closes
//! the list), so no row hides views off to the side; wider screens show them as a row of
//! tabs.

use yew::prelude::*;

use super::{use_links, use_texts, view_link};
use crate::content::msg;
use crate::content::{CATALOG, THERAPIES};
use crate::describe::page_title_key;
use crate::model::{Action, Page, Place, Route, View};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub place: Place,
    pub onaction: Callback<Action>,
}

#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let texts = use_texts();
    let links = use_links();
    let current = props.place.view;
    let open = use_state_eq(|| false);
    {
        // A new view or treatment closes the list: it is what the reader wanted to see.
        let open = open.clone();
        use_effect_with((current, props.place.therapy), move |_| open.set(false));
    }
    // A pathway's tab gives its plain name first, then the name the care team may use.
    let label = |view: View| match view {
        View::Step(r) => {
            let p = &CATALOG.pathways[r.pathway];
            (p.short_key, Some(p.name_key))
        }
        View::Page(page) => (page_title_key(page), None),
    };
    let link = |view: View| {
        let is_current = match (view, current) {
            (View::Step(a), View::Step(b)) => a.pathway == b.pathway,
            (a, b) => a == b,
        };
        // A pathway link keeps the therapy only if the therapy walks that pathway.
        let therapy = props.place.therapy.filter(|&t| match view {
            View::Step(r) => THERAPIES[t].pathway == r.pathway,
            View::Page(_) => true,
        });
        let (href, go) = view_link(links, &props.onaction, Place::new(view, therapy));
        // Any link closes the list, the view shown too.
        let onclick = {
            let open = open.clone();
            Callback::from(move |e: MouseEvent| {
                open.set(false);
                go.emit(e);
            })
        };
        let (plain, term) = label(view);
        html! {
            <li key={plain.0}>
                <a {href} {onclick} class={classes!("gte-tab", is_current.then_some("gte-current"))}
                    aria-current={is_current.then_some("page")}>
                    { texts.t(plain) }
                    if let Some(term) = term {
                        { " " }<span class="gte-tab-term">{ texts.t(term) }</span>
                    }
                </a>
            </li>
        }
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // Escape closes the open list and puts focus back on its button (the link that had it
    // is hidden with the list).
    let button = use_node_ref();
    let onkeydown = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if *open && e.key() == "Escape" {
                e.stop_propagation();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        <nav class="gte-tabs" data-open={open.then_some("")} aria-label={texts.t(msg::VIEWS_LABEL)} {onkeydown}>
            <button type="button" class="gte-views" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle} ref={button}>
                <span class="gte-sr-only">{ texts.t(msg::VIEWS_LABEL) }{ ": " }</span>{ texts.t(label(current).0) }
            </button>
            <ul class="gte-tab-group">
                { for (0..CATALOG.pathways.len()).map(|i| link(View::Step(Route { pathway: i, step: 0 }))) }
            </ul>
            <ul class="gte-tab-group">
                { for Page::ALL.iter().map(|&page| link(View::Page(page))) }
            </ul>
        </nav>
    }
}

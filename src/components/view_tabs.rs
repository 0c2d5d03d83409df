//! The top navigation: one link per pathway and one per other view. Links carry real
//! hrefs (copy, open in a new tab) but navigate through the state machine.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::{use_texts, view_link};
use crate::content::{msg, Msg};
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
    let current = props.place.view;
    let strip = use_node_ref();
    {
        // On a phone the tabs are one strip that scrolls sideways: bring the current tab
        // into it. Only the strip scrolls (scrollIntoView would also move a host page).
        let strip = strip.clone();
        use_effect_with(current, move |_| {
            let Some(nav) = strip.cast::<HtmlElement>() else { return };
            if let Some(tab) = nav.query_selector(".gte-current").ok().flatten() {
                reveal(&nav, &tab);
            }
        });
    }
    // A tab reached with Tab is shown whole, not just its first few pixels.
    let onfocusin = {
        let strip = strip.clone();
        Callback::from(move |e: FocusEvent| {
            let tab = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let (Some(nav), Some(tab)) = (strip.cast::<HtmlElement>(), tab) {
                reveal(&nav, &tab);
            }
        })
    };
    // `short`: on phones the tab shows the short name, whose words are part of the full
    // name (WCAG 2.5.3), so the strip stays narrow.
    let link = |view: View, label: Msg, short: Option<Msg>| {
        let is_current = match (view, current) {
            (View::Step(a), View::Step(b)) => a.pathway == b.pathway,
            (a, b) => a == b,
        };
        // A pathway link keeps the therapy only if the therapy walks that pathway.
        let therapy = props.place.therapy.filter(|&t| match view {
            View::Step(r) => THERAPIES[t].pathway == r.pathway,
            View::Page(_) => true,
        });
        let (href, onclick) = view_link(&props.onaction, Place::new(view, therapy));
        html! {
            <li key={label.0}>
                <a {href} {onclick} class={classes!("gte-tab", is_current.then_some("gte-current"))}
                    aria-current={is_current.then_some("page")}>
                    if let Some(short) = short {
                        <span class="gte-long">{ texts.t(label) }</span>
                        <span class="gte-short">{ texts.t(short) }</span>
                    } else {
                        { texts.t(label) }
                    }
                </a>
            </li>
        }
    };
    html! {
        <nav class="gte-tabs" ref={strip} {onfocusin} aria-label={texts.t(msg::VIEWS_LABEL)}>
            <ul class="gte-tab-group">
                { for CATALOG.pathways.iter().enumerate().map(|(i, p)| {
                    link(View::Step(Route { pathway: i, step: 0 }), p.name_key, Some(p.short_key))
                }) }
            </ul>
            <ul class="gte-tab-group">
                { for Page::ALL.iter().map(|&page| link(View::Page(page), page_title_key(page), None)) }
            </ul>
        </nav>
    }
}

/// Scrolls the strip `nav` sideways so that `tab` is wholly in view.
fn reveal(nav: &HtmlElement, tab: &Element) {
    let Ok(tab) = tab.clone().dyn_into::<HtmlElement>() else { return };
    let (left, width) = (tab.offset_left(), tab.offset_width());
    let (scroll, visible) = (nav.scroll_left(), nav.client_width());
    if left < scroll {
        nav.set_scroll_left(left - 16);
    } else if left + width > scroll + visible {
        nav.set_scroll_left(left + width - visible + 16);
    }
}

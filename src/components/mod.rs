//! The Yew view: one small component per file. Components read words through the
//! [`Texts`](crate::content::Texts) context and never call browser APIs while rendering;
//! browser work (listeners, focus, URL, the host link) lives in `host::app`, and the few
//! effects a component needs for itself (the player's timer) in its own `use_effect_with`.
//! Event handlers may call the browser for their own click: a copy to the clipboard, a
//! jump within a long page (`jump`).

pub mod app;
pub mod cell_tracker;
pub mod compare_view;
pub mod end_panel;
pub mod footer;
pub mod glance;
pub mod glossary_view;
pub mod handout;
pub mod pages;
pub mod present_bar;
pub mod progress;
pub mod rich_text;
pub mod route_note;
pub mod share;
pub mod source_chips;
pub mod sources_view;
pub mod stage_jump;
pub mod step_list;
pub mod step_nav;
pub mod step_page;
pub mod step_view;
pub mod therapy_card;
pub mod therapy_picker;
pub mod timeline_view;
pub mod view_tabs;

use crate::content::{Texts, CATALOG, THERAPIES};
use crate::model::{Action, Links, Place};
use yew::prelude::*;

/// The parts of a link to a view: a real `href` (copy it, open it in a new tab; in a static
/// page, the view's own page) and a click handler that moves through the state machine
/// instead of loading the page.
pub fn view_link(links: Links, onaction: &Callback<Action>, place: Place) -> (String, Callback<MouseEvent>) {
    let view = place.view;
    let onclick = onaction.reform(move |e: MouseEvent| {
        e.prevent_default();
        Action::Show(view)
    });
    (links.href(place, &CATALOG, THERAPIES), onclick)
}

/// Where links between views point (`AppView` provides it): hash routes, or in a static
/// page, the views' own pages. The wasm is always the live widget (static pages are
/// rendered natively, by `scripts/generate`), so there it is hash routes, a constant, and
/// the compiler leaves every static page's branch out of the wasm.
#[hook]
pub fn use_links() -> Links {
    #[cfg(not(target_arch = "wasm32"))]
    return use_context::<Links>().unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    Links::Hash
}

/// `children` with `links` given to them by context ([`use_links`]); in the wasm, which
/// only ever has hash routes, just `children`.
pub fn provide_links(links: Links, children: Html) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    return html! { <ContextProvider<Links> context={links}>{ children }</ContextProvider<Links>> };
    #[cfg(target_arch = "wasm32")]
    {
        let _ = links;
        children
    }
}

/// A click that moves focus, and with it the reader's view, to `#<prefix><id>` in this
/// widget: a long page's own index. (A `#` link would be read as the guide's address, and
/// in a shadow root it would not find its target.) The target has `tabindex="-1"`.
pub fn jump(prefix: &'static str, id: &'static str) -> Callback<MouseEvent> {
    use wasm_bindgen::JsCast;
    Callback::from(move |e: MouseEvent| {
        let target = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|b| b.closest(".gte").ok().flatten())
            .and_then(|root| root.query_selector(&format!("#{prefix}{id}")).ok().flatten())
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(t) = target {
            let _ = t.focus();
        }
    })
}

/// A button in a long page's own index that moves focus to `#<prefix><id>` ([`jump`]); in
/// a static page, where no script runs, a plain link to that place on the page.
pub fn jump_to(links: Links, prefix: &'static str, id: &'static str, words: &str) -> Html {
    let words = words.to_string();
    match links {
        Links::Hash => {
            html! { <button type="button" class="gte-jump-to" onclick={jump(prefix, id)}>{ words }</button> }
        }
        Links::Pages(_) => html! { <a class="gte-jump-to" href={format!("#{prefix}{id}")}>{ words }</a> },
    }
}

/// The current locale's words, English if no provider is above.
#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().unwrap_or_else(Texts::en)
}

/// What a page whose words are fetched later (the comparison, the timeline) shows until
/// they are here, or if they could not be fetched.
fn waiting(texts: Texts) -> Html {
    let said =
        if texts.failed() { crate::content::msg::PAGE_FAILED } else { crate::content::msg::PAGE_WAITING };
    html! { <p class="gte-page-waiting" role="status">{ texts.t(said) }</p> }
}

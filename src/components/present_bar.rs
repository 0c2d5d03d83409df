//! The classroom controls: "Present" (full screen, big type, projector palette), and in
//! the presentation: exit, blank the screen, copy a link to this step, teacher notes.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::use_texts;
use crate::content::{msg, Texts};
use crate::content::{CATALOG, THERAPIES};
use crate::diagram::button;
use crate::model::{share, Action, Mode, Place, View};

#[derive(Properties, PartialEq)]
pub struct PresentBarProps {
    pub place: Place,
    /// The widget's own page, without a hash (links to a step add one).
    pub home: AttrValue,
    pub onaction: Callback<Action>,
}

/// The widget `.gte` root an event happened in.
fn widget_of(e: &MouseEvent) -> Option<web_sys::Element> {
    e.target()?.dyn_into::<web_sys::Element>().ok()?.closest(".gte").ok()?
}

#[component]
pub fn PresentBar(props: &PresentBarProps) -> Html {
    let texts = use_texts();
    // The copied link, shown in a field (so it can be copied by hand where the clipboard is
    // not allowed), and whether the clipboard took it.
    let copied = use_state_eq(|| None::<(String, bool)>);
    if props.place.mode != Mode::Present {
        let onclick = props.onaction.reform(|e: MouseEvent| {
            if let Some(el) = widget_of(&e) {
                let _ = el.request_fullscreen();
            }
            Action::SetMode(Mode::Present)
        });
        return html! {
            <div class="gte-present-bar">
                <button type="button" class="gte-button" title={texts.t(msg::PRESENT_ENTER_HINT)} {onclick}>
                    { texts.t(msg::PRESENT_ENTER) }
                </button>
                { handout_link(&texts, props.place, &props.home, "gte-button") }
            </div>
        };
    }
    let exit = props.onaction.reform(|_: MouseEvent| {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
        Action::SetMode(Mode::Full)
    });
    let blank = props.onaction.reform(|_: MouseEvent| Action::ToggleBlank);
    let copy = {
        let (copied, home, place) = (copied.clone(), props.home.clone(), props.place);
        Callback::from(move |_: MouseEvent| {
            let link = share::link(&home, place, &CATALOG, THERAPIES);
            copied.set(Some((link.clone(), false)));
            copy(link, copied.clone());
        })
    };
    let notes = match props.place.view {
        View::Step(r) => {
            let p = &CATALOG.pathways[r.pathway];
            format!("#{}-{}", p.id, p.steps[r.step].id)
        }
        View::Page(_) => String::new(),
    };
    let dir = share::folder(share::page_address(&props.home));
    html! {
        <div class="gte-present-bar">
            { button("gte-button", texts.t(msg::PRESENT_EXIT), exit, None) }
            { button("gte-button", texts.t(msg::PRESENT_BLANK), blank, None) }
            { button("gte-button", texts.t(msg::PRESENT_COPY), copy, None) }
            <a href={format!("{dir}teacher-notes.html{notes}")} target="_blank" rel="noopener">{ texts.t(msg::PRESENT_NOTES) }</a>
            if let Some((link, ok)) = &*copied {
                <label class="gte-sr-only" for="gte-link-field">{ texts.t(msg::PRESENT_LINK_LABEL) }</label>
                <input id="gte-link-field" class="gte-link-field" readonly=true value={link.clone()} />
                <span role="status">{ if *ok { texts.t(msg::PRESENT_COPIED) } else { "" } }</span>
            }
        </div>
    }
}

/// On a step, the link to its printable handout (`model::share::handout`), in a new tab:
/// the reader's place, in the guide or in a host's frame, stays where it is.
pub fn handout_link(texts: &Texts, place: Place, home: &str, class: &'static str) -> Html {
    let Some(href) = share::handout(home, place, &CATALOG, THERAPIES) else { return Html::default() };
    html! {
        <a {class} {href} target="_blank" rel="noopener">
            { texts.t(msg::HANDOUT_PRINT) }<span class="gte-sr-only">{ " " }{ texts.t(msg::LINK_NEW_TAB) }</span>
        </a>
    }
}

/// Puts `text` on the clipboard and, once the clipboard has taken it, records it in
/// `copied` as `(text, true)` (never where the browser refuses: the text stays in its field
/// to copy by hand).
pub fn copy(text: String, copied: UseStateHandle<Option<(String, bool)>>) {
    let written = gloo::utils::window().navigator().clipboard().write_text(&text);
    let ok = wasm_bindgen::closure::Closure::once(move |_: JsValue| copied.set(Some((text, true))));
    let _ = written.then(&ok);
    // Runs at most once, when the clipboard answers; a click's worth of memory.
    ok.forget();
}

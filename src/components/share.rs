//! "Share or embed": the link to the place shown and both embed codes, filled with the
//! guide's real address (built by `model::share`), each with a Copy button, and the way to
//! the embedding help page. A closed `<details>` until the reader opens it.

use yew::prelude::*;

use crate::content::{msg, Texts};
use crate::content::{CATALOG, THERAPIES};
use crate::diagram::button;
use crate::model::{share, Place};

/// The panel for the place shown. `copied` is the footer's: the code the clipboard took
/// last (the same state type as the presentation's copied link, so no new hook code).
pub fn share(
    texts: &Texts,
    place: Place,
    home: &str,
    copied: &UseStateHandle<Option<(String, bool)>>,
) -> Html {
    let page = share::page_address(home);
    let pairs = share::settings(place, &CATALOG, THERAPIES);
    let title = texts.t(msg::SHARE_FRAME_TITLE);
    let rows = [
        (msg::SHARE_LINK, msg::SHARE_LINK_COPY, share::link(home, place, &CATALOG, THERAPIES)),
        (msg::SHARE_IFRAME, msg::SHARE_IFRAME_COPY, share::iframe_code(page, &pairs, title)),
        (msg::SHARE_ELEMENT, msg::SHARE_ELEMENT_COPY, share::element_code(page, &pairs, title)),
    ];
    html! {
        <details class="gte-share">
            <summary>{ texts.t(msg::SHARE_OPEN) }</summary>
            <p>{ texts.t(msg::SHARE_NOTE) }</p>
            { for rows.into_iter().enumerate().map(|(i, (label, copy, code))| {
                let id = format!("gte-share-{i}");
                let done = copied.as_ref().is_some_and(|(c, ok)| *ok && *c == code);
                let onclick = {
                    let (copied, code) = (copied.clone(), code.clone());
                    Callback::from(move |_: MouseEvent| super::present_bar::copy(code.clone(), copied.clone()))
                };
                html! {
                    <div class="gte-share-row">
                        <label for={id.clone()}>{ texts.t(label) }</label>
                        <textarea {id} readonly=true rows={if i == 0 { "2" } else { "5" }} value={code} spellcheck="false" />
                        { button("gte-button", texts.t(copy), onclick, None) }
                        <span role="status">{ if done { texts.t(msg::SHARE_COPIED) } else { "" } }</span>
                    </div>
                }
            }) }
            <a href={format!("{}embed.html", share::folder(page))} target="_blank" rel="noopener">{ texts.t(msg::SHARE_HELP) }</a>
        </details>
    }
}

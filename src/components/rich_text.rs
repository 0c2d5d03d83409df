//! Content text with its glossary terms made live: each marked term is a button that
//! opens a short definition. WCAG 1.4.13: it opens on tap, click, Enter or Space, or on
//! hover; it stays while the pointer is over the term or the definition; Esc, moving
//! focus away or pressing the term again closes it.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::JsCast;
use web_sys::Node;
use yew::prelude::*;

use super::{source_chips::SourceChips, use_texts};
use crate::content::markup::{segments, Segment};
use crate::content::msg;
use crate::content::term;
use crate::describe::definition;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    /// Content text, possibly with `[[term]]` markup.
    pub text: &'static str,
    /// Terms already made live earlier in the same view: shown as plain words here, so a
    /// term is underlined once per step, not in every sentence.
    #[prop_or_default]
    pub plain: Rc<[&'static str]>,
}

/// A run of the rendered text: plain words, or a live term with the punctuation that
/// touches it (kept on the same line: no "(" or "," left alone at a line's end or start).
enum Piece<'a> {
    Text(&'a str),
    Term { id: &'a str, shown: &'a str, before: &'a str, after: &'a str },
}

const OPENERS: &[char] = &['(', '“', '‘', '"'];
const CLOSERS: &[char] = &['.', ',', ';', ':', '!', '?', ')', '”', '’', '"'];

fn pieces<'a>(text: &'a str, plain: &[&str]) -> Vec<Piece<'a>> {
    let segs = segments(text);
    let mut out = Vec::with_capacity(segs.len());
    let (mut skip, mut opener) = (0, "");
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            Segment::Text(t) => {
                let t = t.get(skip..).unwrap_or_default();
                skip = 0;
                let next_is_term =
                    matches!(segs.get(i + 1), Some(Segment::Term { id, .. }) if !plain.contains(id));
                let cut = if next_is_term { t.trim_end_matches(OPENERS).len() } else { t.len() };
                if cut > 0 {
                    out.push(Piece::Text(t.get(..cut).unwrap_or_default()));
                }
                opener = t.get(cut..).unwrap_or_default();
            }
            Segment::Term { id, shown } if plain.contains(&id) => out.push(Piece::Text(shown)),
            Segment::Term { id, shown } => {
                let after = match segs.get(i + 1) {
                    Some(Segment::Text(t)) => {
                        t.get(..t.len() - t.trim_start_matches(CLOSERS).len()).unwrap_or_default()
                    }
                    _ => "",
                };
                skip = after.len();
                out.push(Piece::Term { id, shown, before: std::mem::take(&mut opener), after });
            }
        }
    }
    out
}

#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    html! {
        <>
            { for pieces(props.text, &props.plain).into_iter().map(|p| match p {
                Piece::Text(t) => html! { t },
                Piece::Term { id, shown, before, after } => html! {
                    <span class="gte-nowrap">{ before }<TermRef {id} {shown} />{ after }</span>
                },
            }) }
        </>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Closed,
    /// Opened by the pointer resting on it: closes when the pointer leaves.
    Hover,
    /// Opened by a press: stays until pressed again, Esc, or focus leaves.
    Pinned,
}

/// Unique ids for popovers: the same term may appear more than once on a page.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

#[derive(Properties, PartialEq)]
pub struct TermRefProps {
    pub id: &'static str,
    pub shown: &'static str,
}

#[component]
pub fn TermRef(props: &TermRefProps) -> Html {
    let texts = use_texts();
    let open = use_state(|| Open::Closed);
    let uid = use_state(|| NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let wrapper = use_node_ref();
    let Some(def) = term(props.id) else { return html! { props.shown } };

    let set = |to: Open| {
        let open = open.clone();
        move || open.set(to)
    };
    let onclick = {
        let (close, pin) = (set(Open::Closed), set(Open::Pinned));
        let pinned = *open == Open::Pinned;
        Callback::from(move |_: MouseEvent| if pinned { close() } else { pin() })
    };
    let onmouseenter = {
        let (hover, current) = (set(Open::Hover), *open);
        Callback::from(move |_: MouseEvent| {
            if current == Open::Closed {
                hover()
            }
        })
    };
    let onmouseleave = {
        let (close, current) = (set(Open::Closed), *open);
        Callback::from(move |_: MouseEvent| {
            if current == Open::Hover {
                close()
            }
        })
    };
    let onkeydown = {
        let close = set(Open::Closed);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                close();
            }
        })
    };
    let onfocusout = {
        let (close, wrapper) = (set(Open::Closed), wrapper.clone());
        Callback::from(move |e: FocusEvent| {
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<Node>().ok())
                .zip(wrapper.cast::<Node>())
                .is_some_and(|(t, w)| w.contains(Some(&t)));
            if !inside {
                close();
            }
        })
    };
    let popover_id = format!("gte-term-{}", *uid);
    let is_open = *open != Open::Closed;
    html! {
        <span class="gte-term-wrap" ref={wrapper} {onmouseenter} {onmouseleave} {onkeydown} {onfocusout}>
            <button type="button" class="gte-term" aria-expanded={is_open.to_string()}
                aria-controls={popover_id.clone()} {onclick}>{ props.shown }</button>
            if is_open {
                <span id={popover_id} class="gte-popover">
                    <strong>{ texts.t(def.name_key) }</strong>{ ": " }{ definition(texts, def) }
                    { " " }<SourceChips ids={def.sources} label_key={msg::FACT_SOURCES} />
                </span>
            }
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, plain: &[&str]) -> Vec<String> {
        pieces(text, plain)
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => t.to_string(),
                Piece::Term { id, shown, before, after } => format!("<{before}{id}:{shown}{after}>"),
            })
            .collect()
    }

    #[test]
    fn punctuation_stays_with_its_term() {
        assert_eq!(
            render("under the retina ([[subretinal|subretinal]]). Then", &[]),
            ["under the retina ", "<(subretinal:subretinal).>", " Then"]
        );
        assert_eq!(render("cells, [[gvhd|GVHD]], and", &[]), ["cells, ", "<gvhd:GVHD,>", " and"]);
        assert_eq!(render("[[aav]]", &[]), ["<aav:aav>"]);
    }

    #[test]
    fn terms_already_shown_are_plain_words() {
        assert_eq!(render("the ([[aav|AAV]]) vector", &["aav"]), ["the (", "AAV", ") vector"]);
    }
}

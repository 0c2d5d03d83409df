//! `static/teacher-notes.html`, shipped beside the widget and linked from the presentation
//! mode, from `content/en/teacher/notes.ftl` and the step titles. The notes are not
//! compiled into the wasm (the build reads only the files directly in `content/<locale>/`);
//! they are read with the build's own Fluent reader and the page is rendered with Yew's
//! server renderer, which escapes every text.

use std::collections::BTreeMap;

use gene_therapy_explainer::content::{msg, Texts, CATALOG};
use yew::prelude::*;

const NOTES: &str = "content/en/teacher/notes.ftl";

/// Every message and attribute of the notes: `teach-ex-vivo-lab.ask-1` -> text.
pub fn notes() -> BTreeMap<String, String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    crate::fluent::read_files("en", &[root.join(NOTES)]).into_iter().collect()
}

#[derive(Properties, PartialEq)]
struct PageProps {
    notes: BTreeMap<String, String>,
}

/// A message or attribute of the notes; the generator stops, naming it, if it is missing.
fn note(n: &BTreeMap<String, String>, k: &str) -> String {
    n.get(k).cloned().unwrap_or_else(|| panic!("{NOTES}: no `{k}`"))
}

/// The head of both pages: title, the widget's style sheet.
fn head(title: &str) -> Html {
    html! {
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="color-scheme" content="light dark" />
            <title>{ title.to_string() }</title>
            <link rel="stylesheet" href="style.css" />
            <link rel="stylesheet" href="teacher/notes.css" />
        </head>
    }
}

/// The questions of a step, in order (`.ask-1`, `.ask-2`, …), each with its suggested
/// answer (`.answer-N`), if the notes give one.
fn questions(n: &BTreeMap<String, String>, key: &str) -> Vec<(String, Option<String>)> {
    (1..)
        .map_while(|k| {
            n.get(&format!("{key}.ask-{k}"))
                .map(|q| (q.clone(), n.get(&format!("{key}.answer-{k}")).cloned()))
        })
        .collect()
}

#[component]
fn Page(props: &PageProps) -> Html {
    let n = &props.notes;
    let get = |k: &str| note(n, k);
    let texts = Texts::en();
    let title = get("teacher-title");
    html! {
        <html lang="en">
            { head(&title) }
            <body>
                <main class="gte gte-notes" data-theme="auto">
                    <h1>{ title }</h1>
                    <p>{ get("teacher-intro") }</p>
                    <p><strong>{ texts.t(msg::DISCLAIMER) }</strong></p>
                    <nav aria-labelledby="gte-notes-contents">
                        <h2 id="gte-notes-contents">{ get("teacher-contents") }</h2>
                        <ul>
                            { for CATALOG.pathways.iter().map(|p| html! {
                                <li>
                                    <a href={format!("#{}", p.id)}>{ texts.t(p.name_key) }</a>
                                    <ol>
                                        { for p.steps.iter().map(|s| html! {
                                            <li><a href={format!("#{}-{}", p.id, s.id)}>{ texts.t(s.title_key) }</a></li>
                                        }) }
                                    </ol>
                                </li>
                            }) }
                            <li><a href="worksheet.html">{ get("worksheet-title") }</a>{ " " }{ get("teacher-worksheet") }</li>
                        </ul>
                    </nav>
                    { for CATALOG.pathways.iter().map(|p| html! { <>
                        <h2 id={p.id}>{ texts.t(p.name_key) }</h2>
                        { for p.steps.iter().enumerate().map(|(i, s)| {
                            let key = format!("teach-{}-{}", p.id, s.id);
                            html! {
                                <section id={format!("{}-{}", p.id, s.id)}>
                                    <h3>{ format!("{}. {}", i + 1, texts.t(s.title_key)) }</h3>
                                    <h4>{ get("teacher-simplifies") }</h4>
                                    <p>{ get(&format!("{key}.simplifies")) }</p>
                                    <h4>{ get("teacher-ask") }</h4>
                                    <ol>
                                        { for questions(n, &key).into_iter().map(|(q, a)| html! {
                                            <li>
                                                { q }
                                                if let Some(a) = a {
                                                    <p class="gte-notes-answer"><strong>{ get("teacher-answer") }</strong>{ " " }{ a }</p>
                                                }
                                            </li>
                                        }) }
                                    </ol>
                                    <p><a href={format!("index.html#/{}/{}?mode=present", p.id, i + 1)}>{ get("teacher-back") }</a></p>
                                </section>
                            }
                        }) }
                    </> }) }
                </main>
            </body>
        </html>
    }
}

/// The student worksheet: for each pathway, one printed page with the first question of
/// every step and room to write; the answers are in the teacher notes.
#[component]
fn Worksheet(props: &PageProps) -> Html {
    let n = &props.notes;
    let get = |k: &str| note(n, k);
    let texts = Texts::en();
    let title = get("worksheet-title");
    html! {
        <html lang="en">
            { head(&title) }
            <body>
                <main class="gte gte-notes gte-worksheet" data-theme="auto">
                    <h1>{ title }</h1>
                    <p class="gte-worksheet-help">{ get("worksheet-intro") }</p>
                    { for CATALOG.pathways.iter().map(|p| html! {
                        <section id={p.id}>
                            <h2>{ texts.t(p.name_key) }</h2>
                            <p>{ get("worksheet-name") }</p>
                            <ol>
                                { for p.steps.iter().map(|s| {
                                    let key = format!("teach-{}-{}", p.id, s.id);
                                    let q = get(&format!("{key}.ask-1"));
                                    html! {
                                        <li><strong>{ texts.t(s.title_key) }</strong>{ ": " }{ q }<div class="gte-write"></div></li>
                                    }
                                }) }
                            </ol>
                            <p class="gte-worksheet-foot">{ texts.t(msg::DISCLAIMER) }</p>
                        </section>
                    }) }
                </main>
            </body>
        </html>
    }
}

fn render<C: BaseComponent<Properties = PageProps>>() -> String {
    let body = futures::executor::block_on(
        yew::LocalServerRenderer::<C>::with_props(PageProps { notes: notes() }).hydratable(false).render(),
    );
    // Each section on its own lines, so a change to the notes reads as a small diff.
    let body = body
        .replace("<section", "\n<section")
        .replace("<h2", "\n<h2")
        .replace("<nav", "\n<nav")
        .replace("</main>", "\n</main>");
    format!("<!doctype html>\n<!-- Generated by scripts/generate from {NOTES}. Do not edit. -->\n{body}\n")
}

/// `static/worksheet.html`.
pub fn worksheet() -> String {
    render::<Worksheet>()
}

/// `static/teacher-notes.html`.
pub fn page() -> String {
    render::<Page>()
}

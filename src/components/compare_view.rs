//! The side-by-side comparison: a real table (row and column headers) that becomes one
//! card per question on narrow screens. "Not applicable" is always written out.

use yew::prelude::*;

use super::{jump_to, rich_text::RichText, source_chips::SourceChips, use_links, use_texts, view_link};
use crate::content::msg;
use crate::content::{CATALOG, COMPARE};
use crate::model::{Action, Place, Route, View};

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub onaction: Callback<Action>,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let texts = use_texts();
    let links = use_links();
    // The rows are fetched when the page first opens (release builds): until then, say so.
    if !texts.complete() {
        return super::waiting(texts);
    }
    let column_name = |id: &'static str| -> &'static str {
        CATALOG.pathway_index(id).map_or(id, |i| texts.t(CATALOG.pathways[i].name_key))
    };
    html! {
        <div class="gte-compare-wrap">
            // A way into a long page: every question, each a jump to its row.
            <details class="gte-jump">
                <summary>{ texts.t(msg::COMPARE_JUMP) }</summary>
                <ol>
                    { for COMPARE.rows.iter().map(|row| html! {
                        <li key={row.id}>
                            { jump_to(links, "gte-q-", row.id, texts.t(row.label_key)) }
                        </li>
                    }) }
                </ol>
            </details>
            <table class="gte-compare">
                <caption class="gte-sr-only">{ texts.t(msg::PAGE_COMPARE) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ texts.t(msg::COMPARE_QUESTION) }</th>
                        { for COMPARE.columns.iter().map(|c| html! { <th key={*c} scope="col">{ column_name(c) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for COMPARE.rows.iter().map(|row| html! {
                        <tr key={row.id}>
                            <th scope="row" id={format!("gte-q-{}", row.id)} tabindex="-1">{ texts.t(row.label_key) }</th>
                            { for row.cells.iter().map(|cell| html! {
                                <td key={cell.pathway} class={classes!(cell.na.then_some("gte-na"))}>
                                    <span class="gte-cell-label" aria-hidden="true">{ column_name(cell.pathway) }</span>
                                    if cell.na {
                                        <strong class="gte-na-label">{ texts.t(msg::COMPARE_NOT_APPLICABLE) }</strong>{ " " }
                                    }
                                    <RichText text={texts.t(cell.key)} />
                                    if !cell.sources.is_empty() {
                                        { " " }<SourceChips ids={cell.sources} label_key={msg::FACT_SOURCES} />
                                    }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <ul class="gte-compare-links">
                { for CATALOG.pathways.iter().enumerate().map(|(i, p)| {
                    let place = Place::new(View::Step(Route { pathway: i, step: 0 }), None);
                    let (href, onclick) = view_link(links, &props.onaction, place);
                    html! {
                        <li key={p.id}>
                            <a {href} {onclick}>
                                { texts.fmt(msg::COMPARE_WALK, &[("pathway", texts.t(p.name_key))]) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

//! The Day-0 timeline: for each pathway, its bars grouped by the product each figure is
//! for (the general ones last; the followed product's pathway and group first), each bar a
//! sentence with its sources and, under it, the bar on the shared axis. The words wrap at
//! any width and each bar stretches to it, so nothing scrolls sideways on a phone. Up to 8
//! months either side of Day 0 the axis is one straight scale; a marked break, then the
//! years (`model::timeline`).

use yew::prelude::*;

use super::{source_chips::SourceChips, use_texts};
use crate::content::msg;
use crate::content::{BarDef, CATALOG, THERAPIES, TIMELINE};
use crate::describe::{bar_text, when};
use crate::diagram::palette::class;
use crate::model::timeline::{pieces, BREAK_AT, DAY0_AT, MAX_DAY, SPAN, YEARS_AT};

/// Bar colours by pathway order, the same colours the diagrams use.
const FILLS: [&str; 3] = [class::CHANGED, class::VECTOR, class::STEM];

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The product followed, if any: its pathway and its own bars come first.
    pub therapy: Option<usize>,
}

/// The axis's fixed marks in a bar's picture (thousandths of its width, 20 high): Day 0,
/// and the break.
fn marks() -> Html {
    html! {
        <>
            <line x1="0" y1="10" x2="1000" y2="10" class="gte-tl-track" />
            <rect x={BREAK_AT.to_string()} y="0" width={(YEARS_AT - BREAK_AT).to_string()} height="20" class="gte-tl-break" />
            <line x1={DAY0_AT.to_string()} y1="0" x2={DAY0_AT.to_string()} y2="20" class="gte-tl-day0" />
        </>
    }
}

#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let texts = use_texts();
    // The bars' labels are fetched when the page first opens (release builds).
    if !texts.complete() {
        return super::waiting(texts);
    }
    let followed = props.therapy.map(|t| &THERAPIES[t]);
    let bar = |b: &'static BarDef, fill: &'static str| {
        html! {
            <li key={b.id} class="gte-tl-row">
                <span>{ bar_text(texts, b) }{ " " }<SourceChips ids={b.sources} label_key={msg::FACT_SOURCES} /></span>
                <svg class="gte-tl-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    { marks() }
                    { for pieces(b.from, b.to).into_iter().map(|(a, z)| html! {
                        <rect x={a.to_string()} y="4" width={(z - a).to_string()} height="12" class={fill} />
                    }) }
                </svg>
            </li>
        }
    };
    // The followed product's pathway first, then the others in their order.
    let first = followed.map(|t| t.pathway);
    let order = first.into_iter().chain((0..CATALOG.pathways.len()).filter(move |&p| Some(p) != first));
    let lanes = order.map(|pi| {
        let p = &CATALOG.pathways[pi];
        let fill = FILLS[pi % FILLS.len()];
        let bars: Vec<&'static BarDef> = TIMELINE.iter().filter(|b| b.pathway == p.id).collect();
        // The groups that have bars: the followed product first, then the products named in
        // this pathway's bars in order of first mention, then the general bars ("").
        let has = |g: &str| bars.iter().any(|b| b.product == g);
        let mine = followed.filter(|t| t.pathway == pi);
        let mut shown: Vec<&str> = mine.map(|t| t.id).into_iter().filter(|&g| has(g)).collect();
        for b in &bars {
            if !b.product.is_empty() && !shown.contains(&b.product) {
                shown.push(b.product);
            }
        }
        if has("") {
            shown.push("");
        }
        let none = mine.filter(|t| !shown.contains(&t.id));
        // A pathway whose bars are all in one group needs no group heading.
        let alone = shown.len() == 1;
        html! {
            <section key={p.id} class="gte-tl-lane" aria-labelledby={format!("gte-tl-{}", p.id)}>
                <h3 id={format!("gte-tl-{}", p.id)}>{ texts.t(p.name_key) }</h3>
                if let Some(t) = none {
                    <p class="gte-tl-none">{ texts.fmt(msg::TIMELINE_NONE, &[("name", texts.t(t.name_key))]) }</p>
                }
                { for shown.iter().map(|&g| {
                    let therapy = THERAPIES.iter().find(|t| t.id == g).filter(|_| !g.is_empty());
                    let name = match therapy {
                        Some(t) if mine.is_some_and(|m| m.id == g) => texts.fmt(msg::TIMELINE_YOURS, &[("name", texts.t(t.name_key))]),
                        Some(t) => texts.t(t.name_key).to_string(),
                        None => texts.t(msg::TIMELINE_GENERAL).to_string(),
                    };
                    html! {
                        <div key={g} class="gte-tl-group">
                            if !alone {
                                <h4>{ name }</h4>
                            }
                            <ul>{ for bars.iter().filter(|b| b.product == g).map(|&b| bar(b, fill)) }</ul>
                        </div>
                    }
                }) }
            </section>
        }
    });
    // The axis, once above the bars: its two ends and Day 0, in words (the style sheet puts
    // Day 0's words at `DAY0_AT`; a test checks they sit on its line).
    let ticks = [(-SPAN, "gte-tl-start"), (0, "gte-tl-zero"), (MAX_DAY, "gte-tl-end")];
    html! {
        <div class="gte-tl">
            <div class="gte-tl-axis" aria-hidden="true">
                { for ticks.iter().map(|&(d, c)| html! { <span key={c} class={c}>{ when(texts, d) }</span> }) }
                <svg class="gte-tl-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" focusable="false">{ marks() }</svg>
            </div>
            <p class="gte-tl-scale">{ texts.t(msg::TIMELINE_BREAK) }</p>
            { for lanes }
        </div>
    }
}

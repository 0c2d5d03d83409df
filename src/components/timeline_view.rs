//! The Day-0 timeline: the pathways on one time axis as range bars (an SVG picture, which
//! scrolls sideways on narrow screens), and the same facts as a list anyone can read.

use yew::prelude::*;

use super::{source_chips::SourceChips, use_texts};
use crate::content::msg;
use crate::content::{BarDef, CATALOG, TIMELINE};
use crate::describe::{bar_text, when};
use crate::diagram::palette::class;
use crate::model::timeline::{x, TICKS};

/// Plot area (x from X0 to X1) and row geometry of the picture: each bar has its label
/// on a line of its own above it, so text never runs under a bar.
const X0: i32 = 24;
const X1: i32 = 976;
const ROW: i32 = 52;
const HEAD: i32 = 58;
/// Bar colours by pathway order, the same colours the diagrams use.
const FILLS: [&str; 3] = [class::CHANGED, class::VECTOR, class::STEM];

#[component]
pub fn TimelineView() -> Html {
    let texts = use_texts();
    // The bars' labels are fetched when the page first opens (release builds).
    if !texts.complete() {
        return super::waiting(texts);
    }
    let mut y = HEAD;
    let mut lanes = Vec::new();
    for (pi, p) in CATALOG.pathways.iter().enumerate() {
        let bars: Vec<&BarDef> = TIMELINE.iter().filter(|b| b.pathway == p.id).collect();
        let top = y;
        let fill = FILLS[pi % FILLS.len()];
        let rows = bars.iter().enumerate().map(|(i, b)| {
            let row_y = top + 34 + ROW * i as i32;
            let (a, z) = (x(b.from, X0, X1), x(b.to, X0, X1));
            html! {
                <g key={b.id}>
                    <text x={X0.to_string()} y={(row_y + 18).to_string()} class="gte-tl-label">{ texts.t(b.key) }</text>
                    <rect x={a.to_string()} y={(row_y + 26).to_string()} width={(z - a).max(8).to_string()}
                        height="16" rx="8" class={fill} />
                </g>
            }
        });
        y = top + 34 + ROW * bars.len() as i32 + 16;
        lanes.push(html! {
            <g key={p.id}>
                <text x={X0.to_string()} y={(top + 26).to_string()} class="gte-tl-lane">{ texts.t(p.name_key) }</text>
                { for rows }
            </g>
        });
    }
    let height = y + 8;
    let last = TICKS.len() - 1;
    html! {
        <>
            <div class="gte-timeline-scroll" tabindex="0" role="group" data-gte-keys="native"
                aria-label={texts.t(msg::TIMELINE_PICTURE_LABEL)}>
                <svg class="gte-timeline" viewBox={format!("0 0 1000 {height}")} aria-hidden="true" focusable="false">
                    { for TICKS.iter().enumerate().map(|(i, &d)| {
                        let tx = x(d, X0, X1).to_string();
                        // Neighbouring labels alternate rows; the end labels lean inwards.
                        let label_y = if i % 2 == 0 { "20" } else { "42" };
                        let anchor = match i { 0 => "start", i if i == last => "end", _ => "middle" };
                        html! {
                            <g key={d}>
                                <line x1={tx.clone()} y1="48" x2={tx.clone()} y2={height.to_string()}
                                    class={if d == 0 { "gte-tl-day0" } else { "gte-tl-tick" }} />
                                <text x={tx} y={label_y} text-anchor={anchor} class="gte-tl-tick-label">{ when(texts, d) }</text>
                            </g>
                        }
                    }) }
                    { for lanes }
                </svg>
            </div>
            <h3 class="gte-timeline-list-heading">{ texts.t(msg::TIMELINE_LIST_HEADING) }</h3>
            { for CATALOG.pathways.iter().map(|p| html! {
                <section key={p.id} class="gte-timeline-list" aria-label={texts.t(p.name_key)}>
                    <h4>{ texts.t(p.name_key) }</h4>
                    <ul>
                        { for TIMELINE.iter().filter(|b| b.pathway == p.id).map(|b| html! {
                            <li key={b.id}>
                                { bar_text(texts, b) }{ " " }
                                <SourceChips ids={b.sources} label_key={msg::FACT_SOURCES} />
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </>
    }
}

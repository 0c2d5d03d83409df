//! The Day-0 timeline: the pathways on one time axis as range bars (an SVG picture, which
//! scrolls sideways on narrow screens), and the same facts as a list anyone can read.

use yew::prelude::*;

use super::{source_chips::SourceChips, use_texts};
use crate::content::msg;
use crate::content::{BarDef, Texts, CATALOG, TIMELINE};
use crate::diagram::palette::class;
use crate::model::timeline::{phrase, x, TICKS};

/// Plot area (x from X0 to X1), label column and row geometry of the picture.
const X0: i32 = 330;
const X1: i32 = 980;
const LABEL_X: i32 = 8;
const ROW: i32 = 26;
const HEAD: i32 = 30;
/// Bar colours by pathway order, the same colours the diagrams use.
const FILLS: [&str; 3] = [class::CHANGED, class::VECTOR, class::STEM];

/// "about 2 months before", "Day 0", "40 days after".
fn when(texts: Texts, day: i32) -> String {
    let (key, n) = phrase(day);
    texts.fmt(key, &[("n", &n.to_string())])
}

/// A bar in words: "Conditioning: from 7 days before to 1 day before".
pub fn bar_text(texts: Texts, bar: &BarDef) -> String {
    let label = texts.t(bar.key);
    if bar.from == bar.to {
        texts.fmt(msg::TIMELINE_ON, &[("label", label), ("when", &when(texts, bar.from))])
    } else {
        texts.fmt(
            msg::TIMELINE_RANGE,
            &[("label", label), ("from", &when(texts, bar.from)), ("to", &when(texts, bar.to))],
        )
    }
}

#[component]
pub fn TimelineView() -> Html {
    let texts = use_texts();
    let mut y = HEAD;
    let mut lanes = Vec::new();
    for (pi, p) in CATALOG.pathways.iter().enumerate() {
        let bars: Vec<&BarDef> = TIMELINE.iter().filter(|b| b.pathway == p.id).collect();
        let top = y;
        y += ROW;
        let fill = FILLS[pi % FILLS.len()];
        let rows = bars.iter().enumerate().map(|(i, b)| {
            let row_y = top + ROW * (i as i32 + 1);
            let (a, z) = (x(b.from, X0, X1), x(b.to, X0, X1));
            html! {
                <g key={b.id}>
                    <text x={LABEL_X.to_string()} y={(row_y + 16).to_string()} class="gte-tl-label">{ texts.t(b.key) }</text>
                    <rect x={a.to_string()} y={(row_y + 5).to_string()} width={(z - a).max(6).to_string()} height="14" rx="7" class={fill} />
                </g>
            }
        });
        y += ROW * bars.len() as i32 + 8;
        lanes.push(html! {
            <g key={p.id}>
                <text x={LABEL_X.to_string()} y={(top + 18).to_string()} class="gte-tl-lane">{ texts.t(p.name_key) }</text>
                { for rows }
            </g>
        });
    }
    let height = y + 10;
    html! {
        <>
            <div class="gte-timeline-scroll" tabindex="0" role="group" aria-label={texts.t(msg::TIMELINE_PICTURE_LABEL)}>
                <svg class="gte-timeline" viewBox={format!("0 0 1000 {height}")} aria-hidden="true" focusable="false">
                    { for TICKS.iter().map(|&d| {
                        let tx = x(d, X0, X1).to_string();
                        html! {
                            <g key={d}>
                                <line x1={tx.clone()} y1="22" x2={tx.clone()} y2={height.to_string()}
                                    class={if d == 0 { "gte-tl-day0" } else { "gte-tl-tick" }} />
                                <text x={tx} y="16" text-anchor="middle" class="gte-tl-tick-label">{ when(texts, d) }</text>
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

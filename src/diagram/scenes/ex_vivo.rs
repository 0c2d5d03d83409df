//! The ex vivo pathway's scenes.

use yew::prelude::*;

use super::Scene;
use crate::diagram::palette::class;
use crate::diagram::parts::*;

/// This pathway's scenes, by the diagram id the content uses.
pub const SCENES: &[(&str, Scene)] = &[
    ("assessment", assessment),
    ("mobilize", mobilize),
    ("collect", collect),
    ("lab", lab),
    ("test-freeze", test_freeze),
    ("conditioning", conditioning),
    ("infusion", infusion),
    ("engraftment", engraftment),
    ("follow-up", follow_up),
];

fn assessment() -> Html {
    html! {
        <g>
            { person(90, 70) }
            { carer(310, 60) }
            { checklist(154, 60, 3) }
        </g>
    }
}

fn mobilize() -> Html {
    html! {
        <g>
            { bone(200, 70) }
            { cells(170, 70, 3, false) }
            { vessel(40, 360, 180) }
            { arrow(220, 98, 240, 160) }
            { cell(250, 180, false) }
            { cell(300, 180, false) }
        </g>
    }
}

fn collect() -> Html {
    html! {
        <g>
            { person(60, 60) }
            { arm(96, 140, 60) }
            { line(150, 140, 170, 80) }
            { machine(170, 40) }
            { line(260, 120, 320, 96) }
            { bag(320, 96, class::STEM) }
            { cell(320, 146, false) }
        </g>
    }
}

fn lab() -> Html {
    html! {
        <g>
            { dish(130, 130) }
            { cells(110, 130, 5, false) }
            // One vector particle has reached a cell and holds on to it.
            { vector(142, 117) }
            { vector(176, 140) }
            { vector(86, 160) }
            { arrow(226, 120, 262, 120) }
            { nucleus_with_gene(320, 120) }
        </g>
    }
}

fn test_freeze() -> Html {
    html! {
        <g>
            { bag(70, 40, class::CHANGED) }
            { checklist(120, 50, 3) }
            { arrow(228, 120, 262, 120) }
            { freezer(280, 45) }
            { bag(328, 110, class::CHANGED) }
        </g>
    }
}

fn conditioning() -> Html {
    html! {
        <g>
            { chemo_drip() }
            { bone(280, 110) }
            <g opacity="0.35">{ cells(260, 110, 5, false) }</g>
        </g>
    }
}

fn infusion() -> Html {
    html! {
        <g>
            { drip_stand(70, 220) }
            { bag(70, 30, class::CHANGED) }
            { line(70, 110, 160, 170) }
            { arm(150, 170, 200) }
            { cell(230, 170, true) }
            { cell(290, 170, true) }
        </g>
    }
}

fn engraftment() -> Html {
    html! {
        <g>
            { bone(140, 90) }
            { cells(130, 90, 5, true) }
            { arrow(176, 112, 184, 170) }
            { vessel(40, 240, 190) }
            { blood_cells(80, 190) }
            { blood_cells(160, 190) }
            <g transform="translate(270 50)">
                <rect width="110" height="150" rx="6" class={class::PAPER} />
                { for [30, 55, 85, 115].iter().enumerate().map(|(i, h)| html! {
                    <rect x={(12 + i as i32 * 24).to_string()} y={(140 - h).to_string()}
                        width="16" height={h.to_string()} class={class::CHANGED} />
                }) }
            </g>
        </g>
    }
}

fn follow_up() -> Html {
    html! {
        <g>
            <line x1="20" y1="150" x2="380" y2="150" class={class::OUTLINE} stroke-width="4" />
            { for (0..6).map(|i| {
                let x = 40 + i * 64;
                html! {
                    <g transform={format!("translate({x} 150)")}>
                        <circle r="10" class={class::PAPER} />
                        <path d="M-5 0 l4 5 l7 -9" class={class::ACCENT} fill="none" stroke-width="3" />
                        <rect x="-6" y="-70" width="12" height="44" rx="6" class={class::BLOOD} opacity="0.8" />
                    </g>
                }
            }) }
        </g>
    }
}

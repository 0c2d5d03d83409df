//! The ex vivo pathway's scenes. The same cells move on from scene to scene: out of the
//! marrow, into the machine and its bag, into the lab dish, the freezer, back through
//! the drip and into the marrow.

use yew::prelude::*;

use super::{frames, gone_at, label, label_on, to, Actor, Flow, Scene, CHEMO_DRIPS, GONE, HOME};
use crate::diagram::palette::class;
use crate::diagram::parts::*;

/// This pathway's scenes, by the diagram id the content uses.
pub const SCENES: &[(&str, Scene)] = &[
    ("assessment", ASSESSMENT),
    ("mobilize", MOBILIZE),
    ("collect", COLLECT),
    ("lab", LAB),
    ("test-freeze", TEST_FREEZE),
    ("conditioning", CONDITIONING),
    ("infusion", INFUSION),
    ("engraftment", ENGRAFTMENT),
    ("follow-up", FOLLOW_UP),
    // Products whose method differs (`scenes` in content/therapies/ex-vivo.toml).
    ("lab-edit", LAB_EDIT),
    ("collect-t-cells", COLLECT_T_CELLS),
    ("lab-car-t", LAB_CAR_T),
];

/// The patient meets the care team; blood samples go for testing; the checks are ticked
/// off one after another.
const ASSESSMENT: Scene = Scene {
    draw: || html! { <g>{ person(90, 70) }{ carer(310, 60) }{ clipboard(154, 60, 3) }</g> },
    labels: &[
        label_on("part-you", 90, 196),
        label_on("part-care-team", 310, 196),
        label_on("part-checks", 200, 34),
    ],
    flows: &[
        // Samples keep going from the patient to the care team for tests.
        Flow {
            draw: || html! { <rect x="122" y="172" width="10" height="26" rx="5" class={class::BLOOD} opacity="0.8" /> },
            path: &[(0, 0), (80, 12), (166, 0)],
            during: frames(&[0, 1]),
            copies: 2,
        },
    ],
    actors: &[
        Actor { draw: || ticks(154, 60, 0..1), poses: &[GONE, HOME, HOME] },
        Actor { draw: || ticks(154, 60, 1..3), poses: &[GONE, GONE, HOME] },
    ],
};

/// Stem cells leave the marrow for the blood.
const MOBILIZE: Scene = Scene {
    draw: || html! { <g>{ bone(200, 70) }{ vessel(40, 360, 180) }{ arrow(220, 98, 240, 160) }</g> },
    labels: &[
        label("part-bone-marrow", 328, 16, 250, 62),
        label_on("part-bone", 64, 30),
        label_on("part-blood-vessel", 200, 216),
    ],
    flows: &[
        // Stem cells keep leaving the marrow for the blood, and flow on in it.
        Flow {
            draw: || cell(200, 80, false),
            path: &[(0, 0), (20, 40), (40, 100), (130, 100)],
            during: frames(&[1, 2]),
            copies: 3,
        },
    ],
    actors: &[
        Actor { draw: || cells(170, 70, 3, false), poses: &[HOME, to(60, 108), to(150, 110)] },
        Actor { draw: || cells(214, 66, 2, false), poses: &[HOME, HOME, to(44, 112)] },
    ],
};

/// Blood from the arm runs through the machine; stem cells gather in the bag.
const COLLECT: Scene = Scene {
    draw: || {
        html! {
            <g>
                { person(60, 60) }{ arm(96, 140, 60) }{ line(150, 140, 170, 80) }
                <path d="M200 150 C200 205 126 205 126 149" class={class::LINE} fill="none" stroke-width="3" />
                { machine(170, 40) }{ line(260, 120, 320, 96) }{ bag(320, 96, class::BAG) }
            </g>
        }
    },
    labels: &[
        label_on("part-you", 60, 196),
        label_on("part-apheresis-machine", 215, 24),
        label_on("part-collection-bag", 320, 192),
    ],
    flows: &[
        BLOOD_OUT,
        BLOOD_BACK,
        // What the machine keeps goes on into the bag.
        Flow { draw: || cell(260, 120, false), path: TO_BAG, during: frames(&[1, 2]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || cell(140, 140, false), poses: &[HOME, to(75, -26), gone_at(180, 2)] },
        Actor { draw: || cell(320, 146, false), poses: &[GONE, GONE, HOME] },
        Actor {
            draw: || html! { <rect x="302" y="126" width="36" height="36" rx="6" class={class::STEM} /> },
            poses: &[GONE, GONE, HOME],
        },
    ],
};

/// In the dish, vector particles reach the cells; the new gene ends up in a chromosome.
const LAB: Scene = Scene {
    draw: || html! { <g>{ dish(130, 130) }{ arrow(226, 120, 262, 120) }{ nucleus(320, 120) }</g> },
    labels: &[
        label_on("part-lab-dish", 130, 204),
        label("part-chromosome", 312, 30, 306, 106),
        label("part-cell-nucleus", 320, 204, 320, 150),
    ],
    flows: &[
        // Vector particles keep reaching the cells.
        Flow { draw: || vector(200, 60), path: TO_DISH_CELLS, during: frames(&[0, 1]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || cells(110, 130, 5, false), poses: &[HOME, HOME, GONE] },
        Actor { draw: || cells(110, 130, 5, true), poses: &[GONE, GONE, HOME] },
        Actor {
            draw: || html! { <g>{ vector(142, 117) }{ vector(128, 140) }{ vector(92, 124) }</g> },
            poses: &[to(60, -60), HOME, gone_at(0, 0)],
        },
        Actor { draw: || new_gene(320, 120), poses: &[GONE, GONE, HOME] },
    ],
};

/// A drop of blood at the arm's end of the tube to the machine.
fn blood_drop() -> Html {
    blood_drop_at(150, 140)
}

/// A drop of blood at (`x`, `y`).
fn blood_drop_at(x: i32, y: i32) -> Html {
    html! { <ellipse cx={x.to_string()} cy={y.to_string()} rx="5" ry="4" class={class::BLOOD} /> }
}

/// Blood out of the arm, through the machine, and back to the arm: the apheresis loop, the
/// same whichever cells the machine keeps.
const BLOOD_OUT: Flow = Flow { draw: blood_drop, path: OUT_TUBE, during: frames(&[0, 1, 2]), copies: 3 };
const BLOOD_BACK: Flow =
    Flow { draw: || blood_drop_at(200, 150), path: BACK_TUBE, during: frames(&[0, 1, 2]), copies: 3 };

/// The tube from the arm (150, 140) into the machine, as points along its curve.
const OUT_TUBE: &[(i32, i32)] = &[(0, 0), (3, 10), (10, -22), (17, -59), (20, -60), (40, -60)];
/// The tube from the machine (200, 150) back to the arm, a loop under it.
const BACK_TUBE: &[(i32, i32)] = &[(0, 0), (-12, 31), (-37, 41), (-62, 31), (-74, -1)];
/// From the machine (260, 120) along the tube and down into the bag.
const TO_BAG: &[(i32, i32)] = &[(0, 0), (9, 16), (30, -4), (51, -29), (60, -24), (60, 10)];
/// From above the dish (200, 60) down to the cells in it.
const TO_DISH_CELLS: &[(i32, i32)] = &[(0, 0), (-40, 30), (-78, 62)];

/// Gene editing (Casgevy): an editing tool goes into the stem cells; in the nucleus it
/// finds one place in a chromosome and changes it there. No gene is added.
const LAB_EDIT: Scene = Scene {
    draw: || html! { <g>{ dish(130, 130) }{ arrow(226, 120, 262, 120) }{ nucleus(320, 120) }</g> },
    labels: &[
        label_on("part-lab-dish", 130, 204),
        label("part-chromosome", 312, 30, 306, 106),
        label("part-cell-nucleus", 320, 204, 320, 150),
    ],
    flows: &[
        // Editing tools keep reaching the cells.
        Flow { draw: || editor(200, 60), path: TO_DISH_CELLS, during: frames(&[0, 1]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || cells(110, 130, 5, false), poses: &[HOME, HOME, GONE] },
        Actor { draw: || cells(110, 130, 5, true), poses: &[GONE, GONE, HOME] },
        Actor {
            draw: || html! { <g>{ editor(144, 116) }{ editor(126, 142) }{ editor(90, 122) }</g> },
            poses: &[to(60, -60), HOME, gone_at(0, 0)],
        },
        // At the chosen place of a chromosome: the tool, then the changed piece.
        Actor { draw: || editor(334, 98), poses: &[GONE, HOME, GONE] },
        Actor { draw: || edited(320, 120), poses: &[GONE, GONE, HOME] },
    ],
};

/// CAR-T: a machine collects T cells from the blood into a bag (no stem cells, no
/// mobilizing medicine).
const COLLECT_T_CELLS: Scene = Scene {
    draw: COLLECT.draw,
    labels: COLLECT.labels,
    flows: &[
        BLOOD_OUT,
        BLOOD_BACK,
        // What the machine keeps goes on into the bag.
        Flow { draw: || t_cell(260, 120, false), path: TO_BAG, during: frames(&[1, 2]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || t_cell(140, 140, false), poses: &[HOME, to(75, -26), gone_at(180, 2)] },
        Actor { draw: || t_cell(320, 146, false), poses: &[GONE, GONE, HOME] },
        Actor {
            draw: || html! { <rect x="302" y="126" width="36" height="36" rx="6" class={class::T_CELL} /> },
            poses: &[GONE, GONE, HOME],
        },
    ],
};

/// CAR-T: in the dish the person's T cells are changed (a green band: the sources say
/// their genes are changed, not how); each then gains a new ability, drawn as Y shapes.
const LAB_CAR_T: Scene = Scene {
    draw: || html! { <g>{ dish(130, 130) }{ arrow(226, 120, 262, 120) }{ big_cell(320, 120, class::T_CELL) }</g> },
    labels: &[
        label_on("part-lab-dish", 130, 204),
        label("part-chromosome", 312, 30, 306, 106),
        label("part-t-cell", 320, 218, 320, 166),
    ],
    flows: &[
        // The gene change (green, like every change) goes into the T cells.
        Flow { draw: || edited(186, 72), path: TO_DISH_CELLS, during: frames(&[1]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || t_cells(110, 130, 5, false), poses: &[HOME, HOME, GONE] },
        Actor { draw: || t_cells(110, 130, 5, true), poses: &[GONE, GONE, HOME] },
        Actor { draw: || edited(320, 120), poses: &[GONE, HOME, HOME] },
        Actor { draw: || receptors(320, 120), poses: &[GONE, GONE, HOME] },
    ],
};

/// The place in a chromosome that editing changed, in the nucleus at (`x`, `y`): a green,
/// white-edged band where a vector's new gene would sit (nothing is added).
fn edited(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <rect x="3" y="-14" width="20" height="10" rx="3" class={class::PAPER} />
            <rect x="5" y="-12" width="16" height="6" rx="2" class={class::CHANGED} />
        </g>
    }
}

/// The receptors on the edge of the large T cell at (`x`, `y`): Y shapes pointing out.
fn receptors(x: i32, y: i32) -> Html {
    const Y: &str = "M0 -46V-56L-7 -63M0 -56L7 -63";
    html! {
        <g transform={at(x, y)} class={class::EDGE} fill="none" stroke-width="4">
            { for (0..6).map(|i| html! { <path d={Y} transform={format!("rotate({})", i * 60)} /> }) }
        </g>
    }
}

/// The bag of changed cells is checked, then goes into the freezer.
const TEST_FREEZE: Scene = Scene {
    draw: || html! { <g>{ clipboard(120, 50, 3) }{ arrow(228, 120, 262, 120) }{ freezer(280, 45) }</g> },
    labels: &[label_on("part-quality-checks", 166, 182), label_on("part-freezer", 328, 214)],
    flows: &[
        // Cold mist rises from the tank once the bag is in.
        Flow {
            draw: || html! { <circle cx="300" cy="52" r="5" class={class::COLD} /> },
            path: &[(0, 0), (-4, -16), (2, -34)],
            during: frames(&[2]),
            copies: 2,
        },
        Flow {
            draw: || html! { <circle cx="358" cy="50" r="5" class={class::COLD} /> },
            path: &[(0, 0), (4, -16), (-2, -32)],
            during: frames(&[2]),
            copies: 2,
        },
    ],
    actors: &[
        Actor { draw: || bag(70, 40, class::CHANGED), poses: &[HOME, HOME, to(258, 70)] },
        Actor { draw: || ticks(120, 50, 0..3), poses: &[GONE, HOME, HOME] },
    ],
};

/// Chemotherapy runs in through the drip; the old marrow cells fade.
const CONDITIONING: Scene = Scene {
    draw: || html! { <g>{ chemo_drip() }{ bone(300, 80) }</g> },
    labels: &[
        label("part-chemotherapy", 150, 24, 84, 50),
        label("part-bone-marrow", 304, 138, 300, 98),
        label_on("part-you", 216, 226),
    ],
    flows: &[CHEMO_DRIPS],
    actors: &[
        Actor { draw: drop_of_medicine, poses: &[HOME, to(46, 88), gone_at(150, 90)] },
        Actor { draw: || cells(280, 80, 5, false), poses: &[HOME, HOME, GONE] },
    ],
};

/// A drop of medicine leaving the drip bag (hung at x 60).
fn drop_of_medicine() -> Html {
    html! { <circle cx="60" cy="104" r="6" class={class::DRUG} /> }
}

/// The thawed cells run from the bag down the line into the vein.
const INFUSION: Scene = Scene {
    draw: || {
        html! {
            <g>
                { drip_stand(70, 220) }{ bag(70, 30, class::CHANGED) }
                { line(70, 110, 160, 170) }{ arm(150, 170, 150) }{ person(330, 100) }
            </g>
        }
    },
    labels: &[
        label("part-drip", 210, 64, 96, 74),
        label_on("part-arm-vein", 210, 200),
        label_on("part-you", 330, 226),
    ],
    flows: &[
        // Changed cells run down the line and on along the vein.
        Flow {
            draw: || cell(70, 110, true),
            path: &[(0, 0), (45, 38), (90, 60), (200, 60)],
            during: frames(&[0, 1, 2]),
            copies: 3,
        },
    ],
    actors: &[
        Actor { draw: || cell(70, 104, true), poses: &[HOME, to(86, 66), to(160, 66)] },
        Actor { draw: || cell(70, 104, true), poses: &[GONE, HOME, to(220, 66)] },
    ],
};

/// The changed cells settle in the marrow, then new blood cells and counts appear.
const ENGRAFTMENT: Scene = Scene {
    draw: || {
        html! {
            <g>
                { bone(140, 90) }{ arrow(176, 112, 184, 170) }{ vessel(40, 240, 190) }
                <rect x="270" y="50" width="110" height="150" rx="6" class={class::PAPER} />
            </g>
        }
    },
    labels: &[
        label("part-bone-marrow", 70, 30, 110, 82),
        label_on("part-blood-vessel", 140, 222),
        label_on("part-blood-counts", 325, 30),
    ],
    flows: &[
        // Changed cells travel in the blood to the marrow and settle there.
        Flow {
            draw: || cell(60, 190, true),
            path: &[(0, 0), (110, 0), (90, -96)],
            during: frames(&[0]),
            copies: 2,
        },
    ],
    actors: &[
        Actor { draw: || cells(130, 90, 5, true), poses: &[to(0, 100), HOME, HOME] },
        Actor {
            draw: || html! { <g>{ blood_cells(80, 190) }{ blood_cells(160, 190) }</g> },
            poses: &[GONE, GONE, HOME],
        },
        Actor { draw: || count_bars(0..2), poses: &[GONE, HOME, HOME] },
        Actor { draw: || count_bars(2..4), poses: &[GONE, GONE, HOME] },
    ],
};

/// The bars of the blood count chart (at 270, 50), the ones in `range`.
fn count_bars(range: std::ops::Range<usize>) -> Html {
    const HEIGHTS: [i32; 4] = [30, 55, 85, 115];
    html! {
        <g transform="translate(270 50)">
            { for range.map(|i| html! {
                <rect x={(12 + i as i32 * 24).to_string()} y={(140 - HEIGHTS[i]).to_string()}
                    width="16" height={HEIGHTS[i].to_string()} class={class::CHANGED} />
            }) }
        </g>
    }
}

/// Check-ups along a line of years: a marker walks along, each visit ticked.
const FOLLOW_UP: Scene = Scene {
    draw: || {
        html! {
            <g>
                <line x1="20" y1="150" x2="380" y2="150" class={class::OUTLINE} stroke-width="4" />
                { for (0..6).map(|i| html! { <circle cx={(40 + i * 64).to_string()} cy="150" r="10" class={class::PAPER} /> }) }
            </g>
        }
    },
    labels: &[label_on("part-check-ups", 200, 190)],
    flows: &[
        // Time goes on along the years of check-ups.
        Flow {
            draw: || html! { <circle cx="20" cy="150" r="6" class={class::ACCENT} /> },
            path: &[(0, 0), (360, 0)],
            during: frames(&[0, 1, 2]),
            copies: 1,
        },
    ],
    actors: &[
        Actor { draw: || visits(0..2), poses: &[GONE, HOME, HOME] },
        Actor { draw: || visits(2..6), poses: &[GONE, GONE, HOME] },
        Actor {
            draw: || html! { <polygon points="40,120 32,106 48,106" class={class::ACCENT} /> },
            poses: &[HOME, to(64, 0), to(320, 0)],
        },
    ],
};

/// The ticks and blood tests of check-ups number `range` on the follow-up line.
fn visits(range: std::ops::Range<i32>) -> Html {
    html! {
        <g>
            { for range.map(|i| html! {
                <g transform={at(40 + i * 64, 150)}>
                    <path d="M-5 0 l4 5 l7 -9" class={class::ACCENT} fill="none" stroke-width="3" />
                    <rect x="-6" y="-70" width="12" height="44" rx="6" class={class::BLOOD} opacity="0.8" />
                </g>
            }) }
        </g>
    }
}

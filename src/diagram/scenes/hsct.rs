//! The hsct pathway's scenes: a stem-cell transplant from a donor, drawn to compare with
//! gene therapy. The patient's own cells are purple (`cell(.., false)`), cells changed by
//! gene therapy green (`cell(.., true)`), and the donor's cells orange with a pale ring
//! (`parts::donor_cell`), so they differ by shape as well as colour.

use yew::prelude::*;

use super::{frames, gone_at, label, label_on, to, Actor, Flow, Scene, CHEMO_DRIPS, GONE, HOME};
use crate::diagram::palette::class;
use crate::diagram::parts::*;

/// This pathway's scenes, by the diagram id the content uses.
pub const SCENES: &[(&str, Scene)] = &[
    ("hsct-donor-search", DONOR_SEARCH),
    ("hsct-donor-collection", DONOR_COLLECTION),
    ("hsct-conditioning", CONDITIONING),
    ("hsct-infusion", INFUSION),
    ("hsct-engraftment", ENGRAFTMENT),
    ("hsct-first-100-days", FIRST_100_DAYS),
    ("hsct-long-term", LONG_TERM),
];

/// A cluster of donor cells around (`x`, `y`), laid out like `parts::cells`.
fn donor_cells(x: i32, y: i32, count: usize) -> Html {
    const OFFSETS: [(i32, i32); 5] = [(0, 0), (20, -8), (-20, 6), (10, 16), (-12, -16)];
    html! { { for OFFSETS.iter().take(count).map(|(dx, dy)| donor_cell(x + dx, y + dy)) } }
}

/// The shape of one HLA marker.
#[derive(Clone, Copy)]
enum Marker {
    Triangle,
    Square,
    Circle,
    Diamond,
}

/// One HLA marker centred on (`x`, `y`).
fn marker(kind: Marker, x: i32, y: i32) -> Html {
    let shape = match kind {
        Marker::Triangle => html! { <polygon points="0,-7 7,6 -7,6" class={class::OUTLINE} /> },
        Marker::Square => html! { <rect x="-6" y="-6" width="12" height="12" class={class::OUTLINE} /> },
        Marker::Circle => html! { <circle r="6" class={class::OUTLINE} /> },
        Marker::Diamond => html! { <polygon points="0,-8 7,0 0,8 -7,0" class={class::OUTLINE} /> },
    };
    html! { <g transform={at(x, y)}>{ shape }</g> }
}

/// A cell drawn large at (`x`, `y`), the patient's (purple) or a donor's (orange, with
/// the pale ring), with three HLA markers on its top edge.
fn hla_cell(x: i32, y: i32, donor: bool, markers: [Marker; 3]) -> Html {
    const SPOTS: [(i32, i32); 3] = [(-19, -18), (0, -26), (19, -18)];
    let fill = if donor { class::DONOR } else { class::STEM };
    html! {
        <g transform={at(x, y)}>
            <circle r="26" class={fill} />
            if donor {
                <circle r="14" class={class::PAPER} />
            }
            <circle r="9" class={class::NUCLEUS} />
            { for markers.iter().zip(SPOTS).map(|(m, (dx, dy))| marker(*m, dx, dy)) }
        </g>
    }
}

/// A tick at (`x`, `y`): a match, or a check passed.
fn tick(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <path d="M-9 0 l6 7 l12 -14" class={class::ACCENT} fill="none" stroke-width="4" />
        </g>
    }
}

/// A cross at (`x`, `y`): not a match, or not needed.
fn cross(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <path d="M-9 -9 l18 18 M9 -9 l-18 18" class={class::LINE} fill="none" stroke-width="4" />
        </g>
    }
}

/// A capsule of medicine at (`x`, `y`), tilted.
fn capsule(x: i32, y: i32) -> Html {
    html! {
        <g transform={format!("translate({x} {y}) rotate(-25)")}>
            <rect x="-16" y="-7" width="20" height="14" rx="7" class={class::DRUG} />
            <rect x="-4" y="-7" width="20" height="14" rx="7" class={class::PAPER} />
        </g>
    }
}

/// A coiled umbilical cord of `turns` coils, ending at (`x`, `y`), coming in from the left.
fn cord(x: i32, y: i32, turns: i32) -> Html {
    let coils: String = (0..turns).map(|i| if i % 2 == 0 { " q6 -12 12 0" } else { " q6 12 12 0" }).collect();
    let d = format!("M{} {y}{coils}", x - turns * 12);
    html! { <path d={d} class={class::LINE} fill="none" stroke-width="4" /> }
}

/// A small bag of umbilical cord blood with its top at (`x`, `y`), the cord beside it.
fn cord_blood(x: i32, y: i32) -> Html {
    html! {
        <g>
            { cord(x - 20, y + 26, 4) }
            <g transform={at(x, y)}>
                <rect x="-4" y="0" width="8" height="6" class={class::OUTLINE} />
                <rect x="-18" y="6" width="36" height="44" rx="8" class={class::BAG} />
                <rect x="-12" y="22" width="24" height="22" rx="4" class={class::BLOOD} />
            </g>
        </g>
    }
}

/// A blood drop at (`x`, `y`).
fn blood_drop(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <path d="M0 -10 C5 -4 8 0 8 4 A8 8 0 0 1 -8 4 C-8 0 -5 -4 0 -10 Z" class={class::BLOOD} />
        </g>
    }
}

/// Where the days of a calendar sit, on a grid of `cols` columns.
const DAY_STEP: i32 = 13;

/// A wall calendar with its top-left at (`x`, `y`): `cols` × `rows` days, the first one
/// marked if `marked`.
fn calendar(x: i32, y: i32, cols: i32, rows: i32, marked: bool) -> Html {
    let width = cols * DAY_STEP + 14;
    let height = rows * DAY_STEP + 34;
    html! {
        <g transform={at(x, y)}>
            <rect width={width.to_string()} height={height.to_string()} rx="6" class={class::PAPER} />
            <rect width={width.to_string()} height="18" rx="6" class={class::ACCENT} />
            { days(0, 0, cols, 0..rows * cols, class::MUTED) }
            if marked {
                { days(0, 0, cols, 0..1, class::ACCENT) }
            }
        </g>
    }
}

/// The squares of days `range` (0-based) of the calendar at (`x`, `y`), in `fill`.
fn days(x: i32, y: i32, cols: i32, range: std::ops::Range<i32>, fill: &'static str) -> Html {
    html! {
        <g transform={at(x, y)}>
            { for range.map(|i| html! {
                <rect x={(8 + (i % cols) * DAY_STEP).to_string()} y={(26 + (i / cols) * DAY_STEP).to_string()}
                    width="10" height="10" rx="2" class={fill} />
            }) }
        </g>
    }
}
/// The patient's HLA markers, and the two registry cards whose markers differ.
const PATIENT_HLA: [Marker; 3] = [Marker::Triangle, Marker::Square, Marker::Circle];
const LEFT_HLA: [Marker; 3] = [Marker::Triangle, Marker::Diamond, Marker::Circle];
const RIGHT_HLA: [Marker; 3] = [Marker::Diamond, Marker::Square, Marker::Triangle];

/// A donor's card from the registry, centred on `x`: an orange cell with its markers.
/// A card that does not match is faded and crossed out.
fn card(x: i32, markers: [Marker; 3], ruled_out: bool) -> Html {
    let opacity = if ruled_out { "0.45" } else { "1" };
    html! {
        <g opacity={opacity}>
            <rect x={(x - 35).to_string()} y="20" width="70" height="146" rx="6" class={class::PAPER} />
            { hla_cell(x, 82, true, markers) }
            if ruled_out {
                { cross(x, 136) }
            }
        </g>
    }
}

/// The patient's cell and its markers; cards come up out of the registry and are compared
/// with it (more keep coming up from the drawers): the two that differ are crossed out,
/// then the one that is the same is ticked.
const DONOR_SEARCH: Scene = Scene {
    draw: || {
        html! {
            <g>
                { person(60, 118) }
                { hla_cell(60, 70, false, PATIENT_HLA) }
                { arrow(96, 70, 138, 70) }
                // The registry: a cabinet of drawers the cards come from.
                <rect x="146" y="176" width="238" height="50" rx="6" class={class::MACHINE} />
                { for [186, 266, 346].iter().map(|x| html! {
                    <rect x={(x - 24).to_string()} y="194" width="48" height="14" rx="4" class={class::PAPER} />
                }) }
            </g>
        }
    },
    labels: &[
        label_on("part-you", 128, 134),
        label("part-tissue-markers", 160, 26, 80, 44),
        label_on("part-donor-registry", 262, 158),
    ],
    flows: &[
        // Cards keep coming up out of the registry's drawers: the search goes on.
        Flow {
            draw: || html! { <rect x="174" y="186" width="24" height="30" rx="3" class={class::PAPER} /> },
            path: &[(0, 0), (0, -30)],
            during: frames(&[0, 1]),
            copies: 2,
        },
    ],
    actors: &[
        Actor {
            draw: || html! { <g>{ card(185, LEFT_HLA, false) }{ card(345, RIGHT_HLA, false) }</g> },
            poses: &[gone_at(0, 30), HOME, GONE, GONE],
        },
        Actor {
            draw: || html! { <g>{ card(185, LEFT_HLA, true) }{ card(345, RIGHT_HLA, true) }</g> },
            poses: &[GONE, GONE, HOME, HOME],
        },
        Actor { draw: || card(265, PATIENT_HLA, false), poses: &[gone_at(0, 30), HOME, HOME, HOME] },
        Actor { draw: || tick(265, 136), poses: &[GONE, GONE, GONE, HOME] },
    ],
};

/// The donor's stem cells leave the marrow, the blood or the cord blood and gather in
/// one bag.
const DONOR_COLLECTION: Scene = Scene {
    draw: || {
        html! {
            <g>
                { person(52, 70) }
                { donor_cell(64, 140) }
                { bone(206, 58) }
                { vessel(118, 296, 140) }
                { cord_blood(218, 172) }
                { arrow(300, 64, 332, 110) }
                { arrow(300, 140, 332, 140) }
                { arrow(240, 200, 332, 168) }
                { bag(360, 92, class::BAG) }
                { donor_cell(360, 190) }
            </g>
        }
    },
    labels: &[
        label_on("part-donor", 60, 196),
        label("part-bone-marrow", 80, 28, 140, 55),
        label_on("part-cord-blood", 100, 222),
        label_on("part-collection-bag", 318, 218),
    ],
    flows: &[
        // The donor's cells keep flowing along the vessel towards the bag.
        Flow { draw: || donor_cell(130, 140), path: &[(0, 0), (166, 0)], during: frames(&[0, 1]), copies: 3 },
    ],
    actors: &[
        // One cell from each source: along its arrow, then into the bag (centre 360, 140).
        Actor { draw: || donor_cell(244, 58), poses: &[HOME, to(72, 29), gone_at(116, 82)] },
        Actor { draw: || donor_cell(238, 140), poses: &[HOME, to(78, 0), gone_at(122, 0)] },
        Actor { draw: || donor_cell(218, 204), poses: &[HOME, to(68, -20), gone_at(142, -64)] },
        Actor {
            draw: || html! { <rect x="342" y="122" width="36" height="36" rx="6" class={class::DONOR} /> },
            poses: &[GONE, GONE, HOME],
        },
    ],
};

/// Where the patient's own marrow cells leave empty places for the donor's cells.
const EMPTY_PLACES: [(i32, i32); 3] = [(318, 72), (338, 88), (352, 70)];

/// Chemotherapy runs in from the drip; the patient's marrow cells fade, leaving room.
const CONDITIONING: Scene = Scene {
    draw: || html! { <g>{ chemo_drip() }{ bone(300, 80) }</g> },
    labels: &[
        label("part-chemotherapy", 150, 24, 84, 50),
        label("part-bone-marrow", 304, 138, 300, 98),
        label_on("part-you", 216, 226),
    ],
    flows: &[CHEMO_DRIPS],
    actors: &[
        Actor {
            draw: || html! { <circle cx="60" cy="104" r="6" class={class::DRUG} /> },
            poses: &[HOME, to(64, 92), gone_at(240, -24)],
        },
        Actor {
            draw: || {
                html! {
                    <g>
                        { cells(270, 80, 5, false) }
                        { for EMPTY_PLACES.iter().map(|(x, y)| cell(*x, *y, false)) }
                    </g>
                }
            },
            poses: &[HOME, HOME, GONE],
        },
        Actor {
            draw: || html! { <g opacity="0.3">{ cells(270, 80, 5, false) }</g> },
            poses: &[GONE, GONE, HOME],
        },
        Actor {
            draw: || {
                html! {
                    <g>
                        { for EMPTY_PLACES.iter().map(|(x, y)| html! {
                            <circle cx={x.to_string()} cy={y.to_string()} r="9" class={class::PAPER} opacity="0.7" />
                        }) }
                    </g>
                }
            },
            poses: &[GONE, GONE, HOME],
        },
    ],
};

/// The donor's cells run from the bag down the line and along the vein; the calendar's
/// first day is marked.
const INFUSION: Scene = Scene {
    draw: || {
        html! {
            <g>
                { drip_stand(70, 220) }
                { bag(70, 30, class::DONOR) }
                { line(70, 110, 160, 170) }
                { arm(150, 170, 150) }
                { person(330, 104) }
                { calendar(276, 4, 7, 4, false) }
            </g>
        }
    },
    labels: &[
        label("part-drip", 175, 64, 96, 74),
        label_on("part-arm-vein", 212, 200),
        label_on("part-you", 330, 228),
    ],
    flows: &[
        // The donor's cells run down the line and on along the vein.
        Flow {
            draw: || donor_cell(70, 110),
            path: &[(0, 0), (45, 38), (90, 60), (220, 60)],
            during: frames(&[0, 1, 2]),
            copies: 3,
        },
    ],
    actors: &[
        Actor { draw: || donor_cell(70, 104), poses: &[HOME, to(86, 66), to(160, 66)] },
        Actor { draw: || donor_cell(70, 104), poses: &[GONE, HOME, to(220, 66)] },
        Actor { draw: || days(276, 4, 7, 0..1, class::ACCENT), poses: &[GONE, GONE, HOME] },
    ],
};

/// The engraftment chart's x for day `d`: 0 to 6 weeks at 3 units a day, from x = 260.
const fn day(d: i32) -> i32 {
    260 + d * 3
}

/// The donor's cells come in with the blood, settle in the marrow and make new blood
/// cells; then the chart shows how long settling takes; last, the risk: donor cells go
/// for one of the patient's cells (GVHD).
const ENGRAFTMENT: Scene = Scene {
    draw: || {
        html! {
            <g>
                { bone(120, 70) }
                { arrow(150, 96, 156, 146) }
                { vessel(20, 212, 170) }
                <rect x="226" y="40" width="168" height="160" rx="6" class={class::PAPER} />
                // Marrow or blood, and cord blood: the bars' labels.
                { blood_drop(244, 92) }
                { cord(254, 138, 2) }
                // The scale: a tick at every week, numbered 0 to 6 (numbers only, so the
                // markup needs no translation; the description names the unit).
                <line x1={day(0).to_string()} y1="172" x2={day(42).to_string()} y2="172" class={class::LINE} stroke-width="2" />
                { for (0..7).map(|w| html! {
                    <g>
                        <line x1={day(w * 7).to_string()} y1="166" x2={day(w * 7).to_string()} y2="178"
                            class={class::LINE} stroke-width="2" />
                        <text x={day(w * 7).to_string()} y="194" text-anchor="middle" class="gte-d-text">
                            { w.to_string() }
                        </text>
                    </g>
                }) }
            </g>
        }
    },
    labels: &[
        label("part-bone-marrow", 62, 134, 80, 72),
        label_on("part-blood-vessel", 110, 204),
        label_on("part-blood-counts", 310, 24),
    ],
    flows: &[
        // The donor's cells travel in the blood to the marrow and settle there.
        Flow {
            draw: || donor_cell(40, 170),
            path: &[(0, 0), (100, 0), (80, -96)],
            during: frames(&[0]),
            copies: 2,
        },
        // The risk (GVHD): the donor's immune cells keep coming at the patient's own cell.
        Flow { draw: || donor_cell(190, 226), path: &[(0, 0), (-124, 0)], during: frames(&[3]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || donor_cells(116, 70, 5), poses: &[to(-40, 100), HOME, HOME, HOME] },
        Actor {
            draw: || html! { <g>{ blood_cells(46, 170) }{ blood_cells(126, 170) }</g> },
            poses: &[gone_at(-30, 0), HOME, HOME, HOME],
        },
        Actor {
            draw: || {
                html! {
                    <g>
                        // Marrow or blood: 10 to 21 days.
                        <rect x={day(10).to_string()} y="84" width={(day(21) - day(10)).to_string()} height="16" rx="4" class={class::DONOR} />
                        // Cord blood: up to 6 weeks.
                        <rect x={day(0).to_string()} y="132" width={(day(42) - day(0)).to_string()} height="12" rx="4" class={class::DONOR} opacity="0.5" />
                        <rect x={(day(42) - 4).to_string()} y="126" width="4" height="24" class={class::DONOR} />
                    </g>
                }
            },
            poses: &[GONE, GONE, HOME, HOME],
        },
        // The risk: a donor immune cell meets one of the patient's own cells (GVHD).
        Actor {
            draw: || html! { <circle cx="40" cy="226" r="9" class={class::STEM} /> },
            poses: &[GONE, GONE, GONE, HOME],
        },
        // One of the donor's immune cells, at the patient's cell (more keep coming: a flow).
        Actor { draw: || donor_cell(66, 226), poses: &[GONE, GONE, GONE, HOME] },
        Actor {
            draw: || html! { <path d="M51 212 l4 8 l-8 2 l6 6 l-6 6" class={class::ACCENT} fill="none" stroke-width="3" /> },
            poses: &[GONE, GONE, GONE, HOME],
        },
    ],
};

/// The 100-day calendar (top-left, columns and rows).
const DAYS_AT: (i32, i32) = (16, 30);
const DAYS_COLS: i32 = 10;

/// Days pass on the calendar; the patient takes medicines; the care team comes close.
const FIRST_100_DAYS: Scene = Scene {
    draw: || {
        html! {
            <g>
                { calendar(DAYS_AT.0, DAYS_AT.1, DAYS_COLS, 10, true) }
                { person(220, 70) }
            </g>
        }
    },
    labels: &[
        label_on("part-first-100-days", 88, 214),
        label_on("part-you", 218, 204),
        label_on("part-care-team", 345, 204),
    ],
    flows: &[
        // Today's square walks on through the calendar: the days go by.
        Flow {
            draw: || html! { <rect x="22" y="54" width="14" height="14" rx="3" class={class::ACCENT} fill="none" stroke-width="3" /> },
            path: &[(0, 0), (117, 0), (117, 13), (0, 13), (0, 26), (117, 26), (117, 39), (0, 39)],
            during: frames(&[1, 2]),
            copies: 1,
        },
    ],
    actors: &[
        Actor { draw: || days_gone(1..50), poses: &[GONE, HOME, HOME] },
        Actor { draw: || days_gone(50..100), poses: &[GONE, GONE, HOME] },
        Actor {
            draw: || html! { <g>{ capsule(200, 212) }{ capsule(238, 208) }</g> },
            poses: &[GONE, HOME, HOME],
        },
        Actor { draw: || carer(336, 60), poses: &[HOME, HOME, to(-24, 0)] },
    ],
};

/// Days `range` of the 100-day calendar, shaded as gone by.
fn days_gone(range: std::ops::Range<i32>) -> Html {
    html! { <g opacity="0.3">{ days(DAYS_AT.0, DAYS_AT.1, DAYS_COLS, range, class::ACCENT) }</g> }
}

/// Side by side: a donor's cell passes to the patient while a person's own cell is taken
/// out; it comes back changed. Then the medicines: they go on after the transplant, none
/// for gene therapy.
const LONG_TERM: Scene = Scene {
    draw: || {
        html! {
            <g>
                <line x1="200" y1="12" x2="200" y2="228" class={class::LINE} stroke-width="2" />
                // A transplant: from a donor to the patient.
                { person(52, 76) }
                { donor_cell(52, 146) }
                { person(148, 76) }
                { arrow(70, 34, 128, 34) }
                // Gene therapy: the person's own cell goes out and comes back changed.
                { person(300, 76) }
                { arrow(286, 76, 254, 44) }
                { arrow(258, 34, 334, 34) }
                { arrow(350, 48, 326, 92) }
            </g>
        }
    },
    labels: &[label_on("part-from-a-donor", 100, 222), label_on("part-own-cells", 300, 222)],
    flows: &[
        // After a transplant, the medicines go on: a capsule again and again.
        Flow { draw: || capsule(120, 200), path: &[(0, 0), (28, -96)], during: frames(&[3]), copies: 2 },
    ],
    actors: &[
        Actor { draw: || donor_cell(56, 34), poses: &[HOME, to(88, 0), to(88, 0), to(88, 0)] },
        // The person's own cell starts in their chest (300, 146), like the donor's badge.
        Actor { draw: || cell(244, 34, false), poses: &[to(56, 112), HOME, HOME, HOME] },
        Actor { draw: || cell(348, 34, true), poses: &[gone_at(-104, 0), gone_at(-104, 0), HOME, HOME] },
        Actor {
            draw: || {
                html! {
                    <g>
                        { capsule(80, 212) }
                        { capsule(120, 208) }
                        <g opacity="0.4">{ capsule(300, 210) }</g>
                        { cross(300, 210) }
                    </g>
                }
            },
            poses: &[GONE, GONE, GONE, HOME],
        },
    ],
};

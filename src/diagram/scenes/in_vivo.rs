//! The in vivo pathway's scenes: the vector goes straight into the body. The same vector
//! particles (a small shell around a piece of DNA) run through them: held by antibodies,
//! carried in by each route, into a cell, where the gene stays as a ring of DNA.

use yew::prelude::*;

use super::{frames, gone_at, label, label_on, to, Actor, Flow, Scene, GONE, HOME};
use crate::diagram::palette::class;
use crate::diagram::parts::*;

/// This pathway's scenes, by the diagram id the content uses.
pub const SCENES: &[(&str, Scene)] = &[
    ("iv-assessment", ASSESSMENT),
    ("iv-vector", VECTOR_KINDS),
    ("iv-preparation", PREPARATION),
    ("iv-delivery", DELIVERY),
    ("iv-entering-cells", ENTERING_CELLS),
    ("iv-making-protein", MAKING_PROTEIN),
    ("iv-monitoring", MONITORING),
    // Products whose route reaches other cells (`scenes` in content/therapies/in-vivo.toml).
    ("iv-entering-retina", ENTERING_RETINA),
    ("iv-entering-skin", ENTERING_SKIN),
    ("iv-protein-nerve", PROTEIN_NERVE),
    ("iv-protein-retina", PROTEIN_RETINA),
    ("iv-protein-skin", PROTEIN_SKIN),
];

/// `translate(x y) rotate(deg)` for a group.
fn turned(x: i32, y: i32, deg: i32) -> String {
    format!("translate({x} {y}) rotate({deg})")
}

/// A Y-shaped antibody with its stem at (`x`, `y`), its two arms pointing up when `deg` is 0.
fn antibody(x: i32, y: i32, deg: i32) -> Html {
    html! {
        <polygon transform={turned(x, y, deg)} class={class::WHITE_CELL}
            points="-3,30 3,30 3,2 12,-9 8,-12 0,-4 -8,-12 -12,-9 -3,2" />
    }
}

/// A short wavy piece of DNA (a gene) centred on (`x`, `y`).
fn gene(x: i32, y: i32) -> Html {
    let d = format!("M{} {y} q5 -7 10 0 q5 7 10 0", x - 10);
    html! { <path d={d} class={class::DNA} fill="none" stroke-width="3" /> }
}

/// A ring of DNA of radius `r` centred on (`x`, `y`).
fn ring(x: i32, y: i32, r: i32, width: i32) -> Html {
    let d = format!("M{} {y} a{r} {r} 0 1 0 {} 0 a{r} {r} 0 1 0 -{} 0", x - r, 2 * r, 2 * r);
    html! { <path d={d} class={class::DNA} fill="none" stroke-width={width.to_string()} /> }
}

/// A syringe whose needle tip is at (`x`, `y`); its body points along `deg` (0 = to the right).
fn syringe(x: i32, y: i32, deg: i32) -> Html {
    html! {
        <g transform={turned(x, y, deg)}>
            <line x1="0" y1="0" x2="16" y2="0" class={class::OUTLINE} stroke-width="2" />
            <rect x="16" y="-5" width="28" height="10" rx="2" class={class::PAPER} />
            <rect x="18" y="-3" width="16" height="6" class={class::VECTOR} />
            <line x1="44" y1="0" x2="54" y2="0" class={class::OUTLINE} stroke-width="3" />
            <line x1="54" y1="-6" x2="54" y2="6" class={class::OUTLINE} stroke-width="3" />
        </g>
    }
}

/// A drop of body fluid at (`x`, `y`) carrying a vector particle.
fn drop_with_vector(x: i32, y: i32, opacity: &'static str) -> Html {
    const DROP: &str = "M0 -18 C6 -8 12 0 12 6 A12 12 0 0 1 -12 6 C-12 0 -6 -8 0 -18 Z";
    html! {
        <g transform={at(x, y)} opacity={opacity}>
            <path d={DROP} class={class::COLD} />
            <path d={DROP} class={class::LINE} fill="none" stroke-width="1" />
            { vector(0, 5) }
        </g>
    }
}

/// The checks are ticked off one by one. Close up in a drop of blood, a vector particle
/// drifts in among three antibodies, which hold it from all sides; more keep drifting in.
const ASSESSMENT: Scene = Scene {
    draw: || {
        html! {
            <g>
                { person(70, 60) }
                { clipboard(128, 62, 3) }
                // A drop of blood, close up.
                <circle cx="312" cy="118" r="70" class={class::BLOOD} opacity="0.15" />
                <circle cx="312" cy="118" r="70" class={class::LINE} fill="none" stroke-width="2" />
            </g>
        }
    },
    labels: &[
        label_on("part-you", 70, 200),
        label_on("part-checks", 175, 36),
        label_on("part-drop-of-blood", 310, 210),
    ],
    flows: &[
        // More particles drift in and are held among the antibodies.
        Flow {
            draw: || vector(262, 118),
            path: &[(0, 0), (24, 8), (46, 0)],
            during: frames(&[1, 2]),
            copies: 2,
        },
    ],
    actors: &[
        Actor { draw: || ticks(128, 62, 0..1), poses: &[GONE, HOME, HOME] },
        Actor { draw: || ticks(128, 62, 1..3), poses: &[GONE, GONE, HOME] },
        Actor { draw: || big_vector(312, 118), poses: &[to(-40, 0), to(-14, 0), HOME] },
        // The antibodies appear around the particle's path; it drifts in between their arms.
        Actor {
            draw: || html! { <g>{ antibody(312, 151, 0) }{ antibody(286, 98, 127) }{ antibody(338, 98, -127) }</g> },
            poses: &[GONE, HOME, HOME],
        },
    ],
};

/// A vector particle drawn three times its size, centred on (`x`, `y`).
fn big_vector(x: i32, y: i32) -> Html {
    html! { <g transform={format!("translate({x} {y}) scale(3)")}>{ vector(0, 0) }</g> }
}

/// Three virus shells; a new gene drops into each (and keeps dropping into the AAV shell);
/// then the carriers that are not viruses.
const VECTOR_KINDS: Scene = Scene {
    draw: virus_shells,
    labels: &[
        label_on("part-aav", 70, 112),
        label("part-adenovirus", 120, 20, 172, 44),
        label_on("part-lentivirus", 330, 14),
    ],
    flows: &[
        // A new gene keeps dropping into the shell: a vector is a shell carrying a gene.
        Flow { draw: || gene(70, 30), path: &[(0, 0), (0, 40)], during: frames(&[1, 2]), copies: 1 },
    ],
    actors: &[
        Actor {
            draw: || html! { <g>{ gene(70, 70) }{ gene(200, 64) }{ gene(200, 78) }{ gene(330, 66) }</g> },
            poses: &[gone_at(0, -30), HOME, HOME],
        },
        Actor { draw: non_viral_carriers, poses: &[gone_at(0, 12), gone_at(0, 12), HOME] },
    ],
};

/// The three kinds of virus shell, empty, and the dashed line below them.
fn virus_shells() -> Html {
    const SPIKES: [(i32, i32); 6] = [(0, -54), (47, -27), (47, 27), (0, 54), (-47, 27), (-47, -27)];
    const KNOBS: [(i32, i32); 8] =
        [(42, 0), (30, 30), (0, 42), (-30, 30), (-42, 0), (-30, -30), (0, -42), (30, -30)];
    html! {
        <g>
            // AAV: a small six-sided shell.
            <polygon transform={at(70, 70)} points="0,-24 21,-12 21,12 0,24 -21,12 -21,-12" class={class::VECTOR} />
            // Adenovirus: a larger shell with spikes at its corners.
            <g transform={at(200, 70)}>
                { for SPIKES.iter().map(|(dx, dy)| html! {
                    <g>
                        <line x1="0" y1="0" x2={dx.to_string()} y2={dy.to_string()} class={class::OUTLINE} stroke-width="2" />
                        <circle cx={dx.to_string()} cy={dy.to_string()} r="4" class={class::VECTOR} />
                    </g>
                }) }
                <polygon points="0,-40 35,-20 35,20 0,40 -35,20 -35,-20" class={class::VECTOR} />
            </g>
            // Lentivirus: a round envelope around a cone-shaped core.
            <g transform={at(330, 70)}>
                { for KNOBS.iter().map(|(dx, dy)| html! {
                    <circle cx={dx.to_string()} cy={dy.to_string()} r="4" class={class::VECTOR} />
                }) }
                <circle r="38" class={class::VECTOR} opacity="0.45" />
                <polygon points="-16,-18 16,-18 7,20 -7,20" class={class::VECTOR} />
            </g>
            // Below the line: carriers that are not viruses.
            <line x1="20" y1="134" x2="380" y2="134" class={class::LINE} stroke-width="2" stroke-dasharray="6 6" />
        </g>
    }
}

/// A liposome (a fat bubble with the gene inside) and a plasmid (a ring of DNA holding it).
fn non_viral_carriers() -> Html {
    html! {
        <g>
            <circle cx="130" cy="186" r="36" class={class::DRUG} />
            <circle cx="130" cy="186" r="28" class={class::PAPER} />
            { gene(130, 186) }
            { ring(280, 186, 32, 5) }
            <rect x="270" y="150" width="20" height="8" rx="2" class={class::VECTOR} />
        </g>
    }
}

/// The steroid tablet; the arrow goes once around the clock; a vector particle comes to
/// rest beside an immune cell that stays calm; drops of the medicine travel to it.
const PREPARATION: Scene = Scene {
    draw: preparation,
    labels: &[
        label_on("part-you", 70, 40),
        label_on("part-steroid-tablet", 165, 206),
        label_on("part-immune-cell", 290, 186),
    ],
    flows: &[
        // The steroid medicine travels from the tablet to the immune cell, calming it.
        Flow {
            draw: || html! { <circle cx="92" cy="192" r="5" class={class::DRUG} /> },
            path: &[(0, 0), (90, 10), (176, -50)],
            during: frames(&[1, 2]),
            copies: 2,
        },
    ],
    actors: &[
        Actor {
            // The arc stops at the arrowhead's base; the head points along the circle.
            draw: || {
                html! {
                    <g>
                        <path d="M190 58 A42 42 0 1 1 150 88" class={class::ACCENT} fill="none" stroke-width="3" />
                        { arrowhead(154, 79, 144, 96) }
                    </g>
                }
            },
            poses: &[GONE, HOME, HOME],
        },
        Actor { draw: || big_vector(350, 130), poses: &[gone_at(30, 0), gone_at(30, 0), HOME] },
    ],
};

fn preparation() -> Html {
    html! {
        <g>
            { person(70, 60) }
            // A steroid tablet in front of the person.
            <g transform={turned(70, 198, -15)}>
                <rect x="-18" y="-8" width="36" height="16" rx="8" class={class::DRUG} />
                <rect x="-18" y="-8" width="36" height="16" rx="8" class={class::LINE} fill="none" stroke-width="1" />
                <line x1="0" y1="-8" x2="0" y2="8" class={class::LINE} stroke-width="1" />
            </g>
            // A clock: the arrow once around it (an actor) is the 24 hours before.
            <circle cx="190" cy="100" r="32" class={class::PAPER} />
            { for [(190, 72, 190, 78), (218, 100, 212, 100), (190, 128, 190, 122), (162, 100, 168, 100)].iter().map(
                |(x1, y1, x2, y2)| html! {
                    <line x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()}
                        class={class::OUTLINE} stroke-width="2" />
                }
            ) }
            <line x1="190" y1="100" x2="190" y2="80" class={class::OUTLINE} stroke-width="3" />
            <line x1="190" y1="100" x2="204" y2="100" class={class::OUTLINE} stroke-width="3" />
            // A calm immune cell.
            <circle cx="290" cy="130" r="26" class={class::WHITE_CELL} />
            <circle cx="286" cy="126" r="9" class={class::NUCLEUS} opacity="0.4" />
        </g>
    }
}

/// One vector particle per route goes from its drip bag, needle or patch into the body.
/// Each is in its route's `data-route` group, so it dims and brightens with its route.
const DELIVERY: Scene = Scene {
    draw: delivery,
    labels: &[
        label("part-retina", 340, 20, 212, 45),
        label("part-skin", 352, 140, 292, 108),
        label("part-liver", 76, 200, 172, 150),
        label("part-spinal-fluid", 338, 222, 206, 214),
    ],
    flows: &[
        // Through the drip: a stream of vector particles down the line into the vein.
        Flow {
            draw: || on_route("iv", vector(40, 116)),
            path: &[(0, 0), (22, 4), (58, -18), (108, -18)],
            during: frames(&[0, 1, 2]),
            copies: 2,
        },
    ],
    actors: &[
        // From the bag, down the drip line, into the vein of the arm.
        Actor { draw: || on_route("iv", vector(40, 96)), poses: &[HOME, to(22, 24), to(84, 2)] },
        // From the syringe, through the needle, to the back of the eye.
        Actor { draw: || on_route("subretinal", vector(236, 27)), poses: &[HOME, to(-22, 13), to(-30, 16)] },
        // From the syringe into the spine, where the spinal fluid is.
        Actor {
            draw: || on_route("intrathecal", vector(232, 196)),
            poses: &[HOME, to(-24, 0), to(-32, -10)],
        },
        // From the syringe into the organ.
        Actor { draw: || on_route("tissue", vector(138, 150)), poses: &[HOME, to(24, 0), to(38, -4)] },
        // Put on from above, onto the patch on the skin.
        Actor { draw: || on_route("topical", vector(290, 98)), poses: &[gone_at(0, -26), to(0, -12), HOME] },
    ],
};

/// `drawing` in a group of the delivery `route` (see [`DELIVERY`]).
fn on_route(route: &'static str, drawing: Html) -> Html {
    html! { <g data-route={route}>{ drawing }</g> }
}

fn delivery() -> Html {
    html! {
        <g>
            // The body: head with an eye, neck, torso and two arms.
            <circle cx="200" cy="46" r="26" class={class::SKIN} />
            <rect x="190" y="68" width="20" height="12" class={class::SKIN} />
            <path d="M150 86 C150 78 170 74 200 74 C230 74 250 78 250 86 L246 226 L154 226 Z" class={class::SKIN} />
            <rect x="92" y="88" width="62" height="20" rx="10" class={class::SKIN} />
            <rect x="246" y="88" width="62" height="20" rx="10" class={class::SKIN} />
            <ellipse cx="210" cy="42" rx="6" ry="4" class={class::PAPER} />
            <circle cx="210" cy="42" r="2" class={class::NUCLEUS} />
            // The spine, down the middle of the body.
            { for (0..10).map(|i| html! {
                <rect x="195" y={(98 + i * 12).to_string()} width="10" height="8" rx="2" class={class::BONE} />
            }) }
            // An organ inside the body.
            <path d="M158 142 C160 130 186 128 194 138 C198 148 190 160 176 162 C164 164 156 154 158 142 Z"
                class={class::MARROW} />
            // Into a vein: a drip from a bag on a stand.
            <g data-route="iv">
                { drip_stand(40, 230) }
                { bag(40, 44, class::VECTOR) }
                <path d="M40 116 C40 150 80 98 98 98" class={class::LINE} fill="none" stroke-width="3" />
                <line x1="98" y1="98" x2="148" y2="98" class={class::BLOOD} stroke-width="3" />
            </g>
            // Under the retina: a fine needle into the eye.
            <g data-route="subretinal">{ syringe(214, 40, -30) }</g>
            // Into the spinal fluid.
            <g data-route="intrathecal">{ syringe(206, 196, 0) }</g>
            // Into a tissue or organ.
            <g data-route="tissue">{ syringe(164, 150, 180) }</g>
            // Onto the skin: a patch of treatment on the other arm.
            <g data-route="topical">
                <rect x="266" y="86" width="26" height="24" rx="4" class={class::VECTOR} opacity="0.6" />
                { vector(279, 98) }
            </g>
        </g>
    }
}

/// Vector particles flow along a blood vessel. One enters the cell and takes its gene to
/// the nucleus, where the gene stays as a small ring of DNA (an episome); the next
/// particle is entering as it does. On the right, still: the other way, in a chromosome.
const ENTERING_CELLS: Scene = Scene {
    draw: entering_cells,
    labels: &[
        label("part-cell-nucleus", 70, 22, 128, 78),
        label("part-chromosome", 330, 22, 313, 104),
        label_on("part-blood-vessel", 318, 218),
    ],
    flows: &[
        // Vector particles keep flowing by in the blood.
        Flow {
            draw: || vector(20, 214),
            path: &[(0, 0), (240, 0)],
            during: frames(&[0, 1, 2, 3]),
            copies: 3,
        },
    ],
    actors: &[
        // The particle that goes in: along the arrow, through the cell's edge, to the nucleus.
        Actor { draw: || vector(60, 214), poses: &[HOME, to(40, -37), to(75, -80), gone_at(118, -96)] },
        // Others flowing on in the blood.
        Actor {
            draw: || html! { <g>{ vector(100, 214) }{ vector(140, 214) }</g> },
            poses: &[HOME, to(40, 0), to(80, 0), to(80, 0)],
        },
        // The next particle arrives and starts to enter.
        Actor { draw: || vector(60, 214), poses: &[GONE, GONE, HOME, to(40, -37)] },
        // The episome: the new gene as a small ring of DNA beside the chromosomes.
        Actor {
            draw: || {
                html! {
                    <g>
                        { ring(178, 118, 8, 3) }
                        <rect x="174" y="108" width="8" height="5" rx="1" class={class::VECTOR} />
                    </g>
                }
            },
            poses: &[GONE, GONE, GONE, HOME],
        },
    ],
};

fn entering_cells() -> Html {
    html! {
        <g>
            // A large body cell with its nucleus.
            <ellipse cx="140" cy="110" rx="110" ry="72" class={class::CHANGED} opacity="0.3" />
            <ellipse cx="140" cy="110" rx="110" ry="72" class={class::LINE} fill="none" stroke-width="2" />
            <circle cx="160" cy="100" r="42" class={class::NUCLEUS} opacity="0.6" />
            { chromosome(139, 96) }{ chromosome(161, 90) }
            // The blood vessel, and the way into the cell.
            { vessel(20, 260, 214) }
            { arrow(70, 204, 92, 186) }
            // The other way: the new gene joined into a chromosome.
            <line x1="270" y1="30" x2="270" y2="210" class={class::LINE} stroke-width="2" stroke-dasharray="6 6" />
            { nucleus_with_gene(330, 110) }
        </g>
    }
}

/// The liver cells make the protein, which leaves them for the blood; the chart rises.
const MAKING_PROTEIN: Scene = Scene {
    draw: making_protein,
    labels: &[
        label_on("part-liver", 60, 152),
        label_on("part-blood-vessel", 160, 226),
        label_on("part-protein-level", 327, 24),
    ],
    flows: &[
        // The protein keeps leaving the cells, into the blood and along it.
        Flow {
            draw: || protein(120, 140),
            path: &[(0, 0), (0, 60), (130, 60)],
            during: frames(&[1, 2]),
            copies: 3,
        },
    ],
    actors: &[
        // Made in the liver, then into the blood vessel and along it.
        Actor { draw: new_proteins, poses: &[HOME, to(-40, 86), to(40, 86)] },
        // Made next, following them; and more after those.
        Actor { draw: new_proteins, poses: &[GONE, HOME, to(-40, 86)] },
        Actor { draw: new_proteins, poses: &[GONE, GONE, HOME] },
        Actor { draw: || protein_bars(0..2), poses: &[GONE, HOME, HOME] },
        Actor { draw: || protein_bars(2..4), poses: &[GONE, GONE, HOME] },
    ],
};

/// Two proteins just made, in the liver below its cells.
fn new_proteins() -> Html {
    html! { <g>{ protein(140, 114) }{ protein(180, 114) }</g> }
}

/// The bars of the protein chart (at 280, 40), the ones in `range`.
fn protein_bars(range: std::ops::Range<usize>) -> Html {
    const HEIGHTS: [i32; 4] = [20, 45, 75, 105];
    html! {
        <g transform={at(280, 40)}>
            { for range.map(|i| {
                let x = (12 + i as i32 * 22).to_string();
                let y = (140 - HEIGHTS[i]).to_string();
                let h = HEIGHTS[i].to_string();
                html! {
                    <g>
                        <rect x={x.clone()} y={y.clone()} width="14" height={h.clone()} class={class::DRUG} />
                        <rect x={x} y={y} width="14" height={h} class={class::LINE} fill="none" stroke-width="1" />
                    </g>
                }
            }) }
        </g>
    }
}

fn making_protein() -> Html {
    html! {
        <g>
            // The liver, with changed cells in it.
            <path d="M30 70 C60 34 200 30 236 56 C252 70 236 96 200 116 C160 138 90 150 50 132 C24 118 18 90 30 70 Z"
                class={class::MARROW} />
            { cells(110, 84, 5, true) }
            { cell(190, 70, true) }
            // Proteins leave the cells for the blood.
            { arrow(120, 148, 120, 180) }
            { vessel(20, 260, 200) }
            // The chart of the protein level over the weeks.
            <rect x="280" y="40" width="100" height="150" rx="6" class={class::PAPER} />
        </g>
    }
}

/// Check-ups along a timeline, close together at first: a marker walks along and each
/// visit is ticked. Above the start, drops of fluid carry vector particles away, each fainter.
const MONITORING: Scene = Scene {
    draw: monitoring,
    labels: &[label("part-body-fluids", 150, 60, 64, 70), label_on("part-visits", 200, 214)],
    flows: &[
        // Drops carrying vector particles keep leaving the body for a while.
        Flow {
            draw: || drop_with_vector(50, 70, "0.8"),
            path: &[(0, 0), (40, 30)],
            during: frames(&[0, 1]),
            copies: 2,
        },
    ],
    actors: &[
        Actor { draw: || drop_with_vector(100, 80, "0.6"), poses: &[gone_at(0, -10), HOME, HOME] },
        Actor { draw: || drop_with_vector(150, 90, "0.3"), poses: &[gone_at(0, -10), gone_at(0, -10), HOME] },
        Actor { draw: || checkups(&CHECKUPS[..4]), poses: &[GONE, HOME, HOME] },
        Actor { draw: || checkups(&CHECKUPS[4..]), poses: &[GONE, GONE, HOME] },
        // A marker under the timeline, at the first check-up, the fourth, then the last.
        Actor {
            draw: || html! { <polygon points="40,196 32,210 48,210" class={class::ACCENT} /> },
            poses: &[HOME, to(90, 0), to(310, 0)],
        },
    ],
};

/// Where the check-ups are on the timeline: close together at first, then further apart.
const CHECKUPS: [i32; 7] = [40, 70, 100, 130, 190, 260, 350];

/// The blood test tube and tick of the check-ups at `xs` on the timeline.
fn checkups(xs: &[i32]) -> Html {
    html! {
        <g>
            { for xs.iter().map(|x| html! {
                <g transform={at(*x, 180)}>
                    <rect x="-6" y="-60" width="12" height="40" rx="6" class={class::BLOOD} opacity="0.8" />
                    <path d="M-5 0 l4 5 l7 -9" class={class::ACCENT} fill="none" stroke-width="3" />
                </g>
            }) }
        </g>
    }
}

fn monitoring() -> Html {
    html! {
        <g>
            // Shedding: the first drop of fluid carrying vector particles (fainter ones follow).
            { drop_with_vector(50, 70, "1") }
            // The timeline and its check-ups, not yet done.
            <line x1="20" y1="180" x2="380" y2="180" class={class::OUTLINE} stroke-width="4" />
            { for CHECKUPS.iter().map(|x| html! { <circle cx={x.to_string()} cy="180" r="10" class={class::PAPER} /> }) }
        </g>
    }
}

/// Under the retina (Luxturna): a small pocket of fluid under the retina holds the vector;
/// particles enter the retina's cells, and the working gene reaches a cell's nucleus.
const ENTERING_RETINA: Scene = Scene {
    draw: || {
        html! {
            <g>
                { eye() }
                // The pocket of fluid between the retina and the eye's wall, the retina
                // lifted inward over it.
                <ellipse cx="226" cy="112" rx="6" ry="24" class={class::VECTOR} opacity="0.45" />
                <ellipse cx="216" cy="112" rx="5" ry="30" class={class::MARROW} />
                // One retina cell, drawn large, with its nucleus.
                { cell_inset() }
            </g>
        }
    },
    labels: EYE_LABELS,
    flows: &[
        // Particles keep moving from the pocket into the retina.
        Flow {
            draw: || vector(227, 100),
            path: &[(0, 0), (-5, 6), (-10, 12)],
            during: frames(&[0, 1]),
            copies: 2,
        },
    ],
    actors: &[
        Actor {
            draw: || html! { <g>{ vector(227, 102) }{ vector(227, 124) }</g> },
            poses: &[HOME, to(-10, 0), GONE],
        },
        INTO_INSET,
        GENE_IN_INSET,
    ],
};

/// Onto the skin (Vyjuvek): gel with the vector on a wound; particles enter the skin
/// cells there, and the working gene reaches a cell's nucleus without joining its DNA.
const ENTERING_SKIN: Scene = Scene {
    draw: || {
        html! {
            <g>
                { skin() }
                // The gel on the wound.
                <path d="M92 70 Q128 40 164 70 Q128 84 92 70 Z" class={class::VECTOR} opacity="0.4" />
                // One skin cell, drawn large, with its nucleus.
                { cell_inset() }
            </g>
        }
    },
    labels: SKIN_LABELS,
    flows: &[
        // Particles keep going from the gel into the wound.
        Flow {
            draw: || vector(120, 58),
            path: &[(0, 0), (4, 20), (8, 40)],
            during: frames(&[0, 1]),
            copies: 2,
        },
    ],
    actors: &[
        Actor {
            draw: || html! { <g>{ vector(112, 62) }{ vector(140, 60) }</g> },
            poses: &[HOME, to(0, 22), GONE],
        },
        INTO_INSET,
        GENE_IN_INSET,
    ],
};

/// Beside a route's picture, past a dashed line: one of the cells it reaches, drawn large,
/// with its nucleus (at 334, 128) and two chromosomes.
fn cell_inset() -> Html {
    html! {
        <>
            <line x1="262" y1="30" x2="262" y2="210" class={class::LINE} stroke-width="2" stroke-dasharray="6 6" />
            <rect x="286" y="56" width="96" height="128" rx="22" class={class::CHANGED} opacity="0.35" />
            <circle cx="334" cy="128" r="30" class={class::NUCLEUS} opacity="0.6" />
            { chromosome(322, 128) }{ chromosome(346, 128) }
        </>
    }
}

/// The eye from the side: the front (lens and pupil) on the left, the retina lining the back.
fn eye() -> Html {
    html! {
        <>
            <circle cx="140" cy="120" r="92" class={class::PAPER} />
            <ellipse cx="54" cy="120" rx="10" ry="34" class={class::COLD} />
            <ellipse cx="66" cy="120" rx="12" ry="22" class={class::NUCLEUS} />
            <path d="M186 40 A92 92 0 0 1 186 200 A105 105 0 0 0 186 40 Z" class={class::MARROW} />
        </>
    }
}

const EYE_LABELS: &[super::Label] = &[
    label("part-retina", 186, 20, 196, 52),
    label("part-eye", 90, 226, 110, 200),
    label("part-cell-nucleus", 334, 208, 334, 160),
];

/// Skin in cross-section: the outer layer with a wound in it, the layer below.
fn skin() -> Html {
    html! {
        <>
            <rect x="10" y="92" width="236" height="120" rx="8" class={class::MARROW} opacity="0.55" />
            <rect x="10" y="72" width="92" height="28" rx="6" class={class::SKIN} />
            <rect x="154" y="72" width="92" height="28" rx="6" class={class::SKIN} />
            <path d="M102 76 Q128 110 154 76" class={class::BLOOD} opacity="0.5" />
        </>
    }
}

const SKIN_LABELS: &[super::Label] = &[
    label("part-wound", 128, 20, 128, 60),
    label_on("part-skin", 56, 196),
    label("part-cell-nucleus", 334, 208, 334, 160),
];

/// The new gene in the nucleus of the large cell (`cell_inset`): a small ring of DNA.
fn inset_gene() -> Html {
    ring(334, 104, 7, 3)
}

/// In a route's picture, the particle that goes into the large cell: drawn at its edge, it
/// moves on to the nucleus, where the gene appears (`GENE_IN_INSET`).
const INTO_INSET: Actor = Actor { draw: || vector(300, 84), poses: &[GONE, HOME, gone_at(30, 36)] };
const GENE_IN_INSET: Actor = Actor { draw: || html! { <g>{ inset_gene() }</g> }, poses: &[GONE, GONE, HOME] };

/// In the large cell of a route's picture (`cell_inset`): the new gene, a small ring of
/// DNA in the nucleus, and the proteins the cell makes from it, which keep coming out of
/// the nucleus into the cell.
const MADE_IN_INSET: Flow = Flow {
    draw: || protein(334, 96),
    path: &[(0, 0), (-26, -16), (-30, -20)],
    during: frames(&[1, 2]),
    copies: 2,
};

/// The proteins the large cell has made: first two, then four.
fn inset_proteins(range: std::ops::Range<usize>) -> Html {
    const AT: [(i32, i32); 4] = [(304, 76), (364, 76), (304, 172), (364, 172)];
    html! { <g>{ for AT[range].iter().map(|(x, y)| protein(*x, *y)) }</g> }
}

/// Luxturna: the retina's cells use the working gene to make the protein they lacked;
/// light comes in through the front of the eye to the retina (the aim: to keep useful vision).
const PROTEIN_RETINA: Scene = Scene {
    draw: || html! { <g>{ eye() }{ cell_inset() }{ inset_gene() }</g> },
    labels: EYE_LABELS,
    flows: &[MADE_IN_INSET],
    actors: &[
        Actor { draw: || inset_proteins(0..2), poses: &[GONE, HOME, HOME] },
        Actor { draw: || inset_proteins(2..4), poses: &[GONE, GONE, HOME] },
        // Light through the pupil and across the eye to the retina.
        Actor { draw: || html! { <g>{ arrow(20, 120, 200, 120) }</g> }, poses: &[GONE, GONE, HOME] },
    ],
};

/// Vyjuvek: the skin's cells use the working gene to make the collagen that holds the
/// skin's layers together; it gathers where the layers meet, and the wound can close.
const PROTEIN_SKIN: Scene = Scene {
    draw: || html! { <g>{ skin() }{ cell_inset() }{ inset_gene() }</g> },
    labels: SKIN_LABELS,
    flows: &[MADE_IN_INSET],
    actors: &[
        Actor { draw: || inset_proteins(0..2), poses: &[GONE, HOME, HOME] },
        // The collagen, where the outer layer meets the layer below.
        Actor {
            draw: || html! { <g>{ for (30..240).step_by(36).map(|x| protein(x, 102)) }</g> },
            poses: &[GONE, HOME, HOME],
        },
        // The wound closes over.
        Actor {
            draw: || html! { <rect x="96" y="72" width="64" height="28" rx="6" class={class::SKIN} /> },
            poses: &[GONE, GONE, HOME],
        },
    ],
};

/// Zolgensma: a nerve cell that controls a muscle uses the working gene to make the
/// protein it needs, which builds up in the cell; signals run along its fibre to the muscle.
const PROTEIN_NERVE: Scene = Scene {
    draw: || {
        html! {
            <g>
                // The nerve cell: its body with branches, the nucleus and the new gene in
                // it, the long fibre running to the muscle.
                <path d="M70 120 l-40 -40 M70 120 l-46 18 M70 120 l-20 54 M70 120 l150 0"
                    class={class::CHANGED} fill="none" stroke-width="8" stroke-linecap="round" />
                <circle cx="70" cy="120" r="40" class={class::CHANGED} />
                <circle cx="70" cy="120" r="18" class={class::NUCLEUS} opacity="0.6" />
                { ring(70, 120, 7, 3) }
                // The muscle, its fibres, and the nerve's endings on it.
                <ellipse cx="310" cy="120" rx="80" ry="44" class={class::BLOOD} opacity="0.45" />
                { for [104, 120, 136].iter().map(|y| html! {
                    <line x1="250" y1={y.to_string()} x2="370" y2={y.to_string()} class={class::BLOOD} stroke-width="3" />
                }) }
                <path d="M220 120 l24 -16 M220 120 l24 0 M220 120 l24 16" class={class::CHANGED} fill="none" stroke-width="6" stroke-linecap="round" />
            </g>
        }
    },
    labels: &[
        label("part-nerve-cell", 70, 20, 70, 80),
        label_on("part-muscle", 310, 200),
        label("part-cell-nucleus", 110, 210, 76, 138),
    ],
    flows: &[
        // The protein keeps coming from the nucleus into the cell.
        Flow {
            draw: || protein(70, 104),
            path: &[(0, 0), (-14, -8), (-22, -2)],
            during: frames(&[1, 2]),
            copies: 2,
        },
        // Signals keep running along the fibre to the muscle.
        Flow {
            draw: || html! { <circle cx="112" cy="120" r="6" class={class::ACCENT} /> },
            path: &[(0, 0), (120, 0)],
            during: frames(&[2]),
            copies: 2,
        },
    ],
    actors: &[
        Actor {
            draw: || html! { <g>{ protein(54, 138) }{ protein(88, 140) }{ protein(90, 98) }</g> },
            poses: &[GONE, HOME, HOME],
        },
        // Signals on their way along the fibre to the muscle.
        Actor {
            draw: || html! { <g>{ for [136, 176].iter().map(|x| html! { <circle cx={x.to_string()} cy="120" r="6" class={class::ACCENT} /> }) }</g> },
            poses: &[GONE, GONE, HOME],
        },
    ],
};

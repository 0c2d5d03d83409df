//! The visual vocabulary every scene is drawn from: one function per thing.
//! Coordinates are integers in the 400 × 240 view box (scenes are native-only code, but
//! the prerendered markup stays free of float formatting).

use yew::prelude::*;

use super::palette::{class, CELL_R, VECTOR_R};

fn n(v: i32) -> String {
    v.to_string()
}

/// `translate(x y)` for a group.
pub fn at(x: i32, y: i32) -> String {
    format!("translate({x} {y})")
}

/// A person from the waist up, centred on (`x`, `y`) = top of the head.
pub fn person(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)} class="gte-d-person">
            <circle cx="0" cy="18" r="18" class={class::SKIN} />
            <path d="M-38 110 C-38 62 -22 44 0 44 C22 44 38 62 38 110 Z" class={class::SKIN} />
        </g>
    }
}

/// A member of the care team: a person with a badge (a white cross on the accent colour).
pub fn carer(x: i32, y: i32) -> Html {
    html! {
        <g>
            { person(x, y) }
            <g transform={at(x + 12, y + 66)}>
                <rect x="-9" y="-9" width="18" height="18" rx="3" class={class::ACCENT} />
                <path d="M-5 0 h10 M0 -5 v10" class={class::PAPER} stroke-width="3" />
            </g>
        </g>
    }
}

/// An arm reaching right from (`x`, `y`), with a vein along it.
pub fn arm(x: i32, y: i32, len: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <rect x="0" y="-9" width={n(len)} height="18" rx="9" class={class::SKIN} />
            <line x1="6" y1="0" x2={n(len - 6)} y2="0" class={class::BLOOD} stroke-width="3" />
        </g>
    }
}

/// A long bone (two knobbed ends) with marrow inside, centred at (`x`, `y`).
pub fn bone(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <path class={class::BONE}
                d="M-80 -22 a14 14 0 1 1 10 -14 h140 a14 14 0 1 1 10 14 v44 a14 14 0 1 1 -10 14 h-140 a14 14 0 1 1 -10 -14 Z" />
            <rect x="-66" y="-20" width="132" height="40" rx="16" class={class::MARROW} />
        </g>
    }
}

/// A blood stem cell at (`x`, `y`); a changed one is green and carries a pale
/// four-pointed star behind its nucleus, so it differs in shape as well as colour
/// (WCAG 1.4.1: a reader who cannot tell the colours apart still sees the change).
pub fn cell(x: i32, y: i32, changed: bool) -> Html {
    let fill = if changed { class::CHANGED } else { class::STEM };
    html! {
        <g transform={at(x, y)}>
            <circle r={n(CELL_R)} class={fill} />
            if changed {
                <path d="M0 -7 2 -2 7 0 2 2 0 7 -2 2 -7 0 -2 -2Z" class={class::PAPER} />
            }
            <circle r="3" class={class::NUCLEUS} />
        </g>
    }
}

/// A donor's stem cell at (`x`, `y`): orange, with a pale ring round the nucleus.
pub fn donor_cell(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <circle r={n(CELL_R)} class={class::DONOR} />
            <circle r="5" class={class::PAPER} />
            <circle r="3" class={class::NUCLEUS} />
        </g>
    }
}

/// A T cell at (`x`, `y`): an immune cell with a large nucleus. Changed into a CAR-T
/// cell, it turns green and carries three Y-shaped receptors, the new way it finds the
/// cancer cells (so it differs in shape as well as colour).
pub fn t_cell(x: i32, y: i32, car: bool) -> Html {
    let fill = if car { class::CHANGED } else { class::T_CELL };
    const Y: &str = "M0 -9V-12L-3 -15M0 -12L3 -15";
    html! {
        <g transform={at(x, y)}>
            <circle r={n(CELL_R)} class={fill} />
            <circle r="5" class={class::NUCLEUS} />
            if car {
                <g class={class::EDGE} fill="none" stroke-width="2">
                    <path d={Y} /><path d={Y} transform="rotate(120)" /><path d={Y} transform="rotate(240)" />
                </g>
            }
        </g>
    }
}

/// A few T cells around (`x`, `y`), laid out like `cells`.
pub fn t_cells(x: i32, y: i32, count: usize, car: bool) -> Html {
    const OFFSETS: [(i32, i32); 5] = [(0, 0), (24, -10), (-24, 8), (12, 20), (-14, -20)];
    html! { { for OFFSETS.iter().take(count).map(|(dx, dy)| t_cell(x + dx, y + dy, car)) } }
}

/// A gene editing tool (CRISPR) at (`x`, `y`): a clamp that finds and holds one place in
/// the DNA (drawn neutral: the sources say it finds and changes a place, nothing more).
pub fn editor(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)} class={class::EDITOR} fill="none" stroke-width="3">
            <path d="M6 -6A8 8 0 1 0 6 6" /><path d="M-2 0H6" stroke-width="2" />
        </g>
    }
}

/// A cluster of cells laid out around (`x`, `y`).
pub fn cells(x: i32, y: i32, count: usize, changed: bool) -> Html {
    const OFFSETS: [(i32, i32); 7] = [(0, 0), (20, -8), (-20, 6), (10, 16), (-12, -16), (28, 12), (-28, -8)];
    html! { { for OFFSETS.iter().take(count).map(|(dx, dy)| cell(x + dx, y + dy, changed)) } }
}

/// A blood vessel from (`x1`, `y`) to (`x2`, `y`), with a few red cells in it.
pub fn vessel(x1: i32, x2: i32, y: i32) -> Html {
    html! {
        <g>
            <rect x={n(x1)} y={n(y - 12)} width={n(x2 - x1)} height="24" rx="12" class={class::BLOOD} opacity="0.25" />
            { for (0..((x2 - x1) / 40)).map(|i| html! {
                <ellipse cx={n(x1 + 20 + i * 40)} cy={n(y)} rx="7" ry="4" class={class::BLOOD} />
            }) }
        </g>
    }
}

/// A bag (cells or medicine) with its top port at (`x`, `y`).
pub fn bag(x: i32, y: i32, fill: &'static str) -> Html {
    html! {
        <g transform={at(x, y)}>
            <rect x="-4" y="0" width="8" height="8" class={class::OUTLINE} />
            <rect x="-24" y="8" width="48" height="64" rx="10" class={class::BAG} />
            <rect x="-18" y="30" width="36" height="36" rx="6" class={fill} />
        </g>
    }
}

/// A drip line from (`x1`, `y1`) curving down to (`x2`, `y2`).
pub fn line(x1: i32, y1: i32, x2: i32, y2: i32) -> Html {
    let d = format!("M{x1} {y1} C{x1} {} {x2} {} {x2} {y2}", y1 + 60, y2 - 40);
    html! { <path d={d} class={class::LINE} fill="none" stroke-width="3" /> }
}

/// A drip stand holding a bag, base at (`x`, `y`).
pub fn drip_stand(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <line x1="0" y1="0" x2="0" y2="-190" class={class::OUTLINE} stroke-width="4" />
            <line x1="-22" y1="0" x2="22" y2="0" class={class::OUTLINE} stroke-width="4" />
            <line x1="-14" y1="-190" x2="14" y2="-190" class={class::OUTLINE} stroke-width="4" />
        </g>
    }
}

/// A lab machine (apheresis) at (`x`, `y`) = top-left.
pub fn machine(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <rect width="90" height="110" rx="8" class={class::MACHINE} />
            <rect x="12" y="12" width="66" height="30" rx="4" class={class::PAPER} />
            <circle cx="45" cy="74" r="20" class={class::PAPER} />
            <circle cx="45" cy="74" r="6" class={class::ACCENT} />
        </g>
    }
}

/// A round lab dish seen from above at (`x`, `y`).
pub fn dish(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <ellipse rx="92" ry="52" class={class::PAPER} />
            <ellipse rx="84" ry="45" class={class::COLD} opacity="0.35" />
        </g>
    }
}

/// A vector particle (a protein shell carrying a piece of DNA) at (`x`, `y`).
pub fn vector(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <polygon points="0,-6 5,-3 5,3 0,6 -5,3 -5,-3" class={class::VECTOR} />
            <circle r={n(VECTOR_R - 3)} class={class::DNA} />
        </g>
    }
}

/// A cell's nucleus at (`x`, `y`) with two chromosomes, one holding a new gene.
pub fn nucleus_with_gene(x: i32, y: i32) -> Html {
    html! { <>{ nucleus(x, y) }{ new_gene(x, y) }</> }
}

/// A cell at (`x`, `y`), drawn large (a changed cell), its nucleus with two chromosomes.
pub fn nucleus(x: i32, y: i32) -> Html {
    big_cell(x, y, class::CHANGED)
}

/// A cell drawn large at (`x`, `y`) in `fill`, its nucleus with two chromosomes.
pub fn big_cell(x: i32, y: i32, fill: &'static str) -> Html {
    html! {
        <g transform={at(x, y)}>
            <circle r="46" class={fill} opacity="0.5" />
            <circle r="30" class={class::NUCLEUS} opacity="0.6" />
            { chromosome(-11, 0) }{ chromosome(13, 0) }
        </g>
    }
}

/// A chromosome centred on (`x`, `y`): two chromatids pinched together in the middle (the
/// centromere), the X shape people know from biology books.
pub fn chromosome(x: i32, y: i32) -> Html {
    let d = format!(
        "M{} {} Q{} {y} {} {} M{} {} Q{} {y} {} {}",
        x - 8,
        y - 15,
        x + 4,
        x - 8,
        y + 15,
        x + 8,
        y - 15,
        x - 4,
        x + 8,
        y + 15
    );
    html! { <path d={d} class={class::DNA} fill="none" stroke-width="6" stroke-linecap="round" /> }
}

/// The new gene in a chromosome of the nucleus at (`x`, `y`): a band across the upper arm
/// of the right-hand chromosome, in the vector's colour (it came in with the vector).
pub fn new_gene(x: i32, y: i32) -> Html {
    html! { <rect x={n(x + 5)} y={n(y - 12)} width="16" height="6" rx="2" class={class::VECTOR} /> }
}

/// A freezer at (`x`, `y`) = top-left (96 × 150).
pub fn freezer(x: i32, y: i32) -> Html {
    // A deep-cold storage tank, as cell banks use: a rounded tank with a lidded neck,
    // two bands, a snowflake and cold mist rising from the lid.
    html! {
        <g transform={at(x, y)}>
            <rect x="6" y="22" width="84" height="128" rx="18" class={class::COLD} />
            <rect x="28" y="10" width="40" height="16" rx="4" class={class::MACHINE} />
            <rect x="22" y="4" width="52" height="9" rx="4" class={class::OUTLINE} />
            <path d="M6 58H90M6 126H90" class={class::OUTLINE} stroke-width="2" />
            <path d="M10 14q6 -9 12 0M74 12q6 -9 12 0" class={class::LINE} fill="none" stroke-width="2" />
            <g transform="translate(48 92)" class={class::PAPER} stroke-width="3">
                <line x1="-12" y1="0" x2="12" y2="0" />
                <line x1="-6" y1="-10" x2="6" y2="10" />
                <line x1="-6" y1="10" x2="6" y2="-10" />
            </g>
        </g>
    }
}

/// A clipboard at (`x`, `y`) = top-left with `rows` ticked lines.
pub fn checklist(x: i32, y: i32, rows: i32) -> Html {
    html! { <>{ clipboard(x, y, rows) }{ ticks(x, y, 0..rows) }</> }
}

/// A clipboard at (`x`, `y`) = top-left with `rows` lines, none ticked yet.
pub fn clipboard(x: i32, y: i32, rows: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <rect width="92" height={n(30 + rows * 26)} rx="6" class={class::PAPER} />
            { for (0..rows).map(|i| html! {
                <rect x="36" y={n(22 + i * 26)} width="46" height="6" rx="3" class={class::MUTED} />
            }) }
        </g>
    }
}

/// The ticks of the clipboard at (`x`, `y`), on the lines `rows` (0-based).
pub fn ticks(x: i32, y: i32, rows: std::ops::Range<i32>) -> Html {
    html! {
        <g transform={at(x, y)}>
            { for rows.map(|i| html! {
                <path d={format!("M12 {} l5 6 l10 -12", 26 + i * 26)} class={class::ACCENT} fill="none" stroke-width="3" />
            }) }
        </g>
    }
}

/// Length and half-width of an arrowhead.
const HEAD_LEN: f64 = 12.0;
const HEAD_HALF: f64 = 6.0;

/// The unit vector from (`x1`, `y1`) towards (`x2`, `y2`), or `None` if they coincide.
fn unit(x1: i32, y1: i32, x2: i32, y2: i32) -> Option<(f64, f64)> {
    let (dx, dy) = (f64::from(x2 - x1), f64::from(y2 - y1));
    let len = dx.hypot(dy);
    (len > 0.0).then(|| (dx / len, dy / len))
}

/// A filled arrowhead (a small triangle) with its tip at (`x`, `y`), pointing the way a
/// line coming from (`from_x`, `from_y`) would go. Drawn in the accent colour.
pub fn arrowhead(x: i32, y: i32, from_x: i32, from_y: i32) -> Html {
    let Some((ux, uy)) = unit(from_x, from_y, x, y) else { return Html::default() };
    let (tx, ty) = (f64::from(x), f64::from(y));
    let (bx, by) = (tx - HEAD_LEN * ux, ty - HEAD_LEN * uy);
    // Integer points keep the markup free of float formatting.
    let pt = |px: f64, py: f64| format!("{},{}", px.round() as i32, py.round() as i32);
    let points = format!(
        "{} {} {}",
        pt(tx, ty),
        pt(bx - HEAD_HALF * uy, by + HEAD_HALF * ux),
        pt(bx + HEAD_HALF * uy, by - HEAD_HALF * ux)
    );
    html! { <polygon points={points} class={class::ACCENT} /> }
}

/// An arrow from (`x1`, `y1`) to (`x2`, `y2`), showing where things go next: a line
/// ending in an arrowhead whose tip is at (`x2`, `y2`).
pub fn arrow(x1: i32, y1: i32, x2: i32, y2: i32) -> Html {
    // The line stops inside the head, so its square end does not poke past the tip.
    let (lx, ly) = match unit(x1, y1, x2, y2) {
        Some((ux, uy)) => {
            let back = HEAD_LEN - 2.0;
            ((f64::from(x2) - back * ux).round() as i32, (f64::from(y2) - back * uy).round() as i32)
        }
        None => (x2, y2),
    };
    html! {
        <g class={class::ACCENT}>
            <line x1={n(x1)} y1={n(y1)} x2={n(lx)} y2={n(ly)} stroke-width="3" />
            { arrowhead(x2, y2, x1, y1) }
        </g>
    }
}

/// A red cell, white cell and platelet at (`x`, `y`): the blood a marrow makes.
pub fn blood_cells(x: i32, y: i32) -> Html {
    html! {
        <g transform={at(x, y)}>
            <ellipse cx="0" cy="0" rx="9" ry="6" class={class::BLOOD} />
            <circle cx="24" cy="2" r="8" class={class::WHITE_CELL} />
            <circle cx="42" cy="0" r="3" class={class::PLATELET} />
        </g>
    }
}

/// Chemotherapy by drip: a stand with a bag of medicine, its line running into the arm of
/// the person being treated.
/// Conditioning looks the same before gene therapy and before a transplant.
pub fn chemo_drip() -> Html {
    html! {
        <>
            { drip_stand(60, 220) }
            { bag(60, 30, class::DRUG) }
            { line(60, 110, 110, 196) }
            { arm(100, 196, 80) }
            { person(216, 126) }
        </>
    }
}

/// A protein: a small folded blob at (`x`, `y`), made by a cell from a gene.
pub fn protein(x: i32, y: i32) -> Html {
    const BLOB: &str = "M-8 0 C-8 -8 0 -8 2 -6 C6 -10 10 -4 8 0 C10 6 2 10 -2 8 C-6 10 -10 4 -8 0 Z";
    html! {
        <g transform={at(x, y)}>
            <path d={BLOB} class={class::DRUG} />
            <path d={BLOB} class={class::LINE} fill="none" stroke-width="1" />
        </g>
    }
}

//! The scenes, drawn once natively: `generated/scenes.rs` (each scene's SVG markup, which
//! the wasm ships instead of the code that draws it) and `static/scenes.css` (each actor's
//! pose in each key frame).

use std::fmt::Write as _;

use gene_therapy_explainer::diagram::palette::VIEW_BOX;
use gene_therapy_explainer::diagram::scenes::{ids, scene_for, Pose, FLOW_MS, HOME, KINDS};
use yew::prelude::*;

// Rendered once each, so comparing props (here, function pointers) never matters.
#[allow(unpredictable_function_pointer_comparisons)]
#[derive(Properties, PartialEq)]
struct LayerProps {
    draw: fn() -> Html,
}

/// A drawing inside an `<svg>`, so it renders in the SVG context it is shown in.
#[component]
fn Layer(props: &LayerProps) -> Html {
    html! { <svg>{ (props.draw)() }</svg> }
}

fn render(draw: fn() -> Html) -> String {
    let out = futures::executor::block_on(
        yew::LocalServerRenderer::<Layer>::with_props(LayerProps { draw }).hydratable(false).render(),
    );
    let inner = out.strip_prefix("<svg>").and_then(|s| s.strip_suffix("</svg>")).expect("wrapped in <svg>");
    // Empty SVG elements close themselves (valid in SVG inside HTML, and shorter).
    let mut inner = inner.to_string();
    for tag in ["circle", "rect", "path", "line", "ellipse", "polygon"] {
        inner = inner.replace(&format!("></{tag}>"), "/>");
    }
    inner
}

/// The class that carries an actor's poses: `gte-k-<scene>-<n>`, n from 1.
fn actor_class(id: &str, n: usize) -> String {
    format!("gte-k-{id}-{n}")
}

/// A scene's markup: the background, then each actor as its own `<svg>` root stacked on it.
fn scene_markup(id: &'static str) -> String {
    let scene = scene_for(id).expect("a scene");
    let mut out = format!(r#"<svg viewBox="{VIEW_BOX}" class="gte-bg">{}</svg>"#, render(scene.draw));
    for (i, actor) in scene.actors.iter().enumerate() {
        let class = actor_class(id, i + 1);
        let _ =
            write!(out, r#"<svg viewBox="{VIEW_BOX}" class="gte-a {class}">{}</svg>"#, render(actor.draw));
    }
    // Things that travel, each copy its own small root: a layer the compositor moves that
    // is only as big as the thing (a whole-scene layer per copy made every frame repaint and
    // blend the whole picture once per copy).
    for (i, flow) in scene.flows.iter().enumerate() {
        let class = flow_class(id, i + 1);
        let drawing = render(flow.draw);
        let (x, y) = flow_box(&drawing);
        for c in 0..flow.copies.max(1) {
            let copy = if c == 0 { String::new() } else { format!(" gte-q{}-{c}", flow.copies) };
            let _ = write!(
                out,
                r#"<svg viewBox="{x} {y} {FLOW_BOX} {FLOW_BOX}" class="gte-f {class}{copy}">{drawing}</svg>"#
            );
        }
    }
    // Leader lines from labels to the parts they name, over the drawing, under the words.
    let leaders: String = scene
        .labels
        .iter()
        .filter_map(|l| {
            l.to.map(|(tx, ty)| format!(r#"<line x1="{}" y1="{}" x2="{tx}" y2="{ty}"/>"#, l.x, l.y))
        })
        .collect();
    if !leaders.is_empty() {
        let _ = write!(out, r#"<svg viewBox="{VIEW_BOX}" class="gte-leaders">{leaders}</svg>"#);
    }
    out
}

/// The class that carries a flow's path: `gte-f-<scene>-<n>`, n from 1.
fn flow_class(id: &str, n: usize) -> String {
    format!("gte-f-{id}-{n}")
}

/// The side of a flow's square layer, in view-box units: room for the largest thing that
/// travels (a drop of medicine with a vector in it, 24 × 30) around its middle. That each
/// drawing lies inside its layer is checked in the browser (`labels.spec.js`).
const FLOW_BOX: i32 = 48;

/// The top left corner of a flow's layer: the square of side `FLOW_BOX` centred on the
/// middle of the drawing's extent, read from its markup (groups' `translate`s, circles,
/// ellipses, rectangles, polygons' points and paths' end points).
fn flow_box(drawing: &str) -> (i32, i32) {
    let (mut lo, mut hi) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
    let mut at = vec![(0.0, 0.0)];
    for (k, _) in drawing.match_indices('<') {
        let tag = &drawing[k..k + drawing[k..].find('>').expect("a whole tag")];
        if tag.starts_with("</g") {
            at.pop();
            continue;
        }
        let (ox, oy) = *at.last().expect("inside the drawing");
        if tag.starts_with("<g") {
            let (tx, ty) = tag.find("translate(").map_or((0.0, 0.0), |i| {
                let mut p = tag[i + "translate(".len()..].split([' ', ',', ')']).filter(|p| !p.is_empty());
                (
                    p.next().and_then(|v| v.parse().ok()).unwrap_or(0.0),
                    p.next().and_then(|v| v.parse().ok()).unwrap_or(0.0),
                )
            });
            at.push((ox + tx, oy + ty));
            continue;
        }
        for (x, y) in extent(tag) {
            lo = (lo.0.min(ox + x), lo.1.min(oy + y));
            hi = (hi.0.max(ox + x), hi.1.max(oy + y));
        }
    }
    assert!(lo.0 <= hi.0, "a flow's drawing with no extent: {drawing}");
    let (cx, cy) = ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0);
    (cx.round() as i32 - FLOW_BOX / 2, cy.round() as i32 - FLOW_BOX / 2)
}

/// Points on the edge of a shape's extent, in its own coordinates.
fn extent(tag: &str) -> Vec<(f64, f64)> {
    let num = |key: &str| -> Option<f64> {
        let rest = &tag[tag.find(key)? + key.len()..];
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).unwrap_or(rest.len());
        rest[..end].parse().ok()
    };
    let val = |key: &str| num(&format!(" {key}=\"")).unwrap_or(0.0);
    let numbers = |s: &str| -> Vec<f64> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter_map(|p| p.parse().ok())
            .collect()
    };
    if tag.starts_with("<circle") {
        let (x, y, r) = (val("cx"), val("cy"), val("r"));
        vec![(x - r, y - r), (x + r, y + r)]
    } else if tag.starts_with("<ellipse") {
        let (x, y, rx, ry) = (val("cx"), val("cy"), val("rx"), val("ry"));
        vec![(x - rx, y - ry), (x + rx, y + ry)]
    } else if tag.starts_with("<rect") {
        let (x, y) = (val("x"), val("y"));
        vec![(x, y), (x + val("width"), y + val("height"))]
    } else if let Some(i) = tag.find(" points=\"") {
        let pts = numbers(&tag[i + 9..i + 9 + tag[i + 9..].find('"').unwrap_or(0)]);
        pts.chunks(2).filter(|c| c.len() == 2).map(|c| (c[0], c[1])).collect()
    } else if let Some(i) = tag.find(" d=\"") {
        // Absolute commands only (the scenes draw no relative ones): each segment's points;
        // an arc's last two numbers are its end.
        let d = &tag[i + 4..i + 4 + tag[i + 4..].find('"').unwrap_or(0)];
        let mut out = Vec::new();
        let mut cmd = 'M';
        let mut buf = String::new();
        let flush = |cmd: char, buf: &str, out: &mut Vec<(f64, f64)>| {
            let n = numbers(buf);
            match cmd {
                'A' => n.chunks(7).filter(|c| c.len() == 7).for_each(|c| out.push((c[5], c[6]))),
                'M' | 'L' | 'C' | 'Q' | 'S' | 'T' => {
                    n.chunks(2).filter(|c| c.len() == 2).for_each(|c| out.push((c[0], c[1])))
                }
                _ => {}
            }
        };
        for c in d.chars() {
            if c.is_ascii_alphabetic() {
                flush(cmd, &buf, &mut out);
                buf.clear();
                cmd = c;
            } else {
                buf.push(c);
            }
        }
        flush(cmd, &buf, &mut out);
        out
    } else {
        Vec::new()
    }
}

/// A view-box offset as a CSS translate of a flow's layer (percentages are of its own box).
fn translate(dx: i32, dy: i32) -> String {
    let share = |d: i32| pct(f64::from(d) * 100.0 / f64::from(FLOW_BOX));
    format!("translate({}%,{}%)", share(dx), share(dy))
}

/// The class that places a scene's label: `gte-l-<scene>-<n>`, n from 1.
fn label_class(id: &str, n: usize) -> String {
    format!("gte-l-{id}-{n}")
}

/// The `msg::` constant of a content key (the build's rule): `part-bone-marrow` -> `PART_BONE_MARROW`.
fn const_name(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// A percentage with at most two decimals and no trailing zeros: 12.5, -8.33, 0.
fn pct(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// The CSS declarations that take an actor from pose `from` (what applies without this
/// rule) to `pose`. Translate percentages are of the actor's own box, which is the whole
/// scene (400 × 240 view-box units).
fn declarations(from: Pose, pose: Pose) -> String {
    let mut out = Vec::new();
    if (pose.dx, pose.dy) != (from.dx, from.dy) {
        out.push(if pose.dx == 0 && pose.dy == 0 {
            "transform:none".to_string()
        } else {
            format!(
                "transform:translate({}%,{}%)",
                pct(f64::from(pose.dx) / 4.0),
                pct(f64::from(pose.dy) * 100.0 / 240.0)
            )
        });
    }
    if pose.shown != from.shown {
        out.push(format!("opacity:{}", u8::from(pose.shown)));
    }
    out.join(";")
}

/// Every actor's pose in every key frame, as CSS: frame 1 on the actor's class, later
/// frames under the scene's `data-frame` (0-based) where they differ from frame 1.
pub fn css() -> String {
    let mut out =
        String::from("/* Generated by scripts/generate from src/diagram/scenes/. Do not edit. */\n");
    // A flow's layer: a square of `FLOW_BOX` units, placed by its class (below).
    let _ = writeln!(
        out,
        ".gte-scene .gte-f{{inset:auto;width:{}%;height:{}%}}",
        pct(f64::from(FLOW_BOX) / 4.0),
        pct(f64::from(FLOW_BOX) * 100.0 / 240.0)
    );
    // Copy c of a flow of n copies starts c/n of a loop later: `gte-q<n>-<c>`.
    let mut copies: Vec<u8> =
        ids().flat_map(|id| scene_for(id).unwrap().flows.iter().map(|f| f.copies)).collect();
    copies.sort_unstable();
    copies.dedup();
    for n in copies {
        for c in 1..n {
            let _ = writeln!(
                out,
                ".gte-q{n}-{c}{{animation-delay:-{}ms}}",
                FLOW_MS * u32::from(c) / u32::from(n)
            );
        }
    }
    for id in ids() {
        let scene = scene_for(id).unwrap();
        for (i, actor) in scene.actors.iter().enumerate() {
            let class = actor_class(id, i + 1);
            let home = actor.poses[0];
            // `HOME` needs no rule: an actor with none is at home, shown.
            if home != HOME {
                let _ = writeln!(out, ".{class}{{{}}}", declarations(HOME, home));
            }
            // Later frames with the same declarations share one rule (they never match at once).
            let mut rules: Vec<(String, Vec<String>)> = Vec::new();
            for (f, pose) in actor.poses.iter().enumerate().skip(1) {
                if *pose != home {
                    let (decl, sel) = (declarations(home, *pose), format!("[data-frame=\"{f}\"] .{class}"));
                    match rules.iter_mut().find(|(d, _)| *d == decl) {
                        Some((_, sels)) => sels.push(sel),
                        None => rules.push((decl, vec![sel])),
                    }
                }
            }
            for (decl, sels) in rules {
                let _ = writeln!(out, "{}{{{decl}}}", sels.join(","));
            }
        }
        // Each flow: its path as keyframes, the frames it shows in, its copies' places.
        for (i, flow) in scene.flows.iter().enumerate() {
            let class = flow_class(id, i + 1);
            let last = flow.path.len().saturating_sub(1).max(1);
            // Through the points at an even pace, fading in at the start and out at the end
            // (so each loop begins afresh instead of jumping back).
            let steps: String = flow
                .path
                .iter()
                .enumerate()
                .map(|(k, &(dx, dy))| {
                    let fade = if k == 0 || k == last { ";opacity:0" } else { "" };
                    format!(
                        "{}%{{transform:{}{fade}}}",
                        pct(k as f64 * 100.0 / last as f64),
                        translate(dx, dy)
                    )
                })
                .collect();
            let _ = writeln!(out, "@keyframes {class}{{{steps}12%,88%{{opacity:1}}}}");
            // Shown in the key frames it runs in (in every frame: no frame rules at all).
            let all = (1u8 << scene.frames()) - 1;
            let shown = if flow.during & all == all { ";visibility:visible" } else { "" };
            // Where its layer sits, as a share of the scene's width and height.
            let (x, y) = flow_box(&render(flow.draw));
            let (left, top) = (pct(f64::from(x) / 4.0), pct(f64::from(y) * 100.0 / 240.0));
            let _ = writeln!(out, ".{class}{{animation-name:{class};left:{left}%;top:{top}%{shown}}}");
            if shown.is_empty() {
                let frames: Vec<String> = (0..8)
                    .filter(|f| flow.during & (1 << f) != 0)
                    .map(|f| format!("[data-frame=\"{f}\"] .{class}"))
                    .collect();
                let _ = writeln!(out, "{}{{visibility:visible}}", frames.join(","));
            }
        }
        // Where each label's middle sits, as a share of the scene's width and height.
        for (i, l) in scene.labels.iter().enumerate() {
            let (x, y) = (pct(f64::from(l.x) / 4.0), pct(f64::from(l.y) * 100.0 / 240.0));
            let _ = writeln!(out, ".{}{{left:{x}%;top:{y}%}}", label_class(id, i + 1));
        }
    }
    out
}

/// A key entry's drawing at the origin, from just after the transform that places it: what
/// a scene's markup contains wherever it draws that kind (at any position).
fn kind_drawing(draw: fn() -> Html) -> String {
    let out = render(draw);
    let rest = out.strip_prefix(r#"<g transform="translate(0 0)""#);
    rest.expect("a key entry is one group at the origin").to_string()
}

/// The key entries (indices into `KINDS`) whose drawing the scene's markup contains.
pub fn kinds_in(id: &'static str) -> Vec<usize> {
    let svg = scene_markup(id);
    KINDS
        .iter()
        .enumerate()
        .filter(|(_, (_, draw))| svg.contains(&kind_drawing(*draw)))
        .map(|(i, _)| i)
        .collect()
}

pub fn prerendered() -> String {
    let mut out = String::from(
        "//! Generated by `scripts/generate` from `src/diagram/scenes/`.\n\
         //! Do not edit: change the scene and regenerate.\n\n\
         use crate::content::{msg, Msg};\n\n\
         /// (diagram id, SVG markup of the scene's content).\n\
         #[rustfmt::skip]\n\
         pub static SCENES: &[(&str, &str)] = &[\n",
    );
    for id in ids() {
        let svg = scene_markup(id);
        assert!(!svg.contains("\"#"), "scene {id}: markup would end the raw string");
        let _ = writeln!(out, "    (\"{id}\", r#\"{svg}\"#),");
    }
    out.push_str("];\n\n/// (diagram id, the words of its labels in order), for the scenes with labels.\n");
    out.push_str("#[rustfmt::skip]\npub static LABELS: &[(&str, &[Msg])] = &[\n");
    for id in ids() {
        let labels = &scene_for(id).unwrap().labels;
        if !labels.is_empty() {
            let keys: Vec<String> = labels.iter().map(|l| format!("msg::{}", const_name(l.key))).collect();
            let _ = writeln!(out, "    (\"{id}\", &[{}]),", keys.join(", "));
        }
    }
    out.push_str("];\n\n/// The key's entries: words, and the drawing in a small picture of its own.\n");
    out.push_str("#[rustfmt::skip]\npub static KINDS: &[(Msg, &str)] = &[\n");
    for (key, draw) in KINDS {
        let svg =
            format!(r#"<svg viewBox="-16 -16 32 32" class="gte-swatch"><g{}</svg>"#, kind_drawing(*draw));
        let _ = writeln!(out, "    (msg::{}, r#\"{svg}\"#),", const_name(key));
    }
    out.push_str(
        "];\n\n/// (diagram id, the key's entries it shows, as indices into `KINDS`), for scenes with any.\n",
    );
    out.push_str("#[rustfmt::skip]\npub static KEYS: &[(&str, &[u8])] = &[\n");
    for id in ids() {
        let kinds = kinds_in(id);
        if !kinds.is_empty() {
            let list: Vec<String> = kinds.iter().map(usize::to_string).collect();
            let _ = writeln!(out, "    (\"{id}\", &[{}]),", list.join(", "));
        }
    }
    out.push_str("];\n\n/// The scenes that draw each delivery route in its own `data-route` group.\n");
    let routed: Vec<String> =
        ids().filter(|id| scene_markup(id).contains("data-route=")).map(|id| format!("\"{id}\"")).collect();
    let _ = writeln!(out, "pub static ROUTED: &[&str] = &[{}];", routed.join(", "));
    out
}

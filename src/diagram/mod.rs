//! Diagrams: each step's picture is a pure function of the step, drawn as SVG in one
//! fixed `viewBox`.
//!
//! Scenes are authored as Yew `html!` functions (`scenes/`, from the shared vocabulary in
//! `parts.rs`) and compiled natively only: `tests/scenes.rs` renders every scene with
//! Yew's server renderer into `prerendered.rs`, and the wasm ships that markup. Static SVG
//! text is a fraction of the size of the code that builds it, and it compresses well.
//! The snapshot test fails when a scene changes until `UPDATE_SCENES=1 cargo test --test
//! scenes` rewrites the file. `palette` names the geometry and the CSS classes that carry
//! colour (colours live in `static/style.css` custom properties).

pub mod palette;
#[cfg(not(target_arch = "wasm32"))]
pub mod parts;
mod prerendered;
#[cfg(not(target_arch = "wasm32"))]
pub mod scenes;

use yew::prelude::*;

use crate::components::cell_tracker::location;
use crate::components::use_texts;
use crate::content::{msg, DiagramDef, TherapyDef};

/// The prerendered SVG markup of a scene, by diagram id.
pub fn markup(id: &str) -> Option<&'static str> {
    prerendered::SCENES.iter().find(|(k, _)| *k == id).map(|(_, svg)| *svg)
}

/// Every prerendered scene id.
pub fn prerendered_ids() -> impl Iterator<Item = &'static str> {
    prerendered::SCENES.iter().map(|(id, _)| *id)
}

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// Which scene, with the keys of its title and description.
    pub def: &'static DiagramDef,
    /// The therapy whose delivery route to bring forward: its `route` matches the scene's
    /// `data-route` groups through CSS, and the caption says which route it is.
    #[prop_or_default]
    pub highlight: Option<&'static TherapyDef>,
    /// Where the cells are at this step: said at the end of the caption.
    #[prop_or_default]
    pub cells: Option<&'static str>,
}

/// A scene in a `<figure>`: the SVG is an image named by its title, described by the
/// visible caption (the text alternative everyone can read).
#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let texts = use_texts();
    let def = props.def;
    // An unknown id draws an empty frame; tests/content.rs proves every id has a scene.
    let scene =
        markup(def.id).map(|svg| Html::from_html_unchecked(AttrValue::Static(svg))).unwrap_or_default();
    html! {
        <figure class="gte-diagram">
            // The wrapper the animation layer moves (HTML, so the compositor can run it).
            <div class="gte-scene" data-scene={def.id} data-highlight={props.highlight.map(|t| t.route)}>
                <svg viewBox={palette::VIEW_BOX} role="img" focusable="false"
                    aria-labelledby="gte-diagram-title" aria-describedby="gte-diagram-desc">
                    <title id="gte-diagram-title">{ texts.t(def.title_key) }</title>
                    { scene }
                </svg>
            </div>
            <figcaption id="gte-diagram-desc" class="gte-diagram-desc">
                { texts.t(def.desc_key) }
                if let Some(m) = props.cells.and_then(location) {
                    { " " }{ texts.fmt(msg::TRACKER_NOW, &[("where", texts.t(m))]) }
                }
                if let Some(t) = props.highlight {
                    { " " }
                    <strong>
                        { texts.fmt(msg::DIAGRAM_HIGHLIGHT, &[("name", texts.t(t.name_key)), ("route", texts.t(t.route_key))]) }
                    </strong>
                }
            </figcaption>
        </figure>
    }
}

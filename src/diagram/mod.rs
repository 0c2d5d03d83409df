//! Diagrams: each step's picture is a pure function of the step (and, from the
//! animation issue on, its phase), drawn as SVG in one fixed `viewBox`.
//!
//! `palette` names the geometry and the CSS classes that carry colour (colours themselves
//! live in `static/style.css` custom properties, so themes and forced colours can change
//! them), `parts` is the shared visual vocabulary, `scenes` draws one scene per diagram id.

pub mod palette;
pub mod parts;
pub mod scenes;

use yew::prelude::*;

use crate::components::use_texts;
use crate::content::DiagramDef;
pub use scenes::scene_for;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// Which scene, with the keys of its title and description.
    pub def: &'static DiagramDef,
}

/// A scene in a `<figure>`: the SVG is an image named by its title, described by the
/// visible caption (the text alternative everyone can read).
#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let texts = use_texts();
    let def = props.def;
    // An unknown id draws an empty frame; tests/content.rs proves every id has a scene.
    let scene = scene_for(def.id).map(|draw| draw()).unwrap_or_default();
    html! {
        <figure class="gte-diagram">
            // The wrapper the animation layer moves (HTML, so the compositor can run it).
            <div class="gte-scene" data-scene={def.id}>
                <svg viewBox={palette::VIEW_BOX} role="img" focusable="false"
                    aria-labelledby="gte-diagram-title" aria-describedby="gte-diagram-desc">
                    <title id="gte-diagram-title">{ texts.t(def.title_key) }</title>
                    { scene }
                </svg>
            </div>
            <figcaption id="gte-diagram-desc" class="gte-diagram-desc">{ texts.t(def.desc_key) }</figcaption>
        </figure>
    }
}

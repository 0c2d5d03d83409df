//! One scene per diagram id, each drawn from `parts`, one file per pathway. The content's
//! diagram ids must each have a scene here, and every scene must be used
//! (`tests/content.rs` checks both).

use yew::Html;

mod ex_vivo;
mod hsct;
mod in_vivo;

/// A function that draws one scene.
pub type Scene = fn() -> Html;

/// Every pathway's scene list.
const ALL: &[&[(&str, Scene)]] = &[ex_vivo::SCENES, in_vivo::SCENES, hsct::SCENES];

/// Every scene id.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().flat_map(|list| list.iter().map(|(id, _)| *id))
}

/// The scene for a diagram id, if there is one.
pub fn scene_for(id: &str) -> Option<Scene> {
    ALL.iter().flat_map(|list| list.iter()).find(|(k, _)| *k == id).map(|(_, f)| *f)
}

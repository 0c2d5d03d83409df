//! One scene per diagram id, each drawn from `parts`, one file per pathway. The content's
//! diagram ids must each have a scene here, and every scene must be used
//! (`tests/content.rs` checks both).
//!
//! A scene is a still background plus actors: things that move or appear between key
//! frames (cells, vector particles, bags). Each actor is drawn once at its home position
//! and has one [`Pose`] per key frame, an offset from home and whether it is shown. So a
//! scene is a function of (scene, frame). `tests/scenes.rs` renders the drawings into
//! `prerendered.rs` (each actor its own `<svg>` root, so the browser can move it on the
//! compositor) and the poses into CSS rules in `static/scenes.css`.

use yew::Html;

mod ex_vivo;
mod hsct;
mod in_vivo;

/// A scene: a still background and the actors that move over it.
pub struct Scene {
    pub draw: fn() -> Html,
    pub actors: &'static [Actor],
}

/// Something that moves or appears: its drawing at home, and where it is in each key frame.
pub struct Actor {
    pub draw: fn() -> Html,
    pub poses: &'static [Pose],
}

/// Where an actor is in one key frame: an offset from its home in view-box units, shown
/// or hidden. Hidden actors fade; shown ones travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pose {
    pub dx: i32,
    pub dy: i32,
    pub shown: bool,
}

/// At home, shown.
pub const HOME: Pose = Pose { dx: 0, dy: 0, shown: true };
/// At home, hidden (before it appears, or after it has gone).
pub const GONE: Pose = Pose { dx: 0, dy: 0, shown: false };

/// Shown, moved (`dx`, `dy`) from home.
pub const fn to(dx: i32, dy: i32) -> Pose {
    Pose { dx, dy, shown: true }
}

/// Hidden, moved (`dx`, `dy`) from home (it fades out as it arrives there).
pub const fn gone_at(dx: i32, dy: i32) -> Pose {
    Pose { dx, dy, shown: false }
}

impl Scene {
    /// How many key frames: every actor has one pose per frame (checked by tests).
    pub fn frames(&self) -> usize {
        self.actors.first().map_or(1, |a| a.poses.len())
    }
}

/// Every pathway's scene list.
const ALL: &[&[(&str, Scene)]] = &[ex_vivo::SCENES, in_vivo::SCENES, hsct::SCENES];

/// Every scene id.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().flat_map(|list| list.iter().map(|(id, _)| *id))
}

/// The scene for a diagram id, if there is one.
pub fn scene_for(id: &str) -> Option<&'static Scene> {
    ALL.iter().flat_map(|list| list.iter()).find(|(k, _)| *k == id).map(|(_, s)| s)
}

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

/// A scene: a still background, the names of its parts, and the actors that move over it.
pub struct Scene {
    pub draw: fn() -> Html,
    /// The parts a reader should be able to name, labelled on the picture.
    pub labels: &'static [Label],
    /// Things that travel along a path, again and again, while the picture plays: the
    /// continuous motion that shows what happens (cells through the tubing, a vector
    /// into a cell).
    pub flows: &'static [Flow],
    pub actors: &'static [Actor],
}

/// A thing that keeps travelling along a path while the scene plays: drawn once at the
/// path's start, moved through the path's points (offsets from there, view-box units) in
/// one loop of [`FLOW_MS`], in the key frames it is `during` (bit `k` for frame `k`).
/// `copies` of it follow each other along the path, evenly spaced in time, like a stream.
/// The poses of a flow are CSS keyframes (`static/scenes.css`): transforms only, so the
/// compositor runs them; paused with the player, and still in a storyboard.
pub struct Flow {
    pub draw: fn() -> Html,
    pub path: &'static [(i32, i32)],
    pub during: u8,
    pub copies: u8,
}

/// Drops of medicine running down the chemotherapy drip (`parts::chemo_drip`) into the
/// vein, in the first two key frames: the same before gene therapy and a transplant.
pub const CHEMO_DRIPS: Flow = Flow {
    draw: || yew::html! { <circle cx="60" cy="110" r="5" class={super::palette::class::DRUG} /> },
    path: &[(0, 0), (25, 50), (50, 86), (110, 86)],
    during: frames(&[0, 1]),
    copies: 2,
};

/// How long one trip along a flow's path takes.
pub const FLOW_MS: u32 = 2600;

/// The key frames a flow runs in, as its `during` bits: `frames(&[1, 2])` = frames 2 and 3.
pub const fn frames(list: &[u8]) -> u8 {
    let mut bits = 0;
    let mut i = 0;
    while i < list.len() {
        bits |= 1 << list[i];
        i += 1;
    }
    bits
}

/// A part's name on the picture: its words (a content key, `part-<name>`), the middle of
/// the label (`x`, `y`, view-box units) and, for a part the label does not sit on, the
/// point a leader line runs to. Labels name parts of the still background, so they hold in
/// every key frame. The words are the reader's locale's; the positions are CSS classes in
/// `static/scenes.css` (a strict policy forbids inline styles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub key: &'static str,
    pub x: i32,
    pub y: i32,
    pub to: Option<(i32, i32)>,
}

/// A label at (`x`, `y`) with a leader line to (`tx`, `ty`).
pub const fn label(key: &'static str, x: i32, y: i32, tx: i32, ty: i32) -> Label {
    Label { key, x, y, to: Some((tx, ty)) }
}

/// A label sitting on its part, at (`x`, `y`).
pub const fn label_on(key: &'static str, x: i32, y: i32) -> Label {
    Label { key, x, y, to: None }
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

/// A drawing: a part placed where it belongs in the view box.
pub type Draw = fn() -> Html;

/// The key: what each kind of cell or particle looks like, and its words (`key-<kind>`).
/// A scene shows the entries whose drawing it contains (found in its markup when the
/// scenes are generated), so the key always matches the picture.
pub const KINDS: &[(&str, Draw)] = &[
    ("key-own", || super::parts::cell(0, 0, false)),
    ("key-changed", || super::parts::cell(0, 0, true)),
    ("key-donor", || super::parts::donor_cell(0, 0)),
    ("key-vector", || super::parts::vector(0, 0)),
    ("key-editor", || super::parts::editor(0, 0)),
    ("key-t-cell", || super::parts::t_cell(0, 0, false)),
    ("key-car-t", || super::parts::t_cell(0, 0, true)),
    ("key-protein", || super::parts::protein(0, 0)),
];

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

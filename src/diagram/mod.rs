//! Diagrams: each step's picture is a pure function of the step, drawn as SVG in one
//! fixed `viewBox`.
//!
//! Scenes are authored as Yew `html!` functions (`scenes/`, from the shared vocabulary in
//! `parts.rs`) and compiled natively only: `scripts/generate` renders every scene with
//! Yew's server renderer into `generated/scenes.rs`, and the wasm ships that markup. Static
//! SVG text is a fraction of the size of the code that builds it, and it compresses well.
//! `tests/generated.rs` fails when a scene changes until the file is generated again. `palette` names the geometry and the CSS classes that carry
//! colour (colours live in `static/style.css` custom properties).

pub mod palette;
#[cfg(not(target_arch = "wasm32"))]
pub mod parts;
#[path = "../../generated/scenes.rs"]
mod prerendered;
#[cfg(not(target_arch = "wasm32"))]
pub mod scenes;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::content::{msg, CellPlace, DeliveryRoute, DiagramDef, Msg, Texts, TherapyDef};
use crate::describe::{cell_place, frame_line, labelled};
use crate::model::player::{Player, PlayerAction, FRAME_MS};

/// The prerendered markup of a scene (background and actor layers), by diagram id.
pub fn markup(id: &str) -> Option<&'static str> {
    prerendered::SCENES.iter().find(|(k, _)| *k == id).map(|(_, svg)| *svg)
}

/// The words of a scene's labels, in order (their positions are `.gte-l-<id>-<n>` in
/// `static/scenes.css`); none for a scene without labels.
pub fn labels(id: &str) -> &'static [Msg] {
    prerendered::LABELS.iter().find(|(k, _)| *k == id).map_or(&[], |(_, l)| *l)
}

/// The scene's key: for each kind of cell or particle it draws, the words and a small
/// picture of it (`scenes::KINDS`); none for a scene that draws none of them.
pub fn key(id: &str) -> impl Iterator<Item = (Msg, &'static str)> {
    let kinds = prerendered::KEYS.iter().find(|(k, _)| *k == id).map_or(&[][..], |(_, l)| *l);
    kinds.iter().filter_map(|&i| prerendered::KINDS.get(usize::from(i)).copied())
}

/// Every prerendered scene id.
pub fn prerendered_ids() -> impl Iterator<Item = &'static str> {
    prerendered::SCENES.iter().map(|(id, _)| *id)
}

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// The reader's words (the diagram sits below the components and takes them as a prop).
    pub texts: Texts,
    /// Which scene, with the keys of its title, description and key frames.
    pub def: &'static DiagramDef,
    /// The therapy whose delivery route to bring forward: its `route` matches the scene's
    /// `data-route` groups through CSS, and the caption says which route it is.
    #[prop_or_default]
    pub highlight: Option<&'static TherapyDef>,
    /// Show a storyboard of still key frames instead of the animation. (A new value is a
    /// new picture: the step keys it, so moving pictures start from the first frame.)
    #[prop_or_default]
    pub still: bool,
    /// The parts' names on the picture (on unless the reader hid them).
    #[prop_or(true)]
    pub labels: bool,
    /// The reader's last request for a key frame (`Nav::cue`): shown when its count changes.
    #[prop_or_default]
    pub cue: (u32, usize),
}

struct PlayerState(Player);

impl Reducible for PlayerState {
    type Action = PlayerAction;
    fn reduce(self: std::rc::Rc<Self>, action: PlayerAction) -> std::rc::Rc<Self> {
        // An action that changes nothing (a late tick, Pause while paused) does not re-render.
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            std::rc::Rc::new(PlayerState(next))
        }
    }
}

/// A product's route is brought forward only in a picture that draws the routes: the
/// product, and the route's slug for the scene's `data-highlight`.
pub fn route_shown(
    def: &DiagramDef,
    therapy: Option<&'static TherapyDef>,
) -> (Option<&'static TherapyDef>, Option<&'static str>) {
    let routed = therapy.filter(|_| prerendered::ROUTED.contains(&def.id));
    (routed, routed.and_then(|t| t.route).map(DeliveryRoute::slug))
}

/// One picture of the scene at a key frame: the layers, with the frame the CSS poses follow,
/// and the parts' names over them (words in the reader's language, placed by CSS).
pub fn scene(
    texts: Texts,
    def: &'static DiagramDef,
    frame: usize,
    highlight: Option<&'static str>,
    label: String,
) -> Html {
    // An unknown id draws an empty frame; tests/content.rs proves every id has a scene.
    let layers =
        markup(def.id).map(|svg| Html::from_html_unchecked(AttrValue::Static(svg))).unwrap_or_default();
    let names = labels(def.id);
    html! {
        <div class="gte-scene" role="img" aria-label={label} data-scene={def.id}
            data-frame={frame.to_string()} data-highlight={highlight}>
            { layers }
            if !names.is_empty() {
                <div class="gte-labels">
                    { for names.iter().enumerate().map(|(i, &m)| html! {
                        <span class={format!("gte-label gte-l-{}-{}", def.id, i + 1)}>{ texts.t(m) }</span>
                    }) }
                </div>
            }
        </div>
    }
}

/// A button with words: its classes, words, action and, if it has one, a true/false state
/// (`aria-pressed`, `data-playing`). One function for the picture's six and the
/// components' plain buttons (the diagram is the lowest layer that draws): each copy of
/// the markup would cost code in the wasm.
pub fn button(
    class: &'static str,
    label: &'static str,
    onclick: Callback<MouseEvent>,
    state: Option<(&'static str, bool)>,
) -> Html {
    let on = |name: &str| {
        state.filter(|s| s.0 == name).map(|s| AttrValue::Static(if s.1 { "true" } else { "false" }))
    };
    html! {
        <button type="button" {class} aria-pressed={on("aria-pressed")} data-playing={on("data-playing")} {onclick}>
            { label }
        </button>
    }
}

/// A player action as a click handler.
fn act(player: &UseReducerHandle<PlayerState>, a: PlayerAction) -> Callback<MouseEvent> {
    let d = player.dispatcher();
    Callback::from(move |_: MouseEvent| d.dispatch(a))
}

/// A scene in a `<figure>`: animated with Play/Pause and Replay, or as a storyboard of
/// its key frames. The picture is an image named by its title and described by the
/// visible caption (the text alternative everyone can read); the current key frame is
/// written under it, and announced when the reader started the playback.
#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let texts = props.texts;
    let def = props.def;
    let player = {
        let (frames, autoplay) = (def.frames.len(), !props.still);
        use_reducer(move || PlayerState(Player::new(frames, autoplay)))
    };
    let p = player.0;
    {
        // Each key frame holds, then the next; nothing runs while paused or still.
        let dispatcher = player.dispatcher();
        let moving = p.playing && !props.still;
        use_effect_with((p.frame, moving), move |&(_, moving)| {
            let timer =
                moving.then(|| Timeout::new(FRAME_MS, move || dispatcher.dispatch(PlayerAction::Tick)));
            move || drop(timer)
        });
    }
    {
        // A digit key asks for a frame; a picture that mounts with an old request ignores it
        // (a move resets the count to 0).
        let dispatcher = player.dispatcher();
        use_effect_with(props.cue, move |&(count, n)| {
            if count > 0 {
                dispatcher.dispatch(PlayerAction::Show(n));
            }
        });
    }
    let highlight = route_shown(def, props.highlight).1;
    let title = texts.t(def.title_key);
    let body = if props.still {
        html! {
            <ol class="gte-board">
                { for (0..def.frames.len().max(1)).map(|f| html! {
                    <li>
                        { scene(texts, def, f, highlight, texts.fmt(msg::DIAGRAM_STILL, &[("title", title), ("current", &(f + 1).to_string())])) }
                        <p class="gte-frame-line">{ frame_line(texts, def, f) }</p>
                    </li>
                }) }
            </ol>
        }
    } else {
        let (play, label) = if p.playing {
            (PlayerAction::Pause, msg::DIAGRAM_PAUSE)
        } else {
            (PlayerAction::Play, msg::DIAGRAM_PLAY)
        };
        let line = frame_line(texts, def, p.frame);
        html! {
            <>
                { scene(texts, def, p.frame, highlight, title.to_string()) }
                <p class="gte-frame-line">{ line.clone() }</p>
                <p class="gte-sr-only" aria-live="polite">{ if p.announce { line } else { String::new() } }</p>
                { button("gte-button gte-back", texts.t(msg::DIAGRAM_BACK), act(&player, PlayerAction::Back), None) }
                { button("gte-button gte-play", texts.t(label), act(&player, play), Some(("data-playing", p.playing))) }
                { button("gte-button gte-replay", texts.t(msg::DIAGRAM_REPLAY), act(&player, PlayerAction::Replay), None) }
                { button("gte-button gte-forward", texts.t(msg::DIAGRAM_FORWARD), act(&player, PlayerAction::Forward), None) }
            </>
        }
    };
    let mut key = key(def.id).peekable();
    let key = key.peek().is_some().then(|| {
        html! {
            <ul class="gte-key" aria-label={texts.t(msg::DIAGRAM_KEY)}>
                { for key.map(|(m, svg)| html! {
                    <li>{ Html::from_html_unchecked(AttrValue::Static(svg)) }{ texts.t(m) }</li>
                }) }
            </ul>
        }
    });
    html! {
        <figure class={classes!("gte-diagram", props.still.then_some("gte-still"), (!props.labels).then_some("gte-bare"))}>
            { body }
            { key }
        </figure>
    }
}

/// What goes with a step's picture after the step's first words: the switch between still
/// and moving pictures (it says what it does, and looks filled while the pictures are
/// still: the way back is the same button, saying so), the labels' switch, and the
/// picture's description, naming its parts, where the cells are and the product's route.
/// Apart from the figure, after the lead, so that on a phone the explanation comes first.
pub fn picture_notes(
    texts: Texts,
    def: &'static DiagramDef,
    (cells, therapy): (Option<CellPlace>, Option<&'static TherapyDef>),
    (still, labels_on): (bool, bool),
    ontoggle: Callback<MouseEvent>,
    ontogglelabels: Callback<MouseEvent>,
) -> Html {
    let names = labels(def.id);
    let routed = route_shown(def, therapy).0;
    html! {
        <div class="gte-diagram-more">
            { button(if still { "gte-button gte-motion gte-primary" } else { "gte-button gte-motion" },
                texts.t(if still { msg::DIAGRAM_MOVING } else { msg::DIAGRAM_STILLS }), ontoggle, None) }
            if !names.is_empty() {
                { button("gte-button gte-labels-toggle", texts.t(msg::DIAGRAM_LABELS), ontogglelabels,
                    Some(("aria-pressed", labels_on))) }
            }
            <p class="gte-diagram-desc">
                { texts.t(def.desc_key) }
                if !names.is_empty() {
                    { " " }{ labelled(texts, names) }
                }
                if let Some(m) = cells.map(cell_place) {
                    { " " }{ texts.fmt(msg::TRACKER_NOW, &[("where", texts.t(m))]) }
                }
                if let Some(t) = routed.filter(|_| texts.complete()) {
                    { " " }
                    <strong>
                        { texts.fmt(msg::DIAGRAM_HIGHLIGHT, &[("name", texts.t(t.name_key)), ("route", texts.t(t.route_key))]) }
                    </strong>
                }
            </p>
        </div>
    }
}

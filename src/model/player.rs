//! The animation player: which key frame a step's scene shows, and whether it is moving
//! on. A scene is a function of (scene, frame); the player only says which frame. The
//! describer turns that state into the words the widget shows and announces.

use crate::content::{DiagramDef, Msg};

/// How long each key frame holds before the next one (the move between frames is a CSS
/// transition of under a second, so each frame is still for most of this).
pub const FRAME_MS: u32 = 2600;

/// A scene's playback state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Player {
    /// The key frame shown, 0-based.
    pub frame: usize,
    /// How many key frames the scene has (at least 1).
    pub frames: usize,
    pub playing: bool,
    /// The reader started this playback (Play or Replay): each key frame is announced as
    /// it is reached. A scene that starts by itself on arrival stays quiet, so it never
    /// talks over the step's own heading and text.
    pub announce: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayerAction {
    /// Play from here; at the last frame, play again from the first.
    Play,
    Pause,
    /// From the first frame, playing.
    Replay,
    /// The frame's time is up: show the next, stopping at the last.
    Tick,
    /// The reader steps to the previous or next key frame (buttons, or keys): the
    /// playback pauses there, so the frame holds for as long as they look at it, and it
    /// is announced. Stepping past either end stays at the end.
    Back,
    Forward,
    /// The reader jumps to key frame `n` (0-based; digit keys), clamped to the last.
    Show(usize),
}

impl Player {
    /// A scene of `frames` key frames at its first frame, playing if `autoplay` (and if
    /// there is anything to play).
    pub fn new(frames: usize, autoplay: bool) -> Player {
        let frames = frames.max(1);
        Player { frame: 0, frames, playing: autoplay && frames > 1, announce: false }
    }

    pub fn last(self) -> usize {
        self.frames - 1
    }

    pub fn apply(self, action: PlayerAction) -> Player {
        let mut next = self;
        match action {
            PlayerAction::Play => {
                if self.frame >= self.last() {
                    next.frame = 0;
                }
                next.playing = self.frames > 1;
                next.announce = true;
            }
            PlayerAction::Pause => next.playing = false,
            PlayerAction::Replay => {
                next.frame = 0;
                next.playing = self.frames > 1;
                next.announce = true;
            }
            PlayerAction::Tick => {
                if self.playing {
                    next.frame = (self.frame + 1).min(self.last());
                    next.playing = next.frame < self.last();
                }
            }
            PlayerAction::Back => return self.apply(PlayerAction::Show(self.frame.saturating_sub(1))),
            PlayerAction::Forward => return self.apply(PlayerAction::Show(self.frame + 1)),
            PlayerAction::Show(n) => {
                next.frame = n.min(self.last());
                next.playing = false;
                next.announce = true;
            }
        }
        next
    }
}

/// One key frame in words: "2 of 3" and what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameText {
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub text: Option<Msg>,
}

/// The describer: the words for a scene at a frame (clamped to its last frame). A scene
/// whose content has no frame texts yet gives `text: None`, never a panic.
pub fn describe(def: &DiagramDef, frame: usize) -> FrameText {
    let total = def.frames.len().max(1);
    let frame = frame.min(total - 1);
    FrameText { number: frame + 1, total, text: def.frames.get(frame).copied() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_scene_autoplays_quietly_from_its_first_frame() {
        assert_eq!(Player::new(3, true), Player { frame: 0, frames: 3, playing: true, announce: false });
        assert!(!Player::new(3, false).playing, "reduced motion: nothing starts");
        assert!(!Player::new(1, true).playing, "one frame: nothing to play");
        assert_eq!(Player::new(0, true).frames, 1, "never zero frames");
    }

    #[test]
    fn ticks_walk_the_frames_and_stop_at_the_last() {
        let mut p = Player::new(3, true);
        p = p.apply(PlayerAction::Tick);
        assert_eq!((p.frame, p.playing), (1, true));
        p = p.apply(PlayerAction::Tick);
        assert_eq!((p.frame, p.playing), (2, false));
        p = p.apply(PlayerAction::Tick);
        assert_eq!((p.frame, p.playing), (2, false), "a late tick after the end changes nothing");
    }

    #[test]
    fn pause_holds_the_frame_and_ticks_do_nothing_while_paused() {
        let p = Player::new(3, true).apply(PlayerAction::Tick).apply(PlayerAction::Pause);
        assert_eq!((p.frame, p.playing), (1, false));
        assert_eq!(p.apply(PlayerAction::Tick), p);
        let resumed = p.apply(PlayerAction::Play);
        assert_eq!((resumed.frame, resumed.playing, resumed.announce), (1, true, true));
    }

    #[test]
    fn play_at_the_end_and_replay_start_over_and_announce() {
        let end = Player::new(2, true).apply(PlayerAction::Tick);
        assert_eq!((end.frame, end.playing), (1, false));
        for action in [PlayerAction::Play, PlayerAction::Replay] {
            let p = end.apply(action);
            assert_eq!((p.frame, p.playing, p.announce), (0, true, true), "{action:?}");
        }
        let mid = Player::new(3, false).apply(PlayerAction::Tick);
        assert_eq!(mid.frame, 0, "not playing: a tick does not move");
        assert_eq!(Player::new(3, true).apply(PlayerAction::Tick).apply(PlayerAction::Replay).frame, 0);
    }

    #[test]
    fn stepping_pauses_on_the_frame_the_reader_chose_and_announces_it() {
        let p = Player::new(3, true).apply(PlayerAction::Forward);
        assert_eq!((p.frame, p.playing, p.announce), (1, false, true));
        assert_eq!(p.apply(PlayerAction::Tick), p, "paused: the frame holds");
        let end = p.apply(PlayerAction::Forward).apply(PlayerAction::Forward);
        assert_eq!(end.frame, 2, "past the last frame: stays at the last");
        let back = end.apply(PlayerAction::Back);
        assert_eq!((back.frame, back.playing), (1, false));
        let start = back.apply(PlayerAction::Back).apply(PlayerAction::Back);
        assert_eq!(start.frame, 0, "before the first frame: stays at the first");
        assert_eq!(Player::new(3, true).apply(PlayerAction::Show(2)).frame, 2);
        assert_eq!(
            Player::new(3, true).apply(PlayerAction::Show(7)).frame,
            2,
            "a digit past the end: the last"
        );
        let one = Player::new(1, true).apply(PlayerAction::Forward);
        assert_eq!((one.frame, one.playing), (0, false), "one frame: nothing to step to");
        // Play after stepping to the end starts over, as after the animation ends.
        assert_eq!(end.apply(PlayerAction::Play).frame, 0);
    }

    #[test]
    fn the_describer_numbers_every_frame_of_every_scene_with_its_own_words() {
        for def in crate::content::diagrams() {
            let mut seen = Vec::new();
            for frame in 0..def.frames.len() {
                let d = describe(def, frame);
                assert_eq!((d.number, d.total), (frame + 1, def.frames.len()), "{}", def.id);
                let text = d.text.expect("a frame text");
                assert!(!seen.contains(&text), "{}: frame {} repeats a frame's words", def.id, frame + 1);
                seen.push(text);
            }
            // Past the end: the last frame, never a panic.
            let past = describe(def, 99);
            assert_eq!(past.number, def.frames.len().max(1), "{}", def.id);
        }
    }
}

//! The Yew view: one small component per file. Components read words through the
//! [`Texts`](crate::content::Texts) context and never call browser APIs while rendering;
//! browser work (listeners, focus, URL) lives in `use_effect_with` in `app.rs`.

pub mod app;
pub mod footer;
pub mod progress;
pub mod route_note;
pub mod source_chips;
pub mod step_list;
pub mod step_nav;
pub mod step_view;

use crate::content::Texts;
use yew::prelude::*;

/// The current locale's words, English if no provider is above.
#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().unwrap_or_else(Texts::en)
}

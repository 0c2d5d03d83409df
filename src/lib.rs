//! An interactive, sourced explainer of how gene therapy happens, step by step.
//!
//! `model` and `content` are pure (no yew, no web_sys); `components` and `diagram` are
//! the Yew view; `main.rs` only mounts [`App`]. See ARCHITECTURE.md.

pub mod components;
pub mod content;
pub mod diagram;
pub mod embed;
pub mod model;

pub use components::app::{App, AppProps};

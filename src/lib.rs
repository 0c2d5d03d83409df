//! An interactive, sourced explainer of how gene therapy happens, step by step.
//!
//! Layers that import one way: `content` (typed data) <- `model` (pure state) <- `describe`
//! (pure sentences) <- `components` and `diagram` (the Yew view, render only) <- `host`
//! (mount, effects, the embed protocol). The pure layers import neither yew nor web_sys;
//! `tests/layers.rs` keeps the direction. See ARCHITECTURE.md.

pub mod components;
pub mod content;
pub mod describe;
pub mod diagram;
pub mod host;
pub mod model;

pub use host::app::{App, AppProps};
